package io.github.cpvmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cpvmodel.json.format.CpvSchema;
import io.github.cpvmodel.meeting.Meeting;
import io.github.cpvmodel.meeting.MeetingTime;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.reference.NationalCongresses;
import io.github.cpvmodel.testkit.dataset.DatasetGenerators;
import io.github.cpvmodel.testkit.meeting.MeetingGenerators;
import io.github.cpvmodel.testkit.property.Property;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The schema of the types with kinds, meetings and their times, against what the writer emits. */
class MeetingSchemaTest {
  private static String json(Object value) {
    return new String(CpvJson.standard().write(value), StandardCharsets.UTF_8);
  }

  private static void valid(Class<?> type, Object value) {
    String json = json(value);
    assertThat(SchemaValidator.errors(type, json)).as(json).isEmpty();
  }

  @Test
  void theMeetingsOfDatasetsAndTheBuiltInCongressesAndTermsAreValid() {
    Property.forAll(DatasetGenerators.datasets()).withTries(20)
        .checkAssert(d -> d.meetings().forEach(m -> valid(Meeting.class, m)));
    NationalCongresses.all().forEach(c -> valid(Meeting.class, c));
    NationalCongresses.terms().forEach(t -> valid(Term.class, t));
  }

  @Test
  void whatTheReaderRejectsForItsKindTheSchemaRejectsToo() {
    String conference = json(MeetingGenerators.conferences().generate(new Random(7)));
    assertThat(SchemaValidator.errors(Meeting.class, conference)).isEmpty();
    for (String bad : List.of(
        conference.replace("\"type\":\"conference\",", ""),
        conference.replace("\"type\":\"conference\"", "\"type\":\"assembly\""),
        conference.replace("\"type\":\"conference\"", "\"type\":\"congress\""),
        "{\"type\":\"plenum\"}")) {
      assertThat(SchemaValidator.errors(Meeting.class, bad)).as(bad).isNotEmpty();
    }
    for (String bad : List.of(
        "{\"precision\":\"exact\",\"start\":\"2019-09-30T14:00\",\"end\":\"2019-09-30T17:00:00+07:00\"}",
        "{\"precision\":\"hours\",\"day\":\"2019-09-30\",\"partOfDay\":\"afternoon\"}",
        "{\"day\":\"2019-09-30\",\"partOfDay\":\"afternoon\"}",
        "{\"precision\":\"days\",\"day\":\"2019-09-30\",\"partOfDay\":\"afternoon\"}")) {
      assertThat(SchemaValidator.errors(MeetingTime.class, bad)).as(bad).isNotEmpty();
    }
    assertThat(SchemaValidator.errors(MeetingTime.class,
        "{\"partOfDay\":\"afternoon\",\"day\":\"2019-09-30\",\"precision\":\"part-of-day\"}")).isEmpty();
  }

  @Test
  void theKindIsAConstOfEachForm() throws IOException {
    JsonNode defs = new ObjectMapper().readTree(CpvSchema.generate()).get("$defs");
    assertThat(defs.get("meeting").get("oneOf").toString())
        .isEqualTo("[{\"$ref\":\"#/$defs/conference\"},{\"$ref\":\"#/$defs/congress\"},{\"$ref\":\"#/$defs/plenum\"}]");
    assertThat(defs.get("conference").get("title").asText()).isEqualTo("Hội nghị (conference)");
    assertThat(defs.get("congress").get("properties").get("type").toString())
        .isEqualTo("{\"description\":\"the kind of meeting\",\"const\":\"congress\"}");
    assertThat(defs.get("plenum").get("required").toString())
        .isEqualTo("[\"type\",\"id\",\"body\",\"term\",\"ordinal\",\"time\"]");
    assertThat(defs.get("meeting-time").get("oneOf").findValuesAsText("$ref")).containsExactly(
        "#/$defs/meeting-time-exact", "#/$defs/meeting-time-part-of-day", "#/$defs/meeting-time-days");
    assertThat(defs.has("meeting-time-exact")).isTrue();
    assertThat(defs.has("bridge-point")).isTrue();
    assertThat(defs.has("document-key")).isTrue();
  }
}
