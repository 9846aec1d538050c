package io.github.cpvmodel.testkit.fuzz;

import static java.util.Objects.requireNonNull;

import io.github.cpvmodel.testkit.property.Gen;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An entry point that reads text, with the inputs to feed it and how a value it returns is read back.
 *
 * <pre>{@code
 * FuzzTarget<Validity> validity = FuzzTarget.of("Validity.parse",
 *     HostileText.from(VocabularyGenerators.validities().map(Validity::toString)),
 *     Validity::parse, v -> Validity.parse(v.toString()));
 * }</pre>
 *
 * @param name the name of the entry point, for the report: {@code "Validity.parse"}
 * @param inputs the generator of inputs
 * @param entry the entry point applied to an input
 * @param readBack the value read again from what the entry point built: {@code parse(value.toString())} for a
 *     value with a text form, {@code builder().from(value).build()} for one without; it must equal the value
 * @param <T> the type of the values the entry point returns
 */
public record FuzzTarget<T>(String name, Gen<String> inputs, Function<? super String, ? extends T> entry,
    UnaryOperator<T> readBack) {
  /**
   * Checks the parts.
   *
   * @param name the name of the entry point
   * @param inputs the generator of inputs
   * @param entry the entry point
   * @param readBack how a value is read back
   */
  public FuzzTarget {
    requireNonNull(name, "name");
    requireNonNull(inputs, "inputs");
    requireNonNull(entry, "entry");
    requireNonNull(readBack, "readBack");
  }

  /**
   * A target.
   *
   * @param name the name of the entry point, for the report
   * @param inputs the generator of inputs
   * @param entry the entry point applied to an input
   * @param readBack the value read again from what the entry point built; it must equal the value
   * @param <T> the type of the values
   * @return the target
   */
  public static <T> FuzzTarget<T> of(String name, Gen<String> inputs, Function<? super String, ? extends T> entry,
      UnaryOperator<T> readBack) {
    return new FuzzTarget<>(name, inputs, entry, readBack);
  }

  /**
   * A target whose answers have nothing to read back (a key, a flag, a comparison): only the outcome and the time
   * are checked.
   *
   * @param name the name of the entry point, for the report
   * @param inputs the generator of inputs
   * @param entry the entry point applied to an input
   * @return the target
   */
  public static FuzzTarget<Object> answering(String name, Gen<String> inputs, Function<? super String, ?> entry) {
    return new FuzzTarget<>(name, inputs, entry, UnaryOperator.identity());
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
