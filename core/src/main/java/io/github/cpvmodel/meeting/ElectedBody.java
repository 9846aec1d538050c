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
 * ElectedBody cc = ElectedBody.of(PartyBodies.CENTRAL_COMMITTEE, 180, 20); // elected by the XIV Congress
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

  /** {@return the id of the body elected} */
  @Value.Parameter
  public abstract Id body();

  /** {@return the number of full members elected, at least 1} */
  @Value.Parameter
  public abstract int members();

  /** {@return the number of alternate members elected, when the record gives it, or empty} */
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

  /** {@return the whole size: full and alternate members} */
  public int size() {
    return members() + alternates().orElse(0);
  }

  @Value.Check
  void check() {
    SIZE.require(members() >= 1, "members", "'%d' members is below 1", members());
    alternates().ifPresent(n -> SIZE.require(n >= 0, "alternates", "'%d' alternates is negative", n));
  }
}
