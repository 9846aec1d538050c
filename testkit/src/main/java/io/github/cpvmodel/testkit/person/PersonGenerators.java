package io.github.cpvmodel.testkit.person;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Personnel;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.PostSector;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.body.BodyGenerators;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators of people, posts, tenures and whole personnel over a body hierarchy, valid by construction; their
 * mutations are in {@link PersonMutations}.
 *
 * <pre>{@code
 * SplittableRandom random = new SplittableRandom(42);
 * PersonGenerators.Staffed staffed = PersonGenerators.staffed().generate(random);
 * staffed.personnel().validate(staffed.bodies()); // empty
 * }</pre>
 */
public final class PersonGenerators {
  private static final ImmutableList<String> FAMILY = ImmutableList.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng",
      "Đặng", "Võ");
  private static final ImmutableList<String> MIDDLE = ImmutableList.of("Văn", "Thị", "Minh", "Phú", "Thanh");
  private static final ImmutableList<String> GIVEN = ImmutableList.of("Chính", "Cường", "Ru", "Hà", "Lâm", "Đức");

  private PersonGenerators() {}

  /** {@return a generator of full names, family name first, e.g. "Phạm Minh Chính"} */
  public static Gen<String> names() {
    return random -> Gen.elements(FAMILY).generate(random) + " " + Gen.elements(MIDDLE).generate(random) + " "
        + Gen.elements(GIVEN).generate(random);
  }

  /** {@return a generator of people with ids {@code person/p-<n>}} */
  public static Gen<Person> people() {
    return random -> Person.of(Id.of("person/p-" + random.nextInt(100_000)), names().generate(random));
  }

  /**
   * Party posts of any role in the given body.
   *
   * @param body the body
   * @return the generator
   */
  public static Gen<Post> postsIn(Body body) {
    return Gen.elements(PostRole.values()).map(role -> post(body, role));
  }

  /**
   * The Party post of {@code role} in {@code body}, with the id {@code <body>/<role code>} and the role's name
   * followed by the body's.
   *
   * @param body the body
   * @param role the role
   * @return the post
   */
  public static Post post(Body body, PostRole role) {
    return Post.of(body.id().child(role.code()), body.id(), PostSector.PARTY, role,
        LocalizedName.of(role.label().vi() + " " + body.name().vi()));
  }

  /**
   * A body hierarchy with personnel whose posts sit in its bodies and whose tenures lie within those bodies' lives,
   * single seats held by one person at a time. {@link Personnel#validate} finds nothing.
   *
   * @return the generator
   */
  public static Gen<Staffed> staffed() {
    return random -> {
      BodyHierarchy bodies = BodyGenerators.hierarchies().generate(random);
      List<Person> people = new ArrayList<>();
      int count = Gen.ints(1, 6).generate(random);
      for (int i = 0; i < count; i++) {
        people.add(Person.of(Id.of("person/p-" + i), names().generate(random)));
      }
      List<Post> posts = new ArrayList<>();
      List<Tenure> tenures = new ArrayList<>();
      for (Body body : bodies.bodies()) {
        if (random.nextInt(3) > 0) {
          continue;
        }
        Post post = postsIn(body).generate(random);
        posts.add(post);
        int holders = post.isSingleHolder() ? 1 : Gen.ints(1, 3).generate(random);
        for (int i = 0; i < holders; i++) {
          tenures.add(Tenure.of(Gen.elements(people).generate(random).id(), post.id(),
              BodyGenerators.within(body.validity()).generate(random),
              Gen.elements(TenureBasis.values()).generate(random)));
        }
      }
      return new Staffed(bodies, Personnel.of(people, posts, tenures));
    };
  }

  /**
   * Personnel together with the bodies its posts sit in.
   *
   * @param bodies the bodies
   * @param personnel the people, posts and tenures
   */
  public record Staffed(BodyHierarchy bodies, Personnel personnel) {}
}
