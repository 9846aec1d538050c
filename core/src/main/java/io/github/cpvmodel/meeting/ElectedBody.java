package io.github.cpvmodel.meeting;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A body a congress elects, with its size: the Central Committee of term XIV has 180 members and 20 alternate
 * members (<i>Ủy viên dự khuyết</i>).
 *
 * <pre>{@code
 * ElectedBody cc = ElectedBody.of(Id.of("cc"), 180, 20);
 * cc.size(); // 200
 * }</pre>
 *
 * <p>Rejects fewer than one member or a negative number of alternates (rule {@link #SIZE}).
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract class ElectedBody {
  /** An elected body has members. */
  public static final Rule SIZE = Rule.of("elected-body.size",
      "an elected body has at least 1 full member and no negative number of alternates");

  ElectedBody() {}

  /**
   * The body elected.
   *
   * @return the id of the body
   */
  @Value.Parameter
  public abstract Id body();

  /**
   * The number of full members elected.
   *
   * @return the number, at least 1
   */
  @Value.Parameter
  public abstract int members();

  /**
   * The number of alternate members elected, when the record gives it.
   *
   * @return the number, or empty
   */
  @Value.Parameter
  public abstract OptionalInt alternates();

  /**
   * A body of {@code members} full members.
   *
   * @param body the body elected
   * @param members the number of full members
   * @return the elected body
   * @throws ValidationException if {@code members} is below 1 (rule {@link #SIZE})
   */
  public static ElectedBody of(Id body, int members) {
    return ImmutableElectedBody.of(body, members, OptionalInt.empty());
  }

  /**
   * A body of {@code members} full members and {@code alternates} alternate members.
   *
   * @param body the body elected
   * @param members the number of full members
   * @param alternates the number of alternate members
   * @return the elected body
   * @throws ValidationException if {@code members} is below 1 or {@code alternates} is negative (rule
   *     {@link #SIZE})
   */
  public static ElectedBody of(Id body, int members, int alternates) {
    return ImmutableElectedBody.of(body, members, OptionalInt.of(alternates));
  }

  /**
   * The whole size: full and alternate members.
   *
   * @return the size
   */
  public int size() {
    return members() + alternates().orElse(0);
  }

  @Value.Check
  void check() {
    SIZE.require(members() >= 1, "members", "'%d' members is below 1", members());
    alternates().ifPresent(n -> SIZE.require(n >= 0, "alternates", "'%d' alternates is negative", n));
  }
}
