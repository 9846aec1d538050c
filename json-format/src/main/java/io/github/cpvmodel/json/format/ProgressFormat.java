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
import io.github.cpvmodel.progress.Target;
import io.github.cpvmodel.progress.Task;
import io.github.cpvmodel.progress.TaskGroup;
import io.github.cpvmodel.progress.TaskStatus;
import io.github.cpvmodel.progress.ValueKind;
import io.github.cpvmodel.progress.YesNo;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The wire format of progress reporting: periods, indicators, observed values, observations, targets, tasks and
 * task groups.
 */
public final class ProgressFormat {
  private ProgressFormat() {}

  /** A reporting period, as its canonical text, e.g. {@code "2019"}, {@code "2019-Q4"}, {@code "2016/2020"}. */
  public static final TextShape<ReportingPeriod> PERIOD = TextShape.of(ReportingPeriod.class,
      "reporting-period", "Kỳ báo cáo (reporting period)",
      "The days a report covers, as its canonical text: a year '2019', several years '2016/2020', a half "
          + "'2019-H1', a quarter '2019-Q4', a month '2019-09', the first months of a year '2019-01-01/P9M' or a "
          + "range of days '2019-03-15/2019-10-20'; the dates are days of the calendar and the end is not before "
          + "the start (checks the schema cannot make)",
      ReportingPeriod::parse, ReportingPeriod::toString, true,
      "pattern", "^[0-9]{4}(/[0-9]{4}|-H[12]|-Q[1-4]|-[0-9]{2}|-[0-9]{2}-[0-9]{2}/(P[0-9]{1,2}M|[0-9]{4}-[0-9]{2}-"
          + "[0-9]{2}))?$");

  /** The kind of value an indicator measures, as its code. */
  public static final CodeShape<ValueKind> VALUE_KIND = CodeShape.of(ValueKind.class, ValueKind.CODE,
      "value-kind", "Loại giá trị (value kind)",
      "What kind of value an indicator measures, and so the form of its observed values and targets");

  /** Whether a figure is provisional or final, as its code. */
  public static final CodeShape<ObservationStatus> STATUS = CodeShape.of(ObservationStatus.class,
      ObservationStatus.CODE, "observation-status", "Tình trạng số liệu (observation status)",
      "Whether a figure is provisional (số liệu sơ bộ), open to correction, or final (số liệu chính thức)");

  private static final Field<Count, Long> COUNT_VALUE = Field.required("count", Scalars.wholeFrom(0), Count::value,
      "a whole number from 0 up").inCorePaths("value");
  private static final Field<Ratio, Long> NUMERATOR = Field.required("numerator", Scalars.wholeFrom(0),
      Ratio::numerator, "a whole number from 0 up to the denominator (a check the schema cannot make)");
  private static final Field<Ratio, Long> DENOMINATOR = Field.required("denominator", Scalars.wholeFrom(1),
      Ratio::denominator, "a whole number from 1 up");
  private static final Field<Percentage, BigDecimal> PERCENT = Field.required("percentage",
      Scalars.decimalBetween(0, 100), Percentage::value,
      "a decimal from 0 to 100 with at most 50 decimals (a limit the schema cannot check)").inCorePaths("value");
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
  public static final OneOfShape<ObservedValue> VALUE = OneOfShape.of(ObservedValue.class, "observed-value",
      "Giá trị (observed value)", "An exact value in the form of its kind, which its member names tell: a count, "
          + "a ratio, a percentage, or yes or no",
      COUNT, RATIO, PERCENTAGE, YES_NO);

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

  private static final Field<Target, Id> TARGET_INDICATOR = Field.required("indicator", VocabularyFormat.ID,
      Target::indicator, "the id of the indicator");
  private static final Field<Target, Id> TARGET_SUBJECT = Field.required("subject", VocabularyFormat.ID,
      Target::subject, "the id of the body the target is set for");
  private static final Field<Target, ReportingPeriod> TARGET_PERIOD = Field.required("period", PERIOD,
      Target::period, "the period by whose end the value is to be reached");
  private static final Field<Target, ObservedValue> TARGET_VALUE = Field.required("value", VALUE, Target::value,
      "the value to reach, of the kind its indicator measures (a check the schema cannot make)");

  /** A target. */
  public static final ObjectShape<Target> TARGET = ObjectShape.of(Target.class, "target",
      "Chỉ tiêu kế hoạch (target)", "What an indicator should reach for a body by the end of a period",
      s -> Target.of(TARGET_INDICATOR.get(s), TARGET_SUBJECT.get(s), TARGET_PERIOD.get(s), TARGET_VALUE.get(s)),
      TARGET_INDICATOR, TARGET_SUBJECT, TARGET_PERIOD, TARGET_VALUE);

  /** Where a task stands, as its code. */
  public static final CodeShape<TaskStatus> TASK_STATUS = CodeShape.of(TaskStatus.class, TaskStatus.CODE,
      "task-status", "Tình trạng nhiệm vụ (task status)",
      "Where a task stands on a day: not started, in progress, done, or overdue (not done by its deadline)");

  private static final Field<Task, Id> TASK_ID = Field.required("id", VocabularyFormat.ID, Task::id,
      "the task's id");
  private static final Field<Task, LocalizedName> TASK_NAME = Field.required("name",
      VocabularyFormat.LOCALIZED_NAME, Task::name, "what is to be done");
  private static final Field<Task, Id> RESPONSIBLE = Field.required("responsible", VocabularyFormat.ID,
      Task::responsible, "the id of the body responsible for it");
  private static final Field<Task, LocalDate> DEADLINE = Field.optional("deadline", Scalars.DATE, Task::deadline,
      "the last day it is due, when set");
  private static final Field<Task, LocalDate> STARTED = Field.optional("started", Scalars.DATE, Task::started,
      "the day work began, when it has");
  private static final Field<Task, LocalDate> COMPLETED = Field.optional("completed", Scalars.DATE,
      Task::completed, "the day it was finished, not before it was started (a check the schema cannot make)");

  /** A task. */
  public static final ObjectShape<Task> TASK = ObjectShape.of(Task.class, "task", "Nhiệm vụ (task)",
      "A piece of work a body is responsible for, with its deadline and the days it was started and finished",
      s -> Task.builder().id(TASK_ID.get(s)).name(TASK_NAME.get(s)).responsible(RESPONSIBLE.get(s))
          .deadline(DEADLINE.optional(s)).started(STARTED.optional(s)).completed(COMPLETED.optional(s)).build(),
      TASK_ID, TASK_NAME, RESPONSIBLE, DEADLINE, STARTED, COMPLETED);

  private static final Field<TaskGroup, Id> GROUP_ID = Field.required("id", VocabularyFormat.ID, TaskGroup::id,
      "the group's id");
  private static final Field<TaskGroup, LocalizedName> GROUP_NAME = Field.required("name",
      VocabularyFormat.LOCALIZED_NAME, TaskGroup::name, "its name");
  private static final Field<TaskGroup, ImmutableList<Task>> TASKS = Field.list("tasks", TASK, TaskGroup::tasks,
      "its tasks, at least one, each with its own id (checks the schema cannot make)");

  /** A group of tasks. */
  public static final ObjectShape<TaskGroup> TASK_GROUP = ObjectShape.of(TaskGroup.class, "task-group",
      "Nhóm nhiệm vụ, giải pháp (task group)", "Tasks under one heading, in order",
      s -> TaskGroup.of(GROUP_ID.get(s), GROUP_NAME.get(s), TASKS.list(s)), GROUP_ID, GROUP_NAME, TASKS);
}
