package io.github.cpvmodel.testkit.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.body.Body;
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
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.contract.MutationsContract;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Properties of the progress values over their generators; a failure reports the seed that replays it. */
class ProgressPropertiesTest extends MutationsContract {
  private static final int TRIES = 500;

  /** Each mutation gets fewer tries: there are many, and each try builds a rejected value and its message. */
  private static final int TRIES_PER_MUTATION = 100;

  /** Each try of a roll-up walks the whole reference hierarchy. */
  private static final int ROLL_UP_TRIES = 60;

  private static final Class<?>[] RULE_HOLDERS = {ValueKind.class, ObservationStatus.class, TaskStatus.class,
      ReportingPeriod.class, ObservedValue.class, Count.class, Ratio.class, Percentage.class, Indicator.class,
      Target.class, Task.class, TaskGroup.class, RollUp.class};

  ProgressPropertiesTest() {
    super(TRIES_PER_MUTATION, RULE_HOLDERS);
  }

  @Test
  void periodsRoundTripThroughTextAndBothLabels() {
    Property.forAll(ProgressGenerators.reportingPeriods()).withTries(TRIES).checkAssert(p -> {
      assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
      assertThat(ReportingPeriod.parseLabel(p.label().vi())).isEqualTo(p);
      assertThat(ReportingPeriod.parseLabel(p.label().en().orElseThrow())).isEqualTo(p);
      assertThat(ReportingPeriod.closed(p.start(), p.end())).isEqualTo(p);
    });
  }

  @Test
  void severalYearsReadBackFromEachOfTheirThreeLabelsInBothLanguages() {
    Property.forAll(ProgressGenerators.multiYearPeriods()).withTries(TRIES).checkAssert(p -> {
      assertThat(p.kind()).isEqualTo(ReportingPeriod.Kind.YEARS);
      int first = p.start().getYear();
      int last = p.end().getYear();
      assertThat(p).isEqualTo(ReportingPeriod.years(first, last));
      assertThat(p.encloses(ReportingPeriod.year(first)) && p.encloses(ReportingPeriod.year(last))).isTrue();
      for (LocalizedName label : List.of(p.label(), p.termLabel().orElseThrow(), p.countedLabel().orElseThrow())) {
        assertThat(ReportingPeriod.parseLabel(label.vi())).isEqualTo(p);
        assertThat(ReportingPeriod.parseLabel(label.en().orElseThrow())).isEqualTo(p);
        assertThat(ReportingPeriod.parseLabel(label.vi().replace('-', '\u2013'))).isEqualTo(p);
      }
      assertThat(p.countedLabel().orElseThrow().vi()).startsWith((last - first + 1) + " năm ");
    });
  }

  @Test
  void periodsHoldTheirInvariants() {
    Property.forAll(ProgressGenerators.reportingPeriods()).withTries(TRIES).checkAssert(p -> {
      assertThat(p.contains(p.start()) && p.contains(p.end())).isTrue();
      assertThat(p.contains(p.start().minusDays(1)) || p.contains(p.end().plusDays(1))).isFalse();
      assertThat(p.encloses(p)).isTrue();
      assertThat(p.toValidity().start()).contains(p.start());
      if (p.kind() != ReportingPeriod.Kind.RANGE && p.kind() != ReportingPeriod.Kind.YEARS) {
        assertThat(p.encloses(ReportingPeriod.month(p.start().getYear(), p.start().getMonthValue()))).isTrue();
        assertThat(ReportingPeriod.year(p.start().getYear()).encloses(p)).isTrue();
      }
    });
  }

  @Test
  void yearlessLabelsTakeTheReferenceYear() {
    Property.forAll(ProgressGenerators.reportingPeriods(), ProgressGenerators.referenceYears()).withTries(TRIES)
        .checkAssert((p, reference) -> {
          String label = p.label().vi();
          // Ranges and years name their years; so do several years, whose two years are the period.
          if (p.kind() != ReportingPeriod.Kind.RANGE && p.kind() != ReportingPeriod.Kind.YEAR
              && p.kind() != ReportingPeriod.Kind.YEARS) {
            String yearless = label.substring(0, label.lastIndexOf(' '));
            ReportingPeriod read = ReportingPeriod.parseLabel(yearless, reference);
            assertThat(read.start()).isEqualTo(p.start().withYear(reference.getValue()));
          }
          assertThat(ReportingPeriod.parseLabel(label, reference)).isEqualTo(p);
        });
  }

