package io.github.cpvmodel.meeting;

import static java.util.Objects.requireNonNull;

import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.function.Supplier;

/**
 * Reads the text form of a {@link MeetingTime}, one small grammar whose dates and times java.time reads:
 * <pre>
 * time = date " " partOfDay | date "T" clock [offset] "/" date "T" clock [offset] | date "/" date | date
 * </pre>
 * An offset is written only where the clock showed a local time twice, and must then be one of that time's.
 */
final class MeetingTimeParser {
  private static final String WHAT = "a meeting time";

  private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).optionalStart().appendOffsetId().toFormatter();

  private MeetingTimeParser() {}

  static MeetingTime parse(CharSequence text) {
    TextKind.LABEL.requireParsable(requireNonNull(text, "text"), WHAT);
    String input = text.toString();
    int start = input.length() - input.stripLeading().length();
    int end = Math.max(start, input.stripTrailing().length());
    int space = input.indexOf(' ', start);
    if (space >= 0 && space < end) {
      LocalDate day = date(input, start, space);
      String code = input.substring(space + 1, end);
      PartOfDay part = Coded.find(PartOfDay.class, code).orElseThrow(() -> ParseException.of(MeetingTime.SYNTAX,
          WHAT, input, space + 1, "'" + code + "' is not 'morning', 'afternoon' or 'evening'"));
      return build(input, start, () -> MeetingTime.of(day, part));
    }
    int slash = input.indexOf('/', start);
    if (slash < 0 || slash >= end) {
      LocalDate day = date(input, start, end);
      return build(input, start, () -> MeetingTime.of(day, day));
    }
    if (input.lastIndexOf('T', slash) >= start) {
      ZonedDateTime from = dateTime(input, start, slash);
      ZonedDateTime to = dateTime(input, slash + 1, end);
      return build(input, slash + 1, () -> MeetingTime.of(from, to));
    }
    LocalDate first = date(input, start, slash);
    LocalDate last = date(input, slash + 1, end);
    return build(input, slash + 1, () -> MeetingTime.of(first, last));
  }

  /** The value the parts name, or the parse error of the rule it breaks, at {@code index}. */
  private static MeetingTime build(String input, int index, Supplier<MeetingTime> value) {
    try {
      return value.get();
    } catch (ValidationException e) {
      boolean atStart = e.violations().stream().allMatch(v -> v.path().equals("start"));
      throw ParseException.of(input, atStart ? input.length() - input.stripLeading().length() : index, e);
    }
  }

  private static LocalDate date(String input, int from, int to) {
    return read(input, from, to, DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from, "an ISO date");
  }

  private static ZonedDateTime dateTime(String input, int from, int to) {
    TemporalAccessor parsed = read(input, from, to, DATE_TIME, t -> t, "an ISO local date-time");
    LocalDateTime local = LocalDateTime.from(parsed);
    if (!parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
      return local.atZone(MeetingTime.ZONE);
    }
    ZoneOffset offset = ZoneOffset.from(parsed);
    try {
      return ZonedDateTime.ofStrict(local, offset, MeetingTime.ZONE);
    } catch (DateTimeException e) {
      throw ParseException.of(MeetingTime.SYNTAX, WHAT, input, from, "'" + input.substring(from, to)
          + "' has an offset that Asia/Ho_Chi_Minh did not have at that time");
    }
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
    } catch (DateTimeException e) {
      throw ParseException.of(MeetingTime.SYNTAX, WHAT, input, from, "'" + part + "' is not " + what);
    }
  }
}
