package io.github.cpvmodel.person;

/**
 * How a person came to hold a post: elected by a congress or a committee (<i>bầu</i>), appointed by a higher body
 * (<i>chỉ định</i>, <i>bổ nhiệm</i>), or assigned (<i>phân công</i>), as the Politburo assigns some of its members
 * to the Secretariat.
 *
 * <pre>{@code
 * TenureBasis.APPOINTED.code(); // "appointed"
 * }</pre>
 */
public enum TenureBasis {
  /** Elected (<i>bầu</i>) by a congress or by the committee. */
  ELECTED("elected"),
  /** Appointed (<i>chỉ định</i>, <i>bổ nhiệm</i>) by a higher body. */
  APPOINTED("appointed"),
  /** Assigned (<i>phân công</i>) by the body the person already sits in. */
  ASSIGNED("assigned"),
  /** Not recorded. */
  UNKNOWN("unknown");

  private final String code;

  TenureBasis(String code) {
    this.code = code;
  }

  /**
   * The stable code, used in text and on the wire.
   *
   * @return the code, e.g. {@code elected}
   */
  public String code() {
    return code;
  }
}
