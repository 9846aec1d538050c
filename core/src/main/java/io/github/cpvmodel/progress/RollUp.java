package io.github.cpvmodel.progress;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyHierarchy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collector;

/**
 * The roll-up of the observations of a body's children to the body itself (<i>tổng hợp số liệu</i>), over the
 * hierarchy as it stood on a given day: the children expected to report are those standing under the parent on
 * that day, so a roll-up for 2019 counts the 63 provincial Party organisations and one for December 2025 the 34,
 * from the same data.
 *
 * <p>How values combine depends on the indicator's kind: yes/no observations become a {@link Ratio} of the
 * expected children that said yes (63 times yes is 63/63); counts add up; ratios add their numerators and their
 * denominators. Percentages cannot be rolled up without knowing what each is a percentage of, so an indicator of
 * that kind is rejected (rule {@link #KIND}): report its parts as a ratio instead.
 *
 * <p>Children that sent no observation are listed by name in {@link RollUpResult#missing()}; they are not
 * silently taken as zero or "no" (a yes/no roll-up with one province missing is 62/63 <em>and</em> names the
 * province); when no child reported at all there is no value, whatever the kind. Observations of bodies of the
 * hierarchy that were not children of the parent on that day, of other indicators or of other periods are passed
 * over, so one stream can feed many roll-ups; observations of the indicator and period whose subject is no body of
 * the hierarchy at all (a province's id given for its Party organisation's) are listed in
 * {@link RollUpResult#unknownSubjects()}. When a child has a provisional and a final observation, the final one
 * counts.
 *
 * <p><b>Through every level.</b> {@link #throughAllLevels} makes a child that sent nothing count as the roll-up of
 * its own children on the same day, and so on down: cells to grassroots organisations, communes to provinces,
 * provinces to the centre. A child that reported counts as itself, whatever its children sent. Counts add up and
 * ratios add their parts at every level. A yes/no child rolled up from its children counts as "yes" when all of them
 * count as "yes", as "no" when one counts as "no", and as missing otherwise, so the parent's value stays a ratio of
 * its own children (63/63 provinces). Every level names what is missing: {@link RollUpResult#rolledUp()} holds the
 * roll-up of each child that was rolled up, with its own {@code missing()}.
 *
 * <p>A roll-up is a single pass over a stream of observations, holding one slot per expected child:
 *
 * <pre>{@code
 * LocalDate day = LocalDate.of(2019, 9, 30);
 * Indicator planBuilt = Indicator.of(Id.of("congress-preparation/subcommittee-plan-built"),
 *     LocalizedName.of("Đã xây dựng kế hoạch", "Plan built"),
 *     LocalizedName.of("Cấp ủy đã ban hành kế hoạch", "Whether the Party committee has issued its plan"),
 *     ValueKind.YES_NO);
 * ReportingPeriod nineMonths = ReportingPeriod.parseLabel("9 tháng đầu năm 2019");
 * RollUp provinces = RollUp.of(PartyBodies.hierarchy(), PartyBodies.CENTRAL_COMMITTEE, day)
 *     .onlyChildren(PartyBodies::isProvincialOrganisation);
 * RollUpResult result = PartyBodies.provincialOrganisationsOn(day).stream()
 *     .map(body -> Observation.of(planBuilt.id(), body.id(), nineMonths, YesNo.YES, ObservationStatus.FINAL))
 *     .collect(provinces.collector(planBuilt, nineMonths));
 * result.value();   // Optional[63/63]: every one of the 63 said yes
 * result.missing(); // []
 * }</pre>
 *
 * <p>Immutable and safe to share between threads. The collector is one pass that keeps one slot per body of the
 * hierarchy below the parent and a set of unknown subjects; merging two partial results is associative and
 * commutative (a final observation beats a provisional one, equal duplicates are one), so the collector may run on a
 * parallel stream, and the same merge can combine partial results computed elsewhere.
 */
public final class RollUp {
  /** The indicator's values can be combined. */
  public static final Rule KIND = Rule.of("roll-up.kind",
      "only yes/no, count and ratio indicators can be rolled up; report a percentage as a ratio to roll it up");

