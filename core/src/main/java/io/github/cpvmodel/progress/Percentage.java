package io.github.cpvmodel.progress;

import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * A percentage from 0 to 100 as an exact decimal (<i>tỷ lệ phần trăm</i>): "98,5% đảng viên". Trailing zeros are
 * dropped, so 98.50% equals 98.5% and 100.0% equals 100%.
 *
 * <pre>{@code
 * Percentage.of(new java.math.BigDecimal("98.50")).toString(); // "98.5%"
 * }</pre>
 *
 * <p>Rejects values below 0 or above 100 (rule {@link #RANGE}) and values with more than
 * {@value #MAX_DECIMALS} decimals after trailing zeros are dropped (rule {@link #DECIMALS}), so that the text of
 * every percentage is a short number.
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract non-sealed class Percentage extends ObservedValue {
  /** A percentage lies in 0..100. */
  public static final Rule RANGE = Rule.of("percentage.range", "a percentage is a decimal from 0 to 100");

  /** A percentage has a bounded number of decimals. */
  public static final Rule DECIMALS = Rule.of("percentage.decimals",
      "a percentage has at most 50 decimals (trailing zeros do not count)");

  /** The most decimals a percentage keeps. */
  public static final int MAX_DECIMALS = 50;

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
   * @throws ValidationException if the value is outside 0..100 (rule {@link #RANGE}) or has more than
   *     {@value #MAX_DECIMALS} decimals that are not trailing zeros (rule {@link #DECIMALS})
   */
  public static Percentage of(BigDecimal value) {
    return ImmutablePercentage.of(value);
  }

  @Value.Check
  Percentage normalize() {
    BigDecimal v = value();
    // Scientific notation for a far-off value: the plain text of 1E+1000000000 would be a billion digits long.
    if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
      RANGE.require(false, "value", "percentage %s is outside 0..100",
          v.scale() < 0 || v.scale() > MAX_DECIMALS ? v.toString() : v.toPlainString());
    }
    if (v.scale() > MAX_DECIMALS) {
      // One division by a power of ten, rather than stripping a long run of zeros one at a time.
      try {
        v = v.setScale(MAX_DECIMALS, RoundingMode.UNNECESSARY);
      } catch (ArithmeticException e) {
        throw new ValidationException(DECIMALS.violation("value", String.format(
            "percentage with %d decimals has more than %d", value().scale(), MAX_DECIMALS)));
      }
    }
    BigDecimal stripped = v.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.equals(value()) ? this : ImmutablePercentage.of(stripped);
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
