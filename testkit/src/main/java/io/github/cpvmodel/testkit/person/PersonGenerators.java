package io.github.cpvmodel.testkit.person;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Personnel;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.PostSector;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.testkit.Attempt;
import io.github.cpvmodel.testkit.Gen;
import io.github.cpvmodel.testkit.Mutation;
import io.github.cpvmodel.testkit.VocabularyGenerators;
import io.github.cpvmodel.testkit.body.BodyGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators of people, posts, tenures and whole personnel over a body hierarchy, valid by construction, and one
 * {@link Mutation} per rule of the person package.
 *
 * <pre>{@code
 * Staffed staffed = PersonGenerators.staffed().generate(random);
 * staffed.personnel().validate(staffed.bodies()); // empty
 * }</pre>
 */
public final class PersonGenerators {
  private static final ImmutableList<String> FAMILY = ImmutableList.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng",
      "Đặng", "Võ");
  private static final ImmutableList<String> MIDDLE = ImmutableList.of("Văn", "Thị", "Minh", "Phú", "Thanh");
  private static final ImmutableList<String> GIVEN = ImmutableList.of("Chính", "Cường", "Ru", "Hà", "Lâm", "Đức");

  private PersonGenerators() {}

  /**
   * Full names, family name first, e.g. "Phạm Minh Chính".
   *
   * @return the generator
   */
  public static Gen<String> names() {
    return random -> Gen.elements(FAMILY).generate(random) + " " + Gen.elements(MIDDLE).generate(random) + " "
        + Gen.elements(GIVEN).generate(random);
  }

  /**
   * People with ids {@code person/p-<n>}.
   *
   * @return the generator
   */
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
    return Gen.elements(PostRole.values()).map(role -> Post.of(body.id().child(role.code()), body.id(),
        PostSector.PARTY, role, LocalizedName.of(role.label().vi() + " " + body.name().vi())));
  }

  /**
   * A body hierarchy with personnel whose posts sit in its bodies and whose tenures lie within those bodies'
   * lives, single seats held by one person at a time. {@link Personnel#validate} finds nothing.
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
   * One mutation per rule of the person package; the rules that only a whole personnel can break are reached
   * through {@link Personnel#validate}, whose violations the attempt throws.
   *
   * @return the mutations
   */
  public static ImmutableList<Mutation> mutations() {
    Gen<LocalDate> days = Gen.dates(BodyGenerators.EARLIEST, BodyGenerators.LATEST);
    Body office = Body.of(Id.of("cc/office"), BodyKind.OFFICE, BodyLevel.CENTRAL, LocalizedName.of("Văn phòng Trung ương Đảng"),
        Validity.endingOn(LocalDate.of(2030, 1, 1)));
    BodyHierarchy bodies = BodyHierarchy.of(List.of(office));
    Post head = Post.of(office.id().child("head"), office.id(), PostSector.PARTY, PostRole.HEAD,
        LocalizedName.of("Chánh Văn phòng Trung ương Đảng"));
    return ImmutableList.of(
        Mutation.of(Person.NAME, Gen.elements("", " ", "\u00A0").map(n -> Attempt.of("person named '" + n + "'",
            () -> Person.of(Id.of("person/x"), n)))),
        VocabularyGenerators.unknownCodes(PostRole.class, PostRole.CODE, PostRole::parse),
        VocabularyGenerators.unknownCodes(PostSector.class, PostSector.CODE, PostSector::parse),
        VocabularyGenerators.unknownCodes(TenureBasis.class, TenureBasis.CODE, TenureBasis::parse),
        Mutation.of(Validity.ORDER, days.map(d -> Attempt.of("tenure from " + d + " to the day before",
            () -> Tenure.of(Id.of("person/x"), head.id(), d, d.minusDays(1), TenureBasis.ELECTED)))),
        Mutation.of(Personnel.DUPLICATE_ID, people().map(p -> Attempt.of(p + " twice",
            () -> Personnel.of(List.of(p, p), List.of(), List.of())))),
        Mutation.of(Personnel.UNKNOWN_ID, people().map(p -> Attempt.of("a tenure of unknown " + p,
            () -> validated(Personnel.of(List.of(), List.of(head), List.of(Tenure.of(p.id(), head.id(),
                Validity.onlyOn(LocalDate.of(2019, 9, 30)), TenureBasis.APPOINTED))), bodies)))),
        Mutation.of(Personnel.UNKNOWN_BODY, people().map(p -> Attempt.of("a post in a missing body",
            () -> validated(Personnel.of(List.of(p), List.of(Post.of(Id.of("y/head"), Id.of("y/missing"),
                PostSector.PARTY, PostRole.HEAD, LocalizedName.of("Trưởng ban"))), List.of()), bodies)))),
        Mutation.of(Personnel.BODY_ABSENT, Gen.dates(LocalDate.of(2030, 1, 2), BodyGenerators.LATEST).map(d ->
            Attempt.of("head of the office on " + d + ", after it ended", () -> validated(Personnel.of(
                List.of(Person.of(Id.of("person/x"), "Lê Văn X")), List.of(head), List.of(Tenure.of(
                    Id.of("person/x"), head.id(), Validity.onlyOn(d), TenureBasis.APPOINTED))), bodies)))),
        Mutation.of(Personnel.SINGLE_HOLDER, Gen.dates(BodyGenerators.EARLIEST, LocalDate.of(2030, 1, 1)).map(d ->
            Attempt.of("two heads of the office on " + d, () -> validated(Personnel.of(
                List.of(Person.of(Id.of("person/a"), "Lê Văn A"), Person.of(Id.of("person/b"), "Trần Thị B")),
                List.of(head), List.of(
                    Tenure.of(Id.of("person/a"), head.id(), Validity.onlyOn(d), TenureBasis.APPOINTED),
                    Tenure.of(Id.of("person/b"), head.id(), Validity.onlyOn(d), TenureBasis.APPOINTED))), bodies)))));
  }

  /** Throws the personnel's violations, as a dataset check would report them. */
  private static Personnel validated(Personnel personnel, BodyHierarchy bodies) {
    ValidationException.requireNone(personnel.validate(bodies));
    return personnel;
  }

  /**
   * Personnel together with the bodies its posts sit in.
   *
   * @param bodies the bodies
   * @param personnel the people, posts and tenures
   */
  public record Staffed(BodyHierarchy bodies, Personnel personnel) {}
}
