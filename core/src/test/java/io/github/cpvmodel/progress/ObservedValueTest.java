package io.github.cpvmodel.progress;

import static io.github.cpvmodel.progress.ReportingPeriodTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpvmodel.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservedValueTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
      "63/63, RATIO, 63/63",
      "0/63, RATIO, 0/63",
      "12, COUNT, 12",
      "0, COUNT, 0",
      "98.5%, PERCENTAGE, 98.5%",
      "98.50%, PERCENTAGE, 98.5%",
      "100.0%, PERCENTAGE, 100%",
      "0.00%, PERCENTAGE, 0%",
      "yes, YES_NO, yes",
      "' NO ', YES_NO, no",
  })
  void textFormsTellTheKindsApart(String text, ValueKind kind, String canonical) {
    ObservedValue value = ObservedValue.parse(text);
    assertThat(value.kind()).isEqualTo(kind);
    assertThat(value).hasToString(canonical);
    assertThat(ObservedValue.parse(value.toString())).isEqualTo(value);
  }

  @Test
  void ratiosAreExactAndKeepTheirWhole() {
    Ratio all = Ratio.of(63, 63);
    assertThat(all.numerator()).isEqualTo(63);
    assertThat(all.denominator()).isEqualTo(63);
    assertThat(all).isNotEqualTo(Ratio.of(1, 1)).hasToString("63/63");
    assertThat(all.isComplete()).isTrue();
    assertThat(all.compareFractionTo(Ratio.of(1, 1))).isZero();
    assertThat(Ratio.of(62, 63).compareFractionTo(Ratio.of(34, 34))).isNegative();
    assertThat(Ratio.of(Long.MAX_VALUE - 1, Long.MAX_VALUE).compareFractionTo(Ratio.of(Long.MAX_VALUE - 2,
        Long.MAX_VALUE - 1))).isPositive();
    assertThat(Ratio.of(30, 32).pooledWith(Ratio.of(32, 34))).isEqualTo(Ratio.of(62, 66));
    assertThat(Ratio.of(62, 63).toPercentage(1)).hasToString("98.4%");
    assertThat(Ratio.of(63, 63).toPercentage(2)).isEqualTo(Percentage.of(BigDecimal.valueOf(100)));
  }

  @Test
  void percentagesAreExactDecimals() {
    assertThat(Percentage.of(new BigDecimal("98.50"))).isEqualTo(Percentage.of(new BigDecimal("98.5")));
    assertThat(Percentage.of(new BigDecimal("1E+2")).value()).isEqualByComparingTo("100").hasToString("100");
    assertThat(Percentage.of(new BigDecimal("33.333333333333333333")))
        .hasToString("33.333333333333333333%");
  }

  @Test
  void countsAddUpAndYesNoHasTwoValues() {
    assertThat(Count.of(12).plus(Count.of(30))).isEqualTo(Count.of(42));
    assertThat(YesNo.of(true)).isSameAs(YesNo.YES);
    assertThat(YesNo.of(false)).isSameAs(YesNo.NO);
    assertThat(YesNo.NO.isYes()).isFalse();
  }

  @Test
  void invalidValuesAreRejectedByTheirRules() {
    assertRejected(() -> Ratio.of(64, 63), Ratio.NUMERATOR, "numerator: numerator 64 is outside 0..63");
    assertRejected(() -> Ratio.of(-1, 63), Ratio.NUMERATOR, "numerator -1 is outside 0..63");
    assertRejected(() -> Ratio.of(0, 0), Ratio.DENOMINATOR, "denominator: denominator 0 is not positive");
    assertRejected(() -> ObservedValue.parse("63/-1"), Ratio.DENOMINATOR, "denominator -1 is not positive");
    assertRejected(() -> Count.of(-3), Count.NEGATIVE, "value: count -3 is negative");
    assertRejected(() -> Percentage.of(new BigDecimal("100.01")), Percentage.RANGE,
        "value: percentage 100.01 is outside 0..100");
    assertRejected(() -> ObservedValue.parse("-0.5%"), Percentage.RANGE, "percentage -0.5 is outside 0..100");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      64/63    | ratio.numerator    | '64/63' stops being a value at index 0: numerator 64 is outside 0..63
      63/-1    | ratio.denominator  | '63/-1' stops being a value at index 3: denominator -1 is not positive
      ' 1/0'   | ratio.denominator  | ' 1/0' stops being a value at index 3: denominator 0 is not positive
      -3       | count.negative     | '-3' stops being a value at index 0: count -3 is negative
      100.01%  | percentage.range   | '100.01%' stops being a value at index 0: percentage 100.01 is outside
      """)
  void parsedValuesTheirKindRejectsQuoteTheInputAndTheIndex(String text, String rule, String message) {
    assertThatThrownBy(() -> ObservedValue.parse(text)).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.violations()).extracting(v -> v.rule().code()).containsOnly(rule);
      assertThat(e.getMessage()).contains(message);
    });
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                    | at index 0 (the count is missing)
      maybe                 | at index 0 (the count is a whole number)
      63/                   | at index 3 (the denominator is missing)
      63 / 63               | at index 2 (the numerator is a whole number)
      1.5                   | at index 1 (the count is a whole number)
      %                     | at index 0 (a percentage is a decimal number before '%')
      98,5%                 | at index 2 (a percentage is a decimal number before '%')
      99999999999999999999  | at index 0 (the count '99999999999999999999' is too large)
      """)
  void malformedTextIsRejectedWithTheIndex(String text, String where) {
    assertRejected(() -> ObservedValue.parse(text), ObservedValue.SYNTAX, "'" + text + "'", where);
  }
}
