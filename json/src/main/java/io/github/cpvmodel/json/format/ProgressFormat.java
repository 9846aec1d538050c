package io.github.cpvmodel.json.format;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.progress.Count;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.Percentage;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.ValueKind;
import io.github.cpvmodel.progress.YesNo;
import java.math.BigDecimal;

/** The wire format of progress reporting: periods, indicators, observed values and observations. */
public final class ProgressFormat {
  private ProgressFormat() {}

  /** A reporting period, as its canonical text, e.g. {@code "2019"}, {@code "2019-Q4"}, {@code "2016/2020"}. */
  public static final TextShape<ReportingPeriod> PERIOD = TextShape.of(ReportingPeriod.class,
      ReportingPeriod::parse, ReportingPeriod::toString, true,
      "title", "Kỳ báo cáo (reporting period)");

  /** The kind of value an indicator measures, as its code. */
  public static final CodeShape<ValueKind> VALUE_KIND = CodeShape.of(ValueKind.class, ValueKind.CODE);

  /** Whether a figure is provisional or final, as its code. */
  public static final CodeShape<ObservationStatus> STATUS = CodeShape.of(ObservationStatus.class,
      ObservationStatus.CODE);

  private static final Field<Count, Long> COUNT_VALUE = Field.required("count", Scalars.WHOLE, Count::value,
      "a whole number from 0 up").inCorePaths("value");
  private static final Field<Ratio, Long> NUMERATOR = Field.required("numerator", Scalars.WHOLE,
      Ratio::numerator, "a whole number from 0 up to the denominator (a check the schema cannot make)");
  private static final Field<Ratio, Long> DENOMINATOR = Field.required("denominator", Scalars.WHOLE,
      Ratio::denominator, "a whole number from 1 up");
  private static final Field<Percentage, BigDecimal> PERCENT = Field.required("percentage", Scalars.DECIMAL,
      Percentage::value, "a decimal from 0 to 100 with at most 50 decimals").inCorePaths("value");
  private static final Field<YesNo, Boolean> YES = Field.required("yes", Scalars.BOOLEAN, YesNo::isYes,
      "true for yes, false for no");

  /** A count: {@code {"count":12}}. */
  public static final ObjectShape<Count> COUNT = ObjectShape.of(Count.class, "count", "Số lượng (count)",
      "A count of things", s -> Count.of(COUNT_VALUE.get(s)), COUNT_VALUE);

  /** A ratio: {@code {"numerator":63,"denominator":63}}. */
  public static final ObjectShape<Ratio> RATIO = ObjectShape.of(Ratio.class, "ratio", "Tỷ lệ (ratio)",
      "A part of a whole, e.g. 63 of 63 provinces", s -> Ratio.of(NUMERATOR.get(s), DENOMINATOR.get(s)),
      NUMERATOR, DENOMINATOR);

  /** A percentage: {@code {"percentage":98.5}}. */
  public static final ObjectShape<Percentage> PERCENTAGE = ObjectShape.of(Percentage.class, "percentage",
      "Phần trăm (percentage)", "A percentage, kept exact", s -> Percentage.of(PERCENT.get(s)), PERCENT);

  /** Yes or no: {@code {"yes":true}}. */
  public static final ObjectShape<YesNo> YES_NO = ObjectShape.of(YesNo.class, "yes-no", "Có/không (yes or no)",
      "Whether something was done", s -> YesNo.of(YES.get(s)), YES);

  /** An observed value, in the form of its kind. */
  public static final OneOfShape<ObservedValue> VALUE = OneOfShape.of(ObservedValue.class, COUNT, RATIO,
      PERCENTAGE, YES_NO);

  private static final Field<Indicator, Id> INDICATOR_ID = Field.required("id", VocabularyFormat.ID,
      Indicator::id, "the indicator's id");
  private static final Field<Indicator, LocalizedName> INDICATOR_NAME = Field.required("name",
      VocabularyFormat.LOCALIZED_NAME, Indicator::name, "its name");
  private static final Field<Indicator, LocalizedName> DEFINITION = Field.required("definition",
      VocabularyFormat.LOCALIZED_NAME, Indicator::definition, "what it measures");
  private static final Field<Indicator, ValueKind> KIND = Field.required("kind", VALUE_KIND, Indicator::kind,
      "the kind of value it measures");

  /** An indicator. */
  public static final ObjectShape<Indicator> INDICATOR = ObjectShape.of(Indicator.class, "indicator",
      "Chỉ tiêu (indicator)", "What is measured, and the kind of value it is measured in",
      s -> Indicator.of(INDICATOR_ID.get(s), INDICATOR_NAME.get(s), DEFINITION.get(s), KIND.get(s)),
      INDICATOR_ID, INDICATOR_NAME, DEFINITION, KIND);

  private static final Field<Observation, Id> OBSERVED = Field.required("indicator", VocabularyFormat.ID,
      Observation::indicator, "the id of the indicator observed");
  private static final Field<Observation, Id> SUBJECT = Field.required("subject", VocabularyFormat.ID,
      Observation::subject, "the id of the body the figure is about");
  private static final Field<Observation, ReportingPeriod> PERIOD_FIELD = Field.required("period", PERIOD,
      Observation::period, "the period it covers");
  private static final Field<Observation, ObservedValue> VALUE_FIELD = Field.required("value", VALUE,
      Observation::value, "the value, of the kind its indicator measures (a check the schema cannot make)");
  private static final Field<Observation, ObservationStatus> STATUS_FIELD = Field.required("status", STATUS,
      Observation::status, "whether the figure is provisional or final");
  private static final Field<Observation, Source> SOURCE = Field.optional("source", VocabularyFormat.SOURCE,
      Observation::source, "where the figure comes from");

  /** An observation. */
  public static final ObjectShape<Observation> OBSERVATION = ObjectShape.of(Observation.class, "observation",
      "Số liệu (observation)", "A figure reported for an indicator, a body and a period",
      s -> Observation.builder().indicator(OBSERVED.get(s)).subject(SUBJECT.get(s)).period(PERIOD_FIELD.get(s))
          .value(VALUE_FIELD.get(s)).status(STATUS_FIELD.get(s)).source(SOURCE.optional(s)).build(),
      OBSERVED, SUBJECT, PERIOD_FIELD, VALUE_FIELD, STATUS_FIELD, SOURCE);
}
