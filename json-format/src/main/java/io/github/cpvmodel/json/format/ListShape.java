package io.github.cpvmodel.json.format;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
    Elements values = new Elements();
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
    return values.toList();
  }

  /**
   * The elements read so far, in chunks that double in size up to a bound below the size from which the G1 collector
   * places an array apart as humongous, and then in one list of the exact size: a list of a million values would
   * otherwise grow through several such arrays, which the collector frees late, and then be copied once more.
   */
  private static final class Elements {
    private static final int LARGEST = 1 << 15;

    private Object[] chunk = new Object[8];

    private @Nullable List<Object[]> full;

    private int used;

    private int size;

    void add(Object element) {
      if (used == chunk.length) {
        if (full == null) {
          full = new ArrayList<>();
        }
        full.add(chunk);
        chunk = new Object[Math.min(chunk.length * 2, LARGEST)];
        used = 0;
      }
      chunk[used++] = element;
      size++;
    }

    @SuppressWarnings("unchecked")
    <E> ImmutableList<E> toList() {
      ImmutableList.Builder<E> list = ImmutableList.builderWithExpectedSize(size);
      if (full != null) {
        for (Object[] c : full) {
          for (Object element : c) {
            list.add((E) element);
          }
        }
      }
      for (int i = 0; i < used; i++) {
        list.add((E) chunk[i]);
      }
      return list.build();
    }
  }

  @Override
  public void write(ImmutableList<E> value, TokenWriter w) throws IOException {
    w.startArray();
    // By index: no iterator for every list written.
    for (int i = 0; i < value.size(); i++) {
      element.write(value.get(i), w);
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
