package io.github.cpvmodel.testkit.body;

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
import io.github.cpvmodel.testkit.Attempt;
import io.github.cpvmodel.testkit.Gen;
import io.github.cpvmodel.testkit.Mutation;
import io.github.cpvmodel.testkit.VocabularyGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generators of Party bodies, hierarchies and changes, valid by construction, and one {@link Mutation} per rule
 * of the body package.
 *
 * <pre>{@code
 * BodyHierarchy tree = BodyGenerators.hierarchies().generate(random);
 * tree.validate(); // empty
 * }</pre>
 */
public final class BodyGenerators {
  /** The earliest day generated. */
  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  /** The latest day generated. */
  public static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

  private static final ImmutableList<String> NAMES = ImmutableList.of("Ban Tổ chức Tỉnh ủy Đồng Nai",
      "Đảng bộ tỉnh Bình Phước", "Chi bộ Khu phố 3", "Ban Thường vụ Thành ủy Hà Nội", "Ủy ban Kiểm tra Tỉnh ủy",
      "Đảng ủy xã Tân Hòa", "Tiểu ban Nhân sự", "Văn phòng Tỉnh ủy Thừa Thiên Huế");
  private static final ImmutableList<String> ABBREVIATIONS = ImmutableList.of("BTCTU", "VPTU", "UBKTTU", "BTV");

  private BodyGenerators() {}

  /**
   * Readable ids of two segments, e.g. {@code x/body-17}.
   *
   * @return the generator
   */
  public static Gen<Id> ids() {
    return Gen.ints(0, 99_999).map(n -> Id.of("x/body-" + n));
  }

  /**
   * Intervals between {@link #EARLIEST} and {@link #LATEST}, each end open one time in five.
   *
   * @return the generator
   */
  public static Gen<Validity> validities() {
    return within(Validity.always());
  }

  /**
   * Intervals that lie within {@code outer} (clipped to {@link #EARLIEST}..{@link #LATEST} where it is open), an
   * end open only where {@code outer}'s is.
   *
   * @param outer the enclosing interval
   * @return the generator
   */
  public static Gen<Validity> within(Validity outer) {
    LocalDate min = outer.start().orElse(EARLIEST);
    LocalDate max = outer.end().orElse(LATEST);
    return random -> {
      LocalDate a = Gen.dates(min, max).generate(random);
      LocalDate b = Gen.dates(min, max).generate(random);
      Optional<LocalDate> start = Optional.of(a.isBefore(b) ? a : b);
      Optional<LocalDate> end = Optional.of(a.isBefore(b) ? b : a);
      if (outer.start().isEmpty() && random.nextInt(5) == 0) {
        start = Optional.empty();
      }
      if (outer.end().isEmpty() && random.nextInt(5) == 0) {
        end = Optional.empty();
      }
      return Validity.of(start, end);
    };
  }

  /**
   * Bodies of any kind and level with up to two consecutive parent links inside their life; district bodies end
   * by 2025-06-30.
   *
   * @return the generator
   */
  public static Gen<Body> bodies() {
    return random -> {
      BodyLevel level = Gen.elements(BodyLevel.values()).generate(random);
      Validity life = within(level.validity()).generate(random);
      Body body = Body.of(ids().generate(random), Gen.elements(BodyKind.values()).generate(random), level,
          LocalizedName.of(Gen.elements(NAMES).generate(random)), life);
      if (random.nextBoolean()) {
        body = body.withAbbreviation(Gen.elements(ABBREVIATIONS).generate(random));
      }
      return body.withParents(links(life, random).toArray(ParentLink[]::new));
    };
  }

  /** Zero to two links that split {@code life}, to parents other than {@code x/body-*}. */
  private static List<ParentLink> links(Validity life, RandomGenerator random) {
    int count = random.nextInt(3);
    if (count == 0) {
      return List.of();
    }
    Validity first = life;
    if (count == 2) {
      LocalDate from = life.start().orElse(EARLIEST);
      LocalDate to = life.end().orElse(LATEST);
      if (!from.isBefore(to)) {
        count = 1;
      } else {
        LocalDate split = Gen.dates(from, to.minusDays(1)).generate(random);
        first = Validity.of(life.start(), Optional.of(split));
        Validity second = Validity.of(Optional.of(split.plusDays(1)), life.end());
        return List.of(ParentLink.of(Id.of("p/first"), first), ParentLink.of(Id.of("p/second"), second));
      }
    }
    return List.of(ParentLink.of(Id.of("p/only"), first));
  }

