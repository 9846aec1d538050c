package io.github.cpvmodel.meeting;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A leader who came out of a {@link Congress congress}: a person and the post he or she took, and how. A provincial
 * congress elects the Party committee, whose first plenum elects the secretary and deputy secretaries (<i>bầu Bí
 * thư, Phó Bí thư</i>); or the Politburo appoints (<i>chỉ định</i>) the secretary by a decision; or a body assigns
 * one of its members (<i>phân công</i>), as the Politburo assigns some of its members to the Secretariat after the
 * National Congress.
 *
 * <pre>{@code
 * // after the XIV Congress the Politburo assigned members to the Secretariat by decision 05-QĐNS/TW of 30/1/2026
 * Leader assigned = Leader.of(Id.of("person/secretariat-member"), Id.of("cc/secretariat/member"),
 *     TenureBasis.ASSIGNED, DocumentReference.parse("Quyết định 05-QĐNS/TW"));
 * assigned.toTenure(Validity.startingOn(LocalDate.of(2026, 1, 30))); // the tenure the assignment began
 * // the press often reports an appointment without the decision's number: Bộ Chính trị chỉ định …
 * Leader appointed = Leader.of(Id.of("person/provincial-secretary"), Id.of("party/dong-nai/committee/secretary"),
 *     TenureBasis.APPOINTED, DocumentReference.parse("Quyết định của Bộ Chính trị ngày 30/6/2025"));
 * }</pre>
 *
 * <p>The person and the post are referred to by {@link Id}; a {@link io.github.cpvmodel.dataset.Dataset} checks that they
 * exist and that a {@link Tenure} of the person in the post, on the same basis, begins on or after the congress
 * opened.
 *
 * <p>Rejects a basis that is not an outcome — {@link TenureBasis#UNKNOWN} (rule {@link #BASIS}) — and an
 * appointment without its deciding document (rule {@link #DECISION}).
 */
@Value.Immutable
@ModelStyle
public abstract class Leader {
  /**
   * A congress's leaders are elected, appointed or assigned. A record that does not say which is not a record of
   * what the congress decided: keep it as a {@link Tenure} of basis {@link TenureBasis#UNKNOWN} instead.
   */
  public static final Rule BASIS = Rule.of("leader.basis",
      "a leader came out of a congress elected, appointed or assigned (basis 'elected', 'appointed' or "
          + "'assigned'), not 'unknown'");

  /**
   * An appointment names its decision. An election is recorded by the congress or plenum that held it, but an
   * appointment (<i>chỉ định</i>) exists only as the higher body's decision; without it the record cannot be told
   * apart from hearsay. An elected or assigned leader may name a decision (the approval of an election) or not.
   */
  public static final Rule DECISION = Rule.of("leader.decision",
      "an appointed leader names the decision (quyết định chỉ định) that appointed him or her");

  private static final Set<TenureBasis> OUTCOMES =
      EnumSet.of(TenureBasis.ELECTED, TenureBasis.APPOINTED, TenureBasis.ASSIGNED);

  Leader() {}

  /** {@return the id of the person} */
  @Value.Parameter
  public abstract Id person();

  /** {@return the id of the post the person took, such as the secretary of the committee the congress elected} */
  @Value.Parameter
  public abstract Id post();

  /**
   * How the person came to the post.
   *
   * @return {@link TenureBasis#ELECTED}, {@link TenureBasis#APPOINTED} or {@link TenureBasis#ASSIGNED}
   */
  @Value.Parameter
  public abstract TenureBasis basis();

  /**
   * The document that appointed or assigned the person, or approved the election.
   *
   * @return the reference; present when {@link #basis()} is {@link TenureBasis#APPOINTED}, else possibly empty
   */
  public abstract Optional<DocumentReference> decision();

  /**
   * A leader elected or assigned, without a decision.
   *
   * @param person the person
   * @param post the post
   * @param basis how the person came to the post
   * @return the leader
   * @throws ValidationException if {@code basis} is {@link TenureBasis#UNKNOWN} (rule {@link #BASIS}) or
   *     {@link TenureBasis#APPOINTED} (rule {@link #DECISION}: use {@link #of(Id, Id, TenureBasis,
   *     DocumentReference)})
   */
  public static Leader of(Id person, Id post, TenureBasis basis) {
    return ImmutableLeader.of(person, post, basis);
  }

  /**
   * A leader with the document that decided it.
   *
   * @param person the person
   * @param post the post
   * @param basis how the person came to the post
   * @param decision the decision, e.g. "Quyết định 1234-QĐNS/TW", or one reported without its number,
   *     "Quyết định của Bộ Chính trị ngày 30/6/2025"
   * @return the leader
   * @throws ValidationException if {@code basis} is {@link TenureBasis#UNKNOWN} (rule {@link #BASIS})
   */
  public static Leader of(Id person, Id post, TenureBasis basis, DocumentReference decision) {
    return builder().person(person).post(post).basis(basis).decision(decision).build();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Leader}; {@code build()} validates. */
  public static final class Builder extends ImmutableLeader.Builder {
    Builder() {}
  }

  /**
   * The tenure this outcome began: the person in the post on the same basis, with the same decision.
   *
   * @param validity the days the post was held
   * @return the tenure
   */
  public Tenure toTenure(Validity validity) {
    return Tenure.builder().person(person()).post(post()).validity(validity).basis(basis()).decision(decision())
        .build();
  }

  @Value.Check
  void check() {
    BASIS.require(OUTCOMES.contains(basis()), "basis", "basis '%s' of '%s' as '%s' is not an outcome of a congress",
        basis().code(), person(), post());
    DECISION.require(basis() != TenureBasis.APPOINTED || decision().isPresent(), "decision",
        "'%s' appointed as '%s' names no decision", person(), post());
  }

  /** Returns e.g. {@code person/nguyen-van-a as party/dong-nai/committee/secretary (appointed)}. */
  @Override
  public String toString() {
    return person() + " as " + post() + " (" + basis().code() + ")";
  }
}
