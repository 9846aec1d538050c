package io.github.cpvmodel.meeting;

import static java.util.Objects.requireNonNull;

import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.ValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalQuery;

/**
 * Reads the text form of a {@link MeetingTime}, one small grammar whose dates and times java.time reads:
 * <pre>
 * time = date " " partOfDay | date "T" clock "/" date "T" clock | date "/" date | date
 * </pre>
 */
final class MeetingTimeParser {
  private static final String WHAT = "a meeting time";

  private MeetingTimeParser() {}

  static MeetingTime parse(CharSequence text) {
    String input = requireNonNull(text, "text").toString();
    int start = input.length() - input.stripLeading().length();
    int end = Math.max(start, input.stripTrailing().length());
    int space = input.indexOf(' ', start);
    if (space >= 0 && space < end) {
      LocalDate day = date(input, start, space);
      String code = input.substring(space + 1, end);
      PartOfDay part = Coded.find(PartOfDay.class, code).orElseThrow(() -> ParseException.of(MeetingTime.SYNTAX,
          WHAT, input, space + 1, "'" + code + "' is not 'morning', 'afternoon' or 'evening'"));
      return MeetingTime.of(day, part);
    }
    int slash = input.indexOf('/', start);
    if (slash < 0 || slash >= end) {
      LocalDate day = date(input, start, end);
      return MeetingTime.of(day, day);
    }
    try {
      if (input.lastIndexOf('T', slash) >= start) {
        return MeetingTime.of(dateTime(input, start, slash).atZone(MeetingTime.ZONE),
            dateTime(input, slash + 1, end).atZone(MeetingTime.ZONE));
      }
      return MeetingTime.of(date(input, start, slash), date(input, slash + 1, end));
    } catch (ValidationException e) {
      throw ParseException.of(input, slash + 1, e);
    }
  }

  private static LocalDate date(String input, int from, int to) {
    return read(input, from, to, DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from, "an ISO date");
  }

  private static LocalDateTime dateTime(String input, int from, int to) {
    return read(input, from, to, DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::from,
        "an ISO local date-time");
  }

  /** What {@code format} reads between {@code from} and {@code to}, failing at the index in the whole input. */
  private static <T> T read(String input, int from, int to, DateTimeFormatter format, TemporalQuery<T> query,
      String what) {
    String part = input.substring(from, to);
    try {
      return format.parse(part, query);
    } catch (DateTimeParseException e) {
      throw ParseException.of(MeetingTime.SYNTAX, WHAT, input, from + e.getErrorIndex(),
          "'" + part + "' is not " + what);
    }
  }
}
