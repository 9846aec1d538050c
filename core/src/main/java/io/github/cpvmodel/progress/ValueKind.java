package io.github.cpvmodel.progress;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;

/**
 * What kind of value an {@link Indicator} measures, and so what kind of {@link ObservedValue} its observations and
 * targets carry.
 *
 * <p>Each kind has a stable {@linkplain #code() code} for the wire format, independent of the Java name.
 */
public enum ValueKind implements Coded {
  /** A number of things: "12 cuộc kiểm tra". Values are {@link Count}s. */
  @Code("count") COUNT,
  /** A part of a whole, kept exact: "63/63 tỉnh, thành phố". Values are {@link Ratio}s. */
  @Code("ratio") RATIO,
  /** A percentage from 0 to 100 as an exact decimal: "98,5%". Values are {@link Percentage}s. */
  @Code("percentage") PERCENTAGE,
  /** Whether something is so: "đã xây dựng kế hoạch". Values are {@link YesNo}s. */
  @Code("yes-no") YES_NO;

  /** A value kind is written as its code. */
  public static final Rule CODE = Rule.of("value-kind.code", "a value kind is written as one of its codes");

  /** A value is of the kind its indicator (or the value it is compared with) expects. */
  public static final Rule MATCH = Rule.of("value-kind.match",
      "a value must be of the kind its indicator measures (count, ratio, percentage or yes-no), and values "
          + "compared with each other must be of one kind");

  /**
   * Requires {@code value} to be of this kind.
   *
   * @param value the value
   * @param path where the value sits, e.g. {@code value}
   * @param expectedBy what expects this kind, for the message, e.g. "indicator 'plan-built'"
   * @return the value
   * @throws ValidationException if the value is of another kind (rule {@link #MATCH})
   */
  public ObservedValue require(ObservedValue value, String path, String expectedBy) {
    if (value.kind() != this) {
      MATCH.require(false, path, "value '%s' is a %s but %s expects a %s", value, value.kind().code(), expectedBy,
          code());
    }
    return value;
  }

  /**
   * The value kind a code names.
   *
   * @param code the code, e.g. {@code yes-no}; white space around it is ignored
   * @return the value kind
   * @throws ParseException if no value kind has that code (rule {@link #CODE}); the message lists the codes
   */
  public static ValueKind parse(CharSequence code) {
    return Coded.parse(ValueKind.class, code, CODE);
  }
}
