package io.github.cpvmodel.document;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;

/**
 * How a document stopped being in force: replaced (<i>được thay thế</i>), repealed (<i>bị bãi bỏ</i>) or run its
 * course (<i>hết hiệu lực</i>).
 *
 * <pre>{@code
 * TerminationKind.parse("superseded"); // SUPERSEDED
 * }</pre>
 */
public enum TerminationKind implements Coded {
  /** Replaced by another document (<i>được thay thế</i>). */
  @Code("superseded") SUPERSEDED,
  /** Repealed by another document (<i>bị bãi bỏ</i>). */
  @Code("repealed") REPEALED,
  /** Ran its course: the period or task it was for ended (<i>hết hiệu lực</i>). */
  @Code("expired") EXPIRED;

  /** A termination kind is written as its code. */
  public static final Rule CODE = Rule.of("termination-kind.code", "a termination kind is written as one of its codes");

  /**
   * The termination kind a code names.
   *
   * @param code the code, e.g. {@code repealed}; white space around it is ignored
   * @return the termination kind
   * @throws ParseException if no termination kind has that code (rule {@link #CODE}); the message lists the codes
   */
  public static TerminationKind parse(CharSequence code) {
    return Coded.parse(TerminationKind.class, code, CODE);
  }
}
