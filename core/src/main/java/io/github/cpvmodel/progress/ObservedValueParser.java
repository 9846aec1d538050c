package io.github.cpvmodel.progress;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.ValidationException;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the text form of an {@link ObservedValue}, one small grammar whose last character tells the kinds apart:
 * <pre>
 * value   = "yes" | "no" | decimal "%" | integer "/" integer | integer
 * integer = ["-"] digit {digit}
 * decimal = integer ["." digit {digit}]
 * </pre>
 * A minus sign is read so that a negative value is rejected by its kind's rule rather than as malformed text.
 */
final class ObservedValueParser {
  private final String input;
  private final int start;
  private final int end;

  private ObservedValueParser(String input) {
    this.input = input;
    this.start = input.length() - input.stripLeading().length();
    this.end = Math.max(start, input.stripTrailing().length());
  }

  static ObservedValue parse(CharSequence text) {
    TextKind.NUMBER.requireParsable(requireNonNull(text, "text"), "a value");
    return new ObservedValueParser(text.toString()).read();
  }

  /**
   * The figure that starts at {@code position} in running text: the digits there and, if they go on as a ratio or
   * a percentage, its denominator or its decimals and "%", read by the grammar above as Vietnamese writes numbers:
   * a comma as the decimal separator ("95,5%") and dots between groups of thousands ("2.107/2.734"); moves the
   * position to its end, or sets the error index.
   */
  static Optional<ObservedValue> find(CharSequence text, ParsePosition position) {
    int from = requireNonNull(position, "position").getIndex();
    if (from < 0 || from > requireNonNull(text, "text").length()) {
      throw new IndexOutOfBoundsException("position " + from + " lies outside a text of " + text.length()
          + " chars");
    }
    StringBuilder figure = new StringBuilder();
    int end = grouped(text, from, figure);
    if (end < text.length() && text.charAt(end) == '/' && isDigit(text, end + 1)) {
      figure.append('/');
      end = grouped(text, end + 1, figure);
    } else {
      int decimals = end;
      if (end > from && end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ',')
          && isDigit(text, end + 1) && figure.length() == end - from) {
        decimals = digits(text, end + 1);
      }
      if (decimals < text.length() && text.charAt(decimals) == '%') {
        figure.setLength(0);
        figure.append(text, from, decimals + 1);
        end = decimals + 1;
      }
    }
    if (end == from || end - from > TextKind.NUMBER.maxLength()) {
      position.setErrorIndex(from);
      return Optional.empty();
    }
    try {
      ObservedValue value = new ObservedValueParser(figure.toString().replace(',', '.')).read();
      position.setIndex(end);
      return Optional.of(value);
    } catch (ParseException e) {
      position.setErrorIndex(from + e.errorIndex());
      return Optional.empty();
    }
  }

  /**
   * Reads a whole number from {@code from} into {@code digits}, its groups of thousands joined as Vietnamese writes
   * them ("2.107", "45.799": one to three digits, then groups of a dot and three digits); answers where it ends.
   */
  private static int grouped(CharSequence text, int from, StringBuilder digits) {
    int end = digits(text, from);
    digits.append(text, from, end);
    if (end - from <= 3) {
      while (end < text.length() && text.charAt(end) == '.' && digits(text, end + 1) == end + 4) {
        digits.append(text, end + 1, end + 4);
        end += 4;
      }
    }
    return end;
  }

  private static boolean isDigit(CharSequence text, int index) {
    return index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9';
  }

  private static int digits(CharSequence text, int from) {
    int i = from;
    while (isDigit(text, i)) {
      i++;
    }
    return i;
  }

  private ObservedValue read() {
    String s = input.substring(start, end);
    // Only ASCII letters change case: String.equalsIgnoreCase would read the long s of "yeſ" as an 's'.
    if (Ascii.equalsIgnoreCase(s, "yes") || Ascii.equalsIgnoreCase(s, "no")) {
      return YesNo.of(Ascii.equalsIgnoreCase(s, "yes"));
    }
    if (s.endsWith("%")) {
      int number = end - 1;
      int at = integer(start, number);
      if (at > start && at + 1 < number && input.charAt(at) == '.' && input.charAt(at - 1) != '-') {
        at = digits(at + 1, number);
      }
      if (number == start || at < number) {
        throw error(at, "a percentage is a decimal number before '%'");
      }
      return build(start, () -> Percentage.of(new BigDecimal(input.substring(start, number))));
    }
    int slash = input.indexOf('/', start);
    if (slash >= 0 && slash < end) {
      long numerator = wholeNumber(start, slash, "numerator");
      long denominator = wholeNumber(slash + 1, end, "denominator");
      try {
        return Ratio.of(numerator, denominator);
      } catch (ValidationException e) {
        boolean denominatorBroken = e.violations().stream().anyMatch(v -> v.path().equals("denominator"));
        throw ParseException.of(input, denominatorBroken ? slash + 1 : start, e);
      }
    }
    long count = wholeNumber(start, end, "count");
    return build(start, () -> Count.of(count));
  }

  private ObservedValue build(int at, Supplier<ObservedValue> value) {
    try {
      return value.get();
    } catch (ValidationException e) {
      throw ParseException.of(input, at, e);
    }
  }

  /** The whole number between {@code from} and {@code to}. */
  private long wholeNumber(int from, int to, String what) {
    if (from == to) {
      throw error(from, "the " + what + " is missing");
    }
    int at = integer(from, to);
    if (at < to) {
      throw error(at, "the " + what + " is a whole number");
    }
    try {
      return Long.parseLong(input, from, to, 10);
    } catch (NumberFormatException e) {
      throw error(from, "the " + what + " '" + input.substring(from, to) + "' is too large");
    }
  }

  /** The end of the longest start of an integer from {@code from}: a minus sign when more follows, then digits. */
  private int integer(int from, int to) {
    return digits(from < to - 1 && input.charAt(from) == '-' ? from + 1 : from, to);
  }

  private int digits(int from, int to) {
    int i = from;
    while (i < to && input.charAt(i) >= '0' && input.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private ParseException error(int index, String why) {
    return ParseException.of(ObservedValue.SYNTAX, "a value", input, index, why);
  }
}
