package io.github.cpvmodel.progress;

/**
 * How settled an {@link Observation} is: reports give provisional figures (<i>số liệu sơ bộ</i>) that a later
 * report confirms (<i>số liệu chính thức</i>).
 */
public enum ObservationStatus {
  /** Reported but open to correction. */
  PROVISIONAL("provisional"),
  /** Confirmed. */
  FINAL("final");

  private final String code;

  ObservationStatus(String code) {
    this.code = code;
  }

  /**
   * The stable code of this status.
   *
   * @return {@code provisional} or {@code final}
   */
  public String code() {
    return code;
  }
}
