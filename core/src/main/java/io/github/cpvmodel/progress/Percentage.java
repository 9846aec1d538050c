package io.github.cpvmodel.progress;

import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A percentage from 0 to 100 as an exact decimal (<i>tỷ lệ phần trăm</i>): "98,5% đảng viên". Trailing zeros are
 * dropped, so 98.50% equals 98.5% and 100.0% equals 100%.
 *
 * <pre>{@code
 * Percentage.of(new java.math.BigDecimal("98.50")).toString(); // "98.5%"
 * }</pre>
 *
 * <p>Rejects values below 0 or above 100 (rule {@link #RANGE}).
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract non-sealed class Percentage extends ObservedValue {
  /** A percentage lies in 0..100. */
  public static final Rule RANGE = Rule.of("percentage.range", "a percentage is a decimal from 0 to 100");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Percentage() {}

  /** {@return the number of hundredths, 0 to 100, without trailing zeros after the decimal point} */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * A percentage.
   *
   * @param value the value, 0 to 100, e.g. {@code 98.5}
   * @return the percentage
   * @throws ValidationException if the value is outside 0..100 (rule {@link #RANGE})
   */
  public static Percentage of(BigDecimal value) {
    return ImmutablePercentage.of(value);
  }

  @Value.Check
  Percentage normalize() {
    BigDecimal v = value();
    RANGE.require(v.signum() >= 0 && v.compareTo(HUNDRED) <= 0, "value", "percentage %s is outside 0..100",
        v.toPlainString());
    BigDecimal stripped = v.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.equals(v) ? this : ImmutablePercentage.of(stripped);
  }

  /** {@return {@link ValueKind#PERCENTAGE}} */
  @Override
  public ValueKind kind() {
    return ValueKind.PERCENTAGE;
  }

  /** Returns the plain decimal followed by {@code %}, e.g. {@code 98.5%}. */
  @Override
  public String toString() {
    return value().toPlainString() + "%";
  }
}
