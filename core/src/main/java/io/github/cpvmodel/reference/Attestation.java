package io.github.cpvmodel.reference;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;

/**
 * How well a fact of the reference data is established: checked against its source, known from secondary
 * sources only, or unverified. A fact that is not {@link #VERIFIED} is shipped so that users can see it, never
 * presented as certain.
 *
 * <pre>{@code
 * Provinces.byCode("75", LocalDate.of(2026, 5, 1)).attestation(); // SECONDARY
 * }</pre>
 */
public enum Attestation implements Coded {
  /** Checked against the cited source: a primary text or a reliable report of it. */
  @Code("verified") VERIFIED,
  /** Known from secondary sources only (a blog, a hobby data set). */
  @Code("secondary") SECONDARY,
  /** Not verified: a hint to be checked. */
  @Code("unverified") UNVERIFIED;

  /** An attestation is written as its code. */
  public static final Rule CODE = Rule.of("attestation.code", "an attestation is written as one of its codes");

  /**
   * The attestation a code names.
   *
   * @param code the code, e.g. {@code secondary}; white space around it is ignored
   * @return the attestation
   * @throws ParseException if no attestation has that code (rule {@link #CODE}); the message lists the codes
   */
  public static Attestation parse(CharSequence code) {
    return Coded.parse(Attestation.class, code, CODE);
  }
}
