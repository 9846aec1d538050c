package io.github.cpvmodel.document;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;

/**
 * Whether a document is in force on a day (<i>còn hiệu lực</i>), no longer or not yet in force, or not known to be
 * either: a record without a termination does not show that nothing replaced the document.
 *
 * <pre>{@code
 * PartyDocuments.registry().byKey(PartyDocuments.REGULATION_205).statusOn(LocalDate.of(2024, 1, 1));
 * // NOT_IN_FORCE: replaced by 114-QĐ/TW on 2023-07-11
 * }</pre>
 */
public enum ForceStatus implements Coded {
  /** In force: after it came into force and before a recorded end, or on a day a source confirms it. */
  @Code("in-force") IN_FORCE,
  /** Not yet or no longer in force. */
  @Code("not-in-force") NOT_IN_FORCE,
  /** Not known: no end is recorded and nothing confirms it in force that day, or its first day is known in part. */
  @Code("unknown") UNKNOWN;

  /** A force status is written as its code. */
  public static final Rule CODE = Rule.of("force-status.code", "a force status is written as one of its codes");

  /**
   * The force status a code names.
   *
   * @param code the code, e.g. {@code in-force}; white space around it is ignored
   * @return the status
   * @throws ParseException if no status has that code (rule {@link #CODE}); the message lists the codes
   */
  public static ForceStatus parse(CharSequence code) {
    return Coded.parse(ForceStatus.class, code, CODE);
  }
}
