package io.github.cpvmodel.body;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;

/**
 * What sort of Party body something is: the Central Committee, an advisory commission of a Party committee, a
 * provincial Party organisation, a cell… The kind says what a body does; its {@link BodyLevel level} says where in
 * the territorial hierarchy it works, so "the Organisation Commission of the Đồng Nai Provincial Party Committee"
 * is an {@link #ADVISORY_COMMISSION} at the {@link BodyLevel#PROVINCIAL provincial} level.
 *
 * <pre>{@code
 * BodyKind.parse("standing-board"); // STANDING_BOARD
 * BodyKind.ADVISORY_COMMISSION.label().vi(); // "Ban tham mưu, giúp việc"
 * }</pre>
 *
 * <p>{@link #parse} rejects a code that names no kind (rule {@link #CODE}).
 */
public enum BodyKind implements Coded {
  /** The Party Central Committee (<i>Ban Chấp hành Trung ương</i>), elected by the National Congress. */
  @Code("central-committee") CENTRAL_COMMITTEE(LocalizedName.of("Ban Chấp hành Trung ương", "Central Committee")),
  /** The Politburo (<i>Bộ Chính trị</i>), elected by the Central Committee. */
  @Code("politburo") POLITBURO(LocalizedName.of("Bộ Chính trị", "Politburo")),
  /** The Secretariat (<i>Ban Bí thư</i>) of the Central Committee. */
  @Code("secretariat") SECRETARIAT(LocalizedName.of("Ban Bí thư", "Secretariat")),
  /**
   * An inspection commission (<i>ủy ban kiểm tra</i>) elected by a Party committee: at the centre the Central
   * Inspection Commission; not an advisory commission.
   */
  @Code("inspection-commission") INSPECTION_COMMISSION(LocalizedName.of("Ủy ban kiểm tra", "Inspection commission")),
  /**
   * An advisory and support commission of a Party committee (<i>ban tham mưu, giúp việc</i>): the Organisation
   * Commission (<i>Ban Tổ chức</i>), the Commission for Information and Education (<i>Ban Tuyên giáo</i>)…
   */
  @Code("advisory-commission") ADVISORY_COMMISSION(LocalizedName.of("Ban tham mưu, giúp việc", "Advisory commission")),
  /** The office of a Party committee (<i>Văn phòng</i>), e.g. the Office of the Central Committee. */
  @Code("office") OFFICE(LocalizedName.of("Văn phòng", "Office")),
  /**
   * A Party organisation (<i>đảng bộ</i>): the members of a territory or an agency, e.g. <i>Đảng bộ tỉnh Đồng
   * Nai</i>. Its leading body is its {@link #PARTY_COMMITTEE Party committee}.
   */
  @Code("party-organisation") PARTY_ORGANISATION(LocalizedName.of("Đảng bộ", "Party organisation")),
  /**
   * The executive committee a Party organisation's congress elects (<i>cấp ủy</i>): <i>Tỉnh ủy</i>,
   * <i>Thành ủy</i>, <i>Huyện ủy</i>, <i>Đảng ủy</i>, <i>Chi ủy</i>.
   */
  @Code("party-committee") PARTY_COMMITTEE(LocalizedName.of("Cấp ủy", "Party committee")),
  /** The standing board of a Party committee below the centre (<i>Ban Thường vụ</i>). */
  @Code("standing-board") STANDING_BOARD(LocalizedName.of("Ban Thường vụ", "Standing board")),
  /** A Party cell (<i>chi bộ</i>), the basic unit; at least three full members. */
  @Code("cell") CELL(LocalizedName.of("Chi bộ", "Party cell")),
  /**
   * A Party delegation or civil-affairs board (<i>đảng đoàn</i>, <i>ban cán sự đảng</i>) in a State body or mass
   * organisation; ended at central and provincial level in 2025.
   */
  @Code("party-delegation") PARTY_DELEGATION(LocalizedName.of("Đảng đoàn, ban cán sự đảng", "Party delegation")),
  /** A steering committee (<i>ban chỉ đạo</i>) set up for a task, e.g. the preparation of congresses. */
  @Code("steering-committee") STEERING_COMMITTEE(LocalizedName.of("Ban chỉ đạo", "Steering committee")),
  /** A subcommittee (<i>tiểu ban</i>) of a congress or a steering committee, e.g. the personnel subcommittee. */
  @Code("subcommittee") SUBCOMMITTEE(LocalizedName.of("Tiểu ban", "Subcommittee"));

  /** A body kind is written as its code. */
  public static final Rule CODE = Rule.of("body-kind.code", "a body kind is written as one of its codes");

  private final LocalizedName label;

  BodyKind(LocalizedName label) {
    this.label = label;
  }

  /** {@return the generic name of this kind, e.g. <i>Ban Thường vụ</i> / Standing board} */
  public LocalizedName label() {
    return label;
  }

  /**
   * The body kind a code names.
   *
   * @param code the code, e.g. {@code standing-board}; white space around it is ignored
   * @return the body kind
   * @throws ParseException if no body kind has that code (rule {@link #CODE}); the message lists the codes
   */
  public static BodyKind parse(CharSequence code) {
    return Coded.parse(BodyKind.class, code, CODE);
  }
}
