package io.github.cpvmodel.progress;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyHierarchy;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collector;

/**
 * The roll-up of the observations of a body's children to the body itself (<i>tổng hợp số liệu</i>), over the
 * hierarchy as it stood on a given day: the children expected to report are those standing under the parent on
 * that day, so a roll-up for 2019 counts the 63 provincial Party organisations and one for December 2025 the 34,
 * from the same data.
 *
 * <p>How values combine depends on the indicator's kind: yes/no observations become a {@link Ratio} of the
 * expected children that said yes (63 times yes is 63/63); counts add up; ratios add their numerators and their
 * denominators. Percentages cannot be rolled up without knowing what each is a percentage of, so an indicator of
 * that kind is rejected (rule {@link #KIND}): report its parts as a ratio instead.
 *
 * <p>Children that sent no observation are listed by name in {@link RollUpResult#missing()}; they are not
 * silently taken as zero or "no" (a yes/no roll-up with one province missing is 62/63 <em>and</em> names the
 * province); when no child reported at all there is no value, whatever the kind. Observations of bodies that were not children of the parent on that day, of other indicators or of
 * other periods are passed over, so one stream can feed many roll-ups. When a child has a provisional and a
 * final observation, the final one counts.
 *
 * <p>A roll-up is a single pass over a stream of observations, holding one slot per expected child:
 *
 * <pre>{@code
 * LocalDate day = LocalDate.of(2019, 9, 30);
 * Indicator planBuilt = Indicator.of(Id.of("congress-preparation/subcommittee-plan-built"),
 *     LocalizedName.of("Đã xây dựng kế hoạch", "Plan built"),
 *     LocalizedName.of("Cấp ủy đã ban hành kế hoạch", "Whether the Party committee has issued its plan"),
 *     ValueKind.YES_NO);
 * ReportingPeriod nineMonths = ReportingPeriod.parseLabel("9 tháng đầu năm 2019");
 * RollUp provinces = RollUp.of(PartyBodies.hierarchy(), PartyBodies.CENTRAL_COMMITTEE, day)
 *     .onlyChildren(PartyBodies::isProvincialOrganisation);
 * RollUpResult result = PartyBodies.provincialOrganisationsOn(day).stream()
 *     .map(body -> Observation.of(planBuilt.id(), body.id(), nineMonths, YesNo.YES, ObservationStatus.FINAL))
 *     .collect(provinces.collector(planBuilt, nineMonths));
 * result.value();   // Optional[63/63]: every one of the 63 said yes
 * result.missing(); // []
 * }</pre>
 *
 * <p>Immutable and safe to share between threads; the collector may run on a parallel stream.
 */
public final class RollUp {
  /** The indicator's values can be combined. */
  public static final Rule KIND = Rule.of("roll-up.kind",
      "only yes/no, count and ratio indicators can be rolled up; report a percentage as a ratio to roll it up");

  /** A child reports once per indicator, period and status. */
  public static final Rule DUPLICATE = Rule.of("roll-up.duplicate",
      "a body has at most one provisional and one final observation of an indicator for a period");

  private final Id parent;
  private final LocalDate asOf;
  private final ImmutableList<Body> expected;
  private final Map<Id, Integer> slots;

  private RollUp(Id parent, LocalDate asOf, ImmutableList<Body> expected) {
    this.parent = parent;
    this.asOf = asOf;
    this.expected = expected;
    Map<Id, Integer> index = new HashMap<>();
    for (int i = 0; i < expected.size(); i++) {
      index.put(expected.get(i).id(), i);
    }
    this.slots = index;
  }

  /**
   * A roll-up to {@code parent} over the children it had on {@code asOf}.
   *
   * @param hierarchy the bodies
   * @param parent the body to roll up to
   * @param asOf the day whose hierarchy counts, usually the last day of the reporting period
   * @return the roll-up
   * @throws ValidationException if {@code parent} is not in the hierarchy (rule
   *     {@link BodyHierarchy#UNKNOWN_BODY})
   */
  public static RollUp of(BodyHierarchy hierarchy, Id parent, LocalDate asOf) {
    requireNonNull(parent, "parent");
    requireNonNull(asOf, "asOf");
    return new RollUp(parent, asOf, hierarchy.childrenOn(parent, asOf));
  }

  /**
   * This roll-up over only some of the children, e.g. the provincial Party organisations among the bodies under
   * the Central Committee.
   *
   * @param which the children expected to report
   * @return the narrower roll-up
   */
  public RollUp onlyChildren(Predicate<? super Body> which) {
    requireNonNull(which, "which");
    return new RollUp(parent, asOf,
        expected.stream().filter(which).collect(ImmutableList.toImmutableList()));
  }

