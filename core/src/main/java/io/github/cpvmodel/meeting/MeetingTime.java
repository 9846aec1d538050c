package io.github.cpvmodel.meeting;

import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.text.VietnameseText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a meeting was held, as precisely as the record says: exact times, a part of a day ("<i>chiều 30-9</i>",
 * the afternoon of 30 September) or whole days (a congress from 20 to 28 January).
 *
 * <p>Whatever the {@link #precision()}, a meeting time has a {@link #start()} and an {@link #end()}, zoned
 * date-times in {@link #ZONE Asia/Ho_Chi_Minh}; for a part of a day they are the bounds of that part, for whole
 * days midnight of the first day and midnight after the last. So no hour is invented, and comparisons and the
 * {@link #firstDay() day} of the meeting work the same for all three. Times given in another zone are moved to
 * Asia/Ho_Chi_Minh (the same instants), so equal times are equal values.
 *
 * <p>The text form: {@code 2019-09-30T14:00/2019-09-30T17:00} (exact, local times in Asia/Ho_Chi_Minh),
 * {@code 2019-09-30 afternoon}, {@code 2016-01-21/2016-01-28} or {@code 2019-09-30} (whole days). A local time
 * that the clock showed twice (when it was turned back) carries its offset, so that it names one instant: at
 * midnight before 13 June 1975 the clock went back to 23:00 (from UTC+8 to UTC+7, as the IANA time-zone database
 * the JDK ships records it), so {@code 1975-06-12T23:30+07:00} is the second 23:30 of that night. {@code parse(t.toString()).equals(t)} for every {@code t}.
 *
 * <p>A part of a day or a day whose midnight the clock skipped (1 April 1947, when Asia/Ho_Chi_Minh went from
 * midnight to one o'clock) begins at the first time the clock showed that day.
 *
 * <pre>{@code
 * MeetingTime t = MeetingTime.of(LocalDate.of(2019, 9, 30), PartOfDay.AFTERNOON);
 * t.firstDay();     // 2019-09-30
 * t.label().vi();   // "chiều 30/9/2019"
 * }</pre>
 *
 * <p>Rejects an end that is not after the start (rule {@link #ORDER}), times outside the years 0 to 9999 (rule
 * {@link #RANGE}) and malformed text (rule {@link #SYNTAX}), or text longer than a label may be
 * ({@link io.github.cpvmodel.TextKind#LENGTH}).
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract class MeetingTime implements Comparable<MeetingTime> {
  /** The zone of every meeting time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** A meeting ends after it starts. */
  public static final Rule ORDER = Rule.of("meeting-time.order", "a meeting must end after it starts");

  /** A meeting falls within the years 0 to 9999. */
  public static final Rule RANGE = Rule.of("meeting-time.range",
      "a meeting falls within the years 0 to 9999 in Asia/Ho_Chi_Minh");

  /** The text is one of the forms of a meeting time. */
  public static final Rule SYNTAX = Rule.of("meeting-time.syntax",
      "write 'yyyy-MM-ddTHH:mm/yyyy-MM-ddTHH:mm' (local times in Asia/Ho_Chi_Minh), 'yyyy-MM-dd morning', "
          + "'yyyy-MM-dd afternoon', 'yyyy-MM-dd evening', 'yyyy-MM-dd/yyyy-MM-dd' or 'yyyy-MM-dd'");

  private static final Instant EARLIEST = LocalDate.of(0, 1, 1).atStartOfDay(ZONE).toInstant();
  private static final Instant LATEST = LocalDate.of(10_000, 1, 1).atStartOfDay(ZONE).toInstant();

  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  /** How precisely a meeting time is known. */
  public enum Precision {
    /** The start and end are the real times. */
    EXACT,
    /** Only the day and the part of the day are known; the start and end are that part's bounds. */
    PART_OF_DAY,
    /** Only the days are known; the start and end are midnight before the first and after the last. */
    DAYS
  }

  MeetingTime() {}

  /**
   * When the meeting began, or the earliest it can have begun.
   *
   * @return the start in Asia/Ho_Chi_Minh
   */
  @Value.Parameter
  public abstract ZonedDateTime start();

  /**
   * When the meeting ended, or the latest it can have ended.
   *
   * @return the end in Asia/Ho_Chi_Minh, after the start
   */
  @Value.Parameter
  public abstract ZonedDateTime end();

  /** {@return how precisely the time is known} */
  @Value.Parameter
  public abstract Precision precision();

  /**
   * Exact times.
   *
   * @param start when the meeting began, in any zone
   * @param end when it ended, after {@code start}
   * @return the meeting time, in Asia/Ho_Chi_Minh
   * @throws ValidationException if {@code end} is not after {@code start} (rule {@link #ORDER}) or either lies
   *     outside the years 0 to 9999 (rule {@link #RANGE})
   */
  public static MeetingTime of(ZonedDateTime start, ZonedDateTime end) {
    return ImmutableMeetingTime.of(start, end, Precision.EXACT);
  }

  /**
   * A part of one day, when the record gives no hours: "<i>chiều 30-9-2019</i>".
   *
   * @param day the day
   * @param part the part of the day
   * @return the meeting time
   * @throws ValidationException if the day lies outside the years 0 to 9999 (rule {@link #RANGE})
   */
  public static MeetingTime of(LocalDate day, PartOfDay part) {
    requireYear(day, "start");
    LocalDate endDay = part.end().equals(LocalTime.MIDNIGHT) ? day.plusDays(1) : day;
    return ImmutableMeetingTime.of(day.atTime(part.start()).atZone(ZONE), endDay.atTime(part.end()).atZone(ZONE),
        Precision.PART_OF_DAY);
  }

  /**
   * Whole days, when the record gives no hours: a congress from 20 to 28 January 2016.
   *
   * @param first the first day
   * @param last the last day, not before {@code first}; equal for a meeting of one day
   * @return the meeting time
   * @throws ValidationException if {@code last} is before {@code first} (rule {@link #ORDER}) or either lies
   *     outside the years 0 to 9999 (rule {@link #RANGE})
   */
  public static MeetingTime of(LocalDate first, LocalDate last) {
    requireYear(first, "start");
    requireYear(last, "end");
    ORDER.require(!last.isBefore(first), "end", "last day '%s' is before first day '%s'", last, first);
    return ImmutableMeetingTime.of(first.atStartOfDay(ZONE), last.plusDays(1).atStartOfDay(ZONE), Precision.DAYS);
  }

  /**
   * Parses the text form.
   *
   * @param text {@code 2019-09-30T14:00/2019-09-30T17:00}, {@code 2019-09-30 afternoon},
   *     {@code 2016-01-21/2016-01-28} or {@code 2019-09-30}; surrounding white space is ignored
   * @return the meeting time
   * @throws ParseException if the text is malformed (rule {@link #SYNTAX}), the end is not after the start
   *     (rule {@link #ORDER}, at the index of the end), a day lies outside the years 0 to 9999 (rule
   *     {@link #RANGE}) or the text is longer than a label may be ({@link io.github.cpvmodel.TextKind#LENGTH})
   */
  public static MeetingTime parse(CharSequence text) {
    return MeetingTimeParser.parse(text);
  }

  private static void requireYear(LocalDate day, String path) {
    RANGE.require(day.getYear() >= 0 && day.getYear() <= 9999, path, "day '%s' is outside the years 0 to 9999", day);
  }

  @Value.Check
  MeetingTime normalize() {
    RANGE.require(!start().toInstant().isBefore(EARLIEST), "start", "start '%s' is before the year 0", start());
    RANGE.require(!end().toInstant().isAfter(LATEST), "end", "end '%s' is after the year 9999", end());
    ZonedDateTime start = start().withZoneSameInstant(ZONE);
    ZonedDateTime end = end().withZoneSameInstant(ZONE);
    ORDER.require(end.isAfter(start), "end", "end '%s' is not after start '%s'", end, start);
    if (start.equals(start()) && end.equals(end())) {
      return this;
    }
    return ImmutableMeetingTime.of(start, end, precision());
  }

  /**
   * The part of the day, when that is all the record says.
   *
   * @return the part, or empty unless the precision is {@link Precision#PART_OF_DAY}
   */
  public Optional<PartOfDay> partOfDay() {
    if (precision() != Precision.PART_OF_DAY) {
      return Optional.empty();
    }
    for (PartOfDay part : PartOfDay.values()) {
      // Compared as zoned times, so that a part whose first hour the clock skipped is still found.
      if (firstDay().atTime(part.start()).atZone(ZONE).equals(start())) {
        return Optional.of(part);
      }
    }
    throw new AssertionError("no part of the day starts at " + start());
  }

  /**
   * The day the meeting began, in Asia/Ho_Chi_Minh: the day on which posts held and provinces existing are
   * checked.
   *
   * @return the first day
   */
  public LocalDate firstDay() {
    return start().toLocalDate();
  }

  /**
   * The day the meeting ended, in Asia/Ho_Chi_Minh.
   *
   * @return the last day; a meeting that ends at midnight ended on the day before
   */
  public LocalDate lastDay() {
    return end().minusNanos(1).toLocalDate();
  }

  /**
   * The days of the meeting.
   *
   * @return the interval from the first to the last day
   */
  public Validity dates() {
    return Validity.closed(firstDay(), lastDay());
  }

  /** {@return the time in words, Vietnamese first: "chiều 30/9/2019" / "afternoon of 30 September 2019"} */
  public LocalizedName label() {
    LocalDate first = firstDay();
    LocalDate last = lastDay();
    switch (precision()) {
      case PART_OF_DAY:
        PartOfDay part = partOfDay().orElseThrow();
        return LocalizedName.of(part.label().vi() + " " + VietnameseText.date(first),
            part.code() + " of " + first.format(EN_DATE));
      case DAYS:
        if (first.equals(last)) {
          return LocalizedName.of(VietnameseText.date(first), first.format(EN_DATE));
        }
        return LocalizedName.of("từ " + VietnameseText.date(first) + " đến " + VietnameseText.date(last),
            first.format(EN_DATE) + " to " + last.format(EN_DATE));
      default:
        if (first.equals(end().toLocalDate())) {
          String clock = start().format(CLOCK) + "-" + end().format(CLOCK);
          return LocalizedName.of(clock + " ngày " + VietnameseText.date(first), first.format(EN_DATE) + ", " + clock);
        }
        return LocalizedName.of(
            start().format(CLOCK) + " ngày " + VietnameseText.date(first) + " đến " + end().format(CLOCK) + " ngày "
                + VietnameseText.date(end().toLocalDate()),
            first.format(EN_DATE) + ", " + start().format(CLOCK) + " to " + end().toLocalDate().format(EN_DATE)
                + ", " + end().format(CLOCK));
    }
  }

  /** Orders by start, then by end, then from the most to the least precise. */
  @Override
  public int compareTo(MeetingTime other) {
    int byStart = start().compareTo(other.start());
    int byEnd = end().compareTo(other.end());
    return byStart != 0 ? byStart : byEnd != 0 ? byEnd : precision().compareTo(other.precision());
  }

  /**
   * Returns the text form: {@code 2019-09-30T14:00/2019-09-30T17:00}, {@code 2019-09-30 afternoon},
   * {@code 2016-01-21/2016-01-28} or {@code 2019-09-30}.
   */
  @Override
  public String toString() {
    switch (precision()) {
      case PART_OF_DAY:
        return firstDay() + " " + partOfDay().orElseThrow().code();
      case DAYS:
        return firstDay().equals(lastDay()) ? firstDay().toString() : firstDay() + "/" + lastDay();
      default:
        return text(start()) + "/" + text(end());
    }
  }

  /** A local date-time, with its offset when the clock showed that local time twice. */
  private static String text(ZonedDateTime time) {
    boolean twice = ZONE.getRules().getValidOffsets(time.toLocalDateTime()).size() > 1;
    return twice ? time.toLocalDateTime() + time.getOffset().toString() : time.toLocalDateTime().toString();
  }
}
