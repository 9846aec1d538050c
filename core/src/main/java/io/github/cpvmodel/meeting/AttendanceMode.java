package io.github.cpvmodel.meeting;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;

/**
 * How people attend a conference: in one room (<i>trực tiếp</i>), through linked sites (<i>trực tuyến</i>,
 * each site a {@link BridgePoint}) or both.
 *
 * <pre>{@code
 * AttendanceMode.parse("online").label().vi(); // "trực tuyến"
 * }</pre>
 */
public enum AttendanceMode implements Coded {
  /** Everyone in one place (<i>trực tiếp</i>). */
  @Code("in-person") IN_PERSON("trực tiếp", "in person"),
  /** Sites linked by video (<i>trực tuyến</i>), each a bridge point. */
  @Code("online") ONLINE("trực tuyến", "online"),
  /** In person at the main site and online from others (<i>trực tiếp kết hợp trực tuyến</i>). */
  @Code("hybrid") HYBRID("trực tiếp kết hợp trực tuyến", "hybrid");

  /** The code is one of the codes of this enum. */
  public static final Rule CODE = Rule.of("attendance-mode.code", "an attendance mode is written as one of its codes");

  private final LocalizedName label;

  AttendanceMode(String vi, String en) {
    this.label = LocalizedName.of(vi, en);
  }

  /** {@return the name of this mode, e.g. "trực tuyến" / "online"} */
  public LocalizedName label() {
    return label;
  }

  /**
   * Whether people take part from linked sites, so that the conference has bridge points.
   *
   * @return true for {@link #ONLINE} and {@link #HYBRID}
   */
  public boolean hasBridgePoints() {
    return this != IN_PERSON;
  }

  /**
   * The mode with a code, ignoring surrounding white space.
   *
   * @param code the code, e.g. {@code online}
   * @return the mode
   * @throws ParseException if no mode has that code (rule {@link #CODE}); the message lists the valid codes
   */
  public static AttendanceMode parse(CharSequence code) {
    return Coded.parse(AttendanceMode.class, code, CODE);
  }
}
