package io.github.cpvmodel.meeting;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A site of an online conference (<i>điểm cầu</i>): the central one, where the chair sits, or a local one, tied to
 * a body or a province, with its own co-chairs and, where the record gives it, the number of people attending.
 * "<i>Đồng chủ trì hội nghị tại điểm cầu Đồng Nai, có các đồng chí: Nguyễn Phú Cường, …; Phạm Văn Ru, …</i>" is the
 * local bridge point of the province of Đồng Nai with two co-chairs.
 *
 * <p>How many bridge points a conference has is data, not an assumption: a briefing "with 63 provinces" has as
 * many bridge points as the record lists.
 *
 * <pre>{@code
 * BridgePoint dongNai = BridgePoint.builder()
 *     .province(Id.of("province/dong-nai"))
 *     .addParticipant(Participant.of(Id.of("person/nguyen-phu-cuong"), ParticipantRole.CO_CHAIR,
 *         ImmutableList.of(Id.of("party/dong-nai/committee/secretary"))))
 *     .build();
 * }</pre>
 *
 * <p>Rejects a bridge point tied to neither a body nor a province (rule {@link #SITE}), a chair among its
 * participants (the chair chairs the whole conference; rule {@link #ROLE}), an attendance below one (rule
 * {@link #ATTENDANCE}) and a person listed twice (rule {@link Meeting#DUPLICATE}).
 */
@Value.Immutable
@ModelStyle
public abstract class BridgePoint {
  /** A bridge point is tied to a body or a province. */
  public static final Rule SITE = Rule.of("bridge-point.site",
      "a bridge point is tied to a body, a province or both");

  /** Nobody chairs the whole conference from a bridge point's list. */
  public static final Rule ROLE = Rule.of("bridge-point.role",
      "a bridge point's participants are co-chairs, rapporteurs or attendees; the conference's chair is one of "
          + "the conference's participants");

  /** An attendance count is positive. */
  public static final Rule ATTENDANCE = Rule.of("bridge-point.attendance",
      "an attendance count is at least 1 (leave it out when the record does not give it)");

  BridgePoint() {}

  /**
   * Whether this is the central bridge point (<i>điểm cầu Trung ương</i>), where the conference is chaired.
   *
   * @return true for the central bridge point
   */
  @Value.Default
  public boolean central() {
    return false;
  }

  /** {@return the id of the body hosting this bridge point, such as a provincial Party committee, or empty} */
  public abstract Optional<Id> body();

  /**
   * The province of this bridge point; a {@link io.github.cpvmodel.dataset.Dataset} checks that it existed on the day.
   *
   * @return the id of the province, or empty
   */
  public abstract Optional<Id> province();

  /** {@return the name of the site, when it is more than the name of its body or province, or empty} */
  public abstract Optional<LocalizedName> name();

  /** {@return the people named at this bridge point with their roles and posts, in the order named} */
  public abstract ImmutableList<Participant> participants();

  /** {@return how many people attended at this bridge point, when the record says, at least 1, or empty} */
  public abstract OptionalInt attendance();

  /**
   * The co-chairs of this bridge point (<i>đồng chủ trì tại điểm cầu</i>).
   *
   * @return the participants whose role is {@link ParticipantRole#CO_CHAIR}, in the order named
   */
  public ImmutableList<Participant> coChairs() {
    return participants().stream().filter(p -> p.role() == ParticipantRole.CO_CHAIR)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The site this bridge point is tied to: its province if it has one, else its body.
   *
   * @return the id of the province or the body
   */
  public Id site() {
    return province().or(this::body).orElseThrow();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BridgePoint}; {@code build()} validates. */
  public static final class Builder extends ImmutableBridgePoint.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    SITE.require(body().isPresent() || province().isPresent(), "province", "the bridge point%s has no body and no "
        + "province", name().map(n -> " '" + n.vi() + "'").orElse(""));
    for (int i = 0; i < participants().size(); i++) {
      Participant p = participants().get(i);
      ROLE.require(p.role() != ParticipantRole.CHAIR, "participants[" + i + "].role",
          "'%s' is the chair at a bridge point", p.person());
    }
    Checks.requireDistinct(participants().stream().map(Participant::person)
        .collect(ImmutableList.toImmutableList()), "participants");
    attendance().ifPresent(n -> ATTENDANCE.require(n >= 1, "attendance", "attendance '%d' is below 1", n));
  }
}
