package io.github.cpvmodel.benchmarks.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/**
 * The baseline of {@link ObservationBenchmark}: an observation as a plain record, read from the same raw parts and
 * checked by the same rules as the library's, written by hand without it. The rules: an id is 1 to 200 characters of
 * lower-case ASCII letters and digits in words joined by '-', in segments joined by '/', trimmed and lower-cased
 * first; a period is one of the canonical forms {@code 2019}, {@code 2019-H1}, {@code 2019-Q4}, {@code 2019-09},
 * {@code 2016/2020}, {@code 2019-01-01/P9M} or {@code 2019-03-15/2019-10-20}, in the years 1 to 9999 and not ending
 * before it starts; a value is {@code yes} or {@code no} (ASCII case ignored), a count from 0, a ratio whose
 * numerator lies in 0 to its denominator, which is 1 or more, or a percentage from 0 to 100 with at most 50 decimals
 * (trailing zeros dropped); a status is {@code provisional} or {@code final}. Every rejection is an
 * {@link IllegalArgumentException} quoting the value.
 *
 * @param indicator the indicator's id
 * @param subject the body's id
 * @param start the first day of the period
 * @param end the last day of the period
 * @param kind what the value is
 * @param numerator the count, the ratio's numerator, or 1 for yes and 0 for no
 * @param denominator the ratio's denominator, else 0
 * @param percentage the percentage, or null
 * @param isFinal whether the figure is final
 */
