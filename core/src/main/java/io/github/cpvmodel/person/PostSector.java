package io.github.cpvmodel.person;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;

/**
 * The system a post belongs to. Party officials often hold State posts at the same time (the Provincial Party
 * Secretary chairs the provincial People's Council), and those posts sit in State organs, which are not Party
 * bodies: a post says which system its organ belongs to, and only {@link #PARTY} posts are checked against the
 * {@linkplain io.github.cpvmodel.body.BodyHierarchy Party bodies}.
 *
 * <pre>{@code
 * PostSector.STATE.code(); // "state"
 * }</pre>
 */
public enum PostSector implements Coded {
  /** A seat in a Party body: the Politburo, a provincial committee, a commission. */
  @Code("party") PARTY,
  /**
   * A seat in a State organ: the National Assembly, a People's Council (<i>Hội đồng nhân dân</i>), a People's
   * Committee (<i>Ủy ban nhân dân</i>), a ministry.
   */
  @Code("state") STATE,
  /** A seat in the Fatherland Front (<i>Mặt trận Tổ quốc</i>) or a mass organisation. */
  @Code("front") FRONT;

  /** A post sector is written as its code. */
  public static final Rule CODE = Rule.of("post-sector.code", "a post sector is written as one of its codes");

  /**
   * The post sector a code names.
   *
   * @param code the code, e.g. {@code state}; white space around it is ignored
   * @return the post sector
   * @throws ParseException if no post sector has that code (rule {@link #CODE}); the message lists the codes
   */
  public static PostSector parse(CharSequence code) {
    return Coded.parse(PostSector.class, code, CODE);
  }
}
