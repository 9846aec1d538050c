package io.github.cpvmodel.testkit.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.progress.Count;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.Percentage;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.RollUp;
import io.github.cpvmodel.progress.RollUpResult;
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
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the progress values over their generators; each seed is reported on failure. */
class ProgressPropertiesTest {
  private static final int TRIES = 500;

  /** Each mutation gets fewer tries: there are many, and each try builds a rejected value and its message. */
  private static final int TRIES_PER_MUTATION = 100;

  private static <T> void forAll(Gen<T> gen, Consumer<T> property) {
    forAll(gen, TRIES, property);
  }

  private static <T> void forAll(Gen<T> gen, int tries, Consumer<T> property) {
    for (long seed = 0; seed < tries; seed++) {
      RandomGenerator random = new SplittableRandom(seed);
      T value = gen.generate(random);
      try {
        property.accept(value);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("seed " + seed + ", value " + value + ": " + e.getMessage(), e);
      }
    }
  }

  @Test
  void periodsRoundTripThroughTextAndBothLabels() {
    forAll(ProgressGenerators.reportingPeriods(), p -> {
      assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
      assertThat(ReportingPeriod.parseLabel(p.label().vi())).isEqualTo(p);
      assertThat(ReportingPeriod.parseLabel(p.label().en().orElseThrow())).isEqualTo(p);
      assertThat(ReportingPeriod.between(p.start(), p.end())).isEqualTo(p);
    });
  }

  @Test
  void periodsHoldTheirInvariants() {
    forAll(ProgressGenerators.reportingPeriods(), p -> {
      assertThat(p.end()).isAfterOrEqualTo(p.start());
      assertThat(p.contains(p.start()) && p.contains(p.end())).isTrue();
      assertThat(p.contains(p.start().minusDays(1)) || p.contains(p.end().plusDays(1))).isFalse();
      assertThat(p.encloses(p)).isTrue();
      assertThat(p.compareTo(p)).isZero();
      assertThat(p.toValidity().start()).contains(p.start());
      if (p.kind() != ReportingPeriod.Kind.RANGE) {
        assertThat(p.encloses(ReportingPeriod.month(p.start().getYear(), p.start().getMonthValue()))).isTrue();
        assertThat(ReportingPeriod.year(p.start().getYear()).encloses(p)).isTrue();
      }
    });
  }

  @Test
  void yearlessLabelsTakeTheReferenceYear() {
    forAll(ProgressGenerators.reportingPeriods().flatMap(p -> ProgressGenerators.referenceYears()
        .map(y -> List.of(p, y))), pair -> {
          ReportingPeriod p = (ReportingPeriod) pair.get(0);
          Year reference = (Year) pair.get(1);
          String label = p.label().vi();
          if (p.kind() != ReportingPeriod.Kind.RANGE && p.kind() != ReportingPeriod.Kind.YEAR) {
            String yearless = label.substring(0, label.lastIndexOf(' '));
            ReportingPeriod read = ReportingPeriod.parseLabel(yearless, reference);
            assertThat(read.start()).isEqualTo(p.start().withYear(reference.getValue()));
          }
          assertThat(ReportingPeriod.parseLabel(label, reference)).isEqualTo(p);
        });
  }

