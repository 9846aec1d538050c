package io.github.cpvmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParseExceptionTest {
  @Test
  void carriesTheInputAndTheIndexAndWritesOnePhrasing() {
    ParseException e = ParseException.of(RomanNumeral.SYNTAX, "a Roman numeral", "XIIA", 3, "'A' is not a numeral");
    assertThat(e.input()).isEqualTo("XIIA");
    assertThat(e.errorIndex()).isEqualTo(3);
    assertThat(e).isInstanceOf(ValidationException.class).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'XIIA' stops making sense as a Roman numeral at index 3: 'A' is not a numeral: "
            + RomanNumeral.SYNTAX.description() + " [roman-numeral.syntax]");
  }

  @Test
  void quotesTheInputBeforeEveryViolationOfAValueThatReadsWell() {
    ValidationException cause = new ValidationException(Validity.ORDER.violation("end", "end is early"));
    ParseException e = ParseException.of("b/a", 2, cause);
    assertThat(e.getCause()).isSameAs(cause);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("end");
      assertThat(v.rule()).isEqualTo(Validity.ORDER);
      assertThat(v.message()).startsWith("'b/a' at index 2: end is early");
    });
  }

  @Test
  void keepsItsInputAndIndexUnderAPathPrefix() {
    ParseException e = ParseException.of(Validity.SYNTAX, "a validity", "x", 0, "no '/'").withPathPrefix("validity");
    assertThat(e.input()).isEqualTo("x");
    assertThat(e.violations().get(0).path()).isEqualTo("validity");
  }

  @Test
  void rejectsAnIndexOutsideTheInput() {
    assertThatThrownBy(() -> ParseException.of(Validity.SYNTAX, "a validity", "ab", 3, "?"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ab'").hasMessageContaining("0 to 2");
  }
}
