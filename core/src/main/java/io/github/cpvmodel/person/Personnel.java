package io.github.cpvmodel.person;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Violation;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyHierarchy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * People, posts and tenures together (<i>nhân sự</i>), to ask who held what on a date: the posts a person held on a
 * day (on 2019-09-30 Phạm Minh Chính was at once a member of the Politburo, a Secretary of the Central Committee and
 * Head of the Organisation Commission) and who held a post on a day.
 *
 * <pre>{@code
 * Person chinh = Person.of(Id.of("person/pham-minh-chinh"), "Phạm Minh Chính");
 * Post head = Post.of(Id.of("cc/organisation-commission/head"), PartyBodies.ORGANISATION_COMMISSION,
 *     PostSector.PARTY, PostRole.HEAD,
 *     LocalizedName.of("Trưởng ban Tổ chức Trung ương", "Head of the Central Organisation Commission"));
 * Tenure tenure = Tenure.of(chinh.id(), head.id(), Validity.onlyOn(LocalDate.of(2019, 9, 30)),
 *     TenureBasis.APPOINTED);
 * Personnel personnel = Personnel.of(List.of(chinh), List.of(head), List.of(tenure));
 * personnel.postsHeldOn(chinh.id(), LocalDate.of(2019, 9, 30));  // [head]
 * personnel.holdersOn(head.id(), LocalDate.of(2019, 9, 30));     // [chinh]
 * List<Violation> problems = personnel.validate(PartyBodies.hierarchy()); // []
 * }</pre>
 *
 * <p>Building one rejects two people or two posts with the same id (rule {@link #DUPLICATE_ID}); asking about an
 * unknown person or post is rejected (rule {@link #UNKNOWN_ID}). What takes several values to see is reported by
 * {@link #validate}, all at once and with paths. Immutable and safe to share between threads.
 */
public final class Personnel {
  /** Ids of people and of posts are unique. */
  public static final Rule DUPLICATE_ID = Rule.of("personnel.duplicate-id",
      "each person and each post has its own id");

  /** Questions and tenures name known people and posts. */
  public static final Rule UNKNOWN_ID = Rule.of("personnel.unknown-id",
      "the id must name a person or post of the personnel");

  /** A Party post's body is a known body. */
  public static final Rule UNKNOWN_BODY = Rule.of("personnel.unknown-body",
      "a Party post must sit in a body of the hierarchy");

  /** A post is held only while its body exists. */
  public static final Rule BODY_ABSENT = Rule.of("personnel.body-absent",
      "a Party post can be held only on days when its body exists");

  /** A single seat has one holder at a time. */
  public static final Rule SINGLE_HOLDER = Rule.of("personnel.single-holder",
      "tenures of a post that one person holds at a time must not overlap");

  private final ImmutableList<Person> people;
  private final ImmutableList<Post> posts;
  private final ImmutableList<Tenure> tenures;
  private final ImmutableMap<Id, Person> peopleById;
  private final ImmutableMap<Id, Post> postsById;
  private final ImmutableListMultimap<Id, Tenure> byPerson;
  private final ImmutableListMultimap<Id, Tenure> byPost;

  private Personnel(ImmutableList<Person> people, ImmutableList<Post> posts, ImmutableList<Tenure> tenures) {
    this.people = people;
    this.posts = posts;
    this.tenures = tenures;
    this.peopleById = DUPLICATE_ID.index(people, Person::id, "people[%d].id", ValidationException::throwFor);
    this.postsById = DUPLICATE_ID.index(posts, Post::id, "posts[%d].id", ValidationException::throwFor);
    this.byPerson = tenures.stream().collect(ImmutableListMultimap.toImmutableListMultimap(Tenure::person, t -> t));
    this.byPost = tenures.stream().collect(ImmutableListMultimap.toImmutableListMultimap(Tenure::post, t -> t));
  }


  /**
   * Personnel of the given people, posts and tenures, each in the order given.
   *
   * @param people the people
   * @param posts the posts
   * @param tenures the tenures
   * @return the personnel
   * @throws ValidationException if two people or two posts share an id (rule {@link #DUPLICATE_ID})
   */
  public static Personnel of(Iterable<Person> people, Iterable<Post> posts, Iterable<Tenure> tenures) {
    return new Personnel(ImmutableList.copyOf(people), ImmutableList.copyOf(posts), ImmutableList.copyOf(tenures));
  }

  /** {@return the people, in the order given} */
  public ImmutableList<Person> people() {
    return people;
  }

  /** {@return the posts, in the order given} */
  public ImmutableList<Post> posts() {
    return posts;
  }

  /** {@return the tenures, in the order given} */
  public ImmutableList<Tenure> tenures() {
    return tenures;
  }

  /**
   * The person with an id, if known.
   *
   * @param id the id
   * @return the person, or empty
   */
  public Optional<Person> findPerson(Id id) {
    return Optional.ofNullable(peopleById.get(id));
  }

  /**
   * The post with an id, if known.
   *
   * @param id the id
   * @return the post, or empty
   */
  public Optional<Post> findPost(Id id) {
    return Optional.ofNullable(postsById.get(id));
  }

  /**
   * The posts a person held on {@code day}, in the order of the tenures.
   *
   * @param person the person's id
   * @param day the day
   * @return the posts, possibly none
   * @throws ValidationException if no person has that id (rule {@link #UNKNOWN_ID})
   */
  public ImmutableList<Post> postsHeldOn(Id person, LocalDate day) {
    UNKNOWN_ID.require(peopleById.containsKey(person), "person", "no person has id '%s' among the %d people known",
        person, people.size());
    return byPerson.get(person).stream().filter(t -> t.isHeldOn(day)).map(t -> postsById.get(t.post()))
        .filter(p -> p != null).distinct().collect(ImmutableList.toImmutableList());
  }

  /**
   * The people who held a post on {@code day}, in the order of the tenures.
   *
   * @param post the post's id
   * @param day the day
   * @return the holders, possibly none
   * @throws ValidationException if no post has that id (rule {@link #UNKNOWN_ID})
   */
  public ImmutableList<Person> holdersOn(Id post, LocalDate day) {
    UNKNOWN_ID.require(postsById.containsKey(post), "post", "no post has id '%s' among the %d posts known", post,
        posts.size());
    return byPost.get(post).stream().filter(t -> t.isHeldOn(day)).map(t -> peopleById.get(t.person()))
        .filter(p -> p != null).distinct().collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks what takes several values to see: every tenure names a known person and post (rule
   * {@link #UNKNOWN_ID}); every Party post sits in a body of {@code bodies} (rule {@link #UNKNOWN_BODY}) that existed
   * on every day of each of its tenures (rule {@link #BODY_ABSENT}); tenures of a single-holder post do not overlap
   * (rule {@link #SINGLE_HOLDER}). State and Front posts are not checked against Party bodies.
   *
   * @param bodies the Party bodies the posts sit in
   * @return every violation, with paths such as {@code tenures[4].validity}; empty when all holds
   */
  public ImmutableList<Violation> validate(BodyHierarchy bodies) {
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < posts.size(); i++) {
      Post post = posts.get(i);
      if (post.sector() == PostSector.PARTY && !bodies.contains(post.organ())) {
        violations.add(UNKNOWN_BODY.violation("posts[" + i + "].organ",
            String.format("post '%s' sits in '%s', which is not a body of the hierarchy", post.id(), post.organ())));
      }
    }
    for (int i = 0; i < tenures.size(); i++) {
      Tenure tenure = tenures.get(i);
      String path = "tenures[" + i + "]";
      if (!peopleById.containsKey(tenure.person())) {
        violations.add(UNKNOWN_ID.violation(path + ".person",
            String.format("tenure '%s' names person '%s', who is not known", tenure, tenure.person())));
      }
      Post post = postsById.get(tenure.post());
      if (post == null) {
        violations.add(UNKNOWN_ID.violation(path + ".post",
            String.format("tenure '%s' names post '%s', which is not known", tenure, tenure.post())));
        continue;
      }
      Optional<Body> body = post.sector() == PostSector.PARTY ? bodies.find(post.organ()) : Optional.empty();
      if (body.isPresent() && !body.get().validity().encloses(tenure.validity())) {
        violations.add(BODY_ABSENT.violation(path + ".validity", String.format(
            "tenure '%s' of '%s' lies outside the life '%s' of body '%s'", tenure.validity(), post.id(),
            body.get().validity(), body.get().id())));
      }
      if (post.isSingleHolder()) {
        for (int j = 0; j < i; j++) {
          Tenure other = tenures.get(j);
          if (other.post().equals(tenure.post()) && !other.person().equals(tenure.person())
              && other.validity().overlaps(tenure.validity())) {
            violations.add(SINGLE_HOLDER.violation(path + ".validity", String.format(
                "'%s' holds '%s' for '%s', overlapping '%s' who holds it for '%s' (tenures[%d])", tenure.person(),
                post.id(), tenure.validity(), other.person(), other.validity(), j)));
          }
        }
      }
    }
    return ImmutableList.copyOf(violations);
  }
}
