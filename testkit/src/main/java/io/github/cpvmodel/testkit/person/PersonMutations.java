package io.github.cpvmodel.testkit.person;

import static io.github.cpvmodel.testkit.person.PersonGenerators.people;

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
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.testkit.VocabularyMutations;
import io.github.cpvmodel.testkit.body.BodyGenerators;
import io.github.cpvmodel.testkit.property.Attempt;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Show;
import java.time.LocalDate;
import java.util.List;

/**
 * One invalid {@link Mutation} per rule of the person package, each applied to values of {@link PersonGenerators}.
 *
 * <pre>{@code
 * Property.rejects(PersonMutations.all());
 * }</pre>
 */
public final class PersonMutations {
  private PersonMutations() {}

  /**
   * One mutation per rule of the person package; the rules that only a whole personnel can break are reached
   * through {@link Personnel#validate}, whose violations the attempt throws.
   *
   * @return the mutations
   */
  public static ImmutableList<Mutation> all() {
    Gen<LocalDate> days = Gen.dates(BodyGenerators.EARLIEST, BodyGenerators.LATEST);
    Body office = Body.of(PartyBodies.OFFICE, BodyKind.OFFICE, BodyLevel.CENTRAL,
        LocalizedName.of("Văn phòng Trung ương Đảng"),
        Validity.endingOn(LocalDate.of(2030, 1, 1)));
    BodyHierarchy bodies = BodyHierarchy.of(List.of(office));
    Post head = Post.of(office.id().child("head"), office.id(), PostSector.PARTY, PostRole.HEAD,
        LocalizedName.of("Chánh Văn phòng Trung ương Đảng"));
    return ImmutableList.of(
        Mutation.of(Person.NAME, Gen.elements("", " ", "\u00A0").map(n -> Attempt.of("person named " + Show.value(n),
            () -> Person.of(Id.of("person/x"), n)))),
        VocabularyMutations.unknownCodes(PostRole.class, PostRole.CODE, PostRole::parse),
        VocabularyMutations.unknownCodes(PostSector.class, PostSector.CODE, PostSector::parse),
        VocabularyMutations.unknownCodes(TenureBasis.class, TenureBasis.CODE, TenureBasis::parse),
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
}
