package io.github.cpvmodel.testkit.property;

import static io.github.cpvmodel.testkit.property.FailureReports.shrunk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PropertyTest {
  static <T> AssertionError failure(ForAll<T> property, Predicate<? super T> condition) {
    return catchThrowableOfType(AssertionError.class, () -> property.check(condition));
  }

  @Test
  void passingPropertyPassesAndRunsEveryTry() {
    AtomicInteger calls = new AtomicInteger();
    Property.forAll(Gen.ints(0, 100)).withTries(37).check(i -> calls.incrementAndGet() > 0 && i >= 0);
    assertThat(calls).hasValue(37);
  }

  @Test
  void defaultNumberOfTriesComesFromTheSystemProperty() {
    AtomicInteger calls = new AtomicInteger();
    System.setProperty(Settings.TRIES_PROPERTY, "12");
    try {
      Property.forAll(Gen.booleans()).checkAssert(b -> calls.incrementAndGet());
    } finally {
      System.clearProperty(Settings.TRIES_PROPERTY);
    }
    assertThat(calls).hasValue(12);
    Property.forAll(Gen.booleans()).checkAssert(b -> calls.incrementAndGet());
    assertThat(calls).hasValue(12 + Settings.DEFAULT_TRIES);
  }

  @Test
  void malformedTriesPropertyIsReported() {
    System.setProperty(Settings.TRIES_PROPERTY, "many");
    try {
      assertThatThrownBy(() -> Property.forAll(Gen.booleans()).check(b -> true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cpvmodel.testkit.tries='many'");
    } finally {
      System.clearProperty(Settings.TRIES_PROPERTY);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7, 20_261_129})
  void intsShrinkToTheSmallestFailingValue(long seed) {
    AssertionError failure = failure(Property.forAll(Gen.ints(0, 1_000_000)).withSeed(seed), i -> i < 1000);
    assertThat(shrunk(failure)).isEqualTo("1000");
  }

  @Test
  void intsShrinkTowardTheirMinimumEvenWhenItIsNegative() {
    AssertionError failure = failure(Property.forAll(Gen.ints(-500, 500)).withSeed(5), i -> i < 100);
    assertThat(shrunk(failure)).isEqualTo("100");
    AssertionError below = failure(Property.forAll(Gen.ints(-500, 500)).withSeed(5), i -> i > -100);
    assertThat(shrunk(below)).isEqualTo("-500");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42})
  void listsShrinkToTheShortestSmallestCounterexample(long seed) {
    Gen<ImmutableList<Integer>> lists = Gen.listOf(Gen.ints(0, 100), 0, 20);
    assertThat(shrunk(failure(Property.forAll(lists).withSeed(seed), l -> !l.contains(3)))).isEqualTo("[3]");
    assertThat(shrunk(failure(Property.forAll(lists).withSeed(seed), l -> sum(l) < 50))).isEqualTo("[50]");
    Gen<ImmutableList<Integer>> digits = Gen.listOf(Gen.ints(0, 9), 0, 20);
    assertThat(shrunk(failure(Property.forAll(digits).withSeed(seed), l -> !(l.contains(3) && sum(l) < 50))))
        .isEqualTo("[3]");
    assertThat(shrunk(failure(Property.forAll(lists).withSeed(seed), PropertyTest::sorted))).isEqualTo("[1, 0]");
  }

  @Test
  void shrinkingWorksThroughMap() {
    AssertionError failure =
        failure(Property.forAll(Gen.ints(0, 10_000).map(i -> "x" + i)).withSeed(9), s -> s.length() < 4);
    assertThat(shrunk(failure)).isEqualTo("\"x100\"");
  }

  @Test
  void shrinkingWorksThroughFlatMap() {
    Gen<ImmutableList<Integer>> lists = Gen.ints(1, 10).flatMap(n -> Gen.listOf(Gen.ints(0, 100), n, n));
    assertThat(shrunk(failure(Property.forAll(lists).withSeed(11), l -> sum(l) < 50))).isEqualTo("[50]");
  }

  @Test
  void shrinkingWorksThroughFilter() {
    Gen<Integer> odd = Gen.ints(0, 10_000).filter(i -> i % 2 == 1);
    assertThat(shrunk(failure(Property.forAll(odd).withSeed(13), i -> i < 1000))).isEqualTo("1001");
  }

  @Test
  void elementsShrinkTowardTheFirst() {
    Gen<String> words = Gen.elements("một", "hai", "ba", "bốn");
    AssertionError failure = catchThrowableOfType(AssertionError.class,
        () -> Property.forAll(Gen.listOf(words, 1, 5)).withSeed(3).check(l -> l.size() < 2));
    assertThat(shrunk(failure)).isEqualTo("[một, một]");
  }

  @Test
  void twoArgumentsShrinkTogether() {
    AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
        Property.forAll(Gen.ints(0, 100), Gen.ints(0, 100)).withSeed(17).check((a, b) -> a + b < 100));
    assertThat(shrunk(failure)).isEqualTo("#1 = 0\n  #2 = 100");
  }

  @Test
  void threeArgumentsShrinkTogether() {
    AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
        Property.forAll(Gen.ints(0, 100), Gen.booleans(), Gen.ints(0, 100)).withSeed(19)
            .check((a, b, c) -> !b || a < c + 10));
    assertThat(shrunk(failure)).isEqualTo("#1 = 10\n  #2 = true\n  #3 = 0");
  }

  @Test
  void sameSeedGivesTheSameReport() {
    ForAll<ImmutableList<Integer>> property = Property.forAll(Gen.listOf(Gen.ints(0, 1000), 0, 30)).withSeed(23);
    AssertionError first = failure(property, l -> sum(l) < 300);
    AssertionError second = failure(property, l -> sum(l) < 300);
    assertThat(second).hasMessage(first.getMessage());
  }

  @Test
  void seedPrintedInAReportReplaysTheCounterexample() {
    Gen<ImmutableList<Integer>> lists = Gen.listOf(Gen.ints(0, 1000), 0, 30);
    Predicate<List<Integer>> smallSum = l -> sum(l) < 300;
    AssertionError fresh = failure(Property.forAll(lists).withShrinkLimit(0), smallSum);
    String report = fresh.getMessage();
    long seed = Long.parseLong(report.substring(report.indexOf("(seed ") + 6, report.indexOf(").")));
    assertThat(report).contains("Replay with .withSeed(" + seed + "L) or -Dcpvmodel.testkit.seed=" + seed);

    AssertionError replayed = failure(Property.forAll(lists).withSeed(seed).withShrinkLimit(0), smallSum);
    assertThat(replayed).hasMessage(report);

    System.setProperty(Settings.SEED_PROPERTY, Long.toString(seed));
    try {
      assertThat(failure(Property.forAll(lists).withShrinkLimit(0), smallSum)).hasMessage(report);
    } finally {
      System.clearProperty(Settings.SEED_PROPERTY);
    }
  }

  @Test
  void reportNamesTheOriginalAndShrunkCounterexamplesTheSeedAndTheSteps() {
    AssertionError failure = failure(Property.forAll(Gen.ints(0, 1_000_000)).withSeed(29), i -> i < 1000);
    assertThat(failure.getMessage())
        .startsWith("Property falsified on try 1 of 100 (seed 29).\nShrunk counterexample (")
        .containsPattern("\\(\\d+ steps in \\d+ replays\\):\n  1000\nOriginal counterexample:\n  \\d+\n")
        .contains("Failure: the property returned false\n")
        .endsWith("Replay with .withSeed(29L) or -Dcpvmodel.testkit.seed=29");
    assertThat(failure).hasNoCause();
  }

  @Test
  void thrownExceptionIsTheFailureAndTheCause() {
    AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
        Property.forAll(Gen.ints(0, 1_000_000)).withSeed(31).checkAssert(i -> {
          if (i >= 500) {
            throw new IllegalStateException("too big: " + i);
          }
        }));
    assertThat(shrunk(failure)).isEqualTo("500");
    assertThat(failure.getMessage()).contains("Failure: java.lang.IllegalStateException: too big: 500\n");
    assertThat(failure).hasCauseInstanceOf(IllegalStateException.class).cause().hasMessage("too big: 500");
  }

  @Test
  void shrinkLimitBoundsTheEffortAndSaysSo() {
    AssertionError failure =
        failure(Property.forAll(Gen.ints(0, 1_000_000)).withSeed(37).withShrinkLimit(3), i -> i < 1000);
    assertThat(failure.getMessage()).contains("in 3 replays; stopped at the shrink limit, so it may not be minimal");
    assertThatThrownBy(() -> Property.forAll(Gen.booleans()).withShrinkLimit(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("shrink limit -1 is negative");
    assertThatThrownBy(() -> Property.forAll(Gen.booleans()).withTries(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tries 0 is not positive");
  }

  @Test
  void failingGeneratorIsAnErrorNamingTheSeedNotAFailedProperty() {
    Gen<Integer> never = Gen.ints(0, 10).filter(i -> i > 10);
    assertThatThrownBy(() -> Property.forAll(never).withSeed(41).check(i -> true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the generator failed on try 1 (seed 41): java.lang.IllegalStateException: filter")
        .hasMessageEndingWith("Replay with .withSeed(41L) or -Dcpvmodel.testkit.seed=41");
  }

  @Test
  void reportShowsInvisibleCharactersOfText() {
    assertThat(Show.value("Đồng\u00A0Nai\t\"x\"")).isEqualTo("\"Đồng\\u00A0Nai\\u0009\\\"x\\\"\"");
    assertThat(Show.value("Ho\u0300a")).isEqualTo("\"Ho\\u0300a\"");
    assertThat(Show.value(List.of(1, 2))).isEqualTo("[1, 2]");
  }

  private static int sum(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).sum();
  }

  private static boolean sorted(List<Integer> list) {
    for (int i = 1; i < list.size(); i++) {
      if (list.get(i - 1) > list.get(i)) {
        return false;
      }
    }
    return true;
  }
}
