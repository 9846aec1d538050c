package io.github.cpvmodel.progress;

import io.github.cpvmodel.ParseException;
import java.text.ParsePosition;
import java.util.Optional;
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

  /**
   * The figure a longer text gives at a place: the count, ratio or percentage whose digits start at {@code
   * position}, read as {@link #parse} reads it, with the comma Vietnamese writes as the decimal separator
   * ("95,5%"). It reads digits, then a "/" and the denominator, or the decimals and "%"; what follows is left to the
   * text.
   *
   * <pre>{@code
   * String text = "Đến nay, 63/63 tỉnh, thành phố";
   * ParsePosition at = new ParsePosition(9);
   * ObservedValue.find(text, at);                        // Optional[63/63]
   * at.getIndex();                                       // 14
   * ObservedValue.find("đạt 95,5% kế hoạch", new ParsePosition(4)); // Optional[95.5%]
   * ObservedValue.find("đạt 101% kế hoạch", new ParsePosition(4));  // Optional.empty: over 100%
   * }</pre>
   *
   * @param text the text
   * @param position where the digits start; on success moved to the end of the figure, else left there with its
   *     {@linkplain ParsePosition#getErrorIndex() error index} set
   * @return the value, or empty if no digits start there or they name no valid value (a ratio whose numerator
   *     exceeds its denominator, a percentage over 100)
   * @throws IndexOutOfBoundsException if the position lies outside the text
   */
  public static Optional<ObservedValue> find(CharSequence text, ParsePosition position) {
    return ObservedValueParser.find(text, position);
  }
}
