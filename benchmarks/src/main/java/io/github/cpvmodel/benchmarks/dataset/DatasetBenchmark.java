package io.github.cpvmodel.benchmarks.dataset;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.benchmarks.Measured;
import io.github.cpvmodel.benchmarks.Workload;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.body.ParentLink;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.ValueKind;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.testkit.dataset.DatasetGenerators;
import io.github.cpvmodel.testkit.progress.ProgressGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The check of a whole {@link Dataset} ({@code Dataset.builder()…build()}) as its progress data grows tenfold and
 * tenfold again: 10,000, 100,000 and 1,000,000 observations. The dataset is one the testkit generates (the built-in
 * bodies and documents, a conference with its people, posts, tenures and citations, a provincial congress), to which
 * are added one grassroots Party organisation for every 20 observations (under the provincial organisations of the
 * conference's day), four indicators (a count, a ratio, a percentage and a yes/no) and the observations, each of a
 * grassroots organisation, an indicator and one of five quarters, with a value of the indicator's kind from the
 * testkit. Bodies and observations grow together; the reference data is the same at every size.
 *
 * <p>At every size the fork holds {@link #total} observations in all (a million, but in the quick run), as
 * {@code total / observations} datasets' worth of bodies and observations (at least one), and each operation checks
 * the next of them in turn. A small dataset checked
 * again and again would otherwise stay in the processor's cache (100,000 observations fit in its 32 MB, a million do
 * not), and the ratios would measure the cache rather than the check: here every size checks data that the
 * operations before it have pushed out of the cache, as an application checking the datasets it receives does.
 *
 * <p>The ratios of interest are time(100,000) / time(10,000) and time(1,000,000) / time(100,000): a check linear in
 * the size of the data gives 10 for both.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DatasetBenchmark extends Measured {
  /** How many observations each grassroots organisation sends. */
  static final int PER_BODY = 20;

  /** How many observations the fork holds at every size: a million, fewer in the quick run. */
  @Param({"1000000"})
  public int total;

  /** How many observations the dataset holds. */
  @Param({"10000", "100000", "1000000"})
  public int observations;

  Dataset base;
  List<Indicator> indicators;
  /** The bodies of each dataset's worth, and its observations. */
  List<List<Body>> bodies;
  List<List<Observation>> feeds;
  private int next;

  /** A benchmark; JMH makes it. */
  public DatasetBenchmark() {}

  /** Draws the datasets' worth of data and checks each once, so that the timing measures datasets that pass. */
  @Setup
  public void setUp() {
    RandomGenerator random = Workload.random("dataset");
    base = DatasetGenerators.datasets().generate(random);
    LocalDate day = base.conferences().get(0).time().firstDay();
    List<Body> provinces = PartyBodies.provincialOrganisationsOn(day);
    indicators = new ArrayList<>();
    for (ValueKind kind : ValueKind.values()) {
      indicators.add(Indicator.of(Id.of("benchmark/" + kind.code()), LocalizedName.of("Chỉ tiêu " + kind.code()),
          LocalizedName.of("Chỉ tiêu để đo thời gian kiểm tra"), kind));
    }
    List<ReportingPeriod> quarters = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      quarters.add(ReportingPeriod.quarter(day.getYear() - 1, q));
    }
    quarters.add(ReportingPeriod.quarter(day.getYear(), 1));
    LocalizedName name = LocalizedName.of("Đảng bộ xã");
    bodies = new ArrayList<>();
    feeds = new ArrayList<>();
    for (int copy = 0; copy < Math.max(1, total / observations); copy++) {
      List<Body> these = new ArrayList<>();
      for (int i = 0; i < observations / PER_BODY; i++) {
        Body parent = provinces.get(i % provinces.size());
        these.add(Body.builder().id(parent.id().child("g" + copy + "-" + i)).kind(BodyKind.PARTY_ORGANISATION)
            .level(BodyLevel.GRASSROOTS).name(name).validity(parent.validity())
            .addParents(ParentLink.of(parent.id(), parent.validity())).build());
      }
      List<Observation> feed = new ArrayList<>(observations);
      for (Body body : these) {
        for (Indicator indicator : indicators) {
          for (ReportingPeriod quarter : quarters) {
            feed.add(Observation.of(indicator.id(), body.id(), quarter,
                ProgressGenerators.observedValues(indicator.kind()).generate(random),
                random.nextBoolean() ? ObservationStatus.FINAL : ObservationStatus.PROVISIONAL));
          }
        }
      }
      bodies.add(these);
      feeds.add(feed);
    }
    for (int copy = 0; copy < feeds.size(); copy++) {
      if (feeds.get(copy).size() != observations
          || check().observations().size() != observations + base.observations().size()) {
        throw new IllegalStateException("the dataset does not hold " + observations + " observations");
      }
    }
    Workload.settle();
  }

  /**
   * Builds and checks the next dataset.
   *
   * @return the dataset
   */
  @Benchmark
  public Dataset check() {
    int copy = next;
    next = copy + 1 == feeds.size() ? 0 : copy + 1;
    return Dataset.builder().from(base).addAllBodies(bodies.get(copy)).addAllIndicators(indicators)
        .addAllObservations(feeds.get(copy)).build();
  }
}
