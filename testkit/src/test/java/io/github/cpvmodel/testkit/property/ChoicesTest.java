package io.github.cpvmodel.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ChoicesTest {
  /** A generator that uses every kind of draw a random source offers. */
  private static final Gen<List<Object>> EVERY_DRAW = random -> {
    byte[] bytes = new byte[11];
    random.nextBytes(bytes);
    return List.of(random.nextLong(), random.nextInt(), random.nextLong(1000), random.nextLong(-5, 5),
        random.nextInt(7), random.nextInt(-3, 3), random.nextBoolean(), random.nextDouble(), random.nextFloat(),
        random.nextDouble(2.5, 7.5), random.nextGaussian(), random.nextExponential(), Arrays.toString(bytes),
        random.ints(3, 0, 10).boxed().toList(), random.nextLong(Long.MIN_VALUE, Long.MAX_VALUE));
  };

  @Test
  void replayOfTheRecordedChoicesGivesTheSameValue() {
    for (long seed = 0; seed < 50; seed++) {
      Choices recording = Choices.recording(new SplittableRandom(seed));
      List<Object> value = EVERY_DRAW.generate(recording);
      Choices replaying = Choices.replaying(recording.choices());
      assertThat(EVERY_DRAW.generate(replaying)).isEqualTo(value);
      assertThat(replaying.choices()).isEqualTo(recording.choices());
    }
  }

  @Test
  void replayPastTheEndReadsTheSimplestChoices() {
    Choices empty = Choices.replaying(new long[0]);
    assertThat(EVERY_DRAW.generate(empty)).isEqualTo(List.of(0L, 0, 0L, -5L, 0, -3, false, 0.0, 0.0f, 2.5, 0.0,
        0.0, "[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]", List.of(0, 0, 0), Long.MIN_VALUE));
  }

  @Test
  void boundedDrawsRecordTheirOffsetFromTheOrigin() {
    Choices recording = Choices.recording(new SplittableRandom(3));
    int value = Gen.ints(100, 200).generate(recording);
    assertThat(recording.choices()).containsExactly(value - 100L);
  }

  @Test
  void replayedChoiceOutOfRangeIsReducedIntoIt() {
    Choices replaying = Choices.replaying(new long[] {17, -1});
    assertThat(replaying.nextLong(10)).isEqualTo(7);
    assertThat(replaying.nextInt(5, 8)).isBetween(5, 7);
    assertThat(replaying.choices()).containsExactly(7L, Long.remainderUnsigned(-1L, 3));
  }

  @Test
  void replayThatNeverSettlesIsAbandoned() {
    Gen<Long> untilNonZero = random -> {
      long value;
      do {
        value = random.nextLong();
      } while (value == 0);
      return value;
    };
    assertThatThrownBy(() -> untilNonZero.generate(Choices.replaying(new long[0])))
        .isInstanceOf(Choices.Overrun.class);
  }

  @Test
  void invalidBoundsAreRejectedAsByTheJdk() {
    RandomGenerator random = Choices.recording(new SplittableRandom(1));
    assertThatThrownBy(() -> random.nextLong(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> random.nextInt(3, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> random.nextLong(5, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> random.nextInt(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void simplerMeansFewerThenSmallerByMagnitude() {
    assertThat(Shrinker.simpler(new long[] {9}, new long[] {0, 0})).isTrue();
    assertThat(Shrinker.simpler(new long[] {0, 5}, new long[] {1, 0})).isTrue();
    assertThat(Shrinker.simpler(new long[] {-3}, new long[] {4})).isTrue();
    assertThat(Shrinker.simpler(new long[] {3}, new long[] {-3})).isTrue();
    assertThat(Shrinker.simpler(new long[] {2}, new long[] {2})).isFalse();
    assertThat(Shrinker.simpler(new long[] {Long.MIN_VALUE}, new long[] {Long.MAX_VALUE})).isFalse();
  }
}
