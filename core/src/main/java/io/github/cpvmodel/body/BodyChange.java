package io.github.cpvmodel.body;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.text.VietnameseText;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A change in the organisation of the Party on one day: bodies established, renamed, merged, split, dissolved or
 * changed in kind (<i>thành lập</i>, <i>đổi tên</i>, <i>hợp nhất, sáp nhập</i>, <i>chia tách</i>, <i>giải
 * thể</i>), with the bodies that ended the day before (predecessors), the bodies that began that day (successors)
 * and the document that decided it. Modelled on W3C ORG's change events.
 *
 * <pre>{@code
 * BodyChange merger = BodyChange.builder()
 *     .kind(BodyChange.Kind.MERGED)
 *     .date(LocalDate.of(2025, 7, 1))
 *     .addPredecessors(Id.of("party/dong-nai"), Id.of("party/binh-phuoc"))
 *     .addSuccessor(Id.of("party/dong-nai-2025"))
 *     .decision(DocumentReference.of(DocumentNumber.parse("60-NQ/TW"), LocalDate.of(2025, 4, 12)))
 *     .build();
 * }</pre>
 *
 * <p>Rejects predecessors and successors in numbers the kind does not allow, e.g. a merger of one body (rule
 * {@link #ARITY}), a body listed twice or on both sides (rule {@link #REPEATED}) and a blank note (rule
 * {@link #NOTE}). Whether the bodies' dates agree with the change is checked by {@link BodyHistory#validate}.
 */
@Value.Immutable
@ModelStyle
public abstract class BodyChange {
  /** The numbers of predecessors and successors fit the kind. */
  public static final Rule ARITY = Rule.of("body-change.arity",
      "established: no predecessor, one or more successors; dissolved: one or more predecessors, no successor; "
          + "renamed and kind changed: one of each; merged: two or more predecessors, one successor; "
          + "split: one predecessor, two or more successors");

  /** Each body appears once in a change. */
  public static final Rule REPEATED = Rule.of("body-change.repeated",
      "a body appears at most once among the predecessors and successors of a change");

  /** A note is not blank. */
  public static final Rule NOTE = Rule.of("body-change.note",
      "a note has a visible character; leave it out rather than blank");

  /** What happened. */
  public enum Kind implements Coded {
    /** New bodies set up from nothing recorded (<i>thành lập</i>). */
    @Code("established") ESTABLISHED(0, 0, 1, Integer.MAX_VALUE),
    /** A body carried on under a new name (<i>đổi tên</i>), e.g. Ban Kinh tế TW in 2025. */
    @Code("renamed") RENAMED(1, 1, 1, 1),
    /** Two or more bodies became one (<i>hợp nhất</i>, <i>sáp nhập</i>), e.g. 63 provinces into 34. */
    @Code("merged") MERGED(2, Integer.MAX_VALUE, 1, 1),
    /** One body became two or more (<i>chia tách</i>). */
    @Code("split") SPLIT(1, 1, 2, Integer.MAX_VALUE),
    /** Bodies ended without successors (<i>giải thể</i>, <i>kết thúc hoạt động</i>), e.g. Ban Đối ngoại TW. */
    @Code("dissolved") DISSOLVED(1, Integer.MAX_VALUE, 0, 0),
    /** A body became one of another kind, e.g. a grassroots Party organisation turned into a cell. */
    @Code("kind-changed") KIND_CHANGED(1, 1, 1, 1);

    /** A kind of change is written as its code. */
    public static final Rule CODE = Rule.of("body-change-kind.code", "a kind of change is written as one of its codes");

    private final int minPredecessors;
    private final int maxPredecessors;
    private final int minSuccessors;
    private final int maxSuccessors;

    Kind(int minPredecessors, int maxPredecessors, int minSuccessors, int maxSuccessors) {
      this.minPredecessors = minPredecessors;
      this.maxPredecessors = maxPredecessors;
      this.minSuccessors = minSuccessors;
      this.maxSuccessors = maxSuccessors;
    }

    /**
     * The kind of change a code names.
     *
     * @param code the code, e.g. {@code merged}; white space around it is ignored
     * @return the kind of change
     * @throws ParseException if no kind of change has that code (rule {@link #CODE}); the message lists the codes
     */
    public static Kind parse(CharSequence code) {
      return Coded.parse(Kind.class, code, CODE);
    }

    /**
     * Whether this kind of change can have that many predecessors and successors.
     *
     * @param predecessors the number of predecessors
     * @param successors the number of successors
     * @return whether the numbers fit
     */
    public boolean allows(int predecessors, int successors) {
      return predecessors >= minPredecessors && predecessors <= maxPredecessors && successors >= minSuccessors
          && successors <= maxSuccessors;
    }
  }

  BodyChange() {}

  /** {@return what happened} */
  public abstract Kind kind();

  /** {@return the day the change took effect: the first day of the successors; predecessors ended the day before} */
  public abstract LocalDate date();

  /** {@return the ids of the bodies that ended with this change, in the order given} */
  public abstract ImmutableList<Id> predecessors();

  /** {@return the ids of the bodies that began with this change, in the order given} */
  public abstract ImmutableList<Id> successors();

  /** {@return the document that decided the change, or empty when not known} */
  public abstract Optional<DocumentReference> decision();

  /** {@return a remark, e.g. on how certain the date is, or empty} */
  public abstract Optional<String> note();

  /** {@return a new builder, for code that sets the parts one by one} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BodyChange}; {@code build()} normalises and validates. */
  public static final class Builder extends ImmutableBodyChange.Builder {
    Builder() {}
  }

  @Value.Check
  BodyChange normalize() {
    int before = predecessors().size();
    boolean predecessorsFit = before >= kind().minPredecessors && before <= kind().maxPredecessors;
    ARITY.require(kind().allows(before, successors().size()), predecessorsFit ? "successors" : "predecessors",
        "a '%s' change with %d predecessors %s and %d successors %s", kind().code(), predecessors().size(),
        predecessors(), successors().size(), successors());
    Set<Id> seen = new HashSet<>();
    for (int i = 0; i < predecessors().size(); i++) {
      REPEATED.require(seen.add(predecessors().get(i)), "predecessors[" + i + "]", "'%s' is listed twice",
          predecessors().get(i));
    }
    for (int i = 0; i < successors().size(); i++) {
      REPEATED.require(seen.add(successors().get(i)), "successors[" + i + "]", "'%s' is listed twice",
          successors().get(i));
    }
    Optional<String> note = note().map(VietnameseText::normalize);
    NOTE.require(note.map(n -> !n.isEmpty()).orElse(true), "note", "note '%s' is blank", note().orElse(""));
    return note.equals(note()) ? this : ImmutableBodyChange.builder().from(this).note(note).build();
  }

  /** Returns e.g. {@code 2025-07-01 merged [party/dong-nai, party/binh-phuoc] -> [party/dong-nai-2025]}. */
  @Override
  public String toString() {
    return date() + " " + kind().code() + " " + predecessors() + " -> " + successors();
  }
}
