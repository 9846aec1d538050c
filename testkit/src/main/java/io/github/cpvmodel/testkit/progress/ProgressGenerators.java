package io.github.cpvmodel.testkit.progress;

import com.google.common.collect.ImmutableList;
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
import io.github.cpvmodel.progress.RollUp;
import io.github.cpvmodel.progress.Target;
import io.github.cpvmodel.progress.Task;
import io.github.cpvmodel.progress.TaskGroup;
import io.github.cpvmodel.progress.TaskStatus;
import io.github.cpvmodel.progress.ValueKind;
import io.github.cpvmodel.progress.YesNo;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.testkit.Attempt;
import io.github.cpvmodel.testkit.Gen;
import io.github.cpvmodel.testkit.Mutation;
import io.github.cpvmodel.testkit.VocabularyGenerators;
import io.github.cpvmodel.testkit.body.BodyGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Generators of valid progress values, and one invalid {@link Mutation} per validation rule of
 * {@code io.github.cpvmodel.progress}.
 *
 * <p>Every generator builds its values valid by construction (no filtering) and shrinks toward the plainest
 * value: the year 2019, small counts, the first indicator. Periods are mostly drawn from the years of the Party's
 * recent history (1930 to 2050) with an occasional one at the ends of the four-digit years.
 *
 * <pre>{@code
 * Gen<ReportingPeriod> periods = ProgressGenerators.reportingPeriods();
 * ReportingPeriod p = periods.generate(random);
 * ReportingPeriod.parseLabel(p.label().vi()).equals(p); // true for every p
 * for (Mutation m : ProgressGenerators.mutations()) {
 *   m.attempts().generate(random).run(); // throws a ValidationException naming m.rule()
 * }
 * }</pre>
 */
public final class ProgressGenerators {
  private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private static final List<String> INDICATOR_IDS = List.of("subcommittee-plan-built", "congress-held",
      "members-admitted", "inspections", "delegates-vetted", "cells-rated-strong", "members-rated-excellent");

  private static final List<String> INDICATOR_NAMES = List.of(
      "Đã xây dựng kế hoạch triển khai nhiệm vụ của các tiểu ban chuẩn bị đại hội",
      "Đã tổ chức đại hội", "Số đảng viên mới kết nạp", "Số cuộc kiểm tra", "Tỷ lệ nhân sự đã thẩm định",
      "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ", "Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ");

  private static final List<String> TASK_NAMES = List.of("Tổng kết Chỉ thị 36-CT/TW",
      "Xây dựng kế hoạch triển khai nhiệm vụ của các tiểu ban chuẩn bị đại hội",
      "Chuẩn bị nhân sự đại hội đảng bộ các cấp", "Thực hiện Quy định 205-QĐ/TW về kiểm soát quyền lực",
      "Sắp xếp tổ chức bộ máy tinh gọn", "Nâng cao chất lượng công tác tuyên truyền");

  private ProgressGenerators() {}

  private static Gen<Integer> years() {
    return Gen.frequency(new Gen.Weighted<>(20, Gen.ints(2019, 2050)), new Gen.Weighted<>(5, Gen.ints(1930, 2018)),
        new Gen.Weighted<>(1, Gen.elements(1, 999, 1000, 9999)), new Gen.Weighted<>(1, Gen.ints(1, 9999)));
  }

