package io.github.cpvmodel.testkit.property;

/** Reads the parts of a failure report of the runner that tests compare. */
public final class FailureReports {
  private FailureReports() {}

  /**
   * The lines of a report between its "Shrunk counterexample" heading and the original counterexample.
   *
   * @param failure the failure the runner threw
   * @return the shrunk counterexample as the report shows it
   */
  public static String shrunk(AssertionError failure) {
    String report = failure.getMessage();
    int from = report.indexOf('\n', report.indexOf("Shrunk counterexample")) + 1;
    return report.substring(from, report.indexOf("Original counterexample:")).strip();
  }
}
