package io.github.cpvmodel.progress;

import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;

/**
 * The value of an {@link Observation} or a {@link Target}: a {@link Count}, a {@link Ratio}, a
 * {@link Percentage} or a {@link YesNo}, each exact.
 *
 * <p>The four kinds are the only subclasses (the class is sealed), so a switch over {@link #kind()} covers every
 * value. The text form, which {@link #parse} reads and {@code toString()}
 * writes, tells them apart: {@code 12} (count), {@code 63/63} (ratio), {@code 98.5%} (percentage), {@code yes} or
 * {@code no}.
 *
 * <pre>{@code
 * ObservedValue v = ObservedValue.parse("63/63");
 * v.kind();                 // ValueKind.RATIO
 * ((Ratio) v).denominator(); // 63
 * }</pre>
 *
 * <p>Rejects text of none of these forms (rule {@link #SYNTAX}) and the values each kind rejects.
 */
public abstract sealed class ObservedValue permits Count, Ratio, Percentage, YesNo {
  /** The text is one of the four forms. */
  public static final Rule SYNTAX = Rule.of("observed-value.syntax",
      "write a count as '12', a ratio as '63/63', a percentage as '98.5%', or 'yes' or 'no'");

  ObservedValue() {}

  /** {@return the kind of this value} */
  public abstract ValueKind kind();

  /**
   * Parses the text form, ignoring surrounding white space and the (ASCII) case of {@code yes} and {@code no}.
   *
   * @param text the text, e.g. {@code 63/63}
   * @return the value
   * @throws ParseException if the text is of none of the forms (rule {@link #SYNTAX}) or the value is not valid
   *     for its kind (rules {@link Count#NEGATIVE}, {@link Ratio#DENOMINATOR}, {@link Ratio#NUMERATOR},
   *     {@link Percentage#RANGE}, {@link Percentage#DECIMALS}, at the index of the offending number), or if the text
   *     is longer than a number may be ({@link io.github.cpvmodel.TextKind#LENGTH})
   */
  public static ObservedValue parse(CharSequence text) {
    return ObservedValueParser.parse(text);
  }
}
