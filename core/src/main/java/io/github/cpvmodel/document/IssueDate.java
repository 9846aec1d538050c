package io.github.cpvmodel.document;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.text.VietnameseText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The date a document was issued, known to the day or only in part: a month ("1/2012" for <i>Nghị quyết
 * 12-NQ/TW</i>), a year, or a range of days such as the term in which a notice cited by number was issued, or the
 * days of the congress that adopted the Charter.
 *
 * <p>It is held as its bounds, {@link #earliest()} and {@link #latest()}, and a {@link #precision()}. Every
 * comparison with it is <b>conservative</b>: {@link #isBefore(LocalDate)} holds only when every day it may be lies
 * before, {@link #isAfter(LocalDate)} only when every day lies after, and {@link #mayBe(LocalDate)} when the day
 * lies within the bounds. A check that rejects "cited before issue" therefore rejects only what is certainly wrong;
 * its message names the bound it used ({@link #describe()}). {@link #ORDER} sorts by earliest, then latest day, a
 * total order consistent with {@code equals}, for lists; it does not say one date is before another.
 *
 * <p>Text: {@link #toString()} is ISO-like and {@code parse(d.toString()).equals(d)}: {@code 2019-05-30},
 * {@code 2012-01}, {@code 2012}, or a range {@code 2016-01-27/2021-01-30}. {@link #vietnamese()} writes it as a
 * citation does: "ngày 30/5/2019", "tháng 1/2012", "năm 2012".
 *
 * <pre>{@code
 * IssueDate january = IssueDate.parse("2012-01");
 * january.earliest();                            // 2012-01-01
 * january.isBefore(LocalDate.of(2012, 1, 20));   // false: it may be the 20th or later
 * january.isBefore(LocalDate.of(2012, 2, 1));    // true
 * january.vietnamese();                          // "tháng 1/2012"
 * }</pre>
 *
 * <p>Rejects a range whose last day is before its first (rule {@link #RANGE}), a day outside the years 0 to 9999,
 * which the text forms write with four digits (rule {@link #YEAR}), text longer than a label (300 characters, rule
 * {@link io.github.cpvmodel.TextKind#LENGTH}) and text in none of the forms (rule {@link #SYNTAX}).
 */
@Value.Immutable
@ModelStyle
public abstract class IssueDate {
  /** The text is one of the forms. */
  public static final Rule SYNTAX = Rule.of("issue-date.syntax",
      "write a date of issue as 'yyyy-MM-dd', 'yyyy-MM', 'yyyy' or a range 'yyyy-MM-dd/yyyy-MM-dd'");

  /** A range ends on or after it starts. */
  public static final Rule RANGE = Rule.of("issue-date.range",
      "the last day a document may have been issued is on or after the first; a range of one month or year is "
          + "written as that month or year");

  /** The years are those four digits write. */
  public static final Rule YEAR = Rule.of("issue-date.year",
      "a date of issue lies in the years 0 to 9999, which its text writes with four digits ('0999', '2019')");

  /** Earliest day first, then latest: for sorting, not a statement that one date is before another. */
  public static final Comparator<IssueDate> ORDER =
      Comparator.comparing(IssueDate::earliest).thenComparing(IssueDate::latest);

  private static final String WHAT = "a date of issue";
  private static final int LAST_YEAR = 9999;

  /** How much of a date of issue is known. */
  public enum Precision implements Coded {
    /** The day. */
    @Code("day") DAY,
    /** The month. */
    @Code("month") MONTH,
    /** The year. */
    @Code("year") YEAR,
    /** A range of days, such as a term or the days of a congress. */
    @Code("range") RANGE;

    /** A precision is written as its code. */
    public static final Rule CODE = Rule.of("issue-date-precision.code",
        "a precision is written as one of its codes");

    /**
     * The precision a code names.
     *
     * @param code the code, e.g. {@code month}; white space around it is ignored
     * @return the precision
     * @throws ParseException if no precision has that code (rule {@link #CODE}); the message lists the codes
     */
    public static Precision parse(CharSequence code) {
      return Coded.parse(Precision.class, code, CODE);
    }
  }

  IssueDate() {}

  /** {@return the first day the document may have been issued} */
  @Value.Parameter
  public abstract LocalDate earliest();

  /** {@return the last day the document may have been issued} */
  @Value.Parameter
  public abstract LocalDate latest();

  /** {@return how much is known: a day, a month, a year or a range} */
  @Value.Derived
  public Precision precision() {
    if (earliest().equals(latest())) {
      return Precision.DAY;
    }
    if (earliest().getDayOfMonth() == 1 && latest().equals(YearMonth.from(earliest()).atEndOfMonth())) {
      return Precision.MONTH;
    }
    if (earliest().getDayOfYear() == 1 && latest().equals(Year.from(earliest()).atMonth(12).atEndOfMonth())) {
      return Precision.YEAR;
    }
    return Precision.RANGE;
  }

  /**
   * A date known to the day.
   *
   * @param day the day
   * @return the date
   */
  public static IssueDate of(LocalDate day) {
    return ImmutableIssueDate.of(day, day);
  }

  /**
   * A date known to the month.
   *
   * @param month the month
   * @return the date
   */
  public static IssueDate of(YearMonth month) {
    return ImmutableIssueDate.of(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * A date known to the year.
   *
   * @param year the year
   * @return the date
   */
  public static IssueDate of(Year year) {
    return ImmutableIssueDate.of(year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  /**
   * A date known to lie between two days, both included: the days of a term or of a congress.
   *
   * @param earliest the first possible day
   * @param latest the last possible day
   * @return the date; a range that is exactly a day, month or year has that precision
   * @throws ValidationException if {@code latest} is before {@code earliest} (rule {@link #RANGE})
   */
  public static IssueDate between(LocalDate earliest, LocalDate latest) {
    return ImmutableIssueDate.of(earliest, latest);
  }

  /**
   * Parses the canonical text (see the class description).
   *
   * @param text e.g. "2019-05-30", "2012-01", "2012", "2016-01-27/2021-01-30"
   * @return the date
   * @throws ParseException if the text is longer than a label (rule {@link TextKind#LENGTH}, at once), is none of
   *     the forms (rule {@link #SYNTAX}) or a range is reversed (rule {@link #RANGE})
   */
  public static IssueDate parse(CharSequence text) {
    TextKind.LABEL.requireParsable(text, WHAT);
    String input = text.toString();
    String s = input.strip();
    int offset = input.indexOf(s.isEmpty() ? input : s);
    int slash = s.indexOf('/');
    try {
      if (slash >= 0) {
        return between(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
      }
      switch (s.length()) {
        case 10:
          return of(LocalDate.parse(s));
        case 7:
          return of(YearMonth.parse(s));
        case 4:
          if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return of(Year.of(Integer.parseInt(s)));
          }
          break;
        default:
          break;
      }
    } catch (DateTimeException e) {
      throw ParseException.of(SYNTAX, WHAT, input, offset, "'" + s + "' is not a date: " + e.getMessage());
    } catch (ValidationException e) {
      throw ParseException.of(input, offset, e);
    }
    throw ParseException.of(SYNTAX, WHAT, input, offset, "expected 'yyyy-MM-dd', 'yyyy-MM', 'yyyy' or a range of "
        + "two days joined by '/'");
  }

  /** {@return the day, when it is known to the day} */
  public Optional<LocalDate> day() {
    return precision() == Precision.DAY ? Optional.of(earliest()) : Optional.empty();
  }

  /** {@return whether the day is known} */
  public boolean isExact() {
    return precision() == Precision.DAY;
  }

  /** {@return the days the document may have been issued on} */
  public Validity days() {
    return Validity.closed(earliest(), latest());
  }

  /**
   * Whether the document was certainly issued before a day.
   *
   * @param day the day
   * @return whether {@link #latest()} is before it
   */
  public boolean isBefore(LocalDate day) {
    return latest().isBefore(day);
  }

  /**
   * Whether the document was certainly issued after a day.
   *
   * @param day the day
   * @return whether {@link #earliest()} is after it
   */
  public boolean isAfter(LocalDate day) {
    return earliest().isAfter(day);
  }

  /**
   * Whether the document was certainly issued before another date.
   *
   * @param other the other date
   * @return whether every day this may be lies before every day the other may be
   */
  public boolean isBefore(IssueDate other) {
    return latest().isBefore(other.earliest());
  }

  /**
   * Whether the document was certainly issued after another date.
   *
   * @param other the other date
   * @return whether every day this may be lies after every day the other may be
   */
  public boolean isAfter(IssueDate other) {
    return earliest().isAfter(other.latest());
  }

  /**
   * Whether the document may have been issued on a day.
   *
   * @param day the day
   * @return whether the day lies within the bounds
   */
  public boolean mayBe(LocalDate day) {
    return !day.isBefore(earliest()) && !day.isAfter(latest());
  }

  /**
   * Whether two dates may be the same day.
   *
   * @param other the other date
   * @return whether the bounds overlap
   */
  public boolean mayBe(IssueDate other) {
    return !isBefore(other) && !isAfter(other);
  }

  /**
   * Whether the document was certainly issued within some days, such as a term.
   *
   * @param days the days
   * @return whether every day this may be lies within them
   */
  public boolean isWithin(Validity days) {
    return days.contains(earliest()) && days.contains(latest());
  }

  /**
   * The date for messages: the text, with its bounds when it is not a day.
   *
   * @return e.g. "2019-05-30" or "2012-01 (between 2012-01-01 and 2012-01-31)"
   */
  public String describe() {
    return isExact() ? toString() : this + " (between " + earliest() + " and " + latest() + ")";
  }

  /**
   * The date as a Vietnamese citation writes it.
   *
   * @return "ngày 30/5/2019", "tháng 1/2012", "năm 2012", or "từ ngày 27/1/2016 đến ngày 30/1/2021"
   */
  public String vietnamese() {
    switch (precision()) {
      case DAY:
        return "ngày " + VietnameseText.date(earliest());
      case MONTH:
        return "tháng " + earliest().getMonthValue() + "/" + fourDigitYear();
      case YEAR:
        return "năm " + fourDigitYear();
      default:
        return "từ ngày " + VietnameseText.date(earliest()) + " đến ngày " + VietnameseText.date(latest());
    }
  }

  @Value.Check
  void check() {
    YEAR.require(earliest().getYear() >= 0 && earliest().getYear() <= LAST_YEAR, "earliest",
        "day '%s' lies outside the years 0 to %d", earliest(), LAST_YEAR);
    YEAR.require(latest().getYear() >= 0 && latest().getYear() <= LAST_YEAR, "latest",
        "day '%s' lies outside the years 0 to %d", latest(), LAST_YEAR);
    RANGE.require(!latest().isBefore(earliest()), "latest", "last day '%s' is before first day '%s'", latest(),
        earliest());
  }

  /** The year of the earliest day in four digits, as the text forms write it: "0999", "2019". */
  private String fourDigitYear() {
    return String.format(Locale.ROOT, "%04d", earliest().getYear());
  }

  /** Returns the canonical text: {@code 2019-05-30}, {@code 2012-01}, {@code 2012} or {@code 2016-01-27/2021-01-30}. */
  @Override
  public String toString() {
    switch (precision()) {
      case DAY:
        return earliest().toString();
      case MONTH:
        return YearMonth.from(earliest()).toString();
      case YEAR:
        return fourDigitYear();
      default:
        return earliest() + "/" + latest();
    }
  }
}
