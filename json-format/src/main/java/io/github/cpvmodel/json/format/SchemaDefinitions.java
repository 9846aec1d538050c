package io.github.cpvmodel.json.format;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The definitions ({@code $defs}) a schema document refers to, collected while it is written. */
final class SchemaDefinitions {
  private final Map<String, ObjectShape<?>> seen = new LinkedHashMap<>();
  private final Deque<ObjectShape<?>> pending = new ArrayDeque<>();

  void ref(ObjectShape<?> shape, TokenWriter w, @Nullable String description) throws IOException {
    ObjectShape<?> known = seen.putIfAbsent(shape.id(), shape);
    if (known == null) {
      pending.add(shape);
    } else if (known != shape) {
      throw new IllegalStateException("Two declarations are named '" + shape.id() + "'");
    }
    w.startObject();
    describe(w, description);
    w.name("$ref");
    w.string("#/$defs/" + shape.id());
    w.endObject();
  }

  static void describe(TokenWriter w, @Nullable String description) throws IOException {
    if (description != null) {
      w.name("description");
      w.string(description);
    }
  }

  /** Writes a schema that is one of the given objects, each a reference to its definition. */
  static void oneOf(TokenWriter w, SchemaDefinitions defs, @Nullable String description,
      List<? extends ObjectShape<?>> forms) throws IOException {
    w.startObject();
    describe(w, description);
    w.name("oneOf");
    w.startArray();
    for (ObjectShape<?> form : forms) {
      form.schema(w, defs, null);
    }
    w.endArray();
    w.endObject();
  }

  /** Writes a schema that allows one value only. */
  static void constant(TokenWriter w, @Nullable String description, Object value) throws IOException {
    w.startObject();
    describe(w, description);
    keywords(w, "const", value);
    w.endObject();
  }

  static void keywords(TokenWriter w, Object... pairs) throws IOException {
    for (int i = 0; i < pairs.length; i += 2) {
      w.name((String) pairs[i]);
      Object value = pairs[i + 1];
      if (value instanceof Number) {
        w.number(((Number) value).longValue());
      } else {
        w.string((String) value);
      }
    }
  }

  /** Writes every definition referred to so far, and those they refer to, in the order first referred to. */
  void writeAll(TokenWriter w) throws IOException {
    w.startObject();
    while (!pending.isEmpty()) {
      ObjectShape<?> next = pending.poll();
      w.name(next.id());
      next.definition(w, this);
    }
    w.endObject();
  }
}
