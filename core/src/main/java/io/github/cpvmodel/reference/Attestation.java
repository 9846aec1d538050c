package io.github.cpvmodel.reference;

/**
 * How well a fact of the reference data is established: checked against its source, known from secondary
 * sources only, or unverified. A fact that is not {@link #VERIFIED} is shipped so that users can see it, never
 * presented as certain.
 *
 * <pre>{@code
 * Provinces.byCode("75", LocalDate.of(2026, 5, 1)).attestation(); // SECONDARY
 * }</pre>
 */
public enum Attestation {
  /** Checked against the cited source: a primary text or a reliable report of it. */
  VERIFIED("verified"),
  /** Known from secondary sources only (a blog, a hobby data set). */
  SECONDARY("secondary"),
  /** Not verified: a hint to be checked. */
  UNVERIFIED("unverified");

  private final String code;

  Attestation(String code) {
    this.code = code;
  }

  /**
   * The stable code, used in text, resources and on the wire.
   *
   * @return the code, e.g. {@code secondary}
   */
  public String code() {
    return code;
  }

  /**
   * The attestation of a code.
   *
   * @param code the code
   * @return the attestation
   * @throws IllegalArgumentException if no attestation has that code
   */
  static Attestation parse(String code) {
    for (Attestation a : values()) {
      if (a.code.equals(code)) {
        return a;
      }
    }
    throw new IllegalArgumentException("'" + code + "' is not an attestation: use verified, secondary or unverified");
  }
}
