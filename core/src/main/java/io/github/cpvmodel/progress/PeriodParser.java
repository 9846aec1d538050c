package io.github.cpvmodel.progress;

import static java.util.Objects.requireNonNull;

import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the canonical text of a {@link ReportingPeriod}, one small grammar read left to right, case ignored:
 * <pre>
 * period   = year "/" year | date "/" (date | duration) | year ["-" part]
 * part     = ("H" | "Q") digit | digit digit
 * </pre>
 * where {@code date} is an ISO date and {@code duration} an ISO 8601 period, each read by java.time.
 */
final class PeriodParser {
  private static final String WHAT = "a period";

  private PeriodParser() {}

  static ReportingPeriod parse(CharSequence text) {
    String input = requireNonNull(text, "text").toString();
    int start = input.length() - input.stripLeading().length();
    int end = Math.max(start, input.stripTrailing().length());
    int slash = input.indexOf('/', start);
    return slash >= 0 && slash < end ? range(input, start, slash, end) : named(input, start, end);
  }

  /** {@code year/year}, {@code date/date} or {@code date/duration}. */
  private static ReportingPeriod range(String input, int start, int slash, int end) {
    if (slash - start == 4 && digits(input, start, slash) == 4) {
      return years(input, start, slash, end);
    }
    LocalDate first = date(input, start, slash);
    int at = slash + 1;
    boolean duration = at < end && Character.toUpperCase(input.charAt(at)) == 'P';
    LocalDate last = duration ? plus(input, first, at, end) : date(input, at, end);
    try {
      return ReportingPeriod.closed(first, last);
    } catch (ValidationException e) {
      throw ParseException.of(input, at, e);
    }
  }

  /** {@code 2016/2020}: whole years, the last not before the first. */
  private static ReportingPeriod years(String input, int start, int slash, int end) {
    int at = slash + 1;
    int digits = digits(input, at, end);
    if (digits != 4 || at + 4 != end) {
      throw error(ReportingPeriod.SYNTAX, input, at + Math.min(digits, 4), "a year of four digits follows "
          + "the first year and its '/'");
    }
    int first = Integer.parseInt(input, start, slash, 10);
    int last = Integer.parseInt(input, at, end, 10);
    try {
      return ReportingPeriod.years(first, last);
    } catch (ValidationException e) {
      throw ParseException.of(input, first < 1 ? start : at, e);
    }
  }

  /** {@code 2019}, {@code 2019-H1}, {@code 2019-Q4}, {@code 2019-09}. */
  private static ReportingPeriod named(String input, int start, int end) {
    int digits = digits(input, start, end);
    if (digits != 4) {
      throw error(ReportingPeriod.SYNTAX, input, start + Math.min(digits, 4), "a period starts with a four-digit year");
    }
    int year = Integer.parseInt(input, start, start + 4, 10);
    if (year < 1) {
      throw error(ReportingPeriod.YEAR, input, start, "year 0 is out of range");
    }
    int at = start + 4;
    if (at == end) {
      return ReportingPeriod.year(year);
    }
    if (input.charAt(at) != '-') {
      throw error(ReportingPeriod.SYNTAX, input, at, "a '-' follows the year");
    }
    int part = at + 1;
    char letter = part < end ? Character.toUpperCase(input.charAt(part)) : '-';
    if (end - part == 2 && (letter == 'H' || letter == 'Q') && digits(input, part + 1, end) == 1) {
      int n = input.charAt(part + 1) - '0';
      int max = letter == 'H' ? 2 : 4;
      String name = letter == 'H' ? "half " : "quarter ";
      if (n < 1 || n > max) {
        throw error(ReportingPeriod.PART, input, part + 1, name + n + " is out of range");
      }
      return letter == 'H' ? ReportingPeriod.half(year, n) : ReportingPeriod.quarter(year, n);
    }
    int monthDigits = digits(input, part, end);
    if (end - part == 2 && monthDigits == 2) {
      int month = Integer.parseInt(input, part, end, 10);
      if (month < 1 || month > 12) {
        throw error(ReportingPeriod.PART, input, part, "month " + month + " is out of range");
      }
      return ReportingPeriod.month(year, month);
    }
    throw error(ReportingPeriod.SYNTAX, input, part + Math.min(end - part, monthDigits),
        "the year is followed by H1, H2, Q1 to Q4 or a two-digit month");
  }

  /** The ISO date between {@code from} and {@code to}. */
  private static LocalDate date(String input, int from, int to) {
    // The canonical text writes yyyy-MM-dd, read here by hand; anything else, and a day that does not exist, is
    // left to the ISO formatter, which reads it or says why not.
    if (to - from == 10 && digits(input, from, from + 4) == 4 && input.charAt(from + 4) == '-'
        && digits(input, from + 5, from + 7) == 2 && input.charAt(from + 7) == '-'
        && digits(input, from + 8, to) == 2) {
      try {
        return LocalDate.of(Integer.parseInt(input, from, from + 4, 10),
            Integer.parseInt(input, from + 5, from + 7, 10), Integer.parseInt(input, from + 8, to, 10));
      } catch (DateTimeException e) {
        // The formatter below rejects it with the index of the field.
      }
    }
    try {
      return LocalDate.parse(input.substring(from, to), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw error(ReportingPeriod.SYNTAX, input, from + e.getErrorIndex(),
          "'" + input.substring(from, to) + "' is not an ISO date (yyyy-MM-dd)");
    }
  }

  /** The last day of the ISO 8601 duration between {@code from} and {@code to} that starts on {@code first}. */
  private static LocalDate plus(String input, LocalDate first, int from, int to) {
    String text = input.substring(from, to);
    Period period;
    try {
      // The canonical text writes a number of months, "P9M", read here by hand.
      int months = digits(input, from + 1, to - 1);
      boolean canonical = text.length() > 2 && text.length() <= 11 && text.charAt(0) == 'P'
          && text.charAt(text.length() - 1) == 'M' && months == text.length() - 2;
      period = canonical ? Period.ofMonths(Integer.parseInt(input, from + 1, to - 1, 10)) : Period.parse(text);
    } catch (DateTimeParseException e) {
      throw error(ReportingPeriod.SYNTAX, input, from + e.getErrorIndex(),
          "'" + text + "' is not an ISO 8601 duration such as P9M or P1Y");
    }
    if (period.isZero() || period.isNegative()) {
      throw error(ReportingPeriod.SYNTAX, input, from, "the duration '" + text + "' is not positive");
    }
    try {
      return first.plus(period).minusDays(1);
    } catch (DateTimeException e) {
      throw error(ReportingPeriod.SYNTAX, input, from, "the duration '" + text + "' is too long");
    }
  }

  /** How many ASCII digits run from {@code from}, up to {@code to}. */
  private static int digits(String input, int from, int to) {
    int i = from;
    while (i < to && input.charAt(i) >= '0' && input.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  private static ParseException error(Rule rule, String input, int index, String why) {
    return ParseException.of(rule, WHAT, input, index, why);
  }
}
