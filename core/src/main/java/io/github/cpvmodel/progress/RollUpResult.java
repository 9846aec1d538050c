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
   * How settled the combined value is.
   *
   * @return {@link ObservationStatus#PROVISIONAL} if any observation that counted was provisional, else
   *     {@link ObservationStatus#FINAL}
   */
  @Value.Parameter
  public abstract ObservationStatus status();

  static RollUpResult of(Id indicator, Id parent, ReportingPeriod period, LocalDate asOf,
      Optional<ObservedValue> value, ImmutableList<Body> expected, ImmutableList<Body> missing,
      ObservationStatus status) {
    return ImmutableRollUpResult.of(indicator, parent, period, asOf, value, expected, missing, status);
  }

  /**
   * Whether every expected child reported.
   *
   * @return whether {@link #missing()} is empty
   */
  public boolean isComplete() {
    return missing().isEmpty();
  }

  /**
   * Returns the value, the parent, indicator and period, and the missing children by name, e.g.
   * {@code 62/63 for cc of plan-built in 2019-01-01/P9M as of 2019-09-30, missing: Đảng bộ tỉnh Đồng Nai}.
   */
  @Override
  public String toString() {
    return value().map(Object::toString).orElse("no value") + " for " + parent() + " of " + indicator() + " in "
        + period() + " as of " + asOf()
        + (isComplete() ? "" : ", missing: " + missing().stream().map(b -> b.name().vi())
            .collect(Collectors.joining(", ")));
  }
}
