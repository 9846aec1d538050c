package io.github.cpvmodel.text;

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
  @CsvSource(delimiter = '|', value = {
      "IIII|'IIII' stops being a Roman numeral at index 1 (it is not canonical)",
      "IC|'IC' stops being a Roman numeral at index 0 (it is not canonical)",
      "VX|'VX' stops being a Roman numeral at index 1 (it is not canonical)",
      "MMMM|'MMMM' stops being a Roman numeral at index 0 (it is not canonical)",
      "XIIA|'XIIA' stops being a Roman numeral at index 3 ('A' is not a Roman numeral)",
      "' X V'|' X V' stops being a Roman numeral at index 2 (' ' is not a Roman numeral)"})
  void rejectsNonCanonicalTextNamingTheIndex(String text, String detail) {
    assertThatThrownBy(() -> RomanNumeral.parse(text))
        .isInstanceOf(ValidationException.class)
        .hasMessage(detail + ": " + RomanNumeral.SYNTAX.description() + " [roman-numeral.syntax]");
  }

  @Test
  void changesTheCaseOfAsciiLettersOnly() {
    // The dotless i upper-cases to I, but it is not a Roman numeral.
    assertThatThrownBy(() -> RomanNumeral.parse("x\u0131\u0131")).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("'x\u0131\u0131' stops being a Roman numeral at index 1 ('\u0131' is not a Roman "
            + "numeral)");
    assertThat(RomanNumeral.parse("xii").value()).isEqualTo(12);
  }

  @Test
  void rejectsTheEmptyString() {
    assertThatThrownBy(() -> RomanNumeral.parse("  ")).hasMessageStartingWith("'  ' is empty")
        .hasMessageEndingWith("[roman-numeral.syntax]");
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
