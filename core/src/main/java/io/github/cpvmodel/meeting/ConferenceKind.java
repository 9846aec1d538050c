package io.github.cpvmodel.meeting;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;

/**
 * What a conference (<i>hội nghị</i>) is for. The kind is what the Vietnamese title names: <i>Hội nghị giao
 * ban</i> is a {@link #BRIEFING}, <i>Hội nghị quán triệt</i> a {@link #DISSEMINATION}.
 *
 * <p>Each kind has a stable {@link #code()} for the wire format ({@code briefing}) and a {@link #label()}.
 *
 * <pre>{@code
 * ConferenceKind.parse("briefing").label().vi(); // "hội nghị giao ban"
 * }</pre>
 */
public enum ConferenceKind implements Coded {
  /** A periodic briefing (<i>giao ban</i>) at which a body reviews work with those below it. */
  @Code("briefing") BRIEFING("hội nghị giao ban", "briefing"),
  /** A conference that disseminates (<i>quán triệt</i>) a document to those who must carry it out. */
  @Code("dissemination") DISSEMINATION("hội nghị quán triệt", "dissemination conference"),
  /** A final review (<i>tổng kết</i>) of a document, a programme or a period. */
  @Code("review") REVIEW("hội nghị tổng kết", "review conference"),
  /** An interim review (<i>sơ kết</i>), held part-way through. */
  @Code("interim-review") INTERIM_REVIEW("hội nghị sơ kết", "interim review conference"),
  /** A working session (<i>buổi làm việc</i>) of a body with another body or a locality. */
  @Code("working-session") WORKING_SESSION("buổi làm việc", "working session"),
  /** A plenum of a Party committee (<i>hội nghị Ban Chấp hành</i>) recorded as a conference. */
  @Code("plenum") PLENUM("hội nghị Ban Chấp hành", "plenum"),
  /** Any other conference. */
  @Code("other") OTHER("hội nghị", "conference");

  /** The code is one of the codes of this enum. */
  public static final Rule CODE = Rule.of("conference-kind.code", "a conference kind is written as one of its codes");

  private final LocalizedName label;

  ConferenceKind(String vi, String en) {
    this.label = LocalizedName.of(vi, en);
  }

  /** {@return the name of this kind, e.g. "hội nghị giao ban" / "briefing"} */
  public LocalizedName label() {
    return label;
  }

  /**
   * The kind with a code, ignoring surrounding white space.
   *
   * @param code the code, e.g. {@code briefing}
   * @return the kind
   * @throws ParseException if no kind has that code (rule {@link #CODE}); the message lists the valid codes
   */
  public static ConferenceKind parse(CharSequence code) {
    return Coded.parse(ConferenceKind.class, code, CODE);
  }
}