  /**
   * Reporting periods of every kind: years, halves, quarters, months, first months of a year (of every length, so
   * some are halves, quarters or years by another name) and ranges of up to about ten years.
   *
   * @return the generator
   */
  public static Gen<ReportingPeriod> reportingPeriods() {
    Gen<ReportingPeriod> ranges = Gen.dates(FIRST_DAY, LAST_DAY).flatMap(start -> Gen.ints(0, 3700).map(days -> {
      long room = LAST_DAY.toEpochDay() - start.toEpochDay();
      return ReportingPeriod.closed(start, start.plusDays(Math.min(days, room)));
    }));
    Gen<ReportingPeriod> recentRanges = Gen.dates(LocalDate.of(2015, 1, 1), LocalDate.of(2030, 12, 31))
        .flatMap(start -> Gen.ints(0, 400).map(days -> ReportingPeriod.closed(start, start.plusDays(days))));
    return Gen.oneOf(
        years().map(ReportingPeriod::year),
        years().flatMap(y -> Gen.ints(1, 2).map(h -> ReportingPeriod.half(y, h))),
        years().flatMap(y -> Gen.ints(1, 4).map(q -> ReportingPeriod.quarter(y, q))),
        years().flatMap(y -> Gen.ints(1, 12).map(m -> ReportingPeriod.month(y, m))),
        years().flatMap(y -> Gen.ints(1, 12).map(n -> ReportingPeriod.firstMonths(y, n))),
        recentRanges,
        ranges);
  }

  /**
   * Counts, mostly small.
   *
   * @return the generator
   */
  public static Gen<Count> counts() {
    return Gen.frequency(new Gen.Weighted<>(9, Gen.ints(0, 100)), new Gen.Weighted<>(1, Gen.ints(0,
        Integer.MAX_VALUE))).map(Count::of);
  }

  /**
   * Ratios, from 0/1 to wholes of a few thousand, including complete ones such as 63/63.
   *
   * @return the generator
   */
  public static Gen<Ratio> ratios() {
    return Gen.ints(1, 5000).flatMap(d -> Gen.frequency(new Gen.Weighted<>(1, Gen.constant(d)),
        new Gen.Weighted<>(3, Gen.ints(0, d))).map(n -> Ratio.of(n, d)));
  }

  /**
   * Percentages with up to four decimals, 0 and 100 included.
   *
   * @return the generator
   */
  public static Gen<Percentage> percentages() {
    return Gen.ints(0, 4).flatMap(scale -> Gen.ints(0, 100 * (int) Math.pow(10, scale))
        .map(unscaled -> Percentage.of(BigDecimal.valueOf(unscaled, scale))));
  }

  /**
   * Yes and no.
   *
   * @return the generator
   */
  public static Gen<YesNo> yesNos() {
    return Gen.booleans().map(YesNo::of);
  }

  /**
   * Values of one kind.
   *
   * @param kind the kind
   * @return the generator
   */
  public static Gen<ObservedValue> observedValues(ValueKind kind) {
    switch (kind) {
      case COUNT:
        return counts().map(v -> v);
      case RATIO:
        return ratios().map(v -> v);
      case PERCENTAGE:
        return percentages().map(v -> v);
      default:
        return yesNos().map(v -> v);
    }
  }

  /**
   * Values of every kind.
   *
   * @return the generator
   */
  public static Gen<ObservedValue> observedValues() {
    return Gen.elements(ValueKind.values()).flatMap(ProgressGenerators::observedValues);
  }

  /**
   * Indicators of one kind.
   *
   * @param kind the kind
   * @return the generator
   */
  public static Gen<Indicator> indicators(ValueKind kind) {
    return Gen.ints(0, INDICATOR_IDS.size() - 1).map(i -> Indicator.of(Id.of("indicator").child(
            INDICATOR_IDS.get(i)), LocalizedName.of(INDICATOR_NAMES.get(i)),
        LocalizedName.of("Số liệu báo cáo: " + INDICATOR_NAMES.get(i).toLowerCase(Locale.ROOT)), kind));
  }

  /**
   * Indicators of every kind.
   *
   * @return the generator
   */
  public static Gen<Indicator> indicators() {
    return Gen.elements(ValueKind.values()).flatMap(ProgressGenerators::indicators);
  }

  private static Gen<Id> subjects() {
    return BodyGenerators.ids();
  }

