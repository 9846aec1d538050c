package io.github.cpvmodel.benchmarks.json;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.benchmarks.Workload;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.ValueKind;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.Provinces;
import io.github.cpvmodel.testkit.progress.ProgressGenerators;
import io.github.cpvmodel.testkit.property.Gen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The observations the JSON benchmarks read and write: figures of the provincial Party organisations of 2019 (63)
 * for indicators of every value kind in turn (a count, a ratio, a percentage, a yes/no), over the {@value #MONTHS}
 * months from September 2016 to December 2019, as many indicators as the count needs; each a value of its
 * indicator's kind from the testkit, final or provisional at random. The same count always gives the same
 * observations, in the same order: indicator by indicator, then province by province, then month by month.
 */
final class ObservationFeed {
  /** The day whose provinces report. */
  static final LocalDate DAY = LocalDate.of(2019, 12, 31);

  /** How many months each province reports on, for each indicator. */
  static final int MONTHS = 40;

  private static final List<Id> SUBJECTS = Provinces.on(DAY).stream()
      .map(province -> PartyBodies.organisationOf(province).id()).toList();

  private static final List<ReportingPeriod> PERIODS = months();

  private ObservationFeed() {}

  private static List<ReportingPeriod> months() {
    List<ReportingPeriod> months = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++) {
      LocalDate first = DAY.withDayOfMonth(1).minusMonths(MONTHS - 1 - i);
      months.add(ReportingPeriod.month(first.getYear(), first.getMonthValue()));
    }
    return List.copyOf(months);
  }

  /**
   * The indicators that {@code count} observations report on.
   *
   * @param count how many observations
   * @return the indicators, in order
   */
  static List<Indicator> indicators(int count) {
    int perIndicator = SUBJECTS.size() * MONTHS;
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < (count + perIndicator - 1) / perIndicator; i++) {
      ValueKind kind = ValueKind.values()[i % ValueKind.values().length];
      indicators.add(Indicator.of(Id.of("benchmark/indicator-" + i), LocalizedName.of("Chỉ tiêu " + i),
          LocalizedName.of("Chỉ tiêu đo " + kind.code() + " của đảng bộ tỉnh, thành phố"), kind));
    }
    return indicators;
  }

  /**
   * The observations, made one at a time as the stream is consumed, so that a million of them need not be held.
   *
   * @param count how many observations
   * @return the observations, in order
   */
  static Stream<Observation> observations(int count) {
    return StreamSupport.stream(Spliterators.spliterator(new Observations(count), count,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * The observations, their indicators and the built-in Party bodies (which the JSON gives by their ids alone) as
   * one dataset.
   *
   * @param count how many observations
   * @return the dataset, checked
   */
  static Dataset dataset(int count) {
    return Dataset.builder().addAllBodies(PartyBodies.all()).addAllIndicators(indicators(count))
        .addAllObservations(observations(count).toList()).build();
  }

  /** Makes the observations in order from one random source. */
  private static final class Observations implements Iterator<Observation> {
    private final int count;
    private final List<Indicator> indicators;
    private final Map<ValueKind, Gen<ObservedValue>> values = new EnumMap<>(ValueKind.class);
    private final RandomGenerator random = Workload.random("json-observations");
    private int made;

    Observations(int count) {
      this.count = count;
      this.indicators = indicators(count);
      for (ValueKind kind : ValueKind.values()) {
        values.put(kind, ProgressGenerators.observedValues(kind));
      }
    }

    @Override
    public boolean hasNext() {
      return made < count;
    }

    @Override
    public Observation next() {
      if (!hasNext()) {
        throw new NoSuchElementException("all " + count + " observations were made");
      }
      int i = made++;
      Indicator indicator = indicators.get(i / (SUBJECTS.size() * MONTHS));
      Id subject = SUBJECTS.get(i / MONTHS % SUBJECTS.size());
      return Observation.of(indicator.id(), subject, PERIODS.get(i % MONTHS),
          values.get(indicator.kind()).generate(random),
          random.nextBoolean() ? ObservationStatus.FINAL : ObservationStatus.PROVISIONAL);
    }
  }
}
