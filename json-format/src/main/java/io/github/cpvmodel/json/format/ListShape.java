package io.github.cpvmodel.json.format;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** An array of values of one shape, read into an immutable list in its order. */
final class ListShape<E> extends Shape<ImmutableList<E>> {
  private final Shape<E> element;

  @SuppressWarnings({"unchecked", "rawtypes"})
  ListShape(Shape<E> element) {
    super((Class) ImmutableList.class);
    this.element = element;
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
    while (r.next() != Token.END_ARRAY) {
      values.add(element.read(r, reading));
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
  void schema(TokenWriter w, SchemaDefinitions defs, @Nullable String description) throws IOException {
    w.startObject();
    SchemaDefinitions.describe(w, description);
    w.name("type");
    w.string("array");
    w.name("items");
    element.schema(w, defs, null);
    w.endObject();
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
