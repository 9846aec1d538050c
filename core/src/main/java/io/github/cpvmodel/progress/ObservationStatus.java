package io.github.cpvmodel.progress;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;

/**
 * How settled an {@link Observation} is: reports give provisional figures (<i>số liệu sơ bộ</i>) that a later
 * report confirms (<i>số liệu chính thức</i>).
 */
public enum ObservationStatus implements Coded {
  /** Reported but open to correction. */
  @Code("provisional") PROVISIONAL,
  /** Confirmed. */
  @Code("final") FINAL;

  /** An observation status is written as its code. */
  public static final Rule CODE =
      Rule.of("observation-status.code", "an observation status is written as one of its codes");

  /**
   * The observation status a code names.
   *
   * @param code the code, e.g. {@code final}; white space around it is ignored
   * @return the observation status
   * @throws ParseException if no observation status has that code (rule {@link #CODE}); the message lists the codes
   */
  public static ObservationStatus parse(CharSequence code) {
    return Coded.parse(ObservationStatus.class, code, CODE);
  }
}
