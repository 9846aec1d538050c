package io.github.cpvmodel.json.format;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * An array of values of one shape, read into an immutable list in its order; for a set, an element read twice is
 * rejected rather than silently dropped.
 */
final class ListShape<E> extends Shape<ImmutableList<E>> {
  private final Shape<E> element;
  private final boolean distinct;

  @SuppressWarnings({"unchecked", "rawtypes"})
  ListShape(Shape<E> element, boolean distinct) {
    super((Class) ImmutableList.class);
    this.element = element;
    this.distinct = distinct;
  }

  Shape<E> element() {
    return element;
  }

  @Override
  public ImmutableList<E> read(TokenReader r, Reading reading) throws IOException {
    if (r.current() != Token.START_ARRAY) {
      throw Reading.typeError(r, "an array");
    }
    ImmutableList.Builder<E> values = ImmutableList.builder();
    Set<E> seen = distinct ? new HashSet<>() : Set.of();
    while (r.next() != Token.END_ARRAY) {
      String pointer = distinct ? r.pointer() : "";
      long position = distinct ? r.position() : 0;
      E value = element.read(r, reading);
      if (distinct && !seen.add(value)) {
        throw new JsonDataException(Problem.of(pointer, position, JsonDataException.REPEATED_ITEM, String.format(
            "'%s' is listed twice: %s", value, JsonDataException.REPEATED_ITEM.description())));
      }
      values.add(value);
    }
    return values.build();
  }

  @Override
  public void write(ImmutableList<E> value, TokenWriter w) throws IOException {
    w.startArray();
    for (E e : value) {
      element.write(e, w);
    }
    w.endArray();
  }

  @Override
  void keywords(TokenWriter w, SchemaDefinitions defs) throws IOException {
    w.name("type");
    w.string("array");
    w.name("items");
    element.schema(w, defs, null);
    if (distinct) {
      w.name("uniqueItems");
      w.bool(true);
    }
  }

  @Override
  String pointerOf(String path) {
    if (path.startsWith("[")) {
      int close = path.indexOf(']');
      String rest = path.substring(close + 1);
      return "/" + path.substring(1, close) + element.pointerOf(rest.startsWith(".") ? rest.substring(1) : rest);
    }
    return super.pointerOf(path);
  }
}
