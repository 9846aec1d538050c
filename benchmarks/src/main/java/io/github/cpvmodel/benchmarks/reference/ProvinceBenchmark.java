package io.github.cpvmodel.benchmarks.reference;

import io.github.cpvmodel.benchmarks.Comparison;
import io.github.cpvmodel.benchmarks.Workload;
import io.github.cpvmodel.benchmarks.text.NaiveFold;
import io.github.cpvmodel.reference.Province;
import io.github.cpvmodel.reference.Provinces;
import io.github.cpvmodel.testkit.text.TextGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Setup;

/**
 * Looking up a provincial-level unit by its name on a day: names of the units of both eras, bare ("Đồng Nai") or with
 * their kind ("Tỉnh Đồng Nai"), half as written and half spelt awkwardly (NFD, Ð for Đ, upper or mixed case, extra
 * spaces), each with a day on which the unit existed: {@link Provinces#byName} against folding the name with
 * {@link NaiveFold} and looking the key up in a {@code HashMap} of the units' names folded beforehand.
 */
public class ProvinceBenchmark extends Comparison<ProvinceBenchmark.Query> {
  private final Map<String, List<Province>> byKey = new HashMap<>();

  /** A benchmark; JMH makes it. */
  public ProvinceBenchmark() {}

  /**
   * A look-up.
   *
   * @param name the name as written
   * @param day the day
   */
  public record Query(String name, LocalDate day) {}

  /** Draws the names and days, folds the units' names for the baseline, and checks both ways find the same units. */
  @Setup
  public void setUp() {
    for (Province unit : Provinces.all()) {
      for (String name : List.of(unit.name(), unit.fullName().vi())) {
        List<Province> units = byKey.computeIfAbsent(NaiveFold.fold(name), key -> new ArrayList<>());
        if (!units.contains(unit)) {
          units.add(unit);
        }
      }
    }
    RandomGenerator random = Workload.random("province");
    List<Province> all = Provinces.all();
    inputs = new Query[INPUTS];
    for (int i = 0; i < INPUTS; i++) {
      Province unit = all.get(random.nextInt(all.size()));
      String name = random.nextBoolean() ? unit.name() : unit.fullName().vi();
      LocalDate first = unit.validity().start().orElseThrow();
      LocalDate last = unit.validity().end().orElse(LocalDate.of(2030, 12, 31));
      inputs[i] = new Query(random.nextBoolean() ? new String(name.toCharArray())
          : TextGenerators.awkwardVariants(name).generate(random),
          first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 1)));
    }
    requireSame("province");
  }

  @Override
  protected Object library(Query query) {
    return Provinces.byName(query.name(), query.day());
  }

  /** Fold, look up, and keep the unit that existed on the day. */
  @Override
  protected Object baseline(Query query) {
    for (Province unit : byKey.getOrDefault(NaiveFold.fold(query.name()), List.of())) {
      if (unit.existsOn(query.day())) {
        return unit;
      }
    }
    throw new IllegalArgumentException("'" + query.name() + "' names no unit on " + query.day());
  }
}
