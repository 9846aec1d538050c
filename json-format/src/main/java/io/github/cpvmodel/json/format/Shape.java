package io.github.cpvmodel.json.format;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The declaration of how one type is written in JSON: it reads, writes and describes itself in the JSON Schema, so
 * the three cannot drift. Free of any JSON library: it works over a {@link TokenReader} and a {@link TokenWriter}.
 *
 * @param <T> the type
 */
public abstract class Shape<T> {
  private final Class<T> type;
  private final SchemaDefinitions.@Nullable Definition definition;

  /** A shape written in place wherever it is used (a plain value, a list). */
  Shape(Class<T> type) {
    this(type, null);
  }

  /** A shape with a definition in the schema, which every use refers to. */
  Shape(Class<T> type, SchemaDefinitions.@Nullable Definition definition) {
    this.type = type;
    this.definition = definition;
  }

  /** {@return the Java type this shape reads and writes} */
  public final Class<T> type() {
    return type;
  }

  /**
   * Reads a value whose first token is the reader's current token, and leaves the reader on its last token.
   *
   * @param r the reader
   * @param reading the state of the reading
   * @return the value, valid
   * @throws IOException if the input cannot be read
   * @throws JsonDataException if the JSON does not hold a valid value
   */
  public abstract T read(TokenReader r, Reading reading) throws IOException;

  /**
   * Writes a value in its canonical form.
   *
   * @param value the value
   * @param w the writer
   * @throws IOException if the output cannot be written
   */
  public abstract void write(T value, TokenWriter w) throws IOException;

  /** {@return what this shape is called in the schema, or null if it is written in place wherever used} */
  SchemaDefinitions.@Nullable Definition definition() {
    return definition;
  }

  /** {@return the forms of a type with several, each with a definition of its own; none for other shapes} */
  java.util.List<? extends Shape<?>> forms() {
    return java.util.List.of();
  }

  /**
   * Writes the JSON Schema of a use of this shape: a reference to its definition, or its keywords in place.
   *
   * @param w the writer
   * @param defs the definitions of the document being written
   * @param description what the value means where it is used, if said there
   * @throws IOException if the output cannot be written
   */
  final void schema(TokenWriter w, SchemaDefinitions defs, @Nullable String description) throws IOException {
    w.startObject();
    SchemaDefinitions.describe(w, description);
    if (definition == null) {
      keywords(w, defs);
    } else {
      defs.ref(this, definition, w);
    }
    w.endObject();
  }

  /**
   * Writes the keywords that check a value of this shape ({@code type}, {@code properties}, {@code pattern}…) as
   * members of a schema object being written.
   *
   * @param w the writer
   * @param defs the definitions of the document being written
   * @throws IOException if the output cannot be written
   */
  abstract void keywords(TokenWriter w, SchemaDefinitions defs) throws IOException;

  /**
   * The JSON Pointer, relative to a value of this shape, of the path core gives in a violation, such as
   * {@code numerator} or {@code bodies[3].id}.
   *
   * @param path a path of core
   * @return the relative JSON Pointer, {@code ""} for the value itself
   */
  String pointerOf(String path) {
    if (path.isEmpty()) {
      return "";
    }
    return "/" + path.replace("[", ".").replace("]", "").replace('.', '/').replaceFirst("^/", "");
  }
}
