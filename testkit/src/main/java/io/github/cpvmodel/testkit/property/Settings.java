package io.github.cpvmodel.testkit.property;

import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a property is checked: how many tries, from which seed, and how many replays shrinking may spend.
 *
 * <p>Values set per call win; otherwise the system properties {@value #TRIES_PROPERTY} and
 * {@value #SEED_PROPERTY} apply, read when the check runs; otherwise 100 tries from a fresh seed.
 *
 * @param tries the number of generated values to check, or empty for the system property or the default
 * @param seed the seed, or empty for the system property or a fresh one
 * @param shrinkLimit the most replays shrinking may spend
 */
record Settings(OptionalLong tries, OptionalLong seed, int shrinkLimit) {
  static final String TRIES_PROPERTY = "cpvmodel.testkit.tries";
  static final String SEED_PROPERTY = "cpvmodel.testkit.seed";
  static final int DEFAULT_TRIES = 100;
  static final int DEFAULT_SHRINK_LIMIT = 10_000;

  static final Settings DEFAULT = new Settings(OptionalLong.empty(), OptionalLong.empty(), DEFAULT_SHRINK_LIMIT);

  Settings withTries(int tries) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries " + tries + " is not positive");
    }
    return new Settings(OptionalLong.of(tries), seed, shrinkLimit);
  }

  Settings withSeed(long seed) {
    return new Settings(tries, OptionalLong.of(seed), shrinkLimit);
  }

  Settings withShrinkLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("shrink limit " + limit + " is negative");
    }
    return new Settings(tries, seed, limit);
  }

  /** The number of tries: set per call, else from the system property, else 100. */
  long resolveTries() {
    if (tries.isPresent()) {
      return tries.getAsLong();
    }
    long fromProperty = property(TRIES_PROPERTY).orElse(DEFAULT_TRIES);
    if (fromProperty < 1) {
      throw new IllegalArgumentException(
          "system property " + TRIES_PROPERTY + "=" + fromProperty + " is not a positive number of tries");
    }
    return fromProperty;
  }

  /** The seed: set per call, else from the system property, else a fresh one. */
  long resolveSeed() {
    if (seed.isPresent()) {
      return seed.getAsLong();
    }
    return property(SEED_PROPERTY).orElseGet(() -> ThreadLocalRandom.current().nextLong());
  }

  private static OptionalLong property(String name) {
    String text = System.getProperty(name);
    if (text == null || text.isBlank()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("system property " + name + "='" + text + "' is not a whole number", e);
    }
  }
}
