package io.github.cpvmodel.meeting;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;

/**
 * The part a person plays at a conference or at one of its bridge points.
 *
 * <pre>{@code
 * ParticipantRole.parse("co-chair").label().vi(); // "đồng chủ trì"
 * }</pre>
 */
public enum ParticipantRole implements Coded {
  /** Chairs the conference (<i>chủ trì</i>); a conference has at most one chair. */
  @Code("chair") CHAIR("chủ trì", "chair"),
  /** Chairs jointly, at the conference or at one bridge point (<i>đồng chủ trì</i>). */
  @Code("co-chair") CO_CHAIR("đồng chủ trì", "co-chair"),
  /** Presents a report (<i>trình bày báo cáo</i>). */
  @Code("rapporteur") RAPPORTEUR("trình bày báo cáo", "rapporteur"),
  /** Attends (<i>dự</i>). */
  @Code("attendee") ATTENDEE("dự", "attendee");

  /** The code is one of the codes of this enum. */
  public static final Rule CODE = Rule.of("participant-role.code", "a participant role is written as one of its codes");

  private final LocalizedName label;

  ParticipantRole(String vi, String en) {
    this.label = LocalizedName.of(vi, en);
  }

  /** {@return the name of this role, e.g. "đồng chủ trì" / "co-chair"} */
  public LocalizedName label() {
    return label;
  }

  /**
   * The role with a code, ignoring surrounding white space.
   *
   * @param code the code, e.g. {@code co-chair}
   * @return the role
   * @throws ParseException if no role has that code (rule {@link #CODE}); the message lists the valid codes
   */
  public static ParticipantRole parse(CharSequence code) {
    return Coded.parse(ParticipantRole.class, code, CODE);
  }
}
