package io.github.cpvmodel.json.format;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The definitions ({@code $defs}) of a schema document: one per declared shape, by its id, so that every declared
 * type can be pointed at ({@code #/$defs/<id>}), and every use of a shape with a definition is a reference to it;
 * shapes referred to that {@link Formats} does not list (the kinds of a meeting time) get a definition too.
 */
final class SchemaDefinitions {
  /**
   * What a declared shape is called in the schema.
   *
   * @param id the name of the definition, kebab-case, e.g. {@code reporting-period}
   * @param title the Vietnamese term and the English one, e.g. {@code "Kỳ báo cáo (reporting period)"}
   * @param description what a value means, and what the schema cannot check about it
   */
  record Definition(String id, String title, String description) {
    Definition {
      if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
        throw new IllegalArgumentException("Schema definition id '" + id + "' is not kebab-case ASCII");
      }
      if (title.isBlank() || description.isBlank()) {
        throw new IllegalArgumentException("Schema definition '" + id + "' needs a title and a description");
      }
    }
  }

  private final Map<String, Shape<?>> declared = new TreeMap<>();

  /** Shapes whose definitions have not been looked through yet for the shapes they refer to. */
  private final Deque<Shape<?>> unseen = new ArrayDeque<>();

  /**
   * The definitions of some shapes.
   *
   * @param shapes the shapes, each with a definition, no two with the same id
   * @throws IllegalStateException if a shape has no definition, or two share an id
   */
  SchemaDefinitions(Collection<? extends Shape<?>> shapes) {
    for (Shape<?> shape : shapes) {
      Definition d = shape.definition();
      if (d == null) {
        throw new IllegalStateException(shape.type().getName() + " is declared without a schema definition: give "
            + "its shape an id, a title and a description");
      }
      add(shape, d);
    }
  }

  private void add(Shape<?> shape, Definition d) {
    Shape<?> other = declared.putIfAbsent(d.id(), shape);
    if (other == null) {
      unseen.add(shape);
    } else if (other != shape) {
      throw new IllegalStateException(String.format("%s and %s are both declared as '%s'",
          other.type().getName(), shape.type().getName(), d.id()));
    }
  }

  /**
   * {@return the shapes with a definition so far, by id in alphabetical order: those declared, and once
   * {@link #writeAll} has run, those they refer to}
   */
  Map<String, Shape<?>> declared() {
    return declared;
  }

  /**
   * Writes the members of a reference to the definition of a shape, adding the definition if the shape was not
   * declared.
   *
   * @throws IllegalStateException if another shape has the same id
   */
  void ref(Shape<?> shape, Definition d, TokenWriter w) throws IOException {
    add(shape, d);
    w.name("$ref");
    w.string("#/$defs/" + d.id());
  }

  /** Writes a {@code oneOf} keyword: a value is one of the shapes. */
  static void oneOf(TokenWriter w, SchemaDefinitions defs, List<? extends Shape<?>> shapes) throws IOException {
    w.name("oneOf");
    w.startArray();
    for (Shape<?> shape : shapes) {
      shape.schema(w, defs, null);
    }
    w.endArray();
  }

  static void describe(TokenWriter w, @Nullable String description) throws IOException {
    if (description != null) {
      w.name("description");
      w.string(description);
    }
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

  /**
   * Writes the {@code $defs} object: every definition, by id in alphabetical order. The definitions are looked
   * through first for the shapes they refer to, so that those are in the order too.
   */
  void writeAll(TokenWriter w) throws IOException {
    while (!unseen.isEmpty()) {
      IndentedJson ignored = new IndentedJson();
      ignored.startObject();
      unseen.poll().keywords(ignored, this);
      ignored.endObject();
    }
    w.startObject();
    for (Map.Entry<String, Shape<?>> e : declared.entrySet()) {
      Shape<?> shape = e.getValue();
      Definition d = requireNonNull(shape.definition());
      w.name(e.getKey());
      w.startObject();
      w.name("title");
      w.string(d.title());
      w.name("description");
      w.string(d.description());
      shape.keywords(w, this);
      w.endObject();
    }
    w.endObject();
  }
}
