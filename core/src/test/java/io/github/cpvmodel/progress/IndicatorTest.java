package io.github.cpvmodel.progress;

import static io.github.cpvmodel.progress.ReportingPeriodTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Source;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorTest {
  static final Indicator PLAN_BUILT = Indicator.of(Id.of("congress-preparation/subcommittee-plan-built"),
      LocalizedName.of("Đã xây dựng kế hoạch triển khai nhiệm vụ của các tiểu ban chuẩn bị đại hội",
          "Plan for the congress subcommittees built"),
      LocalizedName.of("Cấp ủy đã ban hành kế hoạch triển khai nhiệm vụ của các tiểu ban chuẩn bị đại hội"),
      ValueKind.YES_NO);
  static final Id DONG_NAI = Id.of("party/dong-nai");
  static final ReportingPeriod NINE_MONTHS = ReportingPeriod.parseLabel("9 tháng đầu năm 2019");

  @Test
  void anObservationOfTheIndicatorsKindPasses() {
    Observation observation = Observation.builder().indicator(PLAN_BUILT.id()).subject(DONG_NAI)
        .period(NINE_MONTHS).value(YesNo.YES).status(ObservationStatus.FINAL)
        .source(Source.builder().publication("Báo Đồng Nai").published(LocalDate.of(2019, 9, 30)).build())
        .build();
    assertThat(PLAN_BUILT.requireFigure(observation)).isSameAs(observation);
  }

  @Test
  void aValueOfAnotherKindIsRejectedWhereBothAreKnown() {
    Observation ratio = Observation.of(PLAN_BUILT.id(), DONG_NAI, NINE_MONTHS, Ratio.of(1, 1),
        ObservationStatus.FINAL);
    assertRejected(() -> PLAN_BUILT.requireFigure(ratio), ValueKind.MATCH,
        "value: value '1/1' is a ratio but indicator 'congress-preparation/subcommittee-plan-built' expects a "
            + "yes-no");
    Target target = Target.of(PLAN_BUILT.id(), DONG_NAI, NINE_MONTHS, Count.of(1));
    assertRejected(() -> PLAN_BUILT.requireFigure(target), ValueKind.MATCH, "value '1' is a count");
  }

  @Test
  void anObservationOfAnotherIndicatorIsRejected() {
    Observation other = Observation.of(Id.of("other"), DONG_NAI, NINE_MONTHS, YesNo.YES, ObservationStatus.FINAL);
    assertRejected(() -> PLAN_BUILT.requireFigure(other), Indicator.REFERENCE,
        "indicator: indicator 'other' is not 'congress-preparation/subcommittee-plan-built'");
    Target target = Target.of(PLAN_BUILT.id(), DONG_NAI, NINE_MONTHS, YesNo.YES);
    assertThat(PLAN_BUILT.requireFigure(target)).isSameAs(target);
  }
}
