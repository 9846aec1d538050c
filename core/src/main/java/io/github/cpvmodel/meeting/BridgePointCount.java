package io.github.cpvmodel.meeting;

import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.body.BodyLevel;
import org.immutables.value.Value;

/**
 * How many bridge points (<i>điểm cầu</i>) an online conference reached at one level, as its report counts them:
 * "<i>kết nối tới 3.321 điểm cầu cấp xã</i>" (connected to 3,321 bridge points at commune level), when it does not
 * list them one by one.
 *
 * <p>The level is a {@link BodyLevel}. The commune level (<i>cấp xã</i>: communes, wards and special zones) is
 * {@link BodyLevel#GRASSROOTS}: the Party organisations of communes and wards are grassroots organisations, and a
 * commune's bridge point sits at its Party committee. So "3,321 bridge points at commune level" is
 * {@code BridgePointCount.of(BodyLevel.GRASSROOTS, 3321)}. A {@link io.github.cpvmodel.dataset.Dataset} checks that
 * the bridge points a conference lists at a level never outnumber its count there.
 *
 * <pre>{@code
 * BridgePointCount communes = BridgePointCount.of(BodyLevel.GRASSROOTS, 3321);
 * communes.count(); // 3321
 * }</pre>
 *
 * <p>Rejects a count below 1 (rule {@link #COUNT}).
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract class BridgePointCount {
  /** A count of bridge points is positive. */
  public static final Rule COUNT = Rule.of("bridge-point-count.count",
      "a count of bridge points at a level is at least 1 (leave the level out when the record gives no count)");

  BridgePointCount() {}

  /** {@return the level of the bridge points counted; the commune level is {@link BodyLevel#GRASSROOTS}} */
  @Value.Parameter
  public abstract BodyLevel level();

  /** {@return how many bridge points the conference reached at that level, at least 1} */
  @Value.Parameter
  public abstract int count();

  /**
   * A count of bridge points at a level.
   *
   * @param level the level
   * @param count how many, at least 1
   * @return the count
   * @throws ValidationException if {@code count} is below 1 (rule {@link #COUNT})
   */
  public static BridgePointCount of(BodyLevel level, int count) {
    return ImmutableBridgePointCount.of(level, count);
  }

  @Value.Check
  void check() {
    COUNT.require(count() >= 1, "count", "'%d' bridge points at the %s level is below 1", count(), level().code());
  }
}
