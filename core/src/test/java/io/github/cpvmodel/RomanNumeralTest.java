package io.github.cpvmodel;

import static io.github.cpvmodel.ParseAssertions.assertParseError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpvmodel.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanNumeralTest {
  @ParameterizedTest
  @CsvSource({"I, 1", "IV, 4", "IX, 9", "XII, 12", "XIII, 13", "XIV, 14", "XL, 40", "XC, 90", "CD, 400",
      "CM, 900", "MCMXXX, 1930", "MMXXVI, 2026", "MMMCMXCIX, 3999"})
  void parsesAndFormatsCanonicalNumerals(String text, int value) {
    assertThat(RomanNumeral.parse(text).value()).isEqualTo(value);
    assertThat(RomanNumeral.of(value)).hasToString(text);
  }

  @Test
  void everyNumberRoundTrips() {
    for (int n = 1; n <= 3999; n++) {
      RomanNumeral numeral = RomanNumeral.of(n);
      assertThat(RomanNumeral.parse(numeral.toString())).isEqualTo(numeral);
    }
  }

  @Test
  void acceptsLowerCaseAndSurroundingSpace() {
    assertThat(RomanNumeral.parse(" xiii ")).isEqualTo(RomanNumeral.of(13));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"IIII|1", "IC|0", "VX|1", "MMMM|0", "XIIII|2", "XIIA|3", "' X V'|2"})
  void rejectsNonCanonicalTextNamingTheIndex(String text, int index) {
    assertParseError(() -> RomanNumeral.parse(text), text, index, RomanNumeral.SYNTAX);
  }

  @Test
  void changesTheCaseOfAsciiLettersOnly() {
    // The dotless i upper-cases to I, but it is not a Roman numeral.
    assertParseError(() -> RomanNumeral.parse("x\u0131\u0131"), "x\u0131\u0131", 1, RomanNumeral.SYNTAX);
    assertThat(RomanNumeral.parse("xii").value()).isEqualTo(12);
  }

  @Test
  void rejectsTheEmptyString() {
    assertParseError(() -> RomanNumeral.parse("  "), "  ", 2, RomanNumeral.SYNTAX);
    assertParseError(() -> RomanNumeral.parse(""), "", 0, RomanNumeral.SYNTAX);
  }

  @Test
  void rejectsNumbersOutOfRange() {
    assertThatThrownBy(() -> RomanNumeral.of(0))
        .hasMessage("value: '0' is out of range: a Roman numeral is a number from 1 to 3999 [roman-numeral.range]");
    assertThatThrownBy(() -> RomanNumeral.of(4000)).hasMessageContaining("'4000' is out of range");
  }

  @Test
  void ordersByValue() {
    assertThat(RomanNumeral.parse("IX")).isLessThan(RomanNumeral.parse("XI"));
  }
}
