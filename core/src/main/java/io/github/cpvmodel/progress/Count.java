package io.github.cpvmodel.progress;

import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import org.immutables.value.Value;

/**
 * A number of things (<i>số lượng</i>): "12 cuộc kiểm tra", "34 đảng bộ tỉnh". Counts of child bodies add up
 * when they are rolled up to the parent.
 *
 * <pre>{@code
 * Count.of(12).plus(Count.of(30)); // 42
 * }</pre>
 *
 * <p>Rejects a negative number (rule {@link #NEGATIVE}).
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract non-sealed class Count extends ObservedValue {
  /** A count is not negative. */
  public static final Rule NEGATIVE = Rule.of("count.negative", "a count is a whole number from 0 up");

  Count() {}

  /** {@return the number, 0 or more} */
  @Value.Parameter
  public abstract long value();

  /**
   * A count.
   *
   * @param value the number, 0 or more
   * @return the count
   * @throws ValidationException if the number is negative (rule {@link #NEGATIVE})
   */
  public static Count of(long value) {
    return ImmutableCount.of(value);
  }

  @Value.Check
  void check() {
    if (value() < 0) {
      NEGATIVE.require(false, "value", "count %d is negative", value());
    }
  }

  /**
   * This count and another together.
   *
   * @param other the other count
   * @return the sum
   * @throws ArithmeticException if the sum exceeds {@link Long#MAX_VALUE}
   */
  public Count plus(Count other) {
    return of(Math.addExact(value(), other.value()));
  }

  /** {@return {@link ValueKind#COUNT}} */
  @Override
  public ValueKind kind() {
    return ValueKind.COUNT;
  }

  /** Returns the number, e.g. {@code 12}. */
  @Override
  public String toString() {
    return Long.toString(value());
  }
}
