package io.github.cpvmodel.meeting;

import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
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

  /**
   * The year the term begins.
   *
   * @return the first year, e.g. 2020
   */
  @Value.Parameter
  public abstract int first();

  /**
   * The year the term ends.
   *
   * @return the last year, e.g. 2025
   */
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
   * @throws ValidationException if the text is not two years joined by a hyphen (rule {@link #SYNTAX}, quoting
   *     the input and the index of the first character that does not fit), or the years break {@link #ORDER} or
   *     {@link #RANGE}
   */
  public static TermYears parse(CharSequence text) {
    String input = text.toString().replace('\u2013', '-');
    int dash = input.indexOf('-');
    if (dash < 0) {
      // Reads the first year, which fails where the text stops being one; four digits alone lack the hyphen.
      year(text, input, 0, input.length());
      throw syntaxError(text, input.length());
    }
    return of(year(text, input, 0, dash), year(text, input, dash + 1, input.length()));
  }

  /** The year written between {@code from} and {@code to}, four ASCII digits with white space around. */
  private static int year(CharSequence text, String input, int from, int to) {
    int start = from;
    while (start < to && Character.isWhitespace(input.charAt(start))) {
      start++;
    }
    int end = to;
    while (end > start && Character.isWhitespace(input.charAt(end - 1))) {
      end--;
    }
    for (int i = start; i < start + 4; i++) {
      if (i >= end || input.charAt(i) < '0' || input.charAt(i) > '9') {
        throw syntaxError(text, i);
      }
    }
    if (end != start + 4) {
      throw syntaxError(text, start + 4);
    }
    return Integer.parseInt(input.substring(start, end));
  }

  private static ValidationException syntaxError(CharSequence text, int index) {
    return new ValidationException(SYNTAX.violation("",
        String.format("'%s' stops being term years at index %d", text, index)));
  }

  @Value.Check
  void check() {
    RANGE.require(first() >= 1930 && first() <= 9999, "first", "first year '%d' is out of range", first());
    RANGE.require(last() >= 1930 && last() <= 9999, "last", "last year '%d' is out of range", last());
    ORDER.require(last() > first(), "last", "last year '%d' is not after first year '%d'", last(), first());
  }

  /**
   * The years in words: "nhiệm kỳ 2020-2025" / "2020-2025 term".
   *
   * @return the label
   */
  public LocalizedName label() {
    return LocalizedName.of("nhiệm kỳ " + this, this + " term");
  }

  /** Returns the text form, e.g. {@code 2020-2025}. */
  @Override
  public String toString() {
    return first() + "-" + last();
  }
}