public record PlainObservation(String indicator, String subject, LocalDate start, LocalDate end, Kind kind,
    long numerator, long denominator, BigDecimal percentage, boolean isFinal) {
  private static final int MAX_ID = 200;
  private static final int MAX_VALUE = 100;
  private static final int MAX_DECIMALS = 50;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** What a value is. */
  public enum Kind {
    /** A count. */
    COUNT,
    /** A ratio. */
    RATIO,
    /** A percentage. */
    PERCENTAGE,
    /** Yes or no. */
    YES_NO
  }

  /**
   * Reads and checks the raw parts of an observation.
   *
   * @param indicator the indicator's id
   * @param subject the body's id
   * @param period the period's canonical text
   * @param value the value's text
   * @param status the status's code
   * @return the observation
   * @throws IllegalArgumentException if a part breaks its rule
   */
  public static PlainObservation parse(String indicator, String subject, String period, String value,
      String status) {
    String indicatorId = id(indicator);
    String subjectId = id(subject);
    String p = period.strip();
    LocalDate start;
    LocalDate end;
    int slash = p.indexOf('/');
    if (slash == 4 && digits(p, 0, 4) && p.length() == 9 && digits(p, 5, 9)) {
      start = LocalDate.of(year(p, 0), 1, 1);
      end = LocalDate.of(year(p, 5), 12, 31);
    } else if (slash >= 0) {
      start = date(p, 0, slash);
      if (slash + 1 < p.length() && (p.charAt(slash + 1) == 'P' || p.charAt(slash + 1) == 'p')) {
        Period duration;
        try {
          duration = Period.parse(p.substring(slash + 1));
        } catch (DateTimeException e) {
          throw bad("period", period);
        }
        if (duration.isZero() || duration.isNegative()) {
          throw bad("period", period);
        }
        try {
          end = start.plus(duration).minusDays(1);
        } catch (DateTimeException e) {
          throw bad("period", period);
        }
      } else {
        end = date(p, slash + 1, p.length());
      }
    } else {
      if (p.length() < 4 || !digits(p, 0, 4)) {
        throw bad("period", period);
      }
      int year = year(p, 0);
      if (p.length() == 4) {
        start = LocalDate.of(year, 1, 1);
        end = LocalDate.of(year, 12, 31);
      } else if (p.length() == 7 && p.charAt(4) == '-') {
        char letter = Character.toUpperCase(p.charAt(5));
        int n = p.charAt(6) - '0';
        if (letter == 'H' && n >= 1 && n <= 2) {
          start = LocalDate.of(year, n * 6 - 5, 1);
          end = start.plusMonths(6).minusDays(1);
        } else if (letter == 'Q' && n >= 1 && n <= 4) {
          start = LocalDate.of(year, n * 3 - 2, 1);
          end = start.plusMonths(3).minusDays(1);
        } else if (digits(p, 5, 7) && Integer.parseInt(p, 5, 7, 10) >= 1 && Integer.parseInt(p, 5, 7, 10) <= 12) {
          start = LocalDate.of(year, Integer.parseInt(p, 5, 7, 10), 1);
          end = start.plusMonths(1).minusDays(1);
        } else {
          throw bad("period", period);
        }
      } else {
        throw bad("period", period);
      }
    }
    if (start.getYear() < 1 || end.getYear() > 9999 || end.isBefore(start)) {
      throw bad("period", period);
    }
    if (value.length() > MAX_VALUE) {
      throw bad("value", value);
    }
    String v = value.strip();
    Kind kind;
    long numerator = 0;
    long denominator = 0;
    BigDecimal percentage = null;
    if (v.equalsIgnoreCase("yes") && v.chars().allMatch(c -> c < 0x80)) {
      kind = Kind.YES_NO;
      numerator = 1;
    } else if (v.equalsIgnoreCase("no") && v.chars().allMatch(c -> c < 0x80)) {
      kind = Kind.YES_NO;
    } else if (v.endsWith("%")) {
      kind = Kind.PERCENTAGE;
      percentage = percentage(v.substring(0, v.length() - 1), value);
    } else if (v.indexOf('/') >= 0) {
      kind = Kind.RATIO;
      int at = v.indexOf('/');
      numerator = whole(v.substring(0, at), value);
      denominator = whole(v.substring(at + 1), value);
      if (denominator < 1 || numerator < 0 || numerator > denominator) {
        throw bad("value", value);
      }
    } else {
      kind = Kind.COUNT;
      numerator = whole(v, value);
      if (numerator < 0) {
        throw bad("value", value);
      }
    }
    boolean isFinal;
    if (status.equals("final")) {
      isFinal = true;
    } else if (status.equals("provisional")) {
      isFinal = false;
    } else {
      throw bad("status", status);
    }
    return new PlainObservation(indicatorId, subjectId, start, end, kind, numerator, denominator, percentage,
        isFinal);
  }

  private static String id(String text) {
    // Only ASCII letters change case, as the library's ids do: the Kelvin sign must not become a 'k'.
    String s = asciiLowerCase(text.strip());
    if (s.isEmpty() || s.length() > MAX_ID) {
      throw bad("id", text);
    }
    char previous = '/';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word && (c != '-' && c != '/' || previous == '/' || previous == '-')) {
        throw bad("id", text);
      }
      previous = c;
    }
    if (previous == '/' || previous == '-') {
      throw bad("id", text);
    }
    return s;
  }

  private static String asciiLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] chars = s.toCharArray();
        for (int j = i; j < chars.length; j++) {
          if (chars[j] >= 'A' && chars[j] <= 'Z') {
            chars[j] += 'a' - 'A';
          }
        }
        return new String(chars);
      }
    }
    return s;
  }

  private static LocalDate date(String s, int from, int to) {
    if (to - from != 10 || !digits(s, from, from + 4) || s.charAt(from + 4) != '-' || !digits(s, from + 5, from + 7)
        || s.charAt(from + 7) != '-' || !digits(s, from + 8, to)) {
      throw bad("period", s);
    }
    try {
      return LocalDate.of(year(s, from), Integer.parseInt(s, from + 5, from + 7, 10),
          Integer.parseInt(s, from + 8, to, 10));
    } catch (DateTimeException e) {
      throw bad("period", s);
    }
  }

  private static int year(String s, int from) {
    int year = Integer.parseInt(s, from, from + 4, 10);
    if (year < 1) {
      throw bad("period", s);
    }
    return year;
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return to > from;
  }

  private static long whole(String s, String value) {
    int from = s.startsWith("-") && s.length() > 1 ? 1 : 0;
    if (!digits(s, from, s.length())) {
      throw bad("value", value);
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw bad("value", value);
    }
  }

  private static BigDecimal percentage(String s, String value) {
    int from = s.startsWith("-") && s.length() > 1 ? 1 : 0;
    int dot = s.indexOf('.');
    boolean ok = dot < 0 ? digits(s, from, s.length())
        : digits(s, from, dot) && digits(s, dot + 1, s.length());
    if (!ok) {
      throw bad("value", value);
    }
    BigDecimal p = new BigDecimal(s);
    if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
      throw bad("value", value);
    }
    if (p.scale() > MAX_DECIMALS) {
      try {
        p = p.setScale(MAX_DECIMALS, RoundingMode.UNNECESSARY);
      } catch (ArithmeticException e) {
        throw bad("value", value);
      }
    }
    p = p.stripTrailingZeros();
    return p.scale() < 0 ? p.setScale(0) : p;
  }

  private static IllegalArgumentException bad(String what, String text) {
    return new IllegalArgumentException("'" + text + "' is not a valid " + what);
  }
}