  /** A child reports once per indicator, period and status. */
  public static final Rule DUPLICATE = Rule.of("roll-up.duplicate",
      "a body has at most one provisional and one final observation of an indicator for a period");

  private static final int[] NONE = new int[0];

  private final BodyHierarchy hierarchy;
  private final Id parent;
  private final LocalDate asOf;
  private final ImmutableList<Body> expected;
  private final Predicate<? super Body> below;
  /** Every body that can count: the expected children first, then, level by level, those below them. */
  private final ImmutableList<Body> nodes;
  private final SlotIndex slots;
  /** The slots of the children of each node that count when the node sent nothing. */
  private final int[][] children;
  /** The bodies of those children, the same for every indicator and period, so made once. */
  private final ImmutableList<ImmutableList<Body>> childBodies;

  private RollUp(BodyHierarchy hierarchy, Id parent, LocalDate asOf, ImmutableList<Body> expected,
      Predicate<? super Body> below) {
    this.hierarchy = hierarchy;
    this.parent = parent;
    this.asOf = asOf;
    this.expected = expected;
    this.below = below;
    List<Body> nodes = new ArrayList<>(expected);
    Map<Id, Integer> index = new HashMap<>();
    index.put(parent, -1);
    for (int i = 0; i < nodes.size(); i++) {
      index.putIfAbsent(nodes.get(i).id(), i);
    }
    List<int[]> children = new ArrayList<>();
    // Level by level; a body already placed (a cycle in a broken hierarchy) is not placed again.
    for (int i = 0; i < nodes.size(); i++) {
      List<Integer> kids = new ArrayList<>();
      for (Body child : hierarchy.childrenOn(nodes.get(i).id(), asOf)) {
        if (below.test(child) && !index.containsKey(child.id())) {
          index.put(child.id(), nodes.size());
          kids.add(nodes.size());
          nodes.add(child);
        }
      }
      children.add(kids.isEmpty() ? NONE : kids.stream().mapToInt(Integer::intValue).toArray());
    }
    index.remove(parent);
    this.nodes = ImmutableList.copyOf(nodes);
    this.slots = new SlotIndex(index);
    this.children = children.toArray(new int[0][]);
    ImmutableList.Builder<ImmutableList<Body>> childBodies = ImmutableList.builderWithExpectedSize(nodes.size());
    for (int[] kids : this.children) {
      ImmutableList.Builder<Body> bodies = ImmutableList.builderWithExpectedSize(kids.length);
      for (int kid : kids) {
        bodies.add(nodes.get(kid));
      }
      childBodies.add(bodies.build());
    }
    this.childBodies = childBodies.build();
  }

  /**
   * A roll-up to {@code parent} over the children it had on {@code asOf}, one level deep.
   *
   * @param hierarchy the bodies
   * @param parent the body to roll up to
   * @param asOf the day whose hierarchy counts, usually the last day of the reporting period
   * @return the roll-up
   * @throws ValidationException if {@code parent} is not in the hierarchy (rule
   *     {@link BodyHierarchy#UNKNOWN_BODY})
   */
  public static RollUp of(BodyHierarchy hierarchy, Id parent, LocalDate asOf) {
    requireNonNull(parent, "parent");
    requireNonNull(asOf, "asOf");
    return new RollUp(hierarchy, parent, asOf, hierarchy.childrenOn(parent, asOf), body -> false);
  }

  /**
   * This roll-up over only some of the children, e.g. the provincial Party organisations among the bodies under
   * the Central Committee.
   *
   * @param which the children expected to report
   * @return the narrower roll-up
   */
  public RollUp onlyChildren(Predicate<? super Body> which) {
    requireNonNull(which, "which");
    return new RollUp(hierarchy, parent, asOf,
        expected.stream().filter(which).collect(ImmutableList.toImmutableList()), below);
  }

