package io.github.cpvmodel;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import org.immutables.value.Value;

/**
 * A Roman numeral from I to MMMCMXCIX (1 to 3999), as Party congresses and terms are numbered: <i>Đại hội
 * XIII</i>, <i>khóa XII</i>.
 *
 * <p>{@link #parse} accepts only the canonical subtractive form, in either case, with surrounding white space:
 * "XII", "xiv", " MCMLXXVI ". It rejects the empty string, repeated numerals beyond three ("IIII"), subtractions
 * that the canonical form does not use ("IC", "VX") and anything that is not a numeral, naming the index where the
 * input stops being canonical. {@link #toString()} gives the canonical upper-case form, and
 * {@code parse(x.toString()).equals(x)} for every numeral.
 *
 * <pre>{@code
 * RomanNumeral.parse("XIII").value(); // 13
 * RomanNumeral.of(14).toString();     // "XIV"
 * }</pre>
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract class RomanNumeral implements Comparable<RomanNumeral> {
  /** The value lies in 1..3999. */
  public static final Rule RANGE = Rule.of("roman-numeral.range", "a Roman numeral is a number from 1 to 3999");

  /** The text is a canonical Roman numeral. */
  public static final Rule SYNTAX = Rule.of("roman-numeral.syntax",
      "write a canonical Roman numeral from I to MMMCMXCIX, such as XII or XIV (no IIII, IC or VX)");

  private static final String WHAT = "a Roman numeral";

  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

  RomanNumeral() {}

  /** {@return the number, 1 to 3999} */
  @Value.Parameter
  public abstract int value();

  /**
   * The numeral of a number.
   *
   * @param value the number, 1 to 3999
   * @return the numeral
   * @throws ValidationException if {@code value} is outside 1..3999 (rule {@link #RANGE})
   */
  public static RomanNumeral of(int value) {
    return ImmutableRomanNumeral.of(value);
  }

  /**
   * Parses a canonical Roman numeral, in either case, ignoring surrounding white space.
   *
   * @param text the text, e.g. "XIII"
   * @return the numeral
   * @throws ParseException if the text is not a canonical numeral from I to MMMCMXCIX (rule {@link #SYNTAX}), at
   *     the index where it stops being canonical, or the text is longer than a number may be
   *     ({@link TextKind#LENGTH})
   */
  public static RomanNumeral parse(CharSequence text) {
    TextKind.NUMBER.requireParsable(requireNonNull(text, "text"), WHAT);
    String input = text.toString();
    // Only ASCII letters change case: Locale-aware upper-casing would read the dotless 'ı' as 'I'.
    String s = Ascii.toUpperCase(input.strip());
    int offset = s.isEmpty() ? 0 : input.indexOf(input.strip());
    if (s.isEmpty()) {
      throw ParseException.of(SYNTAX, WHAT, input, input.length(), "there is no numeral");
    }
    int value = 0;
    for (int i = 0; i < s.length(); i++) {
      int digit = digit(s.charAt(i));
      if (digit == 0) {
        throw syntaxError(input, offset + i, "'" + s.charAt(i) + "' is not a Roman numeral");
      }
      int next = i + 1 < s.length() ? digit(s.charAt(i + 1)) : 0;
      value += digit < next ? -digit : digit;
    }
    // Every canonical numeral is the format of its own value; anything else ("IIII", "IC", "VX") is not.
    String canonical = value >= 1 && value <= 3999 ? format(value) : "";
    if (!canonical.equals(s)) {
      throw syntaxError(input, offset + firstDifference(s, canonical), "it is not canonical");
    }
    return of(value);
  }

  private static ParseException syntaxError(String input, int index, String why) {
    return ParseException.of(SYNTAX, WHAT, input, index, why);
  }

  private static int digit(char c) {
    switch (c) {
      case 'I': return 1;
      case 'V': return 5;
      case 'X': return 10;
      case 'L': return 50;
      case 'C': return 100;
      case 'D': return 500;
      case 'M': return 1000;
      default: return 0;
    }
  }

  private static int firstDifference(String s, String canonical) {
    int n = Math.min(s.length(), canonical.length());
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) != canonical.charAt(i)) {
        return i;
      }
    }
    return n;
  }

  private static String format(int value) {
    StringBuilder out = new StringBuilder();
    int rest = value;
    for (int k = 0; k < VALUES.length; k++) {
      while (rest >= VALUES[k]) {
        out.append(SYMBOLS[k]);
        rest -= VALUES[k];
      }
    }
    return out.toString();
  }

  @Value.Check
  void check() {
    RANGE.require(value() >= 1 && value() <= 3999, "value", "'%d' is out of range", value());
  }

  /** Orders numerals by value. */
  @Override
  public int compareTo(RomanNumeral other) {
    return Integer.compare(value(), other.value());
  }

  /** Returns the canonical upper-case numeral, e.g. {@code XIII}. */
  @Override
  public String toString() {
    return format(value());
  }
}
