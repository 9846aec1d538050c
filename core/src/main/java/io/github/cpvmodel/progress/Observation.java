package io.github.cpvmodel.progress;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Source;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reported value (<i>số liệu báo cáo</i>): what an {@link Indicator} stood at for a body over a
 * {@link ReportingPeriod}, how settled the figure is, and where it was reported.
 *
 * <pre>{@code
 * Observation dongNai = Observation.of(Id.of("congress-preparation/subcommittee-plan-built"),
 *     Id.of("party/dong-nai"), ReportingPeriod.parseLabel("9 tháng đầu năm 2019"), YesNo.YES,
 *     ObservationStatus.FINAL);
 * dongNai.period().toString(); // "2019-01-01/P9M"
 * }</pre>
 *
 * <p>The indicator and the subject body are referred to by id; whether the value is of the indicator's kind is
 * checked by {@link Indicator#requireFigure(Figure)} and by every roll-up, where the indicator is at hand.
 */
@Value.Immutable
@ModelStyle
@SuppressWarnings("immutables:subtype") // every parameter, Figure's and the status, has its order fixed
public abstract non-sealed class Observation implements Figure {
  Observation() {}

  /** {@return how settled the value is} */
  @Value.Parameter(order = 4)
  public abstract ObservationStatus status();

  /** {@return where the value was reported, or empty} */
  public abstract Optional<Source> source();

  /**
   * An observation without a source.
   *
   * @param indicator the indicator's id
   * @param subject the body's id
   * @param period the period covered
   * @param value the value
   * @param status how settled it is
   * @return the observation
   */
  public static Observation of(Id indicator, Id subject, ReportingPeriod period, ObservedValue value,
      ObservationStatus status) {
    return ImmutableObservation.of(indicator, subject, period, value, status);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Observation}. */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }

  /**
   * This observation about another body.
   *
   * @param subject the body's id
   * @return the copy
   */
  public abstract Observation withSubject(Id subject);

  /**
   * This observation for another period.
   *
   * @param period the period
   * @return the copy
   */
  public abstract Observation withPeriod(ReportingPeriod period);

  /**
   * This observation with another value.
   *
   * @param value the value
   * @return the copy
   */
  public abstract Observation withValue(ObservedValue value);

  /**
   * This observation with another status, e.g. confirmed as final.
   *
   * @param status the status
   * @return the copy
   */
  public abstract Observation withStatus(ObservationStatus status);

  /**
   * This observation with a source.
   *
   * @param source where the value was reported
   * @return the copy
   */
  public abstract Observation withSource(Source source);
}
