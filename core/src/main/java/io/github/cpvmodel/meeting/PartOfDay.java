package io.github.cpvmodel.meeting;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;
import java.time.LocalTime;

/**
 * The part of a day in which a meeting was held, when the record names no hours: "<i>Chiều 30-9</i>" (the
 * afternoon of 30 September). The three parts cover the day without gaps, so a meeting known only by its part of
 * the day still has a {@link MeetingTime#start() start} and an {@link MeetingTime#end() end}: the bounds of the
 * part, not the hours it really began and ended.
 *
 * <pre>{@code
 * MeetingTime.of(LocalDate.of(2019, 9, 30), PartOfDay.AFTERNOON).start(); // 2019-09-30T12:00+07:00[Asia/Ho_Chi_Minh]
 * }</pre>
 */
public enum PartOfDay implements Coded {
  /** <i>Sáng</i>: from midnight to noon. */
  @Code("morning") MORNING("sáng", "morning", LocalTime.MIDNIGHT, LocalTime.NOON),
  /** <i>Chiều</i>: from noon to 18:00. */
  @Code("afternoon") AFTERNOON("chiều", "afternoon", LocalTime.NOON, LocalTime.of(18, 0)),
  /** <i>Tối</i>: from 18:00 to midnight. */
  @Code("evening") EVENING("tối", "evening", LocalTime.of(18, 0), LocalTime.MIDNIGHT);

  /** The code is one of the codes of this enum. */
  public static final Rule CODE = Rule.of("part-of-day.code", "a part of the day is written as one of its codes");

  private final LocalizedName label;
  private final LocalTime start;
  private final LocalTime end;

  PartOfDay(String vi, String en, LocalTime start, LocalTime end) {
    this.label = LocalizedName.of(vi, en);
    this.start = start;
    this.end = end;
  }

  /** {@return the name of this part, e.g. "chiều" / "afternoon"} */
  public LocalizedName label() {
    return label;
  }

  /** {@return the time this part begins, e.g. 12:00 for the afternoon} */
  public LocalTime start() {
    return start;
  }

  /**
   * The time this part ends; midnight for the evening, which ends at the start of the next day.
   *
   * @return the end, e.g. 18:00 for the afternoon
   */
  public LocalTime end() {
    return end;
  }

  /**
   * The part of the day with a code, ignoring surrounding white space.
   *
   * @param code the code, e.g. {@code afternoon}
   * @return the part of the day
   * @throws ParseException if no part has that code (rule {@link #CODE}); the message lists the valid codes
   */
  public static PartOfDay parse(CharSequence code) {
    return Coded.parse(PartOfDay.class, code, CODE);
  }
}
