package io.github.cpvmodel.meeting;

import static java.util.Objects.requireNonNull;

import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import org.immutables.value.Value;

/**
 * The years of a term of office (<i>nhiệm kỳ</i>) as a congress names them: "<i>nhiệm kỳ 2020-2025</i>". The
 * years are a label, not the days of the term: a term runs from one congress to the next, whose dates the
 * {@link Term} holds.
 *
 * <p>The text form is {@code 2020-2025}; {@code parse(t.toString()).equals(t)}.
 *
 * <pre>{@code
 * TermYears.parse("2020-2025").label().vi(); // "nhiệm kỳ 2020-2025"
 * }</pre>
 *
 * <p>Rejects a last year not after the first (rule {@link #ORDER}), years outside 1930..9999 (rule
 * {@link #RANGE}) and malformed text (rule {@link #SYNTAX}).
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract class TermYears {
  /** The last year is after the first. */
  public static final Rule ORDER = Rule.of("term-years.order", "the last year of a term is after the first");

  /** Years lie in the Party's lifetime. */
  public static final Rule RANGE = Rule.of("term-years.range",
      "the years of a term lie from 1930 (the founding of the Party) to 9999");

  /** The text is two years joined by a hyphen. */
  public static final Rule SYNTAX = Rule.of("term-years.syntax",
      "write the first and last years joined by a hyphen, e.g. '2020-2025'");

  TermYears() {}

  /** {@return the year the term begins, e.g. 2020} */
  @Value.Parameter
  public abstract int first();

  /** {@return the year the term ends, e.g. 2025} */
  @Value.Parameter
  public abstract int last();

  /**
   * The years of a term.
   *
   * @param first the first year
   * @param last the last year, after {@code first}
   * @return the term years
   * @throws ValidationException if {@code last} is not after {@code first} (rule {@link #ORDER}) or a year is
   *     outside 1930..9999 (rule {@link #RANGE})
   */
  public static TermYears of(int first, int last) {
    return ImmutableTermYears.of(first, last);
  }

  /**
   * Parses {@code first-last}, ignoring surrounding white space and white space around the hyphen; an en dash
   * is read as a hyphen.
   *
   * @param text the text, e.g. "2020-2025"
   * @return the term years
   * @throws ParseException if the text is not two years joined by a hyphen (rule {@link #SYNTAX}, at the first
   *     character that does not fit), or the years break {@link #ORDER} or {@link #RANGE} (at the year that breaks
   *     it)
   */
  public static TermYears parse(CharSequence text) {
    String input = requireNonNull(text, "text").toString();
    int first = skipSpace(input, 0);
    int afterFirst = year(input, first);
    int dash = skipSpace(input, afterFirst);
    if (dash == input.length() || (input.charAt(dash) != '-' && input.charAt(dash) != '\u2013')) {
      throw syntaxError(input, afterFirst);
    }
    int last = skipSpace(input, dash + 1);
    int afterLast = year(input, last);
    if (skipSpace(input, afterLast) != input.length()) {
      throw syntaxError(input, afterLast);
    }
    try {
      return of(Integer.parseInt(input, first, afterFirst, 10), Integer.parseInt(input, last, afterLast, 10));
    } catch (ValidationException e) {
      boolean firstBroken = e.violations().stream().anyMatch(v -> v.path().equals("first"));
      throw ParseException.of(input, firstBroken ? first : last, e);
    }
  }

  /** The end of the four ASCII digits of a year that start at {@code from}. */
  private static int year(String input, int from) {
    for (int i = from; i < from + 4; i++) {
      if (i >= input.length() || input.charAt(i) < '0' || input.charAt(i) > '9') {
        throw syntaxError(input, i);
      }
    }
    return from + 4;
  }

  private static int skipSpace(String input, int from) {
    int i = from;
    while (i < input.length() && Character.isWhitespace(input.charAt(i))) {
      i++;
    }
    return i;
  }

  private static ParseException syntaxError(String input, int index) {
    return ParseException.of(SYNTAX, "the years of a term", input, index, index == input.length() ? "the text ends"
        : "'" + input.charAt(index) + "' does not fit");
  }

  @Value.Check
  void check() {
    RANGE.require(first() >= 1930 && first() <= 9999, "first", "first year '%d' is out of range", first());
    RANGE.require(last() >= 1930 && last() <= 9999, "last", "last year '%d' is out of range", last());
    ORDER.require(last() > first(), "last", "last year '%d' is not after first year '%d'", last(), first());
  }

  /** {@return the years in words: "nhiệm kỳ 2020-2025" / "2020-2025 term"} */
  public LocalizedName label() {
    return LocalizedName.of("nhiệm kỳ " + this, this + " term");
  }

  /** Returns the text form, e.g. {@code 2020-2025}. */
  @Override
  public String toString() {
    return first() + "-" + last();
  }
}
