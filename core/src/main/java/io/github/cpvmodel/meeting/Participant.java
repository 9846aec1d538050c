package io.github.cpvmodel.meeting;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.ValidationException;
import org.immutables.value.Value;

/**
 * A person at a meeting, in a {@link ParticipantRole role}, with the posts the record names for him or her
 * <em>on that day</em>: "<i>đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban
 * Tổ chức Trung ương chủ trì</i>" is the chair with three posts.
 *
 * <p>The person and the posts are referred to by {@link Id}; a {@link io.github.cpvmodel.dataset.Dataset} checks that the
 * person held each post on the day of the meeting. The posts keep the order in which the record names them.
 *
 * <pre>{@code
 * Participant chair = Participant.of(Id.of("person/pham-minh-chinh"), ParticipantRole.CHAIR,
 *     ImmutableList.of(Id.of("cc/politburo/member"), Id.of("cc/organisation-commission/head")));
 * }</pre>
 *
 * <p>Rejects a post named twice (rule {@link Meeting#DUPLICATE}).
 */
@Value.Immutable
@ModelStyle
public abstract class Participant {
  Participant() {}

  /** {@return the id of the person} */
  @Value.Parameter
  public abstract Id person();

  /** {@return the part the person plays} */
  @Value.Parameter
  public abstract ParticipantRole role();

  /**
   * The posts named for the person, as held on the day of the meeting.
   *
   * @return the ids of the posts, in the order named; possibly empty
   */
  @Value.Parameter
  public abstract ImmutableList<Id> posts();

  /**
   * A participant.
   *
   * @param person the person
   * @param role the role
   * @param posts the posts the person held on the day, in the order the record names them
   * @return the participant
   * @throws ValidationException if a post is named twice (rule {@link Meeting#DUPLICATE})
   */
  public static Participant of(Id person, ParticipantRole role, Iterable<? extends Id> posts) {
    return ImmutableParticipant.of(person, role, posts);
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Participant}; {@code build()} validates. */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.requireDistinct(posts(), "posts");
  }
}
