package io.github.cpvmodel.progress;

import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * A part of a whole, kept exact as reports write it (<i>tỷ lệ</i>): "63/63 tỉnh, thành phố đã xây dựng kế
 * hoạch" is {@code Ratio.of(63, 63)}, which is not equal to {@code 1/1}, because the denominator says how many
 * there were. Nothing is reduced and nothing is floating point.
 *
 * <pre>{@code
 * Ratio.of(30, 32).pooledWith(Ratio.of(32, 34)); // 62/66
 * Ratio.of(62, 63).toPercentage(1);              // 98.4%
 * }</pre>
 *
 * <p>Rejects a denominator that is not positive (rule {@link #DENOMINATOR}) and a numerator below 0 or above the
 * denominator (rule {@link #NUMERATOR}).
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract non-sealed class Ratio extends ObservedValue {
  /** The whole has at least one member. */
  public static final Rule DENOMINATOR = Rule.of("ratio.denominator", "the denominator is a whole number from 1 up");

  /** The part lies within the whole. */
  public static final Rule NUMERATOR = Rule.of("ratio.numerator",
      "the numerator is a whole number from 0 up to the denominator");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Ratio() {}

  /** {@return the part: how many of the whole have the property, 0 to {@link #denominator()}} */
  @Value.Parameter
  public abstract long numerator();

  /** {@return the whole: how many there are, 1 or more} */
  @Value.Parameter
  public abstract long denominator();

  /**
   * A ratio.
   *
   * @param numerator the part, 0 to {@code denominator}
   * @param denominator the whole, 1 or more
   * @return the ratio
   * @throws ValidationException if the denominator is not positive (rule {@link #DENOMINATOR}) or the numerator
   *     is outside 0..denominator (rule {@link #NUMERATOR})
   */
  public static Ratio of(long numerator, long denominator) {
    return ImmutableRatio.of(numerator, denominator);
  }

  @Value.Check
  void check() {
    // Tested before the messages are made, which would box both numbers for every ratio.
    if (denominator() <= 0) {
      DENOMINATOR.require(false, "denominator", "denominator %d is not positive", denominator());
    }
    if (numerator() < 0 || numerator() > denominator()) {
      NUMERATOR.require(false, "numerator", "numerator %d is outside 0..%d", numerator(), denominator());
    }
  }

  /**
   * The ratio of two wholes taken together: numerators add up and denominators add up, as when the provinces of
   * two regions are counted together. This is not the sum of two fractions.
   *
   * @param other the other ratio
   * @return the pooled ratio
   * @throws ArithmeticException if a sum exceeds {@link Long#MAX_VALUE}
   */
  public Ratio pooledWith(Ratio other) {
    return of(Math.addExact(numerator(), other.numerator()), Math.addExact(denominator(), other.denominator()));
  }

  /**
   * Whether the whole has the property: 63/63.
   *
   * @return whether the numerator equals the denominator
   */
  public boolean isComplete() {
    return numerator() == denominator();
  }

  /**
   * Compares the fractions this ratio and {@code other} stand for, exactly: 1/2 and 2/4 compare as equal.
   *
   * @param other the other ratio
   * @return a negative number, zero or a positive number as this fraction is smaller than, equal to or larger than
   *     the other
   */
  public int compareFractionTo(Ratio other) {
    return BigInteger.valueOf(numerator()).multiply(BigInteger.valueOf(other.denominator()))
        .compareTo(BigInteger.valueOf(other.numerator()).multiply(BigInteger.valueOf(denominator())));
  }

  /**
   * This ratio as a percentage, rounded half up: 62/63 at one decimal is 98.4%.
   *
   * @param decimals how many decimals to keep, 0 to {@value Percentage#MAX_DECIMALS}
   * @return the percentage
   * @throws ValidationException if {@code decimals} is outside 0 to {@value Percentage#MAX_DECIMALS} (rule
   *     {@link Percentage#DECIMALS})
   */
  public Percentage toPercentage(int decimals) {
    Percentage.DECIMALS.require(decimals >= 0 && decimals <= Percentage.MAX_DECIMALS, "decimals",
        "decimals %d is outside 0..%d", decimals, Percentage.MAX_DECIMALS);
    return Percentage.of(BigDecimal.valueOf(numerator()).multiply(HUNDRED)
        .divide(BigDecimal.valueOf(denominator()), decimals, RoundingMode.HALF_UP));
  }

  /** {@return {@link ValueKind#RATIO}} */
  @Override
  public ValueKind kind() {
    return ValueKind.RATIO;
  }

  /** Returns {@code numerator/denominator}, e.g. {@code 63/63}. */
  @Override
  public String toString() {
    return numerator() + "/" + denominator();
  }
}
