package io.github.cpvmodel.body;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The changes that made and unmade bodies, read both ways: what a body became (<i>Ban Kinh tế Trung ương</i> became
 * <i>Ban Chính sách, chiến lược Trung ương</i>) and where a body came from (the Đồng Nai of 2025 came from Đồng
 * Nai and Bình Phước).
 *
 * <pre>{@code
 * BodyHistory history = BodyHistory.of(PartyBodies.changes());
 * history.successors(Id.of("party/binh-phuoc"));    // [party/dong-nai-2025]
 * history.predecessors(Id.of("party/dong-nai-2025")); // [party/dong-nai, party/binh-phuoc]
 * }</pre>
 *
 * <p>A body ends at most once and begins at most once, so building a history rejects a body that two changes end
 * (rule {@link #ENDED_TWICE}) or two changes begin (rule {@link #BEGUN_TWICE}). Whether the changes agree with the
 * bodies' dates is reported by {@link #validate}. Immutable and safe to share between threads.
 */
public final class BodyHistory {
  /** One change ends a body. */
  public static final Rule ENDED_TWICE = Rule.of("body-history.ended-twice",
      "a body is the predecessor in at most one change");

  /** One change begins a body. */
  public static final Rule BEGUN_TWICE = Rule.of("body-history.begun-twice",
      "a body is the successor in at most one change");

  /** Changes name known bodies. */
  public static final Rule UNKNOWN_BODY = Rule.of("body-history.unknown-body",
      "a change names only bodies of the hierarchy");

  /** Predecessors end the day before the change. */
  public static final Rule PREDECESSOR_END = Rule.of("body-history.predecessor-end",
      "a predecessor's last day is the day before the change");

  /** Successors begin on the day of the change. */
  public static final Rule SUCCESSOR_START = Rule.of("body-history.successor-start",
      "a successor's first day is the day of the change");

  private final ImmutableList<BodyChange> changes;
  private final Map<Id, BodyChange> endedBy = new HashMap<>();
  private final Map<Id, BodyChange> begunBy = new HashMap<>();

  private BodyHistory(ImmutableList<BodyChange> changes) {
    for (int i = 0; i < changes.size(); i++) {
      BodyChange change = changes.get(i);
      for (Id id : change.predecessors()) {
        BodyChange previous = endedBy.putIfAbsent(id, change);
        ENDED_TWICE.require(previous == null, "changes[" + i + "]", "'%s' is ended by '%s' and by '%s'", id,
            previous, change);
      }
      for (Id id : change.successors()) {
        BodyChange previous = begunBy.putIfAbsent(id, change);
        BEGUN_TWICE.require(previous == null, "changes[" + i + "]", "'%s' is begun by '%s' and by '%s'", id,
            previous, change);
      }
    }
    this.changes = changes;
  }

  /**
   * A history of the given changes, in their order.
   *
   * @param changes the changes
   * @return the history
   * @throws ValidationException if a body is ended or begun twice (rules {@link #ENDED_TWICE},
   *     {@link #BEGUN_TWICE})
   */
  public static BodyHistory of(Iterable<? extends BodyChange> changes) {
    return new BodyHistory(ImmutableList.copyOf(changes));
  }

  /** {@return every change, in the order given} */
  public ImmutableList<BodyChange> changes() {
    return changes;
  }

  /**
   * The change that ended a body: what it became.
   *
   * @param body the body's id
   * @return the change, or empty if the body has not ended by a recorded change
   */
  public Optional<BodyChange> endOf(Id body) {
    return Optional.ofNullable(endedBy.get(body));
  }

  /**
   * The change that began a body: where it came from.
   *
   * @param body the body's id
   * @return the change, or empty if no recorded change began it
   */
  public Optional<BodyChange> beginningOf(Id body) {
    return Optional.ofNullable(begunBy.get(body));
  }

  /**
   * The bodies a body directly became.
   *
   * @param body the body's id
   * @return the successors of the change that ended it; none if it was dissolved or has not ended
   */
  public ImmutableList<Id> successors(Id body) {
    return endOf(body).map(c -> ImmutableList.copyOf(c.successors())).orElse(ImmutableList.of());
  }

  /**
   * The bodies a body directly came from.
   *
   * @param body the body's id
   * @return the predecessors of the change that began it; none if it was established from nothing or its
   *     beginning is not recorded
   */
  public ImmutableList<Id> predecessors(Id body) {
    return beginningOf(body).map(c -> ImmutableList.copyOf(c.predecessors())).orElse(ImmutableList.of());
  }

  /**
   * The bodies a body eventually became, following successors through every later change to the bodies that have
   * not ended (or were dissolved without successors, which are then left out).
   *
   * @param body the body's id
   * @return the latest successors, in order of discovery; the body itself if it has not ended
   */
  public ImmutableList<Id> latestForms(Id body) {
    Set<Id> latest = new LinkedHashSet<>();
    List<Id> todo = new ArrayList<>(List.of(body));
    Set<Id> seen = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      Id next = todo.remove(0);
      if (!seen.add(next)) {
        continue;
      }
      Optional<BodyChange> end = endOf(next);
      if (end.isEmpty()) {
        latest.add(next);
      } else {
        todo.addAll(end.get().successors());
      }
    }
    return ImmutableList.copyOf(latest);
  }

  /**
   * Checks the changes against the bodies: every id names a body of {@code bodies} (rule {@link #UNKNOWN_BODY}),
   * every predecessor's last day is the day before the change (rule {@link #PREDECESSOR_END}) and every
   * successor's first day is the day of the change (rule {@link #SUCCESSOR_START}).
   *
   * @param bodies the bodies the changes speak of
   * @return every violation, with paths such as {@code changes[2].successors[0]}; empty when all holds
   */
  public ImmutableList<Violation> validate(BodyHierarchy bodies) {
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      BodyChange change = changes.get(i);
      LocalDate lastDay = change.date().minusDays(1);
      for (int j = 0; j < change.predecessors().size(); j++) {
        String path = "changes[" + i + "].predecessors[" + j + "]";
        Id id = change.predecessors().get(j);
        Optional<Body> body = bodies.find(id);
        if (body.isEmpty()) {
          violations.add(unknown(path, id, change));
        } else if (!body.get().validity().end().equals(Optional.of(lastDay))) {
          violations.add(PREDECESSOR_END.violation(path, String.format(
              "'%s' lives '%s', but change '%s' ends it on %s", id, body.get().validity(), change, lastDay)));
        }
      }
      for (int j = 0; j < change.successors().size(); j++) {
        String path = "changes[" + i + "].successors[" + j + "]";
        Id id = change.successors().get(j);
        Optional<Body> body = bodies.find(id);
        if (body.isEmpty()) {
          violations.add(unknown(path, id, change));
        } else if (!body.get().validity().start().equals(Optional.of(change.date()))) {
          violations.add(SUCCESSOR_START.violation(path, String.format(
              "'%s' lives '%s', but change '%s' begins it on %s", id, body.get().validity(), change,
              change.date())));
        }
      }
    }
    return ImmutableList.copyOf(violations);
  }

  private static Violation unknown(String path, Id id, BodyChange change) {
    return UNKNOWN_BODY.violation(path, String.format("change '%s' names '%s', which is not in the hierarchy",
        change, id));
  }
}