  /**
   * Observations of an indicator, with values of its kind, some with a source.
   *
   * @param indicator the indicator
   * @return the generator
   */
  public static Gen<Observation> observations(Indicator indicator) {
    return subjects().flatMap(subject -> reportingPeriods().flatMap(period -> observedValues(indicator.kind())
        .flatMap(value -> Gen.elements(ObservationStatus.values()).flatMap(status -> Gen.booleans().map(
            sourced -> {
              Observation o = Observation.of(indicator.id(), subject, period, value, status);
              return sourced ? o.withSource(Source.builder().publication("Báo Đồng Nai")
                  .published(period.end()).build()) : o;
            })))));
  }

  /**
   * Targets of an indicator, with values of its kind.
   *
   * @param indicator the indicator
   * @return the generator
   */
  public static Gen<Target> targets(Indicator indicator) {
    return subjects().flatMap(subject -> reportingPeriods().flatMap(period -> observedValues(indicator.kind())
        .map(value -> Target.of(indicator.id(), subject, period, value))));
  }

  /**
   * Tasks with any combination of deadline, start and completion, completion never before the start.
   *
   * @return the generator
   */
  public static Gen<Task> tasks() {
    Gen<Optional<LocalDate>> maybeDay = Gen.booleans().flatMap(present -> present
        ? Gen.dates(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31)).map(Optional::of)
        : Gen.constant(Optional.empty()));
    return Gen.ints(0, TASK_NAMES.size() - 1).flatMap(i -> subjects().flatMap(responsible -> maybeDay.flatMap(
        deadline -> maybeDay.flatMap(started -> Gen.ints(-1, 400).map(after -> {
          Task.Builder task = Task.builder();
          task.id(Id.of("task-" + (i + 1))).name(LocalizedName.of(TASK_NAMES.get(i))).responsible(responsible)
              .deadline(deadline).started(started);
          if (after >= 0) {
            task.completed(started.orElse(LocalDate.of(2019, 1, 1)).plusDays(after));
          }
          return task.build();
        })))));
  }

  /**
   * Task groups of one to eight tasks with distinct ids.
   *
   * @return the generator
   */
  public static Gen<TaskGroup> taskGroups() {
    return Gen.ints(1, 8).flatMap(number -> Gen.listOf(tasks(), 1, 8).map(tasks -> {
      ImmutableList.Builder<Task> numbered = ImmutableList.builder();
      for (int i = 0; i < tasks.size(); i++) {
        numbered.add(Task.builder().from(tasks.get(i)).id(Id.of("task-" + (i + 1))).build());
      }
      return TaskGroup.of(Id.of("organisation-sector/2019/group-" + number),
          LocalizedName.of("Nhóm nhiệm vụ, giải pháp thứ " + number), numbered.build());
    }));
  }

  /**
   * One mutation per validation rule of the progress package: each attempt builds a value from valid parts with
   * that one rule broken.
   *
   * @return the mutations: the code rules of the enums first, then the others in the order they are declared
   */
  public static ImmutableList<Mutation> mutations() {
    Gen<ReportingPeriod> periods = reportingPeriods();
    Gen<ReportingPeriod> nameable = Gen.oneOf(
        years().flatMap(y -> Gen.ints(1, 2).map(h -> ReportingPeriod.half(y, h))),
        years().flatMap(y -> Gen.ints(1, 4).map(q -> ReportingPeriod.quarter(y, q))),
        years().flatMap(y -> Gen.ints(1, 12).map(m -> ReportingPeriod.month(y, m))),
        years().flatMap(y -> Gen.ints(1, 12).map(n -> ReportingPeriod.firstMonths(y, n))));
    return ImmutableList.of(
        VocabularyGenerators.unknownCodes(ValueKind.class, ValueKind.CODE, ValueKind::parse),
        VocabularyGenerators.unknownCodes(ObservationStatus.class, ObservationStatus.CODE, ObservationStatus::parse),
        VocabularyGenerators.unknownCodes(TaskStatus.class, TaskStatus.CODE, TaskStatus::parse),
        Mutation.of(ReportingPeriod.ORDER, periods.filter(p -> !p.start().equals(p.end()) || p.end()
            .isBefore(LAST_DAY)).map(p -> {
              LocalDate start = p.start().equals(p.end()) ? p.end().plusDays(1) : p.end();
              LocalDate end = p.start().equals(p.end()) ? p.end() : p.start();
              return Attempt.of("ReportingPeriod.closed(" + start + ", " + end + ")",
                  () -> ReportingPeriod.closed(start, end));
            })),
        Mutation.of(ReportingPeriod.YEAR, Gen.oneOf(Gen.ints(-9999, 0), Gen.ints(10000, 99999)).map(y ->
            Attempt.of("ReportingPeriod.year(" + y + ")", () -> ReportingPeriod.year(y)))),
        Mutation.of(ReportingPeriod.PART, years().flatMap(y -> Gen.oneOf(Gen.ints(-5, 0), Gen.ints(13, 20))
            .flatMap(n -> Gen.elements(
                Attempt.of("ReportingPeriod.quarter(" + y + ", " + n + ")", () -> ReportingPeriod.quarter(y, n)),
                Attempt.of("ReportingPeriod.half(" + y + ", " + n + ")", () -> ReportingPeriod.half(y, n)),
                Attempt.of("ReportingPeriod.month(" + y + ", " + n + ")", () -> ReportingPeriod.month(y, n)),
                Attempt.of("ReportingPeriod.firstMonths(" + y + ", " + n + ")",
                    () -> ReportingPeriod.firstMonths(y, n)))))),
        Mutation.of(ReportingPeriod.SYNTAX, periods.map(p -> {
          String text = "X" + p.toString().substring(1);
          return Attempt.of("ReportingPeriod.parse(\"" + text + "\")", () -> ReportingPeriod.parse(text));
        })),
        Mutation.of(ReportingPeriod.LABEL, periods.flatMap(p -> Gen.booleans().map(english -> {
          String label = english ? p.label().en().orElseThrow() : p.label().vi();
          // Replace the first word ("2019" alone for a year in English) by one that starts no label.
          String text = "tuần " + label.substring(label.indexOf(' ') + 1);
          return Attempt.of("ReportingPeriod.parseLabel(\"" + text + "\")", () -> ReportingPeriod.parseLabel(text));
        }))),
        Mutation.of(ReportingPeriod.LABEL_YEAR, nameable.map(p -> {
          String label = p.label().vi();
          String text = label.substring(0, label.lastIndexOf(' '));
          return Attempt.of("ReportingPeriod.parseLabel(\"" + text + "\")", () -> ReportingPeriod.parseLabel(text));
        })),
        Mutation.of(ObservedValue.SYNTAX, observedValues().map(v -> {
          String text = v + "x";
          return Attempt.of("ObservedValue.parse(\"" + text + "\")", () -> ObservedValue.parse(text));
        })),
        Mutation.of(Count.NEGATIVE, Gen.ints(Integer.MIN_VALUE, -1).map(n ->
            Attempt.of("Count.of(" + n + ")", () -> Count.of(n)))),
        Mutation.of(Ratio.DENOMINATOR, Gen.ints(-5000, 0).map(d ->
            Attempt.of("Ratio.of(0, " + d + ")", () -> Ratio.of(0, d)))),
        Mutation.of(Ratio.NUMERATOR, ratios().flatMap(r -> Gen.ints(1, 100).flatMap(k -> Gen.elements(
            Attempt.of("Ratio.of(" + (r.denominator() + k) + ", " + r.denominator() + ")",
                () -> Ratio.of(r.denominator() + k, r.denominator())),
            Attempt.of("Ratio.of(" + (-k) + ", " + r.denominator() + ")", () -> Ratio.of(-k, r.denominator())))))),
        Mutation.of(Percentage.RANGE, Gen.oneOf(Gen.ints(-10000, -1), Gen.ints(10001, 1000000)).map(n -> {
          BigDecimal value = BigDecimal.valueOf(n, 2);
          return Attempt.of("Percentage.of(" + value + ")", () -> Percentage.of(value));
        })),
        Mutation.of(ValueKind.MATCH, indicators().flatMap(indicator -> observations(indicator).flatMap(o ->
            Gen.elements(ValueKind.values()).filter(k -> k != indicator.kind()).flatMap(ProgressGenerators::observedValues).map(other -> Attempt.of(indicator.id() + " (" + indicator.kind().code()
                + ").requireFigure(observation of value " + other + ")", () -> indicator.requireFigure(o.withValue(other))))))),
        Mutation.of(Indicator.REFERENCE, indicators().flatMap(indicator -> observations(indicator).map(o ->
            Attempt.of(indicator.id() + ".requireFigure(observation of another indicator)",
                () -> indicator.requireFigure(Observation.builder().from(o).indicator(indicator.id().child("other"))
                    .build()))))),
        Mutation.of(Target.MATCH, indicators().flatMap(indicator -> targets(indicator).flatMap(t ->
            observedValues(indicator.kind()).map(v -> Attempt.of("target for " + t.subject()
                + " held against an actual for another body", () -> t.isMetBy(Observation.of(t.indicator(),
                t.subject().child("other"), t.period(), v, ObservationStatus.FINAL))))))),
        Mutation.of(Task.ORDER, tasks().flatMap(t -> Gen.ints(1, 400).map(days -> {
          LocalDate started = t.started().orElse(LocalDate.of(2019, 6, 1));
          return Attempt.of("task started " + started + ", completed " + days + " days before",
              () -> Task.builder().from(t).started(started).completed(started.minusDays(days)).build());
        }))),
        Mutation.of(TaskGroup.EMPTY, taskGroups().map(g -> Attempt.of("task group " + g.id() + " without tasks",
            () -> TaskGroup.of(g.id(), g.name(), ImmutableList.of())))),
        Mutation.of(TaskGroup.DUPLICATE, taskGroups().map(g -> Attempt.of("task group " + g.id()
            + " listing its first task twice", () -> TaskGroup.of(g.id(), g.name(),
            ImmutableList.<Task>builder().addAll(g.tasks()).add(g.tasks().get(0)).build())))),
        Mutation.of(RollUp.KIND, indicators(ValueKind.PERCENTAGE).flatMap(indicator -> periods.map(p ->
            Attempt.of("roll-up of percentage indicator " + indicator.id(), () -> provincialRollUp(p.end())
                .collector(indicator, p))))),
        Mutation.of(RollUp.DUPLICATE, indicators(ValueKind.YES_NO).flatMap(indicator -> Gen.dates(
            LocalDate.of(2008, 8, 1), LocalDate.of(2030, 12, 31)).flatMap(day -> Gen.booleans().map(yes -> {
              RollUp rollUp = provincialRollUp(day);
              ReportingPeriod period = ReportingPeriod.closed(day, day);
              Id child = rollUp.expected().get(0).id();
              Observation first = Observation.of(indicator.id(), child, period, YesNo.of(yes),
                  ObservationStatus.FINAL);
              return Attempt.of("two final observations of " + child + " on " + day + " saying yes and no",
                  () -> Stream.of(first, first.withValue(YesNo.of(!yes)))
                      .collect(rollUp.collector(indicator, period)));
            })))));
  }

  private static RollUp provincialRollUp(LocalDate day) {
    return RollUp.of(PartyBodies.hierarchy(), PartyBodies.CENTRAL_COMMITTEE, day)
        .onlyChildren(PartyBodies::isProvincialOrganisation);
  }

  /**
   * A reference year for yearless labels, for tests of {@link ReportingPeriod#parseLabel(CharSequence, Year)}.
   *
   * @return the generator
   */
  public static Gen<Year> referenceYears() {
    return years().map(Year::of);
  }
}
