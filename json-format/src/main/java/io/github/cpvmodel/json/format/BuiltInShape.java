package io.github.cpvmodel.json.format;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableMap;
import io.github.cpvmodel.Id;
import java.io.IOException;
import java.util.function.Function;

/**
 * A value written in full, or in place of a built-in value of the library its name alone: a dataset may name the
 * built-in Party body {@code "cc/politburo"} without repeating it, and the reader puts the built-in value there.
 * Writing names a value by its name exactly when it equals the built-in value of that name, so reading gives back
 * an equal value either way.
 *
 * @param <T> the type
 */
final class BuiltInShape<T> extends Shape<T> {
  private final Shape<T> full;
  private final String what;
  private final ImmutableMap<String, T> byName;
  private final ImmutableMap<T, String> names;

  /**
   * A shape.
   *
   * @param full the shape of a value written in full
   * @param what what a value is, in the plural, for messages ("built-in bodies")
   * @param byName the built-in values by their names, each value under one name
   */
  BuiltInShape(Shape<T> full, String what, ImmutableMap<String, T> byName) {
    super(full.type());
    this.full = requireNonNull(full, "full");
    this.what = what;
    this.byName = byName;
    this.names = ImmutableBiMap.copyOf(byName).inverse();
  }

  /**
   * A shape for values named by their ids.
   *
   * @param full the shape of a value written in full
   * @param what what a value is, in the plural, for messages ("built-in bodies")
   * @param builtIn the built-in values
   * @param id the id of a value
   * @param <T> the type
   * @return the shape
   */
  static <T> BuiltInShape<T> byId(Shape<T> full, String what, Iterable<? extends T> builtIn,
      Function<? super T, Id> id) {
    ImmutableMap.Builder<String, T> map = ImmutableMap.builder();
    for (T value : builtIn) {
      map.put(id.apply(value).value(), value);
    }
    return new BuiltInShape<>(full, what, map.buildOrThrow());
  }

  @Override
  public T read(TokenReader r, Reading reading) throws IOException {
    if (r.current() != Token.STRING) {
      return full.read(r, reading);
    }
    String name = r.text();
    T value = byName.get(name);
    if (value == null) {
      throw Reading.fail(r, JsonDataException.BUILTIN, String.format(
          "'%s' names none of the %d %s, such as '%s'", name, byName.size(), what, byName.keySet().iterator().next()));
    }
    return value;
  }

  @Override
  public void write(T value, TokenWriter w) throws IOException {
    String name = names.get(value);
    if (name != null) {
      w.string(name);
    } else {
      full.write(value, w);
    }
  }

  @Override
  void keywords(TokenWriter w, SchemaDefinitions defs) throws IOException {
    w.name("oneOf");
    w.startArray();
    w.startObject();
    w.name("description");
    w.string("the name of one of the " + what);
    w.name("enum");
    w.startArray();
    for (String name : byName.keySet()) {
      w.string(name);
    }
    w.endArray();
    w.endObject();
    full.schema(w, defs, null);
    w.endArray();
  }

  @Override
  String pointerOf(String path) {
    return full.pointerOf(path);
  }
}
