package io.github.cpvmodel.json.format;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The definitions ({@code $defs}) of a schema document: one per declared shape, by its id, so that every declared
 * type can be pointed at ({@code #/$defs/<id>}), and every use of a declared shape is a reference to its definition.
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

  /**
   * The definitions of some shapes.
   *
   * @param shapes the shapes, each with a definition, no two with the same id; the forms of a type with kinds,
   *     which share its Java type, are declared with it
   * @throws IllegalStateException if a shape has no definition, or two share an id
   */
  SchemaDefinitions(Collection<? extends Shape<?>> shapes) {
    for (Shape<?> shape : shapes) {
      declare(shape);
      for (Shape<?> form : shape.forms()) {
        declare(form);
      }
    }
  }

  private void declare(Shape<?> shape) {
    Definition d = shape.definition();
    if (d == null) {
      throw new IllegalStateException(shape.type().getName() + " is declared without a schema definition: give "
          + "its shape an id, a title and a description");
    }
    Shape<?> other = declared.putIfAbsent(d.id(), shape);
    if (other != null && other != shape) {
      throw new IllegalStateException(String.format("%s and %s are both declared as '%s'",
          other.type().getName(), shape.type().getName(), d.id()));
    }
  }

  /** {@return the declared shapes, by id in alphabetical order} */
  Map<String, Shape<?>> declared() {
    return declared;
  }

  /** Writes the members of a reference to the definition of a shape, which must be declared. */
  void ref(Shape<?> shape, Definition d, TokenWriter w) throws IOException {
    if (declared.get(d.id()) != shape) {
      throw new IllegalStateException(String.format("The schema refers to '%s' (%s), which is not declared in "
          + "Formats", d.id(), shape.type().getName()));
    }
    w.name("$ref");
    w.string("#/$defs/" + d.id());
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

  /** Writes the {@code $defs} object: every declared definition, by id in alphabetical order. */
  void writeAll(TokenWriter w) throws IOException {
    w.startObject();
    for (Map.Entry<String, Shape<?>> e : declared.entrySet()) {
      Shape<?> shape = e.getValue();
      Definition d = shape.definition();
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
