package io.github.cpvmodel.progress;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import org.immutables.value.Value;

/**
 * Something progress is measured by (<i>chỉ tiêu</i>): its id, its name, what it measures and the
 * {@linkplain ValueKind kind} of its values.
 *
 * <pre>{@code
 * Indicator planBuilt = Indicator.of(Id.of("congress-preparation/subcommittee-plan-built"),
 *     LocalizedName.of("Đã xây dựng kế hoạch triển khai nhiệm vụ của các tiểu ban chuẩn bị đại hội",
 *         "Plan for the congress subcommittees built"),
 *     LocalizedName.of("Cấp ủy đã ban hành kế hoạch triển khai nhiệm vụ của các tiểu ban chuẩn bị đại hội",
 *         "Whether the Party committee has issued its plan for the work of the congress subcommittees"),
 *     ValueKind.YES_NO);
 * Observation dongNai = Observation.of(planBuilt.id(), Id.of("party/dong-nai"),
 *     ReportingPeriod.parseLabel("9 tháng đầu năm 2019"), YesNo.YES, ObservationStatus.FINAL);
 * planBuilt.requireFigure(dongNai); // passes: of this indicator and a yes or no
 * }</pre>
 *
 * <p>Observations and targets refer to their indicator by id; {@link #requireFigure(Figure)} checks them against
 * it where both are at hand, rejecting one of another indicator (rule {@link #REFERENCE}) or with a value of
 * another kind (rule {@link ValueKind#MATCH}).
 */
@Value.Immutable
@ModelStyle
public abstract class Indicator {
  /** An observation or target is checked against its own indicator. */
  public static final Rule REFERENCE = Rule.of("indicator.reference",
      "an observation or target is checked against the indicator whose id it names");

  Indicator() {}

  /** {@return the id, e.g. {@code congress-preparation/subcommittee-plan-built}} */
  @Value.Parameter
  public abstract Id id();

  /** {@return the name, as reports write it} */
  @Value.Parameter
  public abstract LocalizedName name();

  /** {@return what the indicator measures, precisely enough that two bodies report the same thing} */
  @Value.Parameter
  public abstract LocalizedName definition();

  /** {@return the kind of its values} */
  @Value.Parameter
  public abstract ValueKind kind();

  /**
   * An indicator.
   *
   * @param id the id
   * @param name the name
   * @param definition what it measures
   * @param kind the kind of its values
   * @return the indicator
   */
  public static Indicator of(Id id, LocalizedName name, LocalizedName definition, ValueKind kind) {
    return ImmutableIndicator.of(id, name, definition, kind);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  /**
   * Requires an observation or a target to be of this indicator: to name it and to hold a value of its kind.
   *
   * @param figure an observation or a target
   * @param <F> its type
   * @return the figure, for use in a stream
   * @throws ValidationException if it names another indicator (rule {@link #REFERENCE}) or its value is of
   *     another kind (rule {@link ValueKind#MATCH})
   */
  public <F extends Figure> F requireFigure(F figure) {
    // Tested before the messages are made: roll-ups and datasets check every observation here.
    if (!figure.indicator().equals(id())) {
      REFERENCE.require(false, "indicator", "indicator '%s' is not '%s'", figure.indicator(), id());
    }
    if (figure.value().kind() != kind()) {
      kind().require(figure.value(), "value", "indicator '" + id() + "'");
    }
    return figure;
  }
}
