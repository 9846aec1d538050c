package io.github.cpvmodel.testkit.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.progress.Count;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.RollUp;
import io.github.cpvmodel.progress.RollUpResult;
import io.github.cpvmodel.progress.ValueKind;
import io.github.cpvmodel.progress.YesNo;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.testkit.body.BodyGenerators;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A roll-up through every level of generated hierarchies of at least four levels agrees with a naive recursive
 * computation, in any order of the observations and on a parallel stream.
 */
class RollUpThroughLevelsPropertiesTest {
  private static final ReportingPeriod PERIOD = ReportingPeriod.parseLabel("9 tháng đầu năm 2019");

  /** A hierarchy, a day to read it on, an indicator and what the bodies reported. */
  private static final class Case {
    final BodyHierarchy hierarchy;
    final LocalDate day;
    final Indicator indicator;
    final ImmutableList<Observation> reports;

    Case(BodyHierarchy hierarchy, LocalDate day, Indicator indicator, ImmutableList<Observation> reports) {
      this.hierarchy = hierarchy;
      this.day = day;
      this.indicator = indicator;
      this.reports = reports;
    }

    @Override
    public String toString() {
      return hierarchy.bodies().size() + " bodies on " + day + ", " + indicator.kind() + ", reports " + reports;
    }
  }

  private static Gen<Case> cases() {
    return BodyGenerators.layeredHierarchies(4).flatMap(tree -> Gen.dates(BodyGenerators.EARLIEST,
        BodyGenerators.LATEST).flatMap(day -> Gen.elements(ValueKind.YES_NO, ValueKind.COUNT, ValueKind.RATIO)
            .flatMap(ProgressGenerators::indicators).flatMap(indicator -> ProgressGenerators.reportsOf(indicator,
                PERIOD, tree.bodies()).map(reports -> new Case(tree, day, indicator, reports)))));
  }

  @Test
  void generatedHierarchiesHaveAtLeastFourLevels() {
    Property.forAll(BodyGenerators.layeredHierarchies(4)).withTries(50).checkAssert(tree -> {
      assertThat(tree.validate()).isEmpty();
      assertThat(tree.bodies()).anySatisfy(b -> assertThat(
          tree.ancestorsOn(b.id(), b.validity().start().orElse(BodyGenerators.EARLIEST))).hasSizeGreaterThanOrEqualTo(4));
    });
  }

  @Test
  void throughEveryLevelAgreesWithANaiveRecursion() {
    Property.forAll(cases()).withTries(200).checkAssert(c -> {
      RollUp rollUp = RollUp.of(c.hierarchy, PartyBodies.CENTRAL_COMMITTEE, c.day).throughAllLevels(b -> true);
      RollUpResult result = c.reports.stream().collect(rollUp.collector(c.indicator, PERIOD));
      Naive naive = new Naive(c);
      List<Body> children = c.hierarchy.childrenOn(PartyBodies.CENTRAL_COMMITTEE, c.day);

      assertThat(result.value()).isEqualTo(naive.value(children));
      assertThat(result.expected()).containsExactlyElementsOf(children);
      assertThat(result.allMissing()).containsExactlyElementsOf(naive.missing(children));
      assertThat(result.isComplete()).isEqualTo(naive.missing(children).isEmpty());
      assertThat(result.unknownSubjects()).isEmpty();

      List<Observation> shuffled = new ArrayList<>(c.reports);
      Collections.shuffle(shuffled, new Random(c.reports.size()));
      assertThat(shuffled.parallelStream().collect(rollUp.collector(c.indicator, PERIOD))).isEqualTo(result);
    });
  }

  @Test
  void mergingPartialResultsInAnyGroupingGivesTheSameResult() {
    Property.forAll(cases(), Gen.ints(0, 1000), Gen.ints(0, 1000)).withTries(100).checkAssert((c, i, j) -> {
      var collector = RollUp.of(c.hierarchy, PartyBodies.CENTRAL_COMMITTEE, c.day).throughAllLevels(b -> true)
          .collector(c.indicator, PERIOD);
      int first = Math.min(i, j) % (c.reports.size() + 1);
      int second = Math.max(first, Math.max(i, j) % (c.reports.size() + 1));
      RollUpResult whole = c.reports.stream().collect(collector);
      assertThat(mergeInThree(collector, c.reports, first, second, true)).isEqualTo(whole);
      assertThat(mergeInThree(collector, c.reports, first, second, false)).isEqualTo(whole);
    });
  }

