package io.github.cpvmodel.person;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;

/**
 * How a person came to hold a post: elected by a congress or a committee (<i>bầu</i>), appointed by a higher body
 * (<i>chỉ định</i>, <i>bổ nhiệm</i>), or assigned (<i>phân công</i>), as the Politburo assigns some of its members
 * to the Secretariat.
 *
 * <pre>{@code
 * TenureBasis.APPOINTED.code(); // "appointed"
 * }</pre>
 */
public enum TenureBasis implements Coded {
  /** Elected (<i>bầu</i>) by a congress or by the committee. */
  @Code("elected") ELECTED,
  /** Appointed (<i>chỉ định</i>, <i>bổ nhiệm</i>) by a higher body. */
  @Code("appointed") APPOINTED,
  /** Assigned (<i>phân công</i>) by the body the person already sits in. */
  @Code("assigned") ASSIGNED,
  /** Not recorded. */
  @Code("unknown") UNKNOWN;

  /** A tenure basis is written as its code. */
  public static final Rule CODE = Rule.of("tenure-basis.code", "a tenure basis is written as one of its codes");

  /**
   * The tenure basis a code names.
   *
   * @param code the code, e.g. {@code appointed}; white space around it is ignored
   * @return the tenure basis
   * @throws ParseException if no tenure basis has that code (rule {@link #CODE}); the message lists the codes
   */
  public static TenureBasis parse(CharSequence code) {
    return Coded.parse(TenureBasis.class, code, CODE);
  }
}