  @Test
  void valuesRoundTripThroughText() {
    forAll(ProgressGenerators.observedValues(), v -> {
      assertThat(ObservedValue.parse(v.toString())).isEqualTo(v);
      if (v instanceof Ratio) {
        Ratio r = (Ratio) v;
        assertThat(r.numerator()).isBetween(0L, r.denominator());
        assertThat(r.toPercentage(2).value()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
      }
      if (v instanceof Percentage) {
        assertThat(((Percentage) v).value().scale()).isNotNegative();
      }
    });
  }

  @Test
  void observationsAndTargetsFitTheirIndicator() {
    forAll(ProgressGenerators.indicators().flatMap(i -> ProgressGenerators.observations(i)
        .flatMap(o -> ProgressGenerators.targets(i).map(t -> List.of(i, o, t)))), triple -> {
          Indicator indicator = (Indicator) triple.get(0);
          Observation observation = (Observation) triple.get(1);
          Target target = (Target) triple.get(2);
          assertThat(indicator.verify(observation)).isSameAs(observation);
          assertThat(indicator.verify(target)).isSameAs(target);
          Target own = Target.of(observation.indicator(), observation.subject(), observation.period(),
              observation.value());
          assertThat(own.isMetBy(observation)).isTrue();
        });
  }

  @Test
  void tasksHaveOneStatusOnEveryDayAndGroupsCountThem() {
    forAll(ProgressGenerators.taskGroups().flatMap(g -> Gen.dates(LocalDate.of(2018, 6, 1),
        LocalDate.of(2022, 1, 1)).map(day -> List.of(g, day))), pair -> {
          TaskGroup group = (TaskGroup) pair.get(0);
          LocalDate day = (LocalDate) pair.get(1);
          assertThat(group.statusCounts(day).values().stream().mapToInt(Integer::intValue).sum())
              .isEqualTo(group.tasks().size());
          assertThat(group.progress(day).numerator()).isEqualTo((long) group.statusCounts(day).get(TaskStatus.DONE));
          for (Task task : group.tasks()) {
            if (task.status(day) == TaskStatus.DONE) {
              assertThat(task.status(day.plusDays(1))).isEqualTo(TaskStatus.DONE);
            }
          }
        });
  }

  @Test
  void aRollUpAccountsForEveryExpectedChildOnce() {
    Gen<LocalDate> days = Gen.dates(LocalDate.of(2008, 8, 1), LocalDate.of(2030, 12, 31));
    Gen<List<Object>> cases = days.flatMap(day -> Gen.ints(0, 100).flatMap(percentReporting ->
        Gen.ints(0, 100).map(percentYes -> List.of(day, percentReporting, percentYes))));
    Indicator indicator = ProgressGenerators.indicators(ValueKind.YES_NO).generate(new SplittableRandom(1));
    for (long seed = 0; seed < 60; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      List<Object> c = cases.generate(random);
      LocalDate day = (LocalDate) c.get(0);
      ReportingPeriod period = ReportingPeriod.month(day.getYear(), day.getMonthValue());
      RollUp rollUp = RollUp.of(PartyBodies.hierarchy(), PartyBodies.CENTRAL_COMMITTEE, period.end())
          .onlyChildren(b -> b.kind() == BodyKind.PARTY_ORGANISATION);
      List<Observation> observations = new ArrayList<>();
      long yes = 0;
      List<Body> silent = new ArrayList<>();
      for (Body child : rollUp.expected()) {
        if (random.nextInt(100) < (int) c.get(1)) {
          boolean says = random.nextInt(100) < (int) c.get(2);
          yes += says ? 1 : 0;
          observations.add(Observation.of(indicator.id(), child.id(), period, YesNo.of(says),
              ObservationStatus.FINAL));
        } else {
          silent.add(child);
        }
      }
      RollUpResult result = observations.stream().collect(rollUp.collector(indicator, period));
      assertThat(result.expected()).as("seed %d", seed)
          .hasSize(PartyBodies.provincialOrganisationsOn(period.end()).size());
      assertThat(result.value()).as("seed %d", seed).contains(Ratio.of(yes, rollUp.expected().size()));
      assertThat(result.missing()).as("seed %d", seed).containsExactlyElementsOf(silent);
    }
  }

  @Test
  void everyMutationIsRejectedByItsRuleAlone() {
    for (Mutation mutation : ProgressGenerators.mutations()) {
      forAll(mutation.attempts(), TRIES_PER_MUTATION, attempt -> assertRejectedBy(attempt, mutation.rule()));
    }
  }

  @Test
  void everyRuleOfTheProgressPackageHasAMutation() {
    List<Rule> declared = new ArrayList<>();
    for (Class<?> type : List.of(ObservationStatus.class, TaskStatus.class, ReportingPeriod.class, ObservedValue.class, Count.class, Ratio.class,
        Percentage.class, ValueKind.class, Indicator.class, Target.class, Task.class, TaskGroup.class,
        RollUp.class)) {
      for (Field field : type.getFields()) {
        if (field.getType() == Rule.class && Modifier.isStatic(field.getModifiers())
            && field.getDeclaringClass() == type) {
          try {
            declared.add((Rule) field.get(null));
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    assertThat(ProgressGenerators.mutations().stream().map(Mutation::rule).collect(Collectors.toList()))
        .containsExactlyInAnyOrderElementsOf(declared);
  }

  private static void assertRejectedBy(Attempt attempt, Rule rule) {
    assertThatThrownBy(attempt::run).as(attempt.description())
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).extracting(v -> v.rule()).isNotEmpty().containsOnly(rule));
  }
}