  /**
   * This roll-up through every level below the children: a child that sent nothing counts as the roll-up of those
   * of its own children on {@link #asOf()} that {@code reporting} accepts, and so on down.
   *
   * <pre>{@code
   * RollUp.of(PartyBodies.hierarchy(), PartyBodies.CENTRAL_COMMITTEE, LocalDate.of(2019, 9, 30))
   *     .onlyChildren(PartyBodies::isProvincialOrganisation)
   *     .throughAllLevels(body -> body.kind() == BodyKind.PARTY_ORGANISATION || body.kind() == BodyKind.CELL);
   * }</pre>
   *
   * @param reporting the bodies below the children that report, e.g. Party organisations and cells but not the
   *     committees and commissions that stand under them too
   * @return the deeper roll-up
   */
  public RollUp throughAllLevels(Predicate<? super Body> reporting) {
    requireNonNull(reporting, "reporting");
    return new RollUp(hierarchy, parent, asOf, expected, reporting);
  }

  /** {@return the id of the body rolled up to} */
  public Id parent() {
    return parent;
  }

  /** {@return the day whose hierarchy counts} */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The children expected to report: those under the parent on {@link #asOf()} that this roll-up keeps.
   *
   * @return the children, in the hierarchy's order
   */
  public ImmutableList<Body> expected() {
    return expected;
  }

  /**
   * A collector that rolls up, in one pass, the observations of {@code indicator} for {@code period} among those
   * it is given.
   *
   * @param indicator the indicator
   * @param period the period
   * @return the collector; it throws a {@link ValidationException} for an observation of the indicator whose
   *     value is of another kind (rule {@link ValueKind#MATCH}) or a second one of a body with the same status
   *     and another value (rule {@link #DUPLICATE})
   * @throws ValidationException if the indicator measures percentages (rule {@link #KIND})
   */
  public Collector<Observation, ?, RollUpResult> collector(Indicator indicator, ReportingPeriod period) {
    requireNonNull(period, "period");
    KIND.require(indicator.kind() != ValueKind.PERCENTAGE, "indicator",
        "indicator '%s' measures percentages", indicator.id());
    return Collector.of(() -> new Slots(indicator, period), Slots::add, Slots::merge, Slots::result,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * The slot of each body that can count, by its id: an open-addressing table of the ids and, beside it, their slots.
   * A roll-up looks one up for every observation it is given, so the table is laid out to touch little memory: the
   * ids' hashes are made when the ids are, and a slot number needs no box.
   */
  private static final class SlotIndex {
    private final Id[] ids;
    private final int[] slots;

    SlotIndex(Map<Id, Integer> index) {
      int size = Integer.highestOneBit(Math.max(2, index.size()) * 2) * 2;
      ids = new Id[size];
      slots = new int[size];
      index.forEach((id, slot) -> {
        int at = at(id);
        while (ids[at] != null) {
          at = (at + 1) & (ids.length - 1);
        }
        ids[at] = id;
        slots[at] = slot;
      });
    }

    private int at(Id id) {
      int h = id.hashCode();
      return (h ^ (h >>> 16)) & (ids.length - 1);
    }

    /** {@return the slot of the body with this id, or -1} */
    int get(Id id) {
      for (int at = at(id); ids[at] != null; at = (at + 1) & (ids.length - 1)) {
        if (ids[at].equals(id)) {
          return slots[at];
        }
      }
      return -1;
    }
  }

  /**
   * One slot per body that can count, holding the value of its final observation and that of its provisional one,
   * and the subjects that name no body; the final value counts over a provisional one.
   */
  private final class Slots {
    private final Indicator indicator;
    private final Id indicatorId;
    private final ReportingPeriod period;
    /** The final value of each slot, and the provisional one, kept apart so that the order never matters. */
    private final ObservedValue[] finals = new ObservedValue[nodes.size()];
    private final ObservedValue[] provisionals = new ObservedValue[nodes.size()];
    private final Set<Id> unknown = new TreeSet<>();

    Slots(Indicator indicator, ReportingPeriod period) {
      this.indicator = indicator;
      this.indicatorId = indicator.id();
      this.period = period;
    }

    void add(Observation observation) {
      if (!observation.indicator().equals(indicatorId) || !observation.period().equals(period)) {
        return;
      }
      int slot = slots.get(observation.subject());
      if (slot >= 0) {
        indicator.requireFigure(observation);
        put(slot, observation.value(), observation.status());
      } else if (!hierarchy.contains(observation.subject())) {
        unknown.add(observation.subject());
      }
    }

    private void put(int slot, ObservedValue value, ObservationStatus status) {
      ObservedValue[] kept = status == ObservationStatus.FINAL ? finals : provisionals;
      ObservedValue held = kept[slot];
      if (held == null) {
        kept[slot] = value;
      } else if (!held.equals(value)) {
        DUPLICATE.require(false, "subject", "'%s' has two %s observations of '%s' for %s: '%s' and '%s'",
            nodes.get(slot).id(), status.code(), indicatorId, period, held, value);
      }
    }

    Slots merge(Slots other) {
      for (int i = 0; i < finals.length; i++) {
        if (other.finals[i] != null) {
          put(i, other.finals[i], ObservationStatus.FINAL);
        }
        if (other.provisionals[i] != null) {
          put(i, other.provisionals[i], ObservationStatus.PROVISIONAL);
        }
      }
      unknown.addAll(other.unknown);
      return this;
    }

    RollUpResult result() {
      int[] top = new int[expected.size()];
      for (int i = 0; i < top.length; i++) {
        top[i] = i;
      }
      return level(parent, top, expected, ImmutableList.copyOf(unknown));
    }

    /**
     * The roll-up to {@code to} of the nodes {@code kids}, whose bodies are {@code expectedHere}, each counting as
     * itself or as its own roll-up.
     */
    private RollUpResult level(Id to, int[] kids, ImmutableList<Body> expectedHere,
        ImmutableList<Id> unknownSubjects) {
      ImmutableList.Builder<Body> missing = ImmutableList.builder();
      ImmutableList.Builder<RollUpResult> rolledUp = ImmutableList.builder();
      Sum sum = new Sum();
      for (int kid : kids) {
        if (finals[kid] != null) {
          sum.add(finals[kid], ObservationStatus.FINAL);
          continue;
        } else if (provisionals[kid] != null) {
          sum.add(provisionals[kid], ObservationStatus.PROVISIONAL);
          continue;
        }
        Optional<ObservedValue> part = Optional.empty();
        if (children[kid].length > 0) {
          RollUpResult below = level(nodes.get(kid).id(), children[kid], childBodies.get(kid), ImmutableList.of());
          rolledUp.add(below);
          part = asChild(below);
          part.ifPresent(value -> sum.add(value, below.status()));
        }
        if (part.isEmpty()) {
          missing.add(nodes.get(kid));
        }
      }
      return RollUpResult.of(indicatorId, to, period, asOf, sum.value(kids.length), expectedHere,
          missing.build(), rolledUp.build(), unknownSubjects,
          sum.provisional ? ObservationStatus.PROVISIONAL : ObservationStatus.FINAL);
    }

    /** What a body that sent nothing counts as in its parent's roll-up, from the roll-up of its own children. */
    private Optional<ObservedValue> asChild(RollUpResult below) {
      if (indicator.kind() != ValueKind.YES_NO) {
        return below.value();
      }
      long yes = below.value().map(v -> ((Ratio) v).numerator()).orElse(0L);
      long no = below.expected().size() - yes - below.missing().size();
      if (no > 0) {
        return Optional.of(YesNo.NO);
      }
      return below.missing().isEmpty() ? Optional.of(YesNo.YES) : Optional.empty();
    }

    /** The parts of one level's value. */
    private final class Sum {
      boolean provisional;
      int counted;
      long yes;
      long count;
      long numerator;
      long denominator;

      void add(ObservedValue value, ObservationStatus status) {
        counted++;
        provisional |= status == ObservationStatus.PROVISIONAL;
        if (value instanceof YesNo) {
          yes += ((YesNo) value).isYes() ? 1 : 0;
        } else if (value instanceof Count) {
          count = Math.addExact(count, ((Count) value).value());
        } else {
          numerator = Math.addExact(numerator, ((Ratio) value).numerator());
          denominator = Math.addExact(denominator, ((Ratio) value).denominator());
        }
      }

      Optional<ObservedValue> value(int expected) {
        if (counted == 0) {
          return Optional.empty();
        }
        switch (indicator.kind()) {
          case YES_NO:
            return Optional.of(Ratio.of(yes, expected));
          case COUNT:
            return Optional.of(Count.of(count));
          default:
            return denominator == 0 ? Optional.empty() : Optional.of(Ratio.of(numerator, denominator));
        }
      }
    }
  }
}