  /**
   * Trees of 1 to {@code 30} bodies: a root that always exists, and bodies each standing under an earlier one for
   * their whole life, which lies within that parent's. {@link BodyHierarchy#validate()} finds nothing.
   *
   * @return the generator
   */
  public static Gen<BodyHierarchy> hierarchies() {
    return random -> {
      List<Body> bodies = new ArrayList<>();
      bodies.add(Body.of(Id.of("cc"), BodyKind.CENTRAL_COMMITTEE, BodyLevel.CENTRAL,
          LocalizedName.of("Ban Chấp hành Trung ương"), Validity.always()));
      int size = Gen.ints(0, 29).generate(random);
      for (int i = 0; i < size; i++) {
        Body parent = Gen.elements(bodies).generate(random);
        Validity life = within(parent.validity()).generate(random);
        BodyLevel level = life.end().map(e -> !e.isAfter(LocalDate.of(2025, 6, 30))).orElse(false)
            ? Gen.elements(BodyLevel.values()).generate(random)
            : Gen.elements(BodyLevel.CENTRAL, BodyLevel.PROVINCIAL, BodyLevel.GRASSROOTS, BodyLevel.CELL)
                .generate(random);
        bodies.add(Body.of(parent.id().child("b" + i), Gen.elements(BodyKind.values()).generate(random), level,
            LocalizedName.of(Gen.elements(NAMES).generate(random)), life)
            .withParents(ParentLink.of(parent.id(), life)));
      }
      return BodyHierarchy.of(bodies);
    };
  }

  /**
   * Changes of every kind with numbers of predecessors and successors that fit it.
   *
   * @return the generator
   */
  public static Gen<BodyChange> changes() {
    return random -> {
      BodyChange.Kind kind = Gen.elements(BodyChange.Kind.values()).generate(random);
      int before = switch (kind) {
        case ESTABLISHED -> 0;
        case MERGED -> Gen.ints(2, 4).generate(random);
        case DISSOLVED -> Gen.ints(1, 3).generate(random);
        default -> 1;
      };
      int after = switch (kind) {
        case DISSOLVED -> 0;
        case SPLIT -> Gen.ints(2, 4).generate(random);
        case ESTABLISHED -> Gen.ints(1, 3).generate(random);
        default -> 1;
      };
      BodyChange.Builder change = BodyChange.builder().kind(kind).date(Gen.dates(EARLIEST, LATEST).generate(random));
      for (int i = 0; i < before; i++) {
        change.addPredecessor(Id.of("x/before-" + i));
      }
      for (int i = 0; i < after; i++) {
        change.addSuccessor(Id.of("x/after-" + i));
      }
      return change.build();
    };
  }

  /**
   * One mutation per rule of the body package: each attempt builds otherwise valid values with that rule broken;
   * rules that only a whole set can break are reached through {@link BodyHierarchy#validate()} or
   * {@link BodyHistory#validate}, whose violations the attempt throws.
   *
   * @return the mutations
   */
  public static ImmutableList<Mutation> mutations() {
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
        Mutation.of(Body.ABBREVIATION, bodies.map(b -> Attempt.of(b + " abbreviated ' '",
            () -> b.withAbbreviation(" ")))),
        VocabularyGenerators.unknownCodes(BodyKind.class, BodyKind.CODE, BodyKind::parse),
        VocabularyGenerators.unknownCodes(BodyLevel.class, BodyLevel.CODE, BodyLevel::parse),
        VocabularyGenerators.unknownCodes(BodyChange.Kind.class, BodyChange.Kind.CODE, BodyChange.Kind::parse),
        Mutation.of(BodyChange.ARITY, changes().filter(c -> c.kind() != BodyChange.Kind.DISSOLVED).map(c ->
            Attempt.of(c + " without successors", () -> BodyChange.builder().from(c).successors(List.of())
                .build()))),
        Mutation.of(BodyChange.REPEATED, changes().filter(c -> c.predecessors().size() == 1
            && c.successors().size() == 1).map(c -> Attempt.of(c + " into itself", () -> BodyChange.builder()
                .from(c).successors(c.predecessors()).build()))),
        Mutation.of(BodyChange.NOTE, changes().map(c -> Attempt.of(c + " noted ' '",
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
