package io.github.cpvmodel.testkit.progress;

import static io.github.cpvmodel.testkit.progress.ProgressGenerators.LATEST;
import static io.github.cpvmodel.testkit.progress.ProgressGenerators.indicators;
import static io.github.cpvmodel.testkit.progress.ProgressGenerators.observations;
import static io.github.cpvmodel.testkit.progress.ProgressGenerators.observedValues;
import static io.github.cpvmodel.testkit.progress.ProgressGenerators.ratios;
import static io.github.cpvmodel.testkit.progress.ProgressGenerators.reportingPeriods;
import static io.github.cpvmodel.testkit.progress.ProgressGenerators.targets;
import static io.github.cpvmodel.testkit.progress.ProgressGenerators.taskGroups;
import static io.github.cpvmodel.testkit.progress.ProgressGenerators.tasks;
import static io.github.cpvmodel.testkit.progress.ProgressGenerators.years;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
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
import io.github.cpvmodel.testkit.VocabularyMutations;
import io.github.cpvmodel.testkit.property.Attempt;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Show;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * One invalid {@link Mutation} per rule of the progress package, each applied to values of
 * {@link ProgressGenerators}.
 *
 * <pre>{@code
 * Property.rejects(ProgressMutations.all());
 * }</pre>
 */
public final class ProgressMutations {
  private ProgressMutations() {}

  /**
   * One mutation per validation rule of the progress package: each attempt builds a value from valid parts with
   * that one rule broken.
   *
   * @return the mutations: the code rules of the enums first, then the others in the order they are declared
   */
  public static ImmutableList<Mutation> all() {
    Gen<ReportingPeriod> periods = reportingPeriods();
    Gen<ReportingPeriod> nameable = Gen.oneOf(
        years().flatMap(y -> Gen.ints(1, 2).map(h -> ReportingPeriod.half(y, h))),
        years().flatMap(y -> Gen.ints(1, 4).map(q -> ReportingPeriod.quarter(y, q))),
        years().flatMap(y -> Gen.ints(1, 12).map(m -> ReportingPeriod.month(y, m))),
        years().flatMap(y -> Gen.ints(1, 12).map(n -> ReportingPeriod.firstMonths(y, n))));
    return ImmutableList.of(
        VocabularyMutations.unknownCodes(ValueKind.class, ValueKind.CODE, ValueKind::parse),
        VocabularyMutations.unknownCodes(ObservationStatus.class, ObservationStatus.CODE, ObservationStatus::parse),
        VocabularyMutations.unknownCodes(TaskStatus.class, TaskStatus.CODE, TaskStatus::parse),
        Mutation.of(ReportingPeriod.ORDER, periods.filter(p -> !p.start().equals(p.end()) || p.end()
            .isBefore(LATEST)).map(p -> {
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
          return Attempt.of("ReportingPeriod.parse(" + Show.value(text) + ")", () -> ReportingPeriod.parse(text));
        })),
        Mutation.of(ReportingPeriod.LABEL, periods.flatMap(p -> Gen.booleans().map(english -> {
          String label = english ? p.label().en().orElseThrow() : p.label().vi();
          // Replace the first word ("2019" alone for a year in English) by one that starts no label.
          String text = "tuần " + label.substring(label.indexOf(' ') + 1);
          return Attempt.of("ReportingPeriod.parseLabel(" + Show.value(text) + ")",
              () -> ReportingPeriod.parseLabel(text));
        }))),
        Mutation.of(ReportingPeriod.LABEL_YEAR, nameable.map(p -> {
          String label = p.label().vi();
          String text = label.substring(0, label.lastIndexOf(' '));
          return Attempt.of("ReportingPeriod.parseLabel(" + Show.value(text) + ")",
              () -> ReportingPeriod.parseLabel(text));
        })),
        Mutation.of(ObservedValue.SYNTAX, observedValues().map(v -> {
          String text = v + "x";
          return Attempt.of("ObservedValue.parse(" + Show.value(text) + ")", () -> ObservedValue.parse(text));
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
        Mutation.of(Percentage.DECIMALS, Gen.ints(Percentage.MAX_DECIMALS + 1, 95).flatMap(scale ->
            Gen.ints(1, 9).map(digit -> {
              BigDecimal value = BigDecimal.valueOf(digit, scale);
              return Gen.elements(
                  Attempt.of("Percentage.of(" + value + ")", () -> Percentage.of(value)),
                  Attempt.of("ObservedValue.parse(" + Show.value(value.toPlainString() + "%") + ")",
                      () -> ObservedValue.parse(value.toPlainString() + "%")),
                  Attempt.of("Ratio.of(1, 3).toPercentage(" + scale + ")", () -> Ratio.of(1, 3).toPercentage(scale)));
            })).flatMap(attempts -> attempts)),
        Mutation.of(ValueKind.MATCH, indicators().flatMap(indicator -> observations(indicator).flatMap(o ->
            Gen.elements(ValueKind.values()).filter(k -> k != indicator.kind())
                .flatMap(ProgressGenerators::observedValues).map(other -> Attempt.of(indicator.id() + " ("
                + indicator.kind().code()
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
}
