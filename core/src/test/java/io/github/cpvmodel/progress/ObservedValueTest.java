package io.github.cpvmodel.progress;

import static io.github.cpvmodel.progress.ReportingPeriodTest.assertRejected;
import static io.github.cpvmodel.ParseAssertions.assertParseError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.Rule;
import java.math.BigDecimal;
import java.util.List;
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
    assertRejected(() -> Count.of(-3), Count.NEGATIVE, "value: count -3 is negative");
    assertRejected(() -> Percentage.of(new BigDecimal("100.01")), Percentage.RANGE,
        "value: percentage 100.01 is outside 0..100");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      64/63    | 0 | ratio.numerator
      63/-1    | 3 | ratio.denominator
      ' 1/0'   | 3 | ratio.denominator
      -3       | 0 | count.negative
      100.01%  | 0 | percentage.range
      ' -0.5%' | 1 | percentage.range
      """)
  void parsedValuesTheirKindRejectsFailAtTheOffendingNumber(String text, int index, String rule) {
    Rule broken = List.of(Ratio.NUMERATOR, Ratio.DENOMINATOR, Count.NEGATIVE, Percentage.RANGE).stream()
        .filter(r -> r.code().equals(rule)).findFirst().orElseThrow();
    assertParseError(() -> ObservedValue.parse(text), text, index, broken);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                    | 0
      maybe                 | 0
      63/                   | 3
      63 / 63               | 2
      1.5                   | 1
      %                     | 0
      98,5%                 | 2
      .5%                   | 0
      -.5%                  | 1
      1.%                   | 1
      -x                    | 1
      99999999999999999999  | 0
      """)
  void malformedTextIsRejectedAtTheFirstCharacterThatDoesNotFit(String text, int index) {
    assertParseError(() -> ObservedValue.parse(text), text, index, ObservedValue.SYNTAX);
  }
}
