package io.github.cpvmodel.meeting;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.person.TenureBasis;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A body that came out of a congress, with its size and how it came about: the Central Committee of term XIV,
 * elected with 180 members and 20 alternate members (<i>Ủy viên dự khuyết</i>); or a provincial committee or its
 * standing board (<i>Ban Thường vụ</i>) appointed (<i>chỉ định</i>) by a decision of the Politburo, as for the
 * provinces merged in 2025, whose congresses met with committees appointed beforehand. Like a {@link Leader}, an
 * appointed body names the deciding document, which may be a reference without a number (<i>quyết định của Bộ
 * Chính trị</i> with its date), as the press reports it.
 *
 * <pre>{@code
 * ElectedBody cc = ElectedBody.of(PartyBodies.CENTRAL_COMMITTEE, 180, 20); // elected by the XIV Congress
 * cc.size();  // 200
 * cc.basis(); // ELECTED
 * ElectedBody board = ElectedBody.appointed(Id.of("party/dong-nai/standing-board"), 17,
 *     DocumentReference.parse("Quyết định của Bộ Chính trị tháng 6/2025"));
 * board.decision(); // the decision, known by issuer and month only
 * }</pre>
 *
 * <p>Rejects fewer than one member or a negative number of alternates (rule {@link #SIZE}), a basis other than
 * elected or appointed (rule {@link #BASIS}) and an appointment without its deciding document (rule
 * {@link #DECISION}).
 */
@Value.Immutable
@ModelStyle
public abstract class ElectedBody {
  /** An elected body has members. */
  public static final Rule SIZE = Rule.of("elected-body.size",
      "an elected body has at least 1 full member and no negative number of alternates");

  /** A body comes out of a congress elected or appointed. */
  public static final Rule BASIS = Rule.of("elected-body.basis",
      "a body came out of a congress elected or appointed (basis 'elected' or 'appointed')");

  /** An appointed body names its decision. */
  public static final Rule DECISION = Rule.of("elected-body.decision",
      "an appointed body names the decision (quyết định chỉ định) that appointed it");

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

  /** {@return how the body came about: {@link TenureBasis#ELECTED} unless appointed} */
  @Value.Default
  public TenureBasis basis() {
    return TenureBasis.ELECTED;
  }

  /** {@return the document that appointed the body, or approved its election; present when appointed} */
  public abstract Optional<DocumentReference> decision();

  /**
   * A body of {@code members} full members appointed by a decision.
   *
   * @param body the body appointed
   * @param members the number of full members
   * @param decision the deciding document, e.g. "Quyết định của Bộ Chính trị ngày 30/6/2025"
   * @return the appointed body
   * @throws ValidationException if {@code members} is below 1 (rule {@link #SIZE})
   */
  public static ElectedBody appointed(Id body, int members, DocumentReference decision) {
    return builder().body(body).members(members).basis(TenureBasis.APPOINTED)
        .decision(decision).build();
  }

  /** {@return a builder, for a body whose basis and decision are set one by one} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ElectedBody}; {@code build()} validates. */
  public static final class Builder extends ImmutableElectedBody.Builder {
    Builder() {}
  }

  /** {@return the whole size: full and alternate members} */
  public int size() {
    return members() + alternates().orElse(0);
  }

  @Value.Check
  void check() {
    SIZE.require(members() >= 1, "members", "'%d' members is below 1", members());
    alternates().ifPresent(n -> SIZE.require(n >= 0, "alternates", "'%d' alternates is negative", n));
    BASIS.require(basis() == TenureBasis.ELECTED || basis() == TenureBasis.APPOINTED, "basis",
        "basis '%s' of '%s' is neither elected nor appointed", basis().code(), body());
    DECISION.require(basis() != TenureBasis.APPOINTED || decision().isPresent(), "decision",
        "'%s' was appointed but names no decision", body());
  }
}
