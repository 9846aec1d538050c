package io.github.cpvmodel.progress;

import static io.github.cpvmodel.progress.IndicatorTest.DONG_NAI;
import static io.github.cpvmodel.progress.IndicatorTest.NINE_MONTHS;
import static io.github.cpvmodel.progress.ReportingPeriodTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.Id;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTest {
  private static final Id INDICATOR = Id.of("indicator");

  private static Observation actual(ObservedValue value) {
    return Observation.of(INDICATOR, DONG_NAI, NINE_MONTHS, value, ObservationStatus.FINAL);
  }

  @ParameterizedTest(name = "target {0}, actual {1}: {2}")
  @CsvSource({
      "63/63, 63/63, true",
      "63/63, 62/63, false",
      "63/63, 34/34, true",
      "1/2, 2/4, true",
      "12, 11, false",
      "12, 13, true",
      "95%, 95.0%, true",
      "95%, 94.99%, false",
      "yes, yes, true",
      "yes, no, false",
      "no, no, true",
  })
  void aTargetIsAFloorExceptForYesNo(String target, String actual, boolean met) {
    Target t = Target.of(INDICATOR, DONG_NAI, NINE_MONTHS, ObservedValue.parse(target));
    assertThat(t.isMetBy(actual(ObservedValue.parse(actual)))).isEqualTo(met);
  }

  @Test
  void anActualOfAnotherIndicatorBodyOrPeriodIsRejected() {
    Target t = Target.of(INDICATOR, DONG_NAI, NINE_MONTHS, Count.of(3));
    assertRejected(() -> t.isMetBy(actual(Count.of(3)).withSubject(Id.of("party/binh-phuoc"))), Target.MATCH,
        "actual: actual of 'indicator' for 'party/binh-phuoc' in 2019-01-01/P9M is held against the target of "
            + "'indicator' for 'party/dong-nai' in 2019-01-01/P9M");
    assertRejected(() -> t.isMetBy(actual(Count.of(3)).withPeriod(ReportingPeriod.year(2019))), Target.MATCH,
        "in 2019 is held against");
    assertRejected(() -> t.isMetBy(actual(Percentage.of(BigDecimal.TEN))), ValueKind.MATCH,
        "actual.value: value '10%' is a percentage but the target '3' expects a count");
  }

  @Test
  void aRevisedTargetKeepsItsIndicatorSubjectAndPeriod() {
    Target t = Target.of(INDICATOR, DONG_NAI, NINE_MONTHS, Count.of(3));
    Target revised = t.withValue(Count.of(5));
    assertThat(revised.isMetBy(actual(Count.of(4)))).isFalse();
    assertThat(t.isMetBy(actual(Count.of(4)))).isTrue();
  }
}
