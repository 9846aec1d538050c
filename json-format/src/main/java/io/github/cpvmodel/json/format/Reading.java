package io.github.cpvmodel.json.format;

import static java.util.Objects.requireNonNull;

import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The state of one reading: its options and the caches of repeated values. Not thread-safe: one per reading. */
public final class Reading {
  private static final java.util.concurrent.atomic.AtomicInteger CACHES = new java.util.concurrent.atomic.AtomicInteger();

  private final boolean lenient;

  private TextCache<?>[] caches = new TextCache<?>[8];

  private long[] positions = new long[64];

  private int top;

  /** The member values of the objects being read, one array per depth, reused by the objects read in turn. */
  private Object[][] values = new Object[8][];

  private int depth;

  /**
   * A reading.
   *
   * @param lenient whether members the schema does not declare are skipped rather than rejected
   */
  public Reading(boolean lenient) {
    this.lenient = lenient;
  }

  /** {@return whether unknown members are skipped} */
  public boolean lenient() {
    return lenient;
  }

  static int newCache() {
    return CACHES.getAndIncrement();
  }

  @SuppressWarnings("unchecked")
  <V> TextCache<V> cache(int id, java.util.function.Function<String, V> make) {
    if (id >= caches.length) {
      caches = Arrays.copyOf(caches, Math.max(id + 1, caches.length * 2));
    }
    TextCache<V> cache = (TextCache<V>) caches[id];
    if (cache == null) {
      cache = new TextCache<>(make);
      caches[id] = cache;
    }
    return cache;
  }

  int push(int n) {
    int base = top;
    top += n;
    if (top > positions.length) {
      positions = Arrays.copyOf(positions, Math.max(top, positions.length * 2));
    }
    depth++;
    return base;
  }

  void pop(int base) {
    top = base;
    depth--;
  }

  /**
   * The array for the member values of the object just {@linkplain #push pushed}, at least {@code n} long: the same
   * array serves every object read at that depth, since an object's values are built into its value before the next
   * object at its depth is read. Its slots still hold the values of the object read before at that depth: the
   * reader empties those it does not fill.
   */
  Object[] values(int n) {
    if (depth > values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    Object[] slots = values[depth - 1];
    if (slots == null || slots.length < n) {
      slots = new Object[n];
      values[depth - 1] = slots;
    }
    return slots;
  }

  void position(int index, long position) {
    positions[index] = position;
  }

  long position(int index) {
    return positions[index];
  }

  /**
   * Skips the current value, with its members or elements when it is an object or an array, rejecting a member name
   * given twice in any object within it, as in an object the format declares: the one check of repeated names, so
   * that no parser need make it.
   */
  static void skip(TokenReader r) throws IOException {
    Token t = r.current();
    if (t != Token.START_OBJECT && t != Token.START_ARRAY) {
      return;
    }
    // The names met in each object open, innermost last; null for an array.
    List<@Nullable Set<String>> open = new ArrayList<>();
    open.add(t == Token.START_OBJECT ? new HashSet<>() : null);
    while (!open.isEmpty()) {
      switch (r.next()) {
        case START_OBJECT:
          open.add(new HashSet<>());
          break;
        case START_ARRAY:
          open.add(null);
          break;
        case END_OBJECT:
        case END_ARRAY:
          open.remove(open.size() - 1);
          break;
        case NAME:
          String name = r.name();
          if (!requireNonNull(open.get(open.size() - 1)).add(name)) {
            throw JsonDataException.duplicate(r.pointer(), r.position(), name);
          }
          break;
        case END:
          throw JsonDataException.malformed(r.pointer(), r.position(), "Unexpected end-of-input");
        default:
          break;
      }
    }
  }

  static JsonDataException fail(TokenReader r, io.github.cpvmodel.Rule rule, String message) {
    return new JsonDataException(Problem.of(r.pointer(), r.position(), rule, message + ": " + rule.description()));
  }

  static JsonDataException typeError(TokenReader r, String expected) {
    return fail(r, JsonDataException.TYPE, "expected " + expected + ", found " + r.current().describe());
  }

  static JsonDataException rejected(ValidationException e, String pointer, long position, Shape<?> shape) {
    if (e instanceof JsonDataException) {
      return (JsonDataException) e;
    }
    List<Problem> problems = new ArrayList<>();
    for (Violation v : e.violations()) {
      problems.add(Problem.of(pointer + shape.pointerOf(v.path()), position, v));
    }
    return new JsonDataException(problems);
  }
}
