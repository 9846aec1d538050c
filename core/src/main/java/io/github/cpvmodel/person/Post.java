package io.github.cpvmodel.person;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import org.immutables.value.Value;

/**
 * A post (<i>chức vụ</i>): a seat in a body, such as the Head of the Central Organisation Commission
 * (<i>Trưởng ban Tổ chức Trung ương</i>), a member of the Politburo, a Secretary of the Central Committee (a
 * member of the Secretariat, <i>Bí thư Trung ương Đảng</i>), the Secretary of the Đồng Nai Provincial Party Committee
 * (<i>Bí thư Tỉnh ủy</i>), or — in the State system — the Chairman of the provincial People's Council.
 *
 * <p>A post names its organ by id and says which {@link PostSector system} that organ belongs to, so a State post
 * never pretends its organ is a Party body. A post knows whether one person holds it at a time ({@link
 * #isSingleHolder()}, by default from its {@link PostRole role}), which lets a {@link Personnel} reject overlapping
 * tenures of a single seat. One post stands for all its holders over time: "member of the Politburo" is one post
 * with many tenures.
 *
 * <pre>{@code
 * Post head = Post.of(Id.of("cc/organisation-commission/head"), PartyBodies.ORGANISATION_COMMISSION,
 *     PostSector.PARTY, PostRole.HEAD,
 *     LocalizedName.of("Trưởng ban Tổ chức Trung ương", "Head of the Central Organisation Commission"));
 * }</pre>
 *
 * <p>Rejects nothing beyond its parts; whether the organ exists when the post is held is checked by
 * {@link Personnel#validate}.
 */
@Value.Immutable
@ModelStyle
public abstract class Post {
  Post() {}

  /** {@return the stable id, e.g. {@code cc/organisation-commission/head}} */
  @Value.Parameter
  public abstract Id id();

  /**
   * {@return the id of the body or organ the seat is in, e.g. {@code cc/organisation-commission} or {@code
   * state/dong-nai/peoples-council}}
   */
  @Value.Parameter
  public abstract Id organ();

  /** {@return the system of the organ} */
  @Value.Parameter
  public abstract PostSector sector();

  /** {@return the role of the seat in its organ} */
  @Value.Parameter
  public abstract PostRole role();

  /** {@return the title as it is written, e.g. <i>Bí thư Trung ương Đảng</i> for a member of the Secretariat} */
  @Value.Parameter
  public abstract LocalizedName title();

  /** {@return whether one person holds the post at a time; by default {@link PostRole#isSingleHolder()} of the role} */
  @Value.Default
  public boolean isSingleHolder() {
    return role().isSingleHolder();
  }

  /**
   * A post whose number of holders follows from its role.
   *
   * @param id the id
   * @param organ the body or organ
   * @param sector the system of the organ
   * @param role the role
   * @param title the title
   * @return the post
   */
  public static Post of(Id id, Id organ, PostSector sector, PostRole role, LocalizedName title) {
    return ImmutablePost.of(id, organ, sector, role, title);
  }

  /** {@return a new builder, for code that sets the parts one by one (e.g. a single-holder member seat)} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Post}. */
  public static final class Builder extends ImmutablePost.Builder {
    Builder() {}
  }

  /**
   * This post under another title, the role and organ unchanged.
   *
   * @param title the title
   * @return the copy
   */
  public abstract Post withTitle(LocalizedName title);

  /** Returns the id and the Vietnamese title, e.g. {@code cc/politburo/member (Ủy viên Bộ Chính trị)}. */
  @Override
  public String toString() {
    return id() + " (" + title().vi() + ")";
  }
}
