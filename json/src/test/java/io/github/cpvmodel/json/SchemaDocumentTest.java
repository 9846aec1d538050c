package io.github.cpvmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Streams;
import io.github.cpvmodel.json.format.CpvSchema;
import io.github.cpvmodel.json.format.Formats;
import io.github.cpvmodel.progress.Observation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The schema document: committed in the repository as the declarations make it, shipped in the jar, a valid JSON
 * Schema 2020-12, and with a titled and described definition for every declared type.
 */
class SchemaDocumentTest {
  /** Set to {@code true} to write the schema the declarations make over the committed one. */
  static final String WRITE = "cpvmodel.schema.write";

  /** Where the schema is committed, relative to this module: the source of the resource json-format's jar ships. */
  private static final Path COMMITTED = Path.of("../json-format/src/main/resources" + CpvSchema.RESOURCE);

  private static final String REGENERATE = COMMITTED.normalize() + " is not what the declarations in "
      + "io.github.cpvmodel.json.format make. Regenerate it with\n  ./mvnw -B -pl json -am test "
      + "-Dtest=SchemaDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE + "=true\n"
      + "review the difference and commit it";

  private static final JsonNode SCHEMA = tree(CpvSchema.generate());

  private static JsonNode tree(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theCommittedSchemaIsWhatTheDeclarationsMake() throws IOException {
    String generated = CpvSchema.generate();
    if (Boolean.getBoolean(WRITE)) {
      Files.createDirectories(COMMITTED.getParent());
      Files.writeString(COMMITTED, generated);
    }
    assertThat(Files.exists(COMMITTED)).as(REGENERATE).isTrue();
    String committed = Files.readString(COMMITTED);
    if (!committed.equals(generated)) {
      fail(REGENERATE + "\n" + firstDifference(committed, generated));
    }
  }

  /** Where two texts first differ, by line, so that a failure says what changed without printing both. */
  private static String firstDifference(String committed, String generated) {
    List<String> was = committed.lines().collect(Collectors.toList());
    List<String> is = generated.lines().collect(Collectors.toList());
    int line = 0;
    while (line < was.size() && line < is.size() && was.get(line).equals(is.get(line))) {
      line++;
    }
    return String.format("The first difference is at line %d:%n  committed: %s%n  generated: %s", line + 1,
        line < was.size() ? was.get(line) : "(end of file)", line < is.size() ? is.get(line) : "(end of file)");
  }

  @Test
  void theJarShipsTheCommittedSchema() throws IOException {
    // A run that writes the file has copied the old one to the classes already.
    assumeThat(Boolean.getBoolean(WRITE)).isFalse();
    assertThat(CpvSchema.text().equals(Files.readString(COMMITTED))).as("the jar ships the committed schema")
        .isTrue();
  }

  @Test
  void theSchemaIsCanonicalText() {
    String generated = CpvSchema.generate();
    assertThat(generated).endsWith("}\n").doesNotContain("\r").doesNotContain("\t").isEqualTo(CpvSchema.generate());
    assertThat(generated.lines().filter(line -> !line.isEmpty()))
        .allSatisfy(line -> assertThat(line.length() - line.stripLeading().length()).as(line).isEven());
  }

  @Test
  void theSchemaIsAValidJsonSchema202012() {
    assertThat(SCHEMA.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SCHEMA.get("$id").asText()).isEqualTo(CpvSchema.ID);
    assertThat(SchemaValidator.metaSchemaErrors(CpvSchema.generate())).isEmpty();
  }

  @Test
  void aDocumentThatIsNoSchemaFailsTheMetaSchema() {
    assertThat(SchemaValidator.metaSchemaErrors("{\"type\":\"text\",\"required\":\"id\"}")).isNotEmpty();
  }

  /** The ids of the definitions of the types {@code Formats} declares. */
  private static List<String> declaredIds() {
    return Formats.all().keySet().stream()
        .map(type -> CpvSchema.uriOf(type).substring((CpvSchema.ID + "#/$defs/").length())).sorted()
        .collect(Collectors.toList());
  }

  @Test
  void everyDeclaredTypeHasATitledAndDescribedDefinition() {
    JsonNode defs = SCHEMA.get("$defs");
    List<String> all = ImmutableList.copyOf(defs.fieldNames());
    assertThat(all).as("the definitions, by id").isSorted().containsAll(declaredIds());
    assertThat(all).allSatisfy(id -> {
      assertThat(defs.get(id).get("title").asText()).as(id).matches(".+ \\(.+\\)");
      assertThat(defs.get(id).get("description").asText()).as(id).isNotBlank();
    });
    assertThat(CpvSchema.uriOf(Observation.class)).isEqualTo(CpvSchema.ID + "#/$defs/observation");
  }

  @Test
  void everyReferenceNamesADefinition() {
    List<String> refs = SCHEMA.findValues("$ref").stream().map(JsonNode::asText).distinct()
        .collect(Collectors.toList());
    assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(SCHEMA.at(ref.substring(1)).isObject())
        .as("%s points at a definition", ref).isTrue());
  }

  @Test
  void theRootIsTheDatasetOnceDeclaredAndOtherwiseAnyDeclaredType() {
    JsonNode defs = SCHEMA.get("$defs");
    if (defs.has(CpvSchema.ROOT)) {
      assertThat(SCHEMA.get("$ref").asText()).isEqualTo("#/$defs/" + CpvSchema.ROOT);
      assertThat(SCHEMA.has("anyOf")).isFalse();
    } else {
      assertThat(Streams.stream(SCHEMA.get("anyOf")).map(ref -> ref.get("$ref").asText()))
          .containsExactlyElementsOf(declaredIds().stream().map(id -> "#/$defs/" + id).collect(Collectors.toList()));
      assertThat(SCHEMA.has("$ref")).isFalse();
    }
  }
}
