package io.github.cpvmodel.benchmarks.progress;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingLong;
import static java.util.stream.Collectors.toList;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.benchmarks.Measured;
import io.github.cpvmodel.benchmarks.Workload;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.body.ParentLink;
import io.github.cpvmodel.progress.Count;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.RollUp;
import io.github.cpvmodel.progress.RollUpResult;
import io.github.cpvmodel.progress.ValueKind;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.Province;
import io.github.cpvmodel.reference.Provinces;
import io.github.cpvmodel.testkit.progress.ProgressGenerators;
import io.github.cpvmodel.testkit.property.Gen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The roll-up of a national feed of figures through every level of the Party's organisation
 * (<i>tổng hợp số liệu từ chi bộ lên Trung ương</i>): 5,000,000 observations of one count indicator, in twenty
 * monthly batches of 250,000 (January 2018 to August 2019), sent by the cells (<i>chi bộ</i>) of a hierarchy of
 * five levels: the Central Committee, the 63 provincial Party organisations of 2019, ten district ones under each,
 * twenty grassroots ones under each district and twenty cells under each grassroots organisation (252,000 cells).
 * Each month 240,000 cells send one figure (one in ten provisional, one in 2,000 under an id no body has), 5,000
 * send a provisional and a final one, and 7,000 send nothing; the values are the testkit's counts, and each batch
 * arrives in no particular order. One operation rolls up every month, each from its own batch.
 *
 * <p>Three paths compute the same thing, checked equal before timing: for every month, the total at the centre,
 * whether any figure that counted was provisional, every body that counts as nothing, and the ids that name no body.
 * <ul>
 *   <li>{@link #library}: {@code RollUp.throughAllLevels}, its collector over a stream of each batch;</li>
 *   <li>{@link #grouping}: the same observations grouped by subject with {@code Collectors.groupingBy}, then
 *       summed level by level up the same hierarchy;</li>
 *   <li>{@link #loop}: a hand-written loop over plain records of the same figures and a plain tree of arrays.</li>
 * </ul>
 * The {@link RollUp}, like the baselines' indexes of the tree, is built once, outside the timing: a roll-up is
 * made for a hierarchy and a day, and serves every indicator and period.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 10, time = 2)
public class RollUpBenchmark extends Measured {
  /** How many observations the feed holds. */
  public static final int OBSERVATIONS = 5_000_000;

  static final int MONTHS = 20;
  static final int DISTRICTS = 10;
  static final int GRASSROOTS = 20;
  static final int CELLS = 20;
  /** Each month: the cells that send one figure, those that send two, and the silent ones. */
  static final int SINGLE = 240_000;
  static final int DOUBLE = 5_000;

  /** A benchmark; JMH makes it. */
  public RollUpBenchmark() {}

  static final LocalDate AS_OF = LocalDate.of(2019, 8, 31);
  static final List<ReportingPeriod> PERIODS = months();
  static final Indicator INDICATOR = Indicator.of(Id.of("party-building/members-admitted"),
      LocalizedName.of("Số đảng viên mới kết nạp", "New members admitted"),
      LocalizedName.of("Số đảng viên được kết nạp trong kỳ", "Members admitted during the period"), ValueKind.COUNT);

  /** The hierarchy, the feed, and the roll-up the library times. */
  @State(Scope.Benchmark)
  public static class Feed {
    /** How many months of the feed to roll up: all 20 ({@value #OBSERVATIONS} observations) but in a quick run. */
    @Param({"20"})
    public int months;

    BodyHierarchy hierarchy;
    /** Every body below the centre, level by level: provinces, districts, grassroots organisations, cells. */
    List<List<Body>> levels;
    /** The batches, one a month, in the order of {@link #PERIODS}. */
    List<List<Observation>> batches;
    RollUp rollUp;
    /** What the library computes, against which every baseline is checked. */
    List<Summary> expected;

    /** Draws the hierarchy and the feed. */
    @Setup
    public void setUp() {
      RandomGenerator random = Workload.random("roll-up");
      Validity life = Validity.closed(LocalDate.of(2010, 1, 1), LocalDate.of(2025, 6, 30));
      List<Body> bodies = new ArrayList<>(List.of(PartyBodies.hierarchy().byId(PartyBodies.CENTRAL_COMMITTEE)));
      List<Body> provinces = new ArrayList<>();
      for (Province province : Provinces.on(AS_OF)) {
        provinces.add(PartyBodies.organisationOf(province));
      }
      levels = new ArrayList<>(List.of(provinces));
      levels.add(below(provinces, DISTRICTS, "d", "Đảng bộ huyện ", BodyKind.PARTY_ORGANISATION, BodyLevel.DISTRICT,
          life));
      levels.add(below(levels.get(1), GRASSROOTS, "g", "Đảng bộ xã ", BodyKind.PARTY_ORGANISATION,
          BodyLevel.GRASSROOTS, life));
      levels.add(below(levels.get(2), CELLS, "c", "Chi bộ ", BodyKind.CELL, BodyLevel.CELL, life));
      levels.forEach(bodies::addAll);
      hierarchy = BodyHierarchy.of(bodies);
      rollUp = RollUp.of(hierarchy, PartyBodies.CENTRAL_COMMITTEE, AS_OF)
          .onlyChildren(PartyBodies::isProvincialOrganisation)
          .throughAllLevels(body -> true);
      batches = new ArrayList<>();
      for (ReportingPeriod month : PERIODS.subList(0, months)) {
        batches.add(batch(month, levels.get(3), random));
      }
      if (batches.stream().mapToInt(List::size).sum() != OBSERVATIONS / MONTHS * months) {
        throw new IllegalStateException("the feed does not hold " + OBSERVATIONS / MONTHS * months + " observations");
      }
      expected = rollUp(this).stream().map(Summary::of).collect(toList());
      Workload.settle();
    }

    /** {@code count} bodies under each parent, each living as long as the link. */
    private static List<Body> below(List<Body> parents, int count, String segment, String name, BodyKind kind,
        BodyLevel level, Validity life) {
      List<LocalizedName> names = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        names.add(LocalizedName.of(name + i));
      }
      List<Body> children = new ArrayList<>(parents.size() * count);
      for (Body parent : parents) {
        Validity link = parent.validity().encloses(life) ? life : parent.validity();
        for (int i = 0; i < count; i++) {
          children.add(Body.builder().id(parent.id().child(segment + (i + 1))).kind(kind).level(level)
              .name(names.get(i)).validity(link).addParents(ParentLink.of(parent.id(), link)).build());
        }
      }
      return children;
    }

    /** The batch of one month: one figure of most cells, two of some, none of the silent ones, shuffled. */
    private static List<Observation> batch(ReportingPeriod month, List<Body> cells, RandomGenerator random) {
      List<Body> senders = new ArrayList<>(cells);
      Collections.shuffle(senders, new Random(random.nextLong()));
      Gen<Count> counts = ProgressGenerators.counts();
      List<Observation> batch = new ArrayList<>(SINGLE + 2 * DOUBLE);
      for (int i = 0; i < SINGLE + DOUBLE; i++) {
        Body cell = senders.get(i);
        if (i < SINGLE) {
          Id subject = random.nextInt(2_000) == 0 ? cell.id().child("old") : cell.id();
          ObservationStatus status = random.nextInt(10) == 0 ? ObservationStatus.PROVISIONAL : ObservationStatus.FINAL;
          batch.add(Observation.of(INDICATOR.id(), subject, month, counts.generate(random), status));
        } else {
          batch.add(Observation.of(INDICATOR.id(), cell.id(), month, counts.generate(random),
              ObservationStatus.PROVISIONAL));
          batch.add(Observation.of(INDICATOR.id(), cell.id(), month, counts.generate(random),
              ObservationStatus.FINAL));
        }
      }
      Collections.shuffle(batch, new Random(random.nextLong()));
      // Made again in the order they arrive, as a reader of the feed makes them, so that the observations and their
      // values lie in memory in that order, as the baselines' records do.
      List<Observation> arrived = new ArrayList<>(batch.size());
      for (Observation o : batch) {
        arrived.add(Observation.of(o.indicator(), o.subject(), o.period(), Count.of(((Count) o.value()).value()),
            o.status()));
      }
      return arrived;
    }
  }

  private static List<ReportingPeriod> months() {
    List<ReportingPeriod> months = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++) {
      LocalDate first = AS_OF.withDayOfMonth(1).minusMonths(MONTHS - 1 - i);
      months.add(ReportingPeriod.month(first.getYear(), first.getMonthValue()));
    }
    return List.copyOf(months);
  }

  /**
   * What a roll-up computes, in a form every path can give: the total at the centre, whether a provisional figure
   * counted, the ids of the bodies that count as nothing (sorted) and those of the subjects that name no body.
   *
   * @param total the total
   * @param provisional whether a provisional figure counted
   * @param missing the bodies that count as nothing, sorted
   * @param unknown the subjects that name no body, sorted
   */
  public record Summary(long total, boolean provisional, List<String> missing, List<String> unknown) {
    static Summary of(RollUpResult result) {
      return new Summary(result.value().map(v -> ((Count) v).value()).orElse(0L),
          result.status() == ObservationStatus.PROVISIONAL,
          result.allMissing().stream().map(b -> b.id().value()).sorted().collect(toList()),
          result.unknownSubjects().stream().map(Id::value).collect(toList()));
    }
  }

  /**
   * The library: one pass of the roll-up's collector over each month's batch.
   *
   * @param feed the feed
   * @return the roll-up of each month
   */
  @Benchmark
  public List<RollUpResult> library(Feed feed) {
    return rollUp(feed);
  }

  static List<RollUpResult> rollUp(Feed feed) {
    List<RollUpResult> results = new ArrayList<>(MONTHS);
    for (int m = 0; m < feed.batches.size(); m++) {
      results.add(feed.batches.get(m).stream().collect(feed.rollUp.collector(INDICATOR, PERIODS.get(m))));
    }
    return results;
  }

  /** A figure as a plain record, as a program without the library would hold it. */
  record Reported(String indicator, String subject, String period, long count, boolean isFinal) {}

  /** The feed as plain records and the hierarchy as arrays, for the hand-written loop. */
  @State(Scope.Benchmark)
  public static class Records {
    /** The batches as records. */
    List<List<Reported>> batches;
    /** The ids of the bodies below the centre, level by level. */
    String[] ids;
    /** The slot of each body's parent, or -1 under the centre. */
    int[] parents;
    Map<String, Integer> slots;
    /** Every id of the hierarchy, to tell a body outside the roll-up from an id of no body. */
    Set<String> known;

    /**
     * Copies the feed into records and checks that the loop computes what the library does.
     *
     * @param feed the feed
     */
    @Setup
    public void setUp(Feed feed) {
      batches = feed.batches.stream().map(batch -> batch.stream().map(o -> new Reported(o.indicator().value(),
          o.subject().value(), o.period().toString(), ((Count) o.value()).value(),
          o.status() == ObservationStatus.FINAL)).collect(toList())).collect(toList());
      List<Body> bodies = feed.levels.stream().flatMap(List::stream).collect(toList());
      ids = new String[bodies.size()];
      parents = new int[bodies.size()];
      slots = new HashMap<>();
      for (int i = 0; i < ids.length; i++) {
        ids[i] = bodies.get(i).id().value();
        slots.put(ids[i], i);
      }
      for (int i = 0; i < ids.length; i++) {
        Id parent = bodies.get(i).parentOn(AS_OF).orElseThrow();
        parents[i] = parent.equals(PartyBodies.CENTRAL_COMMITTEE) ? -1 : slots.get(parent.value());
      }
      known = feed.hierarchy.bodies().stream().map(b -> b.id().value()).collect(Collectors.toSet());
      Workload.requireSame("roll-up, hand-written loop", feed.expected, handWritten(this));
    }
  }

  /**
   * The baseline a program without the library would write: one loop over plain records into arrays, then one
   * pass from the cells up.
   *
   * @param records the records and the tree
   * @return the same summaries as the library's roll-ups
   */
  @Benchmark
  public List<Summary> loop(Records records) {
    return handWritten(records);
  }

  static List<Summary> handWritten(Records records) {
    List<Summary> summaries = new ArrayList<>(MONTHS);
    for (int m = 0; m < records.batches.size(); m++) {
      summaries.add(handWritten(records, records.batches.get(m), PERIODS.get(m).toString()));
    }
    return summaries;
  }

  private static Summary handWritten(Records records, List<Reported> batch, String period) {
    String indicator = INDICATOR.id().value();
    int n = records.ids.length;
    long[] finals = new long[n];
    long[] provisionals = new long[n];
    byte[] sent = new byte[n];
    Set<String> unknown = new TreeSet<>();
    for (Reported r : batch) {
      if (!r.indicator().equals(indicator) || !r.period().equals(period)) {
        continue;
      }
      Integer slot = records.slots.get(r.subject());
      if (slot == null) {
        if (!records.known.contains(r.subject())) {
          unknown.add(r.subject());
        }
        continue;
      }
      int s = slot;
      int bit = r.isFinal() ? 1 : 2;
      long[] values = r.isFinal() ? finals : provisionals;
      if ((sent[s] & bit) != 0 && values[s] != r.count()) {
        throw new IllegalStateException("two different figures of " + r.subject());
      }
      values[s] = r.count();
      sent[s] |= (byte) bit;
    }
    // Children come after their parents, so one pass backwards sums each body before its parent needs it.
    long[] sums = new long[n];
    boolean[] counted = new boolean[n];
    boolean[] provisional = new boolean[n];
    long total = 0;
    boolean anyProvisional = false;
    for (int i = n - 1; i >= 0; i--) {
      if ((sent[i] & 1) != 0) {
        sums[i] = finals[i];
        counted[i] = true;
        provisional[i] = false;
      } else if (sent[i] != 0) {
        sums[i] = provisionals[i];
        counted[i] = true;
        provisional[i] = true;
      }
      if (counted[i]) {
        int p = records.parents[i];
        if (p < 0) {
          total = Math.addExact(total, sums[i]);
          anyProvisional |= provisional[i];
        } else {
          sums[p] = Math.addExact(sums[p], sums[i]);
          counted[p] = true;
          provisional[p] |= provisional[i];
        }
      }
    }
    // A body is looked at when every body above it was rolled up from its children.
    List<String> missing = new ArrayList<>();
    boolean[] rolledUp = new boolean[n];
    for (int i = 0; i < n; i++) {
      int p = records.parents[i];
      boolean lookedAt = p < 0 || rolledUp[p];
      rolledUp[i] = lookedAt && sent[i] == 0;
      if (lookedAt && !counted[i]) {
        missing.add(records.ids[i]);
      }
    }
    Collections.sort(missing);
    return new Summary(total, anyProvisional, missing, new ArrayList<>(unknown));
  }

  /** The tree as maps of ids, for the grouping baseline. */
  @State(Scope.Benchmark)
  public static class Groups {
    Feed feed;
    Map<Id, Id> parents;
    Set<Id> known;

    /**
     * Indexes the tree and checks that the grouping computes what the library does.
     *
     * @param feed the feed
     */
    @Setup
    public void setUp(Feed feed) {
      this.feed = feed;
      parents = new HashMap<>();
      for (List<Body> level : feed.levels) {
        for (Body body : level) {
          parents.put(body.id(), body.parentOn(AS_OF).orElseThrow());
        }
      }
      known = feed.hierarchy.bodies().stream().map(Body::id).collect(Collectors.toSet());
      Workload.requireSame("roll-up, Collectors.groupingBy", feed.expected, grouped(this));
    }
  }

  /**
   * The baseline a program written with streams would use: group the figures by subject, pick the final one, then
   * group the sums by parent, level by level from the cells up.
   *
   * @param groups the tree
   * @return the same summaries as the library's roll-ups
   */
  @Benchmark
  public List<Summary> grouping(Groups groups) {
    return grouped(groups);
  }

  static List<Summary> grouped(Groups groups) {
    List<Summary> summaries = new ArrayList<>(MONTHS);
    for (int m = 0; m < groups.feed.batches.size(); m++) {
      ReportingPeriod period = PERIODS.get(m);
      summaries.add(grouped(groups, groups.feed.batches.get(m).stream()
          .filter(o -> o.indicator().equals(INDICATOR.id()) && o.period().equals(period))
          .collect(groupingBy(Observation::subject))));
    }
    return summaries;
  }

  private static Summary grouped(Groups groups, Map<Id, List<Observation>> bySubject) {
    List<String> unknown = bySubject.keySet().stream().filter(id -> !groups.known.contains(id)).map(Id::value)
        .sorted().collect(toList());
    Map<Id, Observation> chosen = new HashMap<>();
    bySubject.forEach((subject, figures) -> {
      if (groups.parents.containsKey(subject)) {
        chosen.put(subject, figures.stream().filter(o -> o.status() == ObservationStatus.FINAL).findFirst()
            .orElse(figures.get(0)));
      }
    });
    List<List<Body>> levels = groups.feed.levels;
    List<Map<Id, Long>> values = new ArrayList<>(Collections.nCopies(levels.size(), Map.of()));
    Map<Id, Long> childSums = Map.of();
    Set<Id> childProvisional = Set.of();
    for (int l = levels.size() - 1; l >= 0; l--) {
      Map<Id, Long> here = new HashMap<>();
      Set<Id> provisionalHere = new HashSet<>();
      for (Body body : levels.get(l)) {
        Observation own = chosen.get(body.id());
        if (own != null) {
          here.put(body.id(), ((Count) own.value()).value());
          if (own.status() == ObservationStatus.PROVISIONAL) {
            provisionalHere.add(body.id());
          }
        } else if (childSums.containsKey(body.id())) {
          here.put(body.id(), childSums.get(body.id()));
          if (childProvisional.contains(body.id())) {
            provisionalHere.add(body.id());
          }
        }
      }
      values.set(l, here);
      childSums = here.entrySet().stream().collect(groupingBy(e -> groups.parents.get(e.getKey()),
          summingLong(e -> e.getValue())));
      childProvisional = provisionalHere.stream().map(groups.parents::get).collect(Collectors.toSet());
    }
    // The children of the centre are looked at, and those of every body looked at that sent nothing itself.
    List<String> missing = new ArrayList<>();
    Set<Id> open = Set.of(PartyBodies.CENTRAL_COMMITTEE);
    for (int l = 0; l < levels.size(); l++) {
      Set<Id> next = new HashSet<>();
      for (Body body : levels.get(l)) {
        if (open.contains(groups.parents.get(body.id()))) {
          if (!values.get(l).containsKey(body.id())) {
            missing.add(body.id().value());
          }
          if (!chosen.containsKey(body.id())) {
            next.add(body.id());
          }
        }
      }
      open = next;
    }
    Collections.sort(missing);
    return new Summary(childSums.getOrDefault(PartyBodies.CENTRAL_COMMITTEE, 0L),
        childProvisional.contains(PartyBodies.CENTRAL_COMMITTEE), missing, unknown);
  }
}
