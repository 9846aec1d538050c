package io.github.cpvmodel.testkit.body;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.body.ParentLink;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Mutation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generators of Party bodies, hierarchies and changes, valid by construction; their mutations are in
 * {@link BodyMutations}.
 *
 * <pre>{@code
 * SplittableRandom random = new SplittableRandom(42);
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

  /** {@return a generator of readable ids of two segments, e.g. {@code x/body-17}} */
  public static Gen<Id> ids() {
    return Gen.ints(0, 99_999).map(n -> Id.of("x/body-" + n));
  }

  /** {@return a generator of intervals between {@link #EARLIEST} and {@link #LATEST}, each end open one time in
   * five}
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

  /** {@return a generator of bodies of any kind and level with up to two consecutive parent links inside their
   * life; district bodies end by 2025-06-30}
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
      bodies.add(Body.of(PartyBodies.CENTRAL_COMMITTEE, BodyKind.CENTRAL_COMMITTEE, BodyLevel.CENTRAL,
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
   * Trees of {@code levels} to {@code levels + 2} levels below a root that always exists (the Central Committee's id),
   * every body with one to three children, Party organisations down to cells at the bottom; one body in four lives
   * only part of its parent's life, so the tree read on a day differs from day to day. {@link BodyHierarchy#validate()}
   * finds nothing. For roll-ups through every level.
   *
   * @param levels the fewest levels below the root, at least 1
   * @return the generator
   */
  public static Gen<BodyHierarchy> layeredHierarchies(int levels) {
    if (levels < 1) {
      throw new IllegalArgumentException("levels '" + levels + "' is below 1");
    }
    return random -> {
      int depth = Gen.ints(levels, levels + 2).generate(random);
      List<Body> bodies = new ArrayList<>();
      Body root = Body.of(PartyBodies.CENTRAL_COMMITTEE, BodyKind.CENTRAL_COMMITTEE, BodyLevel.CENTRAL,
          LocalizedName.of("Ban Chấp hành Trung ương"), Validity.always());
      bodies.add(root);
      List<Body> level = List.of(root);
      for (int d = 1; d <= depth; d++) {
        List<Body> next = new ArrayList<>();
        boolean bottom = d == depth;
        for (Body parent : level) {
          int children = Gen.ints(1, 3).generate(random);
          for (int i = 0; i < children; i++) {
            Validity life = random.nextInt(4) == 0 ? within(parent.validity()).generate(random) : parent.validity();
            Body child = Body.of(parent.id().child("b" + i), bottom ? BodyKind.CELL : BodyKind.PARTY_ORGANISATION,
                bottom ? BodyLevel.CELL : BodyLevel.GRASSROOTS, LocalizedName.of(Gen.elements(NAMES).generate(random)),
                life).withParents(ParentLink.of(parent.id(), life));
            next.add(child);
          }
        }
        bodies.addAll(next);
        level = next;
      }
      return BodyHierarchy.of(bodies);
    };
  }

  /** {@return a generator of changes of every kind with numbers of predecessors and successors that fit it} */
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
}
