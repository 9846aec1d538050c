package io.github.cpvmodel.progress;

import static io.github.cpvmodel.ParseAssertions.assertParseError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Observed values under hostile input: huge, malformed and look-alike text. */
class ObservedValueHostileTest {
  @Test
  void onlyAsciiLettersChangeCaseInYesAndNo() {
    assertParseError(() -> ObservedValue.parse("yeſ"), "yeſ", 0, ObservedValue.SYNTAX);
    assertParseError(() -> ObservedValue.parse("YE\u017F"), "YE\u017F", 0, ObservedValue.SYNTAX);
    assertThat(ObservedValue.parse("YES")).isEqualTo(YesNo.YES);
  }

  @Test
  void aNumberLongerThanANumberMayBeIsRejectedAtTheLimit() {
    for (String input : new String[] {"1." + "0".repeat(100_000) + "%", "1" + "0".repeat(100_000)}) {
      ParseException e = catchThrowableOfType(ParseException.class, () -> ObservedValue.parse(input));
      assertThat(e.errorIndex()).isEqualTo(TextKind.NUMBER.maxLength());
      assertThat(e.violations()).extracting(Violation::rule).containsOnly(TextKind.LENGTH);
    }
    assertThat(ObservedValue.parse("1." + "0".repeat(90) + "%")).hasToString("1%");
  }

  @Test
  void aPercentageKeepsAtMostFiftyDecimals() {
    assertThat(Percentage.of(new BigDecimal("1E-50"))).hasToString("0." + "0".repeat(49) + "1%");
    assertThatThrownBy(() -> Percentage.of(new BigDecimal("1E-51"))).hasMessageEndingWith("[percentage.decimals]");
    assertThat(Percentage.of(new BigDecimal("50." + "0".repeat(100_000)))).hasToString("50%");
    assertThatThrownBy(() -> Percentage.of(new BigDecimal("1E+1000000000")))
        .hasMessageContaining("percentage 1E+1000000000 is outside 0..100");
  }

  @Test
  void aRatioGivesAPercentageOfAtMostFiftyDecimals() {
    assertThat(Ratio.of(1, 3).toPercentage(50).value().scale()).isEqualTo(50);
    assertThatThrownBy(() -> Ratio.of(1, 3).toPercentage(Integer.MAX_VALUE))
        .hasMessageEndingWith("[percentage.decimals]");
    assertThatThrownBy(() -> Ratio.of(1, 3).toPercentage(-1)).hasMessageEndingWith("[percentage.decimals]");
  }
}
