package io.github.cpvmodel.person;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;

/**
 * The role a post plays in its body: head, deputy, secretary, member… The role decides whether one person or
 * several hold the post at once: a commission has one head (<i>trưởng ban</i>) but several deputies; a committee has
 * one secretary (<i>bí thư</i>) and many members (<i>ủy viên</i>).
 *
 * <pre>{@code
 * PostRole.HEAD.isSingleHolder();   // true
 * PostRole.MEMBER.isSingleHolder(); // false
 * }</pre>
 *
 * <p>{@link #parse} rejects a code that names no role (rule {@link #CODE}).
 */
public enum PostRole implements Coded {
  /** The head of a commission or board (<i>trưởng ban</i>, <i>chánh văn phòng</i>). */
  @Code("head") HEAD(LocalizedName.of("Trưởng ban", "Head"), true),
  /** A deputy head (<i>phó trưởng ban</i>). */
  @Code("deputy-head") DEPUTY_HEAD(LocalizedName.of("Phó Trưởng ban", "Deputy head"), false),
  /** The standing deputy head (<i>phó trưởng ban thường trực</i>). */
  @Code("standing-deputy-head")
  STANDING_DEPUTY_HEAD(LocalizedName.of("Phó Trưởng ban Thường trực", "Standing deputy head"), true),
  /** The secretary of a Party committee or cell (<i>bí thư</i>); the General Secretary at the centre. */
  @Code("secretary") SECRETARY(LocalizedName.of("Bí thư", "Secretary"), true),
  /** A deputy secretary (<i>phó bí thư</i>). */
  @Code("deputy-secretary") DEPUTY_SECRETARY(LocalizedName.of("Phó Bí thư", "Deputy secretary"), false),
  /** The standing deputy secretary (<i>phó bí thư thường trực</i>). */
  @Code("standing-deputy-secretary")
  STANDING_DEPUTY_SECRETARY(LocalizedName.of("Phó Bí thư Thường trực", "Standing deputy secretary"), true),
  /** The chair of a council, commission or committee (<i>chủ tịch</i>, <i>chủ nhiệm</i>). */
  @Code("chair") CHAIR(LocalizedName.of("Chủ tịch", "Chair"), true),
  /** A vice-chair (<i>phó chủ tịch</i>, <i>phó chủ nhiệm</i>). */
  @Code("deputy-chair") DEPUTY_CHAIR(LocalizedName.of("Phó Chủ tịch", "Vice-chair"), false),
  /** The permanent member (<i>thường trực</i>), e.g. of the Secretariat. */
  @Code("permanent-member") PERMANENT_MEMBER(LocalizedName.of("Thường trực", "Permanent member"), true),
  /** A full member (<i>ủy viên</i>), e.g. of the Central Committee, the Politburo, a standing board. */
  @Code("member") MEMBER(LocalizedName.of("Ủy viên", "Member"), false),
  /** An alternate member (<i>ủy viên dự khuyết</i>) of a Party committee, e.g. of the Central Committee. */
  @Code("alternate-member") ALTERNATE_MEMBER(LocalizedName.of("Ủy viên dự khuyết", "Alternate member"), false);

  /** A post role is written as its code. */
  public static final Rule CODE = Rule.of("post-role.code", "a post role is written as one of its codes");

  private final LocalizedName label;
  private final boolean singleHolder;

  PostRole(LocalizedName label, boolean singleHolder) {
    this.label = label;
    this.singleHolder = singleHolder;
  }

  /** {@return the generic name of this role, e.g. <i>Trưởng ban</i> / Head} */
  public LocalizedName label() {
    return label;
  }

  /**
   * {@return whether a post of this role has one holder at a time, which a {@link Post} takes as its default: true for
   * heads, secretaries, chairs and standing deputies, false for deputies and members}
   */
  public boolean isSingleHolder() {
    return singleHolder;
  }

  /**
   * The post role a code names.
   *
   * @param code the code, e.g. {@code head}; white space around it is ignored
   * @return the post role
   * @throws ParseException if no post role has that code (rule {@link #CODE}); the message lists the codes
   */
  public static PostRole parse(CharSequence code) {
    return Coded.parse(PostRole.class, code, CODE);
  }
}