  @Test
  void valuesRoundTripThroughText() {
    Property.forAll(ProgressGenerators.observedValues()).withTries(TRIES).checkAssert(v -> {
      assertThat(ObservedValue.parse(v.toString())).isEqualTo(v);
      if (v instanceof Ratio) {
        Ratio r = (Ratio) v;
        assertThat(r.toPercentage(2).value()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
      }
      if (v instanceof Percentage) {
        assertThat(((Percentage) v).value().scale()).isNotNegative();
      }
    });
  }

  /** An indicator with one of its observations and one of its targets. */
  private record Measured(Indicator indicator, Observation observation, Target target) {}

  @Test
  void observationsAndTargetsFitTheirIndicator() {
    Gen<Measured> measured = ProgressGenerators.indicators().flatMap(i -> ProgressGenerators.observations(i)
        .flatMap(o -> ProgressGenerators.targets(i).map(t -> new Measured(i, o, t))));
    Property.forAll(measured).withTries(TRIES).checkAssert(m -> {
      assertThat(m.indicator().requireFigure(m.observation())).isSameAs(m.observation());
      assertThat(m.indicator().requireFigure(m.target())).isSameAs(m.target());
      Observation o = m.observation();
      assertThat(Target.of(o.indicator(), o.subject(), o.period(), o.value()).isMetBy(o)).isTrue();
    });
  }

  @Test
  void tasksHaveOneStatusOnEveryDayAndGroupsCountThem() {
    Gen<LocalDate> days = Gen.dates(LocalDate.of(2018, 6, 1), LocalDate.of(2022, 1, 1));
    Property.forAll(ProgressGenerators.taskGroups(), days).withTries(TRIES).checkAssert((group, day) -> {
      assertThat(group.statusCountsOn(day).values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(group.tasks().size());
      assertThat(group.progressOn(day).numerator()).isEqualTo((long) group.statusCountsOn(day).get(TaskStatus.DONE));
      for (Task task : group.tasks()) {
        if (task.statusOn(day) == TaskStatus.DONE) {
          assertThat(task.statusOn(day.plusDays(1))).isEqualTo(TaskStatus.DONE);
        }
      }
    });
  }

  /** The provincial organisations expected to report on the last day of a month. */
  private static RollUp provincesReporting(ReportingPeriod period) {
    return RollUp.of(PartyBodies.hierarchy(), PartyBodies.CENTRAL_COMMITTEE, period.end())
        .onlyChildren(PartyBodies::isProvincialOrganisation);
  }

  /** A month, and for each organisation expected to report in it its answer, or empty if it stayed silent. */
  private record Reports(ReportingPeriod period, List<Optional<Boolean>> answers) {}

  private static Gen<Reports> reports() {
    Gen<ReportingPeriod> months = Gen.dates(LocalDate.of(2008, 8, 1), LocalDate.of(2030, 12, 31))
        .map(day -> ReportingPeriod.month(day.getYear(), day.getMonthValue()));
    return months.flatMap(period -> Gen.ints(0, 100).flatMap(percentReporting -> Gen.ints(0, 100).flatMap(
        percentYes -> {
          Gen<Optional<Boolean>> answer = Gen.ints(0, 99).flatMap(r -> r < percentReporting
              ? Gen.ints(0, 99).map(y -> Optional.of(y < percentYes))
              : Gen.constant(Optional.<Boolean>empty()));
          int expected = provincesReporting(period).expected().size();
          return Gen.listOf(answer, expected, expected).map(answers -> new Reports(period, answers));
        })));
  }

  @Test
  void aRollUpAccountsForEveryExpectedChildOnce() {
    Property.forAll(ProgressGenerators.indicators(ValueKind.YES_NO), reports()).withTries(ROLL_UP_TRIES)
        .checkAssert((indicator, reports) -> {
          ReportingPeriod period = reports.period();
          RollUp rollUp = provincesReporting(period);
          List<Observation> observations = new ArrayList<>();
          long yes = 0;
          List<Body> silent = new ArrayList<>();
          for (int i = 0; i < rollUp.expected().size(); i++) {
            Body child = rollUp.expected().get(i);
            Optional<Boolean> answer = reports.answers().get(i);
            if (answer.isPresent()) {
              yes += answer.get() ? 1 : 0;
              observations.add(Observation.of(indicator.id(), child.id(), period, YesNo.of(answer.get()),
                  ObservationStatus.FINAL));
            } else {
              silent.add(child);
            }
          }
          RollUpResult result = observations.stream().collect(rollUp.collector(indicator, period));
          assertThat(result.expected()).hasSize(PartyBodies.provincialOrganisationsOn(period.end()).size());
          if (observations.isEmpty()) {
            assertThat(result.value()).isEmpty();
          } else {
            assertThat(result.value()).contains(Ratio.of(yes, rollUp.expected().size()));
          }
          assertThat(result.missing()).containsExactlyElementsOf(silent);
        });
  }

  @Override
  protected List<Mutation> mutations() {
    return ProgressMutations.all();
  }
}
