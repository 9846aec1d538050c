package io.github.cpvmodel.progress;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import org.immutables.value.Value;

/**
 * What an {@link Indicator} should reach for a body by the end of a {@link ReportingPeriod} (<i>chỉ tiêu kế
 * hoạch</i>), to be held against the actual {@link Observation} of the same indicator, body and period. The
 * {@link #subject()} is the body the target is set for.
 *
 * <p>A target is a floor: it is met when the actual is at least the target (a count, a percentage, or a ratio
 * compared as a fraction, so 62/63 misses 63/63 and 34/34 meets it), or for yes/no when the actual is the same.
 *
 * <pre>{@code
 * Id planBuilt = Id.of("congress-preparation/subcommittee-plan-built");
 * ReportingPeriod year = ReportingPeriod.parse("2019");
 * Target all = Target.of(planBuilt, PartyBodies.CENTRAL_COMMITTEE, year, Ratio.of(63, 63));
 * all.isMetBy(Observation.of(planBuilt, PartyBodies.CENTRAL_COMMITTEE, year, Ratio.of(62, 63),
 *     ObservationStatus.FINAL)); // false: 62/63 misses 63/63
 * }</pre>
 *
 * <p>{@link #isMetBy} rejects an actual of another indicator, body or period (rule {@link #MATCH}) or of another
 * kind (rule {@link ValueKind#MATCH}).
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class Target implements Figure {
  /** The actual belongs to the target. */
  public static final Rule MATCH = Rule.of("target.match",
      "an actual is held against the target of the same indicator, body and period");

  Target() {}

  /**
   * A target.
   *
   * @param indicator the indicator's id
   * @param subject the body's id
   * @param period the period
   * @param value the value to reach
   * @return the target
   */
  public static Target of(Id indicator, Id subject, ReportingPeriod period, ObservedValue value) {
    return ImmutableTarget.of(indicator, subject, period, value);
  }

  /**
   * This target with another value for the same indicator, subject and period, e.g. when a target is revised.
   *
   * @param value the value
   * @return the copy
   */
  public abstract Target withValue(ObservedValue value);

  /**
   * Whether the actual reaches this target.
   *
   * @param actual the observation of the same indicator, body and period
   * @return whether the actual is at least the target (for yes/no: the same)
   * @throws ValidationException if the actual is of another indicator, body or period (rule {@link #MATCH}) or
   *     its value is of another kind (rule {@link ValueKind#MATCH})
   */
  public boolean isMetBy(Observation actual) {
    MATCH.require(actual.indicator().equals(indicator()) && actual.subject().equals(subject())
            && actual.period().equals(period()), "actual",
        "actual of '%s' for '%s' in %s is held against the target of '%s' for '%s' in %s",
        actual.indicator(), actual.subject(), actual.period(), indicator(), subject(), period());
    value().kind().require(actual.value(), "actual.value", "the target '" + value() + "'");
    ObservedValue got = actual.value();
    ObservedValue want = value();
    switch (want.kind()) {
      case COUNT:
        return ((Count) got).value() >= ((Count) want).value();
      case RATIO:
        return ((Ratio) got).compareFractionTo((Ratio) want) >= 0;
      case PERCENTAGE:
        return ((Percentage) got).value().compareTo(((Percentage) want).value()) >= 0;
      default:
        return got.equals(want);
    }
  }
}
