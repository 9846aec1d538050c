package io.github.cpvmodel.json.jackson3;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.json.format.JsonDataException;
import io.github.cpvmodel.json.format.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * What a {@code JsonMapper} with {@link CpvModelJacksonModule} throws for JSON that does not hold a valid cpv-model
 * value: a Jackson 3 {@link DatabindException}, so that code (and frameworks) handling Jackson's errors handle it,
 * carrying the same problems as the {@link JsonDataException} that {@link CpvJsonJackson3} and the Jackson 2 module
 * throw for the same input. Its accessors describe the first problem; {@link #problems()} lists every one; the
 * cause is that {@code JsonDataException}. Where the mapper reads our value inside a bean of its own, Jackson keeps
 * this exception and adds the bean's path to its message.
 *
 * <pre>{@code
 * tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
 *     .addModule(new CpvModelJacksonModule()).build();
 * try {
 *   mapper.readValue("{\"numerator\":3,\"denominator\":2}", Ratio.class);
 * } catch (CpvDatabindException e) {
 *   e.pointer(); // "/numerator"
 *   e.rule(); // Ratio.NUMERATOR
 * }
 * }</pre>
 */
public final class CpvDatabindException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** The problems, as the plain entry points report them. */
  private final JsonDataException problems;

  CpvDatabindException(JsonParser parser, JsonDataException problems) {
    super(parser, problems.getMessage(), where(parser, problems), problems);
    this.problems = problems;
  }

  /** The location of the first problem, in the terms Jackson prints after the message. */
  private static TokenStreamLocation where(JsonParser parser, JsonDataException problems) {
    return new TokenStreamLocation(parser.currentLocation().contentReference(), -1L, -1L, problems.line(),
        problems.column());
  }

  /** {@return the problems as the plain entry points report them} */
  @Override
  public JsonDataException getCause() {
    return problems;
  }

  /** {@return every problem found, in the order of the input} */
  public ImmutableList<Problem> problems() {
    return problems.problems();
  }

  /** {@return the JSON Pointer of the first problem's value, from the root of the document the mapper read} */
  public String pointer() {
    return problems.pointer();
  }

  /** {@return the line of the first problem, from 1; 0 when unknown} */
  public int line() {
    return problems.line();
  }

  /** {@return the column of the first problem, from 1; 0 when unknown} */
  public int column() {
    return problems.column();
  }

  /** {@return the rule the first problem breaks} */
  public Rule rule() {
    return problems.rule();
  }
}
