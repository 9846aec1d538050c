package io.github.cpvmodel.testkit.property;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property over generated values, shrinks the first counterexample and reports it.
 *
 * <p>Try {@code n} draws from the {@code n}-th split of a {@link SplittableRandom} seeded with the run's seed, so
 * the same seed replays the same tries, the same first counterexample and, shrinking being deterministic, the same
 * shrunk counterexample.
 */
final class Runner {
  private Runner() {}

  /** What a property that returned {@code false} is reported as having thrown. */
  static final class Falsified extends AssertionError {
    private static final long serialVersionUID = 1L;

    Falsified() {
      super("the property returned false");
    }
  }

  /**
   * Checks {@code property} on values of {@code gen}.
   *
   * @param settings the tries, seed and shrink limit
   * @param gen the generator of the arguments, as one value
   * @param arguments the arguments the value stands for, for the report
   * @param property the property; it fails by throwing
   * @param <T> the type of the generated value
   * @throws AssertionError with the report if the property fails
   */
  static <T> void check(Settings settings, Gen<T> gen, Function<? super T, List<?>> arguments,
      Consumer<? super T> property) {
    long tries = settings.resolveTries();
    long seed = settings.resolveSeed();
    Function<T, Optional<Throwable>> evaluation = value -> evaluate(property, value);
    SplittableRandom seeds = new SplittableRandom(seed);
    for (long attempt = 1; attempt <= tries; attempt++) {
      Choices choices = Choices.recording(seeds.split());
      T value;
      try {
        value = gen.generate(choices);
      } catch (RuntimeException e) {
        throw new IllegalStateException("the generator failed on try " + attempt + " (seed " + seed + "): " + e
            + "\n" + replay(seed), e);
      }
      Optional<Throwable> failure = evaluation.apply(value);
      if (failure.isPresent()) {
        Shrinker.Example<T> original = new Shrinker.Example<>(choices.choices(), value, failure.get());
        Shrinker.Result<T> shrunk =
            new Shrinker<>(gen, evaluation, settings.shrinkLimit()).shrink(original);
        throw report(attempt, tries, seed, original, shrunk, arguments);
      }
    }
  }

  private static <T> Optional<Throwable> evaluate(Consumer<? super T> property, T value) {
    try {
      property.accept(value);
      return Optional.empty();
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      // Any other throwable is the property's verdict: an assertion library's error, an exception of the code under
      // test, or a false result.
      return Optional.of(t);
    }
  }

  private static <T> AssertionError report(long attempt, long tries, long seed, Shrinker.Example<T> original,
      Shrinker.Result<T> shrunk, Function<? super T, List<?>> arguments) {
    Shrinker.Example<T> simplest = shrunk.example();
    StringBuilder out = new StringBuilder();
    out.append("Property falsified on try ").append(attempt).append(" of ").append(tries)
        .append(" (seed ").append(seed).append(").\n");
    out.append("Shrunk counterexample (").append(shrunk.steps()).append(shrunk.steps() == 1 ? " step" : " steps")
        .append(" in ").append(shrunk.replays()).append(" replays")
        .append(shrunk.exhausted() ? "; stopped at the shrink limit, so it may not be minimal" : "")
        .append("):\n");
    appendArguments(out, arguments.apply(simplest.value()));
    out.append("Original counterexample:\n");
    appendArguments(out, arguments.apply(original.value()));
    out.append("Failure: ").append(describe(simplest.failure())).append('\n');
    if (!describe(original.failure()).equals(describe(simplest.failure()))) {
      out.append("Failure of the original: ").append(describe(original.failure())).append('\n');
    }
    out.append(replay(seed));
    Throwable cause = simplest.failure() instanceof Falsified ? null : simplest.failure();
    return new AssertionError(out.toString(), cause);
  }

  private static String replay(long seed) {
    return "Replay with .withSeed(" + seed + "L) or -D" + Settings.SEED_PROPERTY + "=" + seed;
  }

  private static String describe(Throwable failure) {
    return failure instanceof Falsified ? failure.getMessage() : failure.toString();
  }

  private static void appendArguments(StringBuilder out, List<?> arguments) {
    for (int i = 0; i < arguments.size(); i++) {
      out.append("  ");
      if (arguments.size() > 1) {
        out.append('#').append(i + 1).append(" = ");
      }
      out.append(Show.value(arguments.get(i)).replace("\n", "\n    ")).append('\n');
    }
  }
}
