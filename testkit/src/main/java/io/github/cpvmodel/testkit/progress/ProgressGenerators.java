package io.github.cpvmodel.testkit.progress;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.body.Body;
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
import io.github.cpvmodel.progress.ValueKind;
import io.github.cpvmodel.progress.YesNo;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.body.BodyGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Generators of valid progress values; their mutations are in {@link ProgressMutations}.
 *
 * <p>Every generator builds its values valid by construction (no filtering) and shrinks toward the plainest
 * value: the year 2019, small counts, the first indicator. Periods are mostly drawn from the years of the Party's
 * recent history (1930 to 2050) with an occasional one at the ends of the four-digit years.
 *
 * <pre>{@code
 * SplittableRandom random = new SplittableRandom(42);
 * ReportingPeriod p = ProgressGenerators.reportingPeriods().generate(random);
 * ReportingPeriod.parseLabel(p.label().vi()).equals(p); // true for every p
 * }</pre>
 */
public final class ProgressGenerators {
  /** The first day a generated period covers. */
  public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
  /** The last day a generated period covers. */
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

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

  /**
   * Years, mostly of the Party's recent history (1930 to 2050), with an occasional one at the ends of the
   * four-digit years.
   *
   * @return the generator; shrinks toward 2019
   */
  public static Gen<Integer> years() {
    return Gen.frequency(new Gen.Weighted<>(20, Gen.ints(2019, 2050)), new Gen.Weighted<>(5, Gen.ints(1930, 2018)),
        new Gen.Weighted<>(1, Gen.elements(1, 999, 1000, 9999)), new Gen.Weighted<>(1, Gen.ints(1, 9999)));
  }

  /**
   * Reporting periods of every kind: several whole years, years, halves, quarters, months, first months of a year
   * (of every length, so some are halves, quarters or years by another name) and ranges of up to about ten years.
   *
   * @return the generator
   */
  public static Gen<ReportingPeriod> reportingPeriods() {
    Gen<ReportingPeriod> ranges = Gen.dates(EARLIEST, LATEST).flatMap(start -> Gen.ints(0, 3700).map(days -> {
      long room = LATEST.toEpochDay() - start.toEpochDay();
      return ReportingPeriod.closed(start, start.plusDays(Math.min(days, room)));
    }));
    Gen<ReportingPeriod> recentRanges = Gen.dates(LocalDate.of(2015, 1, 1), LocalDate.of(2030, 12, 31))
        .flatMap(start -> Gen.ints(0, 400).map(days -> ReportingPeriod.closed(start, start.plusDays(days))));
    return Gen.oneOf(
        multiYearPeriods(),
        years().map(ReportingPeriod::year),
        years().flatMap(y -> Gen.ints(1, 2).map(h -> ReportingPeriod.half(y, h))),
        years().flatMap(y -> Gen.ints(1, 4).map(q -> ReportingPeriod.quarter(y, q))),
        years().flatMap(y -> Gen.ints(1, 12).map(m -> ReportingPeriod.month(y, m))),
        years().flatMap(y -> Gen.ints(1, 12).map(n -> ReportingPeriod.firstMonths(y, n))),
        recentRanges,
        ranges);
  }

  /**
   * Periods of two or more whole years, as "<i>giai đoạn 2016-2020</i>", "<i>nhiệm kỳ 2020-2025</i>" and "<i>10 năm
   * 2011-2020</i>" name them.
   *
   * @return the generator
   */
  public static Gen<ReportingPeriod> multiYearPeriods() {
    return years().filter(y -> y < 9999).flatMap(first -> Gen.ints(1, 35)
        .map(span -> ReportingPeriod.years(first, Math.min(9999, first + span))));
  }

  /** {@return a generator of counts, mostly small} */
  public static Gen<Count> counts() {
    return Gen.frequency(new Gen.Weighted<>(9, Gen.ints(0, 100)), new Gen.Weighted<>(1, Gen.ints(0,
        Integer.MAX_VALUE))).map(Count::of);
  }

  /** {@return a generator of ratios, from 0/1 to wholes of a few thousand, including complete ones such as 63/63} */
  public static Gen<Ratio> ratios() {
    return Gen.ints(1, 5000).flatMap(d -> Gen.frequency(new Gen.Weighted<>(1, Gen.constant(d)),
        new Gen.Weighted<>(3, Gen.ints(0, d))).map(n -> Ratio.of(n, d)));
  }

  /** {@return a generator of percentages with up to four decimals, 0 and 100 included} */
  public static Gen<Percentage> percentages() {
    return Gen.ints(0, 4).flatMap(scale -> Gen.ints(0, 100 * (int) Math.pow(10, scale))
        .map(unscaled -> Percentage.of(BigDecimal.valueOf(unscaled, scale))));
  }

  /** {@return a generator of yes and no} */
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

  /** {@return a generator of values of every kind} */
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

  /** {@return a generator of indicators of every kind} */
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
   * What a set of bodies reported for one indicator and period, as a roll-up receives it: each body sends nothing, a
   * final observation, a provisional one, or both (the final one counting), with values of the indicator's kind.
   *
   * @param indicator the indicator
   * @param period the period
   * @param bodies the bodies that may report
   * @return the generator, of lists in the order of {@code bodies}
   */
  public static Gen<ImmutableList<Observation>> reportsOf(Indicator indicator, ReportingPeriod period,
      List<Body> bodies) {
    return random -> {
      ImmutableList.Builder<Observation> reports = ImmutableList.builder();
      for (Body body : bodies) {
        int what = random.nextInt(4);
        for (ObservationStatus status : ObservationStatus.values()) {
          boolean sends = status == ObservationStatus.FINAL ? what == 1 || what == 3 : what == 2 || what == 3;
          if (sends) {
            reports.add(Observation.of(indicator.id(), body.id(), period,
                observedValues(indicator.kind()).generate(random), status));
          }
        }
      }
      return reports.build();
    };
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

  /** {@return a generator of tasks with any combination of deadline, start and completion, completion never before
   * the start}
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

  /** {@return a generator of task groups of one to eight tasks with distinct ids} */
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

  
  /** {@return a generator of a reference year for yearless labels, for tests of {@link
   * ReportingPeriod#parseLabel(CharSequence, Year)}}
   */
  public static Gen<Year> referenceYears() {
    return years().map(Year::of);
  }
}
