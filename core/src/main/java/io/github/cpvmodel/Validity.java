package io.github.cpvmodel;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The days on which something holds: a body exists, a person holds a post, a province code means a unit, a
 * document is in force. Both ends are <em>inclusive</em> dates, and either may be open: an open start means "since
 * before anything we record", an open end "still so".
 *
 * <p>The text form is an ISO 8601 date interval with {@code ..} for an open end (as in ISO 8601-2 and EDTF):
 * {@code 2008-08-01/2025-06-30} (the 63 provinces), {@code 2025-07-01/..} (the 34 provinces), {@code ../..}
 * (always). {@code parse(v.toString()).equals(v)} for every {@code v}.
 *
 * <pre>{@code
 * Validity v = Validity.closed(LocalDate.of(2008, 8, 1), LocalDate.of(2025, 6, 30));
 * v.contains(LocalDate.of(2019, 9, 30));          // true
 * v.precedes(Validity.startingOn(LocalDate.of(2025, 7, 1))); // true
 * }</pre>
 *
 * <p>Rejects an end before its start (rule {@link #ORDER}) and text that is not of the form above (rule
 * {@link #SYNTAX}).
 */
@Value.Immutable
@ModelStyle
public abstract class Validity {
  /** The end is not before the start. */
  public static final Rule ORDER = Rule.of("validity.order", "the end must not be before the start");

  /** The text is {@code start/end} with ISO dates or {@code ..}. */
  public static final Rule SYNTAX = Rule.of("validity.syntax",
      "write 'start/end' with ISO dates (yyyy-MM-dd) or '..' for an open end, e.g. '2008-08-01/2025-06-30' or "
          + "'2025-07-01/..'");

  private static final String WHAT = "a validity";

  private static final Validity ALWAYS = ImmutableValidity.builder().build();

  Validity() {}

  /** {@return the first day, included, or empty for an open start} */
  public abstract Optional<LocalDate> start();

  /** {@return the last day, included, or empty for an open end} */
  public abstract Optional<LocalDate> end();

  /**
   * From {@code start} to {@code endInclusive}, both days included (unlike java.time's {@code between}, which
   * excludes its end: a Party body dissolved on 2025-06-30 still existed that day).
   *
   * @param start the first day
   * @param endInclusive the last day, not before {@code start}
   * @return the interval
   * @throws ValidationException if {@code endInclusive} is before {@code start} (rule {@link #ORDER})
   */
  public static Validity closed(LocalDate start, LocalDate endInclusive) {
    return of(Optional.of(requireNonNull(start, "start")), Optional.of(requireNonNull(endInclusive, "endInclusive")));
  }

  /**
   * From {@code start} on, with no end yet.
   *
   * @param start the first day
   * @return the open-ended interval {@code start/..}
   */
  public static Validity startingOn(LocalDate start) {
    return of(Optional.of(requireNonNull(start, "start")), Optional.empty());
  }

  /**
   * Up to and including {@code endInclusive}, with an unknown or irrelevant start.
   *
   * @param endInclusive the last day
   * @return the interval {@code ../endInclusive}
   */
  public static Validity endingOn(LocalDate endInclusive) {
    return of(Optional.empty(), Optional.of(requireNonNull(endInclusive, "endInclusive")));
  }

  /**
   * A single day.
   *
   * @param day the day
   * @return the interval {@code day/day}
   */
  public static Validity onlyOn(LocalDate day) {
    return closed(day, day);
  }

  /** {@return every day: the interval {@code ../..}, open at both ends} */
  public static Validity always() {
    return ALWAYS;
  }

  /**
   * From optional ends.
   *
   * @param start the first day, or empty for an open start
   * @param end the last day, or empty for an open end
   * @return the interval
   * @throws ValidationException if {@code end} is before {@code start} (rule {@link #ORDER})
   */
  public static Validity of(Optional<LocalDate> start, Optional<LocalDate> end) {
    return ImmutableValidity.builder().start(start).end(end).build();
  }

  /**
   * Parses the text form {@code start/end}, each an ISO date {@code yyyy-MM-dd} or {@code ..}; surrounding white
   * space is ignored.
   *
   * @param text the text, e.g. {@code 2008-08-01/2025-06-30} or {@code 2025-07-01/..}
   * @return the interval
   * @throws ParseException if the text is malformed (rule {@link #SYNTAX}), the end is before the start (rule
   *     {@link #ORDER}, at the index of the end) or the text is longer than a label may be
   *     ({@link TextKind#LENGTH})
   */
  public static Validity parse(CharSequence text) {
    TextKind.LABEL.requireParsable(requireNonNull(text, "text"), WHAT);
    String input = text.toString();
    String s = input.strip();
    int offset = s.isEmpty() ? 0 : input.indexOf(s);
    int slash = s.indexOf('/');
    if (slash < 0) {
      throw ParseException.of(SYNTAX, WHAT, input, offset + s.length(), "there is no '/' between start and end");
    }
    Optional<LocalDate> start = parseEnd(input, s.substring(0, slash), offset);
    Optional<LocalDate> end = parseEnd(input, s.substring(slash + 1), offset + slash + 1);
    try {
      return of(start, end);
    } catch (ValidationException e) {
      throw ParseException.of(input, offset + slash + 1, e);
    }
  }

  private static Optional<LocalDate> parseEnd(String input, String part, int index) {
    if (part.equals("..")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(part));
    } catch (DateTimeParseException e) {
      throw ParseException.of(SYNTAX, WHAT, input, index + e.getErrorIndex(),
          String.format("'%s' is neither an ISO date nor '..'", part));
    }
  }

  @Value.Check
  void check() {
    if (start().isPresent() && end().isPresent()) {
      ORDER.require(!end().get().isBefore(start().get()), "end", "end '%s' is before start '%s'",
          end().get(), start().get());
    }
  }

  /**
   * Whether {@code day} lies in this interval.
   *
   * @param day the day
   * @return whether start &lt;= day &lt;= end, open ends always satisfied
   */
  public boolean contains(LocalDate day) {
    // Without lambdas: look-ups at a day (a unit, a post) call this for every candidate.
    Optional<LocalDate> start = start();
    if (start.isPresent() && day.isBefore(start.get())) {
      return false;
    }
    Optional<LocalDate> end = end();
    return end.isEmpty() || !day.isAfter(end.get());
  }

  /**
   * Whether this interval and {@code other} share at least one day.
   *
   * @param other another interval
   * @return whether they overlap
   */
  public boolean overlaps(Validity other) {
    return !precedes(other) && !other.precedes(this);
  }

  /**
   * Whether every day of {@code other} lies in this interval: a post's tenure within its body's life, a parent
   * link within the child's life.
   *
   * @param other another interval
   * @return whether this interval starts no later and ends no earlier than {@code other}, open ends counting as
   *     unbounded
   */
  public boolean encloses(Validity other) {
    Optional<LocalDate> start = start();
    Optional<LocalDate> otherStart = other.start();
    if (start.isPresent() && (otherStart.isEmpty() || otherStart.get().isBefore(start.get()))) {
      return false;
    }
    Optional<LocalDate> end = end();
    Optional<LocalDate> otherEnd = other.end();
    return end.isEmpty() || otherEnd.isPresent() && !otherEnd.get().isAfter(end.get());
  }

  /**
   * Whether this interval ends before {@code other} starts (they share no day, this one first).
   *
   * @param other another interval
   * @return whether this one lies wholly before {@code other}
   */
  public boolean precedes(Validity other) {
    return end().isPresent() && other.start().isPresent() && end().get().isBefore(other.start().get());
  }

  /** {@return whether this interval has no end yet} */
  public boolean isOpenEnded() {
    return end().isEmpty();
  }

  /**
   * This interval closed (or re-closed) on {@code end}.
   *
   * @param end the last day
   * @return a copy with that end
   * @throws ValidationException if {@code end} is before the start (rule {@link #ORDER})
   */
  public Validity withEnd(LocalDate end) {
    return of(start(), Optional.of(end));
  }

  /**
   * This interval with another start.
   *
   * @param start the first day
   * @return a copy with that start
   * @throws ValidationException if the end is before {@code start} (rule {@link #ORDER})
   */
  public Validity withStart(LocalDate start) {
    return of(Optional.of(start), end());
  }

  /** Returns the text form, e.g. {@code 2008-08-01/2025-06-30} or {@code 2025-07-01/..}. */
  @Override
  public String toString() {
    return start().map(LocalDate::toString).orElse("..") + "/" + end().map(LocalDate::toString).orElse("..");
  }
}
