package io.github.cpvmodel.progress;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.body.Body;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What a {@link RollUp} found: the combined value of the children's observations, which children were expected,
 * and which of them sent nothing.
 *
 * <pre>{@code
 * LocalDate day = LocalDate.of(2019, 9, 30);
 * Indicator planBuilt = Indicator.of(Id.of("congress-preparation/subcommittee-plan-built"),
 *     LocalizedName.of("Đã xây dựng kế hoạch", "Plan built"),
 *     LocalizedName.of("Cấp ủy đã ban hành kế hoạch", "Whether the Party committee has issued its plan"),
 *     ValueKind.YES_NO);
 * ReportingPeriod nineMonths = ReportingPeriod.parseLabel("9 tháng đầu năm 2019");
 * RollUpResult result = PartyBodies.provincialOrganisationsOn(day).stream()
 *     .filter(body -> !body.id().equals(Id.of("party/dong-nai")))
 *     .map(body -> Observation.of(planBuilt.id(), body.id(), nineMonths, YesNo.YES, ObservationStatus.FINAL))
 *     .collect(RollUp.of(PartyBodies.hierarchy(), PartyBodies.CENTRAL_COMMITTEE, day)
 *         .onlyChildren(PartyBodies::isProvincialOrganisation).collector(planBuilt, nineMonths));
 * result.value();      // Optional[62/63]: Đồng Nai sent nothing
 * result.missing();    // [party/dong-nai (Đảng bộ tỉnh Đồng Nai)]
 * result.isComplete(); // false
 * }</pre>
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract class RollUpResult {
  RollUpResult() {}

  /** {@return the id of the indicator rolled up} */
  @Value.Parameter
  public abstract Id indicator();

  /** {@return the id of the body rolled up to} */
  @Value.Parameter
  public abstract Id parent();

  /** {@return the period of the observations} */
  @Value.Parameter
  public abstract ReportingPeriod period();

  /** {@return the day whose hierarchy counted} */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * The combined value: for yes/no indicators the {@link Ratio} of expected children that said yes, for counts
   * their sum, for ratios the ratio of the summed numerators to the summed denominators.
   *
   * @return the value, or empty when there is nothing to combine (a yes/no indicator with no child expected, a
   *     ratio indicator with no child reporting)
   */
  @Value.Parameter
  public abstract Optional<ObservedValue> value();

  /** {@return the children expected to report, in the hierarchy's order} */
  @Value.Parameter
  public abstract ImmutableList<Body> expected();

  /**
   * The expected children that sent no observation.
   *
   * @return those children, in the hierarchy's order
   */
  @Value.Parameter
  public abstract ImmutableList<Body> missing();

  /**
   * The roll-ups of the expected children that sent nothing and were rolled up from their own children, when the
   * roll-up goes {@linkplain RollUp#throughAllLevels through every level}: each names what is missing at its level.
   *
   * @return those roll-ups, in the hierarchy's order; empty for a roll-up one level deep
   */
  @Value.Parameter
  public abstract ImmutableList<RollUpResult> rolledUp();

  /**
   * The subjects of observations of the indicator and period that name no body of the hierarchy, such as a
   * province's id given for the id of its Party organisation: reported, since they cannot count.
   *
   * @return the ids, sorted; empty when every subject is a body (and on the roll-ups of {@link #rolledUp()})
   */
  @Value.Parameter
  public abstract ImmutableList<Id> unknownSubjects();

  /**
   * How settled the combined value is.
   *
   * @return {@link ObservationStatus#PROVISIONAL} if any observation that counted was provisional, else
   *     {@link ObservationStatus#FINAL}
   */
  @Value.Parameter
  public abstract ObservationStatus status();

  static RollUpResult of(Id indicator, Id parent, ReportingPeriod period, LocalDate asOf,
      Optional<ObservedValue> value, ImmutableList<Body> expected, ImmutableList<Body> missing,
      ImmutableList<RollUpResult> rolledUp, ImmutableList<Id> unknownSubjects, ObservationStatus status) {
    return ImmutableRollUpResult.of(indicator, parent, period, asOf, value, expected, missing, rolledUp,
        unknownSubjects, status);
  }

  /**
   * Whether nothing is missing at any level: every expected child reported or was rolled up completely.
   *
   * @return whether {@link #missing()} is empty and every roll-up of {@link #rolledUp()} is complete
   */
  public boolean isComplete() {
    return missing().isEmpty() && rolledUp().stream().allMatch(RollUpResult::isComplete);
  }

  /**
   * What is missing at every level: the expected children that count as nothing, then what is missing below each
   * child that was rolled up, depth first.
   *
   * @return the bodies, this level's {@link #missing()} first, then those of each roll-up of {@link #rolledUp()}
   */
  public ImmutableList<Body> allMissing() {
    ImmutableList.Builder<Body> all = ImmutableList.<Body>builder().addAll(missing());
    rolledUp().forEach(below -> all.addAll(below.allMissing()));
    return all.build();
  }

  /**
   * Returns the value, the parent, indicator and period, and the missing children by name, e.g.
   * {@code 62/63 for cc of plan-built in 2019-01-01/P9M as of 2019-09-30, missing: Đảng bộ tỉnh Đồng Nai}.
   */
  @Override
  public String toString() {
    return value().map(Object::toString).orElse("no value") + " for " + parent() + " of " + indicator() + " in "
        + period() + " as of " + asOf()
        + (missing().isEmpty() ? "" : ", missing: " + names(missing()))
        + (isComplete() || allMissing().size() == missing().size() ? ""
            : ", missing below: " + names(allMissing().subList(missing().size(), allMissing().size())))
        + (unknownSubjects().isEmpty() ? "" : ", unknown subjects: " + unknownSubjects());
  }

  private static String names(ImmutableList<Body> bodies) {
    return bodies.stream().map(b -> b.name().vi()).collect(Collectors.joining(", "));
  }
}
