package io.github.cpvmodel.person;

import io.github.cpvmodel.Coded;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;

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
  PARTY("party"),
  /**
   * A seat in a State organ: the National Assembly, a People's Council (<i>Hội đồng nhân dân</i>), a People's
   * Committee (<i>Ủy ban nhân dân</i>), a ministry.
   */
  STATE("state"),
  /** A seat in the Fatherland Front (<i>Mặt trận Tổ quốc</i>) or a mass organisation. */
  FRONT("front");

  /** A post sector is written as its code. */
  public static final Rule CODE = Rule.of("post-sector.code", "a post sector is written as one of its codes");

  private final String code;

  PostSector(String code) {
    this.code = code;
  }

  /** {@return the stable code used in text and on the wire, e.g. {@code party}} */
  @Override
  public String code() {
    return code;
  }

  /**
   * The post sector a code names.
   *
   * @param code the code, e.g. {@code state}; white space around it is ignored
   * @return the post sector
   * @throws ValidationException if no post sector has that code (rule {@link #CODE}); the message lists the
   *     codes
   */
  public static PostSector parse(CharSequence code) {
    return Coded.parse(PostSector.class, code, CODE);
  }
}
