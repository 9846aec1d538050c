package io.github.cpvmodel.testkit.body;

import static io.github.cpvmodel.testkit.body.BodyGenerators.EARLIEST;
import static io.github.cpvmodel.testkit.body.BodyGenerators.LATEST;
import static io.github.cpvmodel.testkit.body.BodyGenerators.bodies;
import static io.github.cpvmodel.testkit.body.BodyGenerators.changes;
import static io.github.cpvmodel.testkit.body.BodyGenerators.hierarchies;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.body.BodyHistory;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.body.ParentLink;
import io.github.cpvmodel.testkit.VocabularyMutations;
import io.github.cpvmodel.testkit.property.Attempt;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Show;
import java.time.LocalDate;
import java.util.List;

/**
 * One invalid {@link Mutation} per rule of the body package, each applied to values of {@link BodyGenerators}.
 *
 * <pre>{@code
 * Property.rejects(BodyMutations.all());
 * }</pre>
 */
public final class BodyMutations {
  private BodyMutations() {}

  /**
   * One mutation per rule of the body package: each attempt builds otherwise valid values with that rule broken;
   * rules that only a whole set can break are reached through {@link BodyHierarchy#validate()} or
   * {@link BodyHistory#validate}, whose violations the attempt throws.
   *
   * @return the mutations
   */
  public static ImmutableList<Mutation> all() {
    Gen<Body> bodies = bodies();
    return ImmutableList.of(
        Mutation.of(Body.PARENT_SELF, bodies.map(b -> Attempt.of(b + " under itself",
            () -> b.withParents(ParentLink.of(b.id(), b.validity()))))),
        Mutation.of(Body.PARENT_OVERLAP, bodies.map(b -> Attempt.of(b + " under two parents at once",
            () -> b.withParents(ParentLink.of(Id.of("p/a"), b.validity()), ParentLink.of(Id.of("p/b"),
                b.validity()))))),
        Mutation.of(Body.PARENT_OUTSIDE, bodies.filter(b -> !b.validity().equals(Validity.always()))
            .map(b -> Attempt.of(b + " linked for ever", () -> b.withParents(ParentLink.of(Id.of("p/a"),
                Validity.always()))))),
        Mutation.of(Body.LEVEL_ENDED, Gen.dates(LocalDate.of(2025, 7, 1), LATEST).map(d -> Attempt.of(
            "a district body living on " + d, () -> Body.of(Id.of("x/district"), BodyKind.PARTY_ORGANISATION,
                BodyLevel.DISTRICT, LocalizedName.of("Đảng bộ huyện"), Validity.onlyOn(d))))),
        Mutation.of(Body.ABBREVIATION, bodies.map(b -> Attempt.of(b + " abbreviated " + Show.value(" "),
            () -> b.withAbbreviation(" ")))),
        VocabularyMutations.unknownCodes(BodyKind.class, BodyKind.CODE, BodyKind::parse),
        VocabularyMutations.unknownCodes(BodyLevel.class, BodyLevel.CODE, BodyLevel::parse),
        VocabularyMutations.unknownCodes(BodyChange.Kind.class, BodyChange.Kind.CODE, BodyChange.Kind::parse),
        Mutation.of(BodyChange.ARITY, changes().filter(c -> c.kind() != BodyChange.Kind.DISSOLVED).map(c ->
            Attempt.of(c + " without successors", () -> BodyChange.builder().from(c).successors(List.of())
                .build()))),
        Mutation.of(BodyChange.REPEATED, changes().filter(c -> c.predecessors().size() == 1
            && c.successors().size() == 1).map(c -> Attempt.of(c + " into itself", () -> BodyChange.builder()
                .from(c).successors(c.predecessors()).build()))),
        Mutation.of(BodyChange.NOTE, changes().map(c -> Attempt.of(c + " noted " + Show.value(" "),
            () -> BodyChange.builder().from(c).note(" ").build()))),
        Mutation.of(BodyHistory.ENDED_TWICE, changes().filter(c -> !c.predecessors().isEmpty()).map(c ->
            Attempt.of(c + " twice", () -> BodyHistory.of(List.of(c, BodyChange.builder().from(c)
                .successors(List.of()).kind(BodyChange.Kind.DISSOLVED).build()))))),
        Mutation.of(BodyHistory.BEGUN_TWICE, changes().filter(c -> !c.successors().isEmpty()).map(c ->
            Attempt.of(c + " twice", () -> BodyHistory.of(List.of(c, BodyChange.builder().from(c)
                .predecessors(List.of()).kind(BodyChange.Kind.ESTABLISHED).build()))))),
        Mutation.of(BodyHistory.UNKNOWN_BODY, changes().map(c -> Attempt.of(c + " against no bodies",
            () -> validated(BodyHistory.of(List.of(c)), BodyHierarchy.of(List.of()))))),
        Mutation.of(BodyHistory.PREDECESSOR_END, Gen.dates(EARLIEST, LATEST).map(d -> Attempt.of(
            "a body renamed on " + d + " that lives on", () -> validated(BodyHistory.of(List.of(renamed(d))),
                BodyHierarchy.of(List.of(cell("y/old", Validity.always()), cell("y/new", Validity.startingOn(d)))))))),
        Mutation.of(BodyHistory.SUCCESSOR_START, Gen.dates(EARLIEST, LATEST).map(d -> Attempt.of(
            "a body renamed on " + d + " that began before", () -> validated(BodyHistory.of(List.of(renamed(d))),
                BodyHierarchy.of(List.of(cell("y/old", Validity.endingOn(d.minusDays(1))),
                    cell("y/new", Validity.always()))))))),
        Mutation.of(BodyHierarchy.UNKNOWN_BODY, hierarchies().flatMap(h -> Gen.dates(EARLIEST, LATEST).map(d ->
            Attempt.of("the children on " + d + " of a body not in " + h.bodies(),
                () -> h.childrenOn(Id.of("y/missing"), d))))),
        Mutation.of(BodyHierarchy.DUPLICATE_ID, hierarchies().map(h -> Attempt.of("a hierarchy with "
            + h.bodies().get(0) + " twice", () -> h.plus(List.of(h.bodies().get(0)))))),
        Mutation.of(BodyHierarchy.UNKNOWN_PARENT, hierarchies().map(h -> Attempt.of("a body under a missing parent",
            () -> validated(h.plus(List.of(Body.of(Id.of("y/orphan"), BodyKind.CELL, BodyLevel.CELL,
                LocalizedName.of("Chi bộ"), Validity.always()).withParents(ParentLink.of(Id.of("y/missing"),
                Validity.always())))))))),
        Mutation.of(BodyHierarchy.PARENT_ABSENT, Gen.dates(EARLIEST, LATEST).map(d -> Attempt.of(
            "a body under a parent that ended on " + d, () -> validated(BodyHierarchy.of(List.of(
                Body.of(Id.of("y/parent"), BodyKind.OFFICE, BodyLevel.CENTRAL, LocalizedName.of("Văn phòng"),
                    Validity.endingOn(d)),
                Body.of(Id.of("y/child"), BodyKind.CELL, BodyLevel.CELL, LocalizedName.of("Chi bộ"),
                    Validity.always()).withParents(ParentLink.of(Id.of("y/parent"), Validity.always())))))))),
        Mutation.of(BodyHierarchy.CYCLE, Gen.dates(EARLIEST, LATEST).map(d -> Attempt.of(
            "two bodies under each other from " + d, () -> validated(BodyHierarchy.of(List.of(
                Body.of(Id.of("y/a"), BodyKind.CELL, BodyLevel.CELL, LocalizedName.of("Chi bộ A"), Validity.always())
                    .withParents(ParentLink.of(Id.of("y/b"), Validity.startingOn(d))),
                Body.of(Id.of("y/b"), BodyKind.CELL, BodyLevel.CELL, LocalizedName.of("Chi bộ B"), Validity.always())
                    .withParents(ParentLink.of(Id.of("y/a"), Validity.always())))))))));
  }

  /** A cell, the simplest body, which no level ends. */
  private static Body cell(String id, Validity validity) {
    return Body.of(Id.of(id), BodyKind.CELL, BodyLevel.CELL, LocalizedName.of("Chi bộ"), validity);
  }

  /** y/old renamed y/new on a day. */
  private static BodyChange renamed(LocalDate day) {
    return BodyChange.builder().kind(BodyChange.Kind.RENAMED).date(day).addPredecessors(Id.of("y/old"))
        .addSuccessors(Id.of("y/new")).build();
  }

  /** Throws the history's violations against the bodies, as a dataset check would report them. */
  private static BodyHistory validated(BodyHistory history, BodyHierarchy bodies) {
    ValidationException.requireNone(history.validate(bodies));
    return history;
  }

  /** Throws the hierarchy's violations, as a dataset check would report them. */
  private static BodyHierarchy validated(BodyHierarchy hierarchy) {
    ValidationException.requireNone(hierarchy.validate());
    return hierarchy;
  }
}
