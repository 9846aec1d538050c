package io.github.cpvmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.json.format.JsonDataException;
import io.github.cpvmodel.json.format.Problem;
import io.github.cpvmodel.person.Personnel;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.reference.PartyPosts;
import io.github.cpvmodel.testkit.dataset.DatasetGenerators;
import io.github.cpvmodel.testkit.property.Property;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DatasetJsonTest {
  private static final CpvJson JSON = CpvJson.standard();

  private static String text(Object value) {
    return new String(JSON.write(value), StandardCharsets.UTF_8);
  }

  private static JsonDataException error(String text) {
    return catchThrowableOfType(JsonDataException.class,
        () -> JSON.read(Dataset.class, text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The seed briefing of 2019-09-30 (a conference with 64 bridge points, its chairs, posts, tenures, documents and
   * the 63/63 observations), as the examples write it: read, checked as a whole, and written back byte for byte.
   */
  @Test
  void theSeedFixtureReadsAndWritesBackByteForByte() throws java.io.IOException {
    byte[] fixture;
    try (var in = DatasetJsonTest.class.getResourceAsStream("seed-briefing-2019-09-30.json")) {
      fixture = in.readAllBytes();
    }
    Dataset seed = JSON.read(Dataset.class, fixture);
    assertThat(seed.conferences()).singleElement().satisfies(c -> assertThat(c.bridgePoints()).hasSize(64));
    assertThat(seed.observations()).hasSize(63);
    // Many times the first chunk of the bytes written, in both forms, and the same as the text written.
    assertThat(JSON.withPretty(true).write(seed)).isEqualTo(fixture);
    java.io.StringWriter compact = new java.io.StringWriter();
    JSON.write(seed, compact);
    assertThat(JSON.write(seed)).isEqualTo(compact.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(JSON.read(Dataset.class, JSON.write(seed))).isEqualTo(seed);
  }

  @Test
  void builtInValuesAreWrittenByTheirIdsAndReadBackInFull() {
    Dataset dataset = Dataset.builder().addAllBodies(PartyBodies.all()).addAllPosts(PartyPosts.all()).build();
    String text = text(dataset);
    assertThat(text).startsWith("{\"schemaVersion\":1,\"bodies\":[\"cc\",")
        .doesNotContain("\"name\"");
    assertThat(JSON.read(Dataset.class, text.getBytes(StandardCharsets.UTF_8))).isEqualTo(dataset);
  }

  @Test
  void meetingsAndTermsTravelInTheDatasetTheBuiltInOnesByTheirIds() {
    Dataset reference = Dataset.builder().addReferenceData().build();
    String text = text(reference);
    assertThat(text).contains("\"meetings\":[\"cc/congress/1\",", "\"terms\":[\"cc/term/1\",");
    assertThat(JSON.read(Dataset.class, text.getBytes(StandardCharsets.UTF_8))).isEqualTo(reference);
    Property.forAll(DatasetGenerators.datasets()).withTries(20).checkAssert(dataset -> {
      byte[] bytes = JSON.write(dataset);
      Dataset back = JSON.read(Dataset.class, bytes);
      assertThat(back.meetings()).isEqualTo(dataset.meetings());
      assertThat(JSON.write(back)).isEqualTo(bytes);
    });
  }

  @Test
  void builtInDocumentsAreWrittenByTheirCitationsAndReadBackInFull() {
    Dataset dataset = Dataset.builder().addAllBodies(PartyBodies.all())
        .addAllDocuments(PartyDocuments.registry().documents())
        .addAllRelations(PartyDocuments.registry().relations()).build();
    String text = text(dataset);
    String documents = text.substring(text.indexOf("\"documents\":"), text.indexOf("\"relations\":"));
    assertThat(documents).contains("\"Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị\"",
        "\"Quy định 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị\"");
    long numbered = PartyDocuments.registry().documents().stream().filter(d -> d.number().isPresent()).count();
    long byCitation = 0;
    try {
      for (var element : new ObjectMapper().readTree(text).get("documents")) {
        byCitation += element.isTextual() ? 1 : 0;
      }
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(byCitation).as("every numbered built-in document is named by its citation").isGreaterThanOrEqualTo(
        numbered);
    assertThat(JSON.read(Dataset.class, text.getBytes(StandardCharsets.UTF_8))).isEqualTo(dataset);
  }

  @Test
  void aChangedBuiltInValueIsWrittenInFull() {
    var politburo = PartyBodies.all().stream().filter(b -> b.id().equals(PartyBodies.POLITBURO)).findFirst()
        .orElseThrow();
    var other = politburo.withAbbreviation("BCT-X");
    Dataset dataset = Dataset.builder().addAllBodies(PartyBodies.all().stream()
        .map(b -> b.id().equals(PartyBodies.POLITBURO) ? other : b).collect(Collectors.toList())).build();
    String text = text(dataset);
    assertThat(text).contains("\"BCT-X\"").doesNotContain("[\"cc\",\"cc/politburo\"");
    assertThat(JSON.read(Dataset.class, text.getBytes(StandardCharsets.UTF_8))).isEqualTo(dataset);
  }

  @Test
  void anUnknownBuiltInNameIsRejectedWhereItStands() {
    String text = "{\"schemaVersion\":1,\"bodies\":[\"cc\",\n  \"cc/nowhere\"]}";
    JsonDataException e = error(text);
    assertThat(e.pointer()).isEqualTo("/bodies/1");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.rule()).isEqualTo(JsonDataException.BUILTIN);
    assertThat(e.getMessage()).contains("'cc/nowhere' names none of the", "built-in Party bodies", "'cc'");
  }

  @Test
  void aNewerSchemaVersionIsRejectedBeforeAnythingElse() {
    JsonDataException e = error("{\"schemaVersion\":2,\"meetingsOfTheFuture\":[]}");
    assertThat(e.rule()).isEqualTo(JsonDataException.SCHEMA_VERSION);
    assertThat(e.pointer()).isEqualTo("/schemaVersion");
    assertThat(e.getMessage()).contains("schemaVersion 2 is newer than this reader's 1");
    assertThat(error("{\"bodies\":[\"cc\"]}").getMessage()).contains("member 'schemaVersion' is missing");
  }

  @Test
  void everyCheckAcrossValuesIsReportedAtTheValueItConcerns() {
    Tenure unknownPerson = Tenure.of(Id.of("person/unknown"), PartyPosts.POLITBURO_MEMBER,
        Validity.startingOn(LocalDate.of(2019, 9, 30)), TenureBasis.ELECTED);
    Tenure unknownPost = Tenure.of(Id.of("person/unknown-too"), Id.of("cc/no-such-post"),
        Validity.startingOn(LocalDate.of(2019, 9, 30)), TenureBasis.ELECTED);
    String tenures = "[" + text(unknownPerson) + ",\n" + text(unknownPost) + "]";
    String text = "{\"schemaVersion\":1,\n\"bodies\":[\"cc\",\"cc/politburo\"],\n\"posts\":[\"cc/politburo/member\"],\n"
        + "\"tenures\":" + tenures + "}";
    JsonDataException e = error(text);
    List<Problem> problems = e.problems();
    assertThat(problems).extracting(Problem::pointer)
        .contains("/tenures/0/person", "/tenures/1/person", "/tenures/1/post");
    assertThat(problems).allSatisfy(p -> assertThat(p.rule()).isEqualTo(Personnel.UNKNOWN_ID));
    Problem second = problems.stream().filter(p -> p.pointer().equals("/tenures/1/post")).findFirst().orElseThrow();
    String secondLine = text.lines().filter(l -> l.contains("cc/no-such-post")).findFirst().orElseThrow();
    assertThat(second.line()).isEqualTo(5);
    assertThat(second.column()).isEqualTo(secondLine.indexOf("\"cc/no-such-post\"") + 1);
    assertThat(second.message()).contains("cc/no-such-post");

    JsonDataException fromReader = catchThrowableOfType(JsonDataException.class,
        () -> JSON.read(Dataset.class, new StringReader(text)));
    assertThat(fromReader.problems()).extracting(Problem::pointer)
        .containsExactlyElementsOf(problems.stream().map(Problem::pointer).collect(Collectors.toList()));
  }
}
