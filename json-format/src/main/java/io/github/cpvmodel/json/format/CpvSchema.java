package io.github.cpvmodel.json.format;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of the wire format, for checking the JSON in any language: one document with a
 * definition under {@code $defs} for every declared type ({@link Formats#all()}), made from the same declarations
 * that read and write it, so the schema cannot drift from the reader. Each definition has a title (the Vietnamese
 * term and the English one) and a description that also names the rules no schema can express, which readers of
 * this library check besides. The root of the document is the dataset document once the format declares it
 * ({@value #ROOT}); until then, any value of a declared type.
 *
 * <p>The schema checks the canonical form the writer emits. A reader of this library is as strict about the JSON
 * types, members and codes, and stricter where the schema cannot follow (a whole number written {@code 1.0}, the
 * rules each description names), but it normalises some text before checking it, as core's factories do: white
 * space around an id, a code, a period or a validity, upper-case letters in an id, and text not in NFC. So a
 * document the schema rejects only for such spellings still reads, and writes back in the canonical form.
 *
 * <p>The jar ships the schema as the resource {@value #RESOURCE}, which {@link #text()} reads; the same file is
 * committed in the repository, and a test fails when it differs from what {@link #generate()} makes of the
 * declarations.
 *
 * <pre>{@code
 * String schema = CpvSchema.text();
 * schema.equals(CpvSchema.generate());   // true
 * CpvSchema.uriOf(Observation.class);
 * // "https://cpvmodel.github.io/cpv-model/schema/1/cpv-model.schema.json#/$defs/observation"
 * }</pre>
 */
public final class CpvSchema {
  private CpvSchema() {}

  /** The JSON Schema dialect of the document: draft 2020-12. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** The {@code $id} of the document, stable within a {@linkplain Scalars#SCHEMA_VERSION schema version}. */
  public static final String ID = "https://cpvmodel.github.io/cpv-model/schema/" + Scalars.SCHEMA_VERSION
      + "/cpv-model.schema.json";

  /** Where the jar holds the schema, as a resource name of this module. */
  public static final String RESOURCE = "/io/github/cpvmodel/json/format/cpv-model.schema.json";

  /** The id of the definition that is the root of the document once the format declares it. */
  public static final String ROOT = "dataset";

  /**
   * The schema the jar ships, as UTF-8 text: what {@link #generate()} gives, read from {@value #RESOURCE}.
   *
   * @return the schema document
   * @throws IllegalStateException if the jar lacks the resource
   */
  public static String text() {
    try (InputStream in = CpvSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The resource " + RESOURCE + " is missing from the jar of cpv-model-json-format");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes the schema from the declarations, in its canonical text: members in a fixed order, definitions by id in
   * alphabetical order, indented by two spaces, ending with a line break.
   *
   * @return the schema document
   */
  public static String generate() {
    IndentedJson w = new IndentedJson();
    try {
      write(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.text();
  }

  /**
   * Writes the schema document, with the members and definitions in the order of {@link #generate()}, through the
   * token writer of any JSON library.
   *
   * @param w the writer
   * @throws IOException if the output cannot be written
   * @throws IllegalStateException if a declared shape has no definition, two share an id, or a definition refers
   *     to a shape {@link Formats} does not declare
   */
  public static void write(TokenWriter w) throws IOException {
    SchemaDefinitions defs = new SchemaDefinitions(Formats.all().values());
    Map<String, Shape<?>> declared = defs.declared();
    boolean dataset = declared.containsKey(ROOT);
    w.startObject();
    w.name("$schema");
    w.string(DIALECT);
    w.name("$id");
    w.string(ID);
    w.name("title");
    w.string("cpv-model " + Scalars.SCHEMA_VERSION);
    w.name("description");
    w.string("The JSON wire format of cpv-model, schema version " + Scalars.SCHEMA_VERSION + ", for the "
        + "organisational work of the Communist Party of Vietnam (Đảng Cộng sản Việt Nam). "
        + (dataset ? "A document is a dataset. " : "A document holds one value of any type of the format. ")
        + "Every type has a definition under $defs, to point at as " + ID + "#/$defs/<id>. Member names are "
        + "camelCase, absent optional members and empty lists are left out, null is never written, unknown "
        + "members are rejected, and whole numbers are written without a fraction or exponent (1, not 1.0). The "
        + "schema checks the canonical form cpv-model writes; its readers also accept, and normalise, white space "
        + "around an id, a code or a text form, upper-case letters in an id, and text not in NFC. Readers of "
        + "cpv-model also check the rules a schema cannot express, which each description names.");
    if (dataset) {
      w.name("$ref");
      w.string("#/$defs/" + ROOT);
    } else {
      w.name("anyOf");
      w.startArray();
      for (String id : declared.keySet()) {
        w.startObject();
        w.name("$ref");
        w.string("#/$defs/" + id);
        w.endObject();
      }
      w.endArray();
    }
    w.name("$defs");
    defs.writeAll(w);
    w.endObject();
  }

  /**
   * The address of the definition of a type in the schema, to validate one value of that type.
   *
   * @param type a type with a wire format, or a subtype of one
   * @return the absolute URI of its definition, e.g. {@code <ID>#/$defs/observation}
   * @throws IllegalArgumentException if the type has no wire format
   */
  public static String uriOf(Class<?> type) {
    SchemaDefinitions.Definition d = Formats.of(requireNonNull(type, "type")).definition();
    if (d == null) {
      throw new IllegalArgumentException(type.getName() + " is declared without a schema definition");
    }
    return ID + "#/$defs/" + d.id();
  }
}