  /** {@return the id of the body rolled up to} */
  public Id parent() {
    return parent;
  }

  /** {@return the day whose hierarchy counts} */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The children expected to report: those under the parent on {@link #asOf()} that this roll-up keeps.
   *
   * @return the children, in the hierarchy's order
   */
  public ImmutableList<Body> expected() {
    return expected;
  }

  /**
   * A collector that rolls up, in one pass, the observations of {@code indicator} for {@code period} among those
   * it is given.
   *
   * @param indicator the indicator
   * @param period the period
   * @return the collector; it throws a {@link ValidationException} for an observation of the indicator whose
   *     value is of another kind (rule {@link ValueKind#MATCH}) or a second one of a child with the same status
   *     and another value (rule {@link #DUPLICATE})
   * @throws ValidationException if the indicator measures percentages (rule {@link #KIND})
   */
  public Collector<Observation, ?, RollUpResult> collector(Indicator indicator, ReportingPeriod period) {
    requireNonNull(period, "period");
    KIND.require(indicator.kind() != ValueKind.PERCENTAGE, "indicator",
        "indicator '%s' measures percentages", indicator.id());
    return Collector.of(() -> new Slots(indicator, period), Slots::add, Slots::merge, Slots::result);
  }

  /** One observation slot per expected child; the final observation replaces a provisional one. */
  private final class Slots {
    private final Indicator indicator;
    private final Id indicatorId;
    private final ReportingPeriod period;
    private final Observation[] observations = new Observation[expected.size()];

    Slots(Indicator indicator, ReportingPeriod period) {
      this.indicator = indicator;
      this.indicatorId = indicator.id();
      this.period = period;
    }

    void add(Observation observation) {
      if (!observation.indicator().equals(indicatorId) || !observation.period().equals(period)) {
        return;
      }
      Integer slot = slots.get(observation.subject());
      if (slot != null) {
        indicator.requireFigure(observation);
        put(slot, observation);
      }
    }

    private void put(int slot, Observation observation) {
      Observation held = observations[slot];
      if (held == null || (held.status() == ObservationStatus.PROVISIONAL
          && observation.status() == ObservationStatus.FINAL)) {
        observations[slot] = observation;
      } else if (held.status() == observation.status()) {
        DUPLICATE.require(held.value().equals(observation.value()), "subject",
            "'%s' has two %s observations of '%s' for %s: '%s' and '%s'", observation.subject(),
            observation.status().code(), indicatorId, period, held.value(), observation.value());
      }
    }

    Slots merge(Slots other) {
      for (int i = 0; i < observations.length; i++) {
        if (other.observations[i] != null) {
          put(i, other.observations[i]);
        }
      }
      return this;
    }

    RollUpResult result() {
      ImmutableList.Builder<Body> missing = ImmutableList.builder();
      boolean provisional = false;
      int reported = 0;
      long yes = 0;
      long count = 0;
      long numerator = 0;
      long denominator = 0;
      for (int i = 0; i < observations.length; i++) {
        Observation observation = observations[i];
        if (observation == null) {
          missing.add(expected.get(i));
          continue;
        }
        reported++;
        provisional |= observation.status() == ObservationStatus.PROVISIONAL;
        ObservedValue value = observation.value();
        if (value instanceof YesNo) {
          yes += ((YesNo) value).isYes() ? 1 : 0;
        } else if (value instanceof Count) {
          count = Math.addExact(count, ((Count) value).value());
        } else {
          numerator = Math.addExact(numerator, ((Ratio) value).numerator());
          denominator = Math.addExact(denominator, ((Ratio) value).denominator());
        }
      }
      Optional<ObservedValue> value;
      boolean noneReported = reported == 0;
      switch (indicator.kind()) {
        case YES_NO:
          value = noneReported ? Optional.empty() : Optional.of(Ratio.of(yes, observations.length));
          break;
        case COUNT:
          value = noneReported ? Optional.empty() : Optional.of(Count.of(count));
          break;
        default:
          value = denominator == 0 ? Optional.empty() : Optional.of(Ratio.of(numerator, denominator));
          break;
      }
      return RollUpResult.of(indicatorId, parent, period, asOf, value, expected, missing.build(),
          provisional ? ObservationStatus.PROVISIONAL : ObservationStatus.FINAL);
    }
  }
}
