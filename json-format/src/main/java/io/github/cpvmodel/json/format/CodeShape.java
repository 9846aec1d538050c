package io.github.cpvmodel.json.format;

import io.github.cpvmodel.Coded;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A coded enum written as its {@code @Code} code ({@link Coded#code()}), never its Java name.
 *
 * @param <E> the enum
 */
public final class CodeShape<E extends Enum<E> & Coded> extends Shape<E> {
  private final Function<String, E> parse;
  private final int cache = Reading.newCache();

  /** The code of each constant, by its ordinal, prepared for writing. */
  private final PreparedText[] codes;

  private CodeShape(Class<E> type, Rule rule, SchemaDefinitions.Definition definition) {
    super(type, definition);
    this.parse = code -> Coded.parse(type, code, rule);
    this.codes = Arrays.stream(type.getEnumConstants()).map(e -> PreparedText.of(e.code()))
        .toArray(PreparedText[]::new);
  }

  /**
   * The shape of a coded enum.
   *
   * @param type the enum
   * @param rule the rule its codes follow (its {@code CODE} constant)
   * @param id the name of its definition in the schema, kebab-case
   * @param title the Vietnamese term and the English one, e.g. {@code "Cấp (body level)"}
   * @param description what a value means
   * @param <E> the enum
   * @return the shape
   */
  public static <E extends Enum<E> & Coded> CodeShape<E> of(Class<E> type, Rule rule, String id, String title,
      String description) {
    return new CodeShape<>(type, rule, new SchemaDefinitions.Definition(id, title, description));
  }

  @Override
  public E read(TokenReader r, Reading reading) throws IOException {
    if (r.current() != Token.STRING) {
      throw Reading.typeError(r, "a string (a code)");
    }
    try {
      return r.text(reading.cache(cache, parse));
    } catch (ValidationException e) {
      throw Reading.rejected(e, r.pointer(), r.position(), this);
    }
  }

  @Override
  public void write(E value, TokenWriter w) throws IOException {
    w.string(codes[value.ordinal()]);
  }

  @Override
  void keywords(TokenWriter w, SchemaDefinitions defs) throws IOException {
    w.name("type");
    w.string("string");
    w.name("enum");
    w.startArray();
    for (E e : type().getEnumConstants()) {
      w.string(e.code());
    }
    w.endArray();
  }
}