  /** Accumulates three slices apart and merges them as (a+b)+c or a+(b+c). */
  private static <A> RollUpResult mergeInThree(java.util.stream.Collector<Observation, A, RollUpResult> collector,
      List<Observation> all, int first, int second, boolean left) {
    List<A> parts = new ArrayList<>();
    for (List<Observation> slice : List.of(all.subList(0, first), all.subList(first, second),
        all.subList(second, all.size()))) {
      A part = collector.supplier().get();
      slice.forEach(o -> collector.accumulator().accept(part, o));
      parts.add(part);
    }
    A merged = left
        ? collector.combiner().apply(collector.combiner().apply(parts.get(0), parts.get(1)), parts.get(2))
        : collector.combiner().apply(parts.get(0), collector.combiner().apply(parts.get(1), parts.get(2)));
    return collector.finisher().apply(merged);
  }

  @Test
  void observationsOfIdsThatAreNoBodyAreReported() {
    Property.forAll(cases()).withTries(50).checkAssert(c -> {
      List<Observation> reports = new ArrayList<>(c.reports);
      reports.add(Observation.of(c.indicator.id(), Id.of("province/dong-nai"), PERIOD,
          ProgressGenerators.observedValues(c.indicator.kind()).generate(new SplittableRandom(7)),
          ObservationStatus.FINAL));
      RollUpResult result = reports.stream().collect(RollUp.of(c.hierarchy, PartyBodies.CENTRAL_COMMITTEE, c.day)
          .throughAllLevels(b -> true).collector(c.indicator, PERIOD));
      assertThat(result.unknownSubjects()).containsExactly(Id.of("province/dong-nai"));
    });
  }

  /** The roll-up written as the definition reads, by recursion over the tree of the day. */
  private static final class Naive {
    private final Case c;
    private final Map<Id, Observation> counting = new HashMap<>();

    Naive(Case c) {
      this.c = c;
      for (Observation o : c.reports) {
        if (o.status() == ObservationStatus.FINAL || !counting.containsKey(o.subject())) {
          counting.put(o.subject(), o);
        }
      }
    }

    /** What a body counts as in its parent's roll-up. */
    Optional<ObservedValue> asChild(Body body) {
      Observation own = counting.get(body.id());
      if (own != null) {
        return Optional.of(own.value());
      }
      List<Body> kids = c.hierarchy.childrenOn(body.id(), c.day);
      if (kids.isEmpty()) {
        return Optional.empty();
      }
      if (c.indicator.kind() != ValueKind.YES_NO) {
        return value(kids);
      }
      boolean allKnown = true;
      for (Body kid : kids) {
        Optional<ObservedValue> part = asChild(kid);
        if (part.equals(Optional.of(YesNo.NO))) {
          return part;
        }
        allKnown &= part.isPresent();
      }
      return allKnown ? Optional.of(YesNo.YES) : Optional.empty();
    }

    /** The roll-up of a body's children. */
    Optional<ObservedValue> value(List<Body> kids) {
      long counted = 0;
      long yes = 0;
      long sum = 0;
      long numerator = 0;
      long denominator = 0;
      for (Body kid : kids) {
        Optional<ObservedValue> part = asChild(kid);
        if (part.isEmpty()) {
          continue;
        }
        counted++;
        ObservedValue v = part.get();
        if (v instanceof YesNo) {
          yes += ((YesNo) v).isYes() ? 1 : 0;
        } else if (v instanceof Count) {
          sum += ((Count) v).value();
        } else {
          numerator += ((Ratio) v).numerator();
          denominator += ((Ratio) v).denominator();
        }
      }
      if (counted == 0) {
        return Optional.empty();
      }
      switch (c.indicator.kind()) {
        case YES_NO:
          return Optional.of(Ratio.of(yes, kids.size()));
        case COUNT:
          return Optional.of(Count.of(sum));
        default:
          return denominator == 0 ? Optional.empty() : Optional.of(Ratio.of(numerator, denominator));
      }
    }

    /** What is missing: the children that count as nothing, then below each child that sent nothing. */
    List<Body> missing(List<Body> kids) {
      List<Body> missing = new ArrayList<>();
      for (Body kid : kids) {
        if (asChild(kid).isEmpty()) {
          missing.add(kid);
        }
      }
      for (Body kid : kids) {
        if (!counting.containsKey(kid.id())) {
          missing.addAll(missing(c.hierarchy.childrenOn(kid.id(), c.day)));
        }
      }
      return missing;
    }
  }
}
