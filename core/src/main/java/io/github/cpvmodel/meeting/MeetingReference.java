package io.github.cpvmodel.meeting;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A meeting as a direction or an agenda item names it, whether or not the dataset holds it: a congress by its body
 * and ordinal ("<i>Đại hội XIV</i>"), a plenum by its committee, term and ordinal ("<i>Hội nghị Trung ương 8 khóa
 * XIII</i>", the 8th plenum of the Central Committee of term XIII), or a conference of the dataset by its id.
 *
 * <p>A reference to a congress or a plenum may also claim the {@link #meeting() id} of the meeting it means; a
 * {@link io.github.cpvmodel.dataset.Dataset} then checks that the dataset holds that meeting and that it is the one
 * described, and {@link io.github.cpvmodel.dataset.Dataset#findMeeting(MeetingReference)} resolves a reference to the
 * meeting of the dataset it describes.
 *
 * <pre>{@code
 * MeetingReference xiv = MeetingReference.congress(PartyBodies.CENTRAL_COMMITTEE, 14);
 * xiv.matches(NationalCongresses.byOrdinal(14));         // true
 * MeetingReference.plenum(PartyBodies.CENTRAL_COMMITTEE, 13, 8).label().orElseThrow().vi();
 *                                                       // "Hội nghị lần thứ 8 khóa XIII"
 * }</pre>
 *
 * <p>Rejects a reference that lacks what its kind is known by or carries what it is not (rule {@link #SHAPE}) and
 * an ordinal or term below 1 (rule {@link #ORDINAL}).
 */
@Value.Immutable
@ModelStyle
public abstract class MeetingReference {
  /** A reference carries what its kind of meeting is known by. */
  public static final Rule SHAPE = Rule.of("meeting-reference.shape",
      "a reference to a congress names its body and ordinal (no term), to a plenum its committee, term and "
          + "ordinal, to a conference the conference's id (no ordinal, no term)");

  /** Ordinals and terms are numbered from 1. */
  public static final Rule ORDINAL = Rule.of("meeting-reference.ordinal",
      "the ordinal and the term a reference names are numbered from 1");

  /** The kind of meeting a reference names. */
  public enum Kind implements Coded {
    /** A {@link Congress}, known by its body and ordinal. */
    @Code("congress") CONGRESS,
    /** A {@link Plenum}, known by its committee, term and ordinal. */
    @Code("plenum") PLENUM,
    /** A {@link Conference}, known by its id. */
    @Code("conference") CONFERENCE;

    /** A kind of meeting reference is written as one of its codes. */
    public static final Rule CODE = Rule.of("meeting-reference-kind.code",
        "a kind of meeting reference is written as one of its codes");

    /**
     * The kind with a code.
     *
     * @param code the code, e.g. {@code plenum}; white space around it is ignored
     * @return the kind
     * @throws ParseException if no kind has that code (rule {@link #CODE})
     */
    public static Kind parse(CharSequence code) {
      return Coded.parse(Kind.class, code, CODE);
    }
  }

  MeetingReference() {}

  /** {@return the kind of meeting named} */
  public abstract Kind kind();

  /** {@return the id of the body holding the meeting (the committee of a plenum), or empty} */
  public abstract Optional<Id> body();

  /** {@return the ordinal of the congress, or of the plenum within its term, or empty} */
  public abstract OptionalInt ordinal();

  /** {@return the number of the term of a plenum, or empty} */
  public abstract OptionalInt term();

  /** {@return the id of the meeting the reference claims to name, or empty} */
  public abstract Optional<Id> meeting();

  /**
   * A congress: "<i>Đại hội XIV</i>" is {@code congress(PartyBodies.CENTRAL_COMMITTEE, 14)}.
   *
   * @param body the body holding the congress
   * @param ordinal its ordinal, at least 1
   * @return the reference
   * @throws ValidationException if {@code ordinal} is below 1 (rule {@link #ORDINAL})
   */
  public static MeetingReference congress(Id body, int ordinal) {
    return builder().kind(Kind.CONGRESS).body(body).ordinal(ordinal).build();
  }

  /**
   * A plenum: "<i>Hội nghị Trung ương 8 khóa XIII</i>" is {@code plenum(PartyBodies.CENTRAL_COMMITTEE, 13, 8)}.
   *
   * @param body the committee meeting in plenum
   * @param term the number of its term, at least 1
   * @param ordinal the number of the plenum within the term, at least 1
   * @return the reference
   * @throws ValidationException if {@code term} or {@code ordinal} is below 1 (rule {@link #ORDINAL})
   */
  public static MeetingReference plenum(Id body, int term, int ordinal) {
    return builder().kind(Kind.PLENUM).body(body).term(term).ordinal(ordinal).build();
  }

  /**
   * A conference of the dataset.
   *
   * @param meeting the id of the conference
   * @return the reference
   */
  public static MeetingReference conference(Id meeting) {
    return builder().kind(Kind.CONFERENCE).meeting(meeting).build();
  }

  /**
   * A reference to a meeting of the dataset: its kind, body, ordinal and term, and its id.
   *
   * @param meeting the meeting
   * @return the reference that {@linkplain #matches(Meeting) matches} it and claims its id
   */
  public static MeetingReference to(Meeting meeting) {
    Builder reference = builder().meeting(meeting.id());
    if (meeting instanceof Congress) {
      Congress congress = (Congress) meeting;
      reference.kind(Kind.CONGRESS).body(congress.body()).ordinal(congress.ordinal());
    } else if (meeting instanceof Plenum) {
      Plenum plenum = (Plenum) meeting;
      reference.kind(Kind.PLENUM).body(plenum.body()).term(plenum.term()).ordinal(plenum.ordinal());
    } else {
      reference.kind(Kind.CONFERENCE).body(((Conference) meeting).organiser());
    }
    return reference.build();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeetingReference}; {@code build()} validates. */
  public static final class Builder extends ImmutableMeetingReference.Builder {
    Builder() {}
  }

  /**
   * Whether a meeting is the one this reference describes: of its kind, held by its body (organised by it, for a
   * conference), with its ordinal and term, and with the claimed id if the reference claims one.
   *
   * @param meeting the meeting
   * @return whether it matches
   */
  public boolean matches(Meeting meeting) {
    if (meeting().isPresent() && !meeting().get().equals(meeting.id())) {
      return false;
    }
    switch (kind()) {
      case CONGRESS:
        return meeting instanceof Congress && body().get().equals(((Congress) meeting).body())
            && ordinal().getAsInt() == ((Congress) meeting).ordinal();
      case PLENUM:
        return meeting instanceof Plenum && body().get().equals(((Plenum) meeting).body())
            && term().getAsInt() == ((Plenum) meeting).term() && ordinal().getAsInt() == ((Plenum) meeting).ordinal();
      default:
        return meeting instanceof Conference
            && body().map(b -> b.equals(((Conference) meeting).organiser())).orElse(true);
    }
  }

  /**
   * The meeting in words, without its body's name, as {@link Congress#label()} and {@link Plenum#label()} write it:
   * "Đại hội lần thứ XIV", "Hội nghị lần thứ 8 khóa XIII".
   *
   * @return the label of a congress or a plenum; empty for a conference, known by its id
   */
  public Optional<LocalizedName> label() {
    switch (kind()) {
      case CONGRESS:
        return Optional.of(Congress.label(ordinal().getAsInt()));
      case PLENUM:
        return Optional.of(Plenum.label(term().getAsInt(), ordinal().getAsInt()));
      default:
        return Optional.empty();
    }
  }

  @Value.Check
  void check() {
    boolean congress = kind() == Kind.CONGRESS;
    boolean plenum = kind() == Kind.PLENUM;
    String kind = kind().code();
    SHAPE.require(congress || plenum || meeting().isPresent(), "meeting", "a %s reference names no meeting id", kind);
    SHAPE.require(!(congress || plenum) || body().isPresent(), "body", "a %s reference names no body", kind);
    SHAPE.require((congress || plenum) == ordinal().isPresent(), "ordinal", "a %s reference %s an ordinal", kind,
        ordinal().isPresent() ? "names" : "lacks");
    SHAPE.require(plenum == term().isPresent(), "term", "a %s reference %s a term", kind,
        term().isPresent() ? "names" : "lacks");
    ordinal().ifPresent(n -> ORDINAL.require(n >= 1, "ordinal", "ordinal '%d' is below 1", n));
    term().ifPresent(n -> ORDINAL.require(n >= 1, "term", "term '%d' is below 1", n));
  }
}
