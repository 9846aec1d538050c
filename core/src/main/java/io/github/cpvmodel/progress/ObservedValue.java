package io.github.cpvmodel.progress;

import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Violation;
import java.math.BigDecimal;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The value of an {@link Observation} or a {@link Target}: a {@link Count}, a {@link Ratio}, a
 * {@link Percentage} or a {@link YesNo}, each exact.
 *
 * <p>The four kinds are the only subclasses. The text form, which {@link #parse} reads and {@code toString()}
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
public abstract class ObservedValue {
  /** The text is one of the four forms. */
  public static final Rule SYNTAX = Rule.of("observed-value.syntax",
      "write a count as '12', a ratio as '63/63', a percentage as '98.5%', or 'yes' or 'no'");

  ObservedValue() {}

  /**
   * The kind of this value.
   *
   * @return the kind
   */
  public abstract ValueKind kind();

  /**
   * Parses the text form, ignoring surrounding white space and the case of {@code yes} and {@code no}.
   *
   * @param text the text, e.g. {@code 63/63}
   * @return the value
   * @throws ValidationException if the text is of none of the forms (rule {@link #SYNTAX}) or the value is not
   *     valid for its kind (rules {@link Count#NEGATIVE}, {@link Ratio#DENOMINATOR}, {@link Ratio#NUMERATOR},
   *     {@link Percentage#RANGE}); either way the message quotes the input and the index where it stops making
   *     sense
   */
  public static ObservedValue parse(CharSequence text) {
    String input = text.toString();
    String s = input.strip();
    int offset = s.isEmpty() ? 0 : input.indexOf(s);
    if (s.equalsIgnoreCase("yes") || s.equalsIgnoreCase("no")) {
      return YesNo.of(s.equalsIgnoreCase("yes"));
    }
    if (s.endsWith("%")) {
      String number = s.substring(0, s.length() - 1);
      int bad = firstNonDecimal(number);
      if (bad >= 0 || number.isEmpty()) {
        throw syntaxError(input, offset + Math.max(bad, 0), "a percentage is a decimal number before '%'");
      }
      return at(input, path -> offset, () -> Percentage.of(new BigDecimal(number)));
    }
    int slash = s.indexOf('/');
    if (slash >= 0) {
      long numerator = integer(input, s.substring(0, slash), offset, "numerator");
      long denominator = integer(input, s.substring(slash + 1), offset + slash + 1, "denominator");
      int denominatorAt = offset + slash + 1;
      return at(input, path -> path.equals("denominator") ? denominatorAt : offset,
          () -> Ratio.of(numerator, denominator));
    }
    long count = integer(input, s, offset, "count");
    return at(input, path -> offset, () -> Count.of(count));
  }

  /**
   * Builds a value read from {@code input}, quoting the input and the index of the offending part (found from the
   * violation's path) in whatever its kind rejects.
   */
  private static ObservedValue at(String input, ToIntFunction<String> index, Supplier<ObservedValue> value) {
    try {
      return value.get();
    } catch (ValidationException e) {
      throw new ValidationException(e.violations().stream()
          .map(v -> Violation.of(v.path(), v.rule(),
              String.format("'%s' stops being a value at index %d: %s", input, index.applyAsInt(v.path()),
                  v.message())))
          .collect(Collectors.toList()));
    }
  }

  /** Index of the first character that cannot be part of a plain decimal ("-12.50"), or -1. */
  private static int firstNonDecimal(String s) {
    boolean point = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (c == '-' && i == 0 && s.length() > 1)
          || (c == '.' && !point && i > 0 && i < s.length() - 1 && s.charAt(i - 1) != '-');
      if (!ok) {
        return i;
      }
      point |= c == '.';
    }
    return -1;
  }

  private static long integer(String input, String digits, int index, String what) {
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (!((c >= '0' && c <= '9') || (c == '-' && i == 0 && digits.length() > 1))) {
        throw syntaxError(input, index + i, "the " + what + " is a whole number");
      }
    }
    if (digits.isEmpty()) {
      throw syntaxError(input, index, "the " + what + " is missing");
    }
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw syntaxError(input, index, "the " + what + " '" + digits + "' is too large");
    }
  }

  private static ValidationException syntaxError(String input, int index, String why) {
    return new ValidationException(SYNTAX.violation("",
        String.format("'%s' stops being a value at index %d (%s)", input, index, why)));
  }
}
