package io.github.cpvmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The one way tests of every package assert a parse failure: its type, input, index and rule, not its wording. */
public final class ParseAssertions {
  private ParseAssertions() {}

  /** A call that is expected to fail. */
  @FunctionalInterface
  public interface Parsing {
    /** Makes the call. */
    void parse();
  }

  /**
   * Asserts that {@code parse} throws a {@link ParseException} for {@code input} at {@code index} whose violations
   * all name {@code rule}.
   *
   * @param parse the call
   * @param input the text it reads, as given
   * @param index the expected error index
   * @param rule the rule every violation names
   * @return the exception, for further checks
   */
  public static ParseException assertParseError(Parsing parse, String input, int index, Rule rule) {
    ParseException e = catchThrowableOfType(ParseException.class, parse::parse);
    assertThat(e).as("a ParseException for '%s'", input).isNotNull();
    assertThat(e.input()).isEqualTo(input);
    assertThat(e.errorIndex()).as("error index in '%s'", input).isEqualTo(index);
    assertThat(e.violations()).extracting(Violation::rule).containsOnly(rule);
    assertThat(e.getMessage()).contains("'" + input + "'").endsWith("[" + rule.code() + "]");
    return e;
  }
}
