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
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Property;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema of a type with kinds, checked by an independent validator against what the writer emits. */
class MeetingSchemaTest {
  private static String json(Object value) {
    return new String(CpvJson.standard().write(value), StandardCharsets.UTF_8);
  }

  private static void valid(Class<?> type, Object value) {
    String json = json(value);
    assertThat(SchemaValidator.errors(type, json)).as(json).isEmpty();
  }

  private static void invalid(Class<?> type, String json) {
    assertThat(SchemaValidator.errors(type, json)).as(json).isNotEmpty();
  }

  @Test
  void everyMeetingWrittenIsValid() {
    Property.forAll(Gen.oneOf(MeetingGenerators.conferences(), MeetingGenerators.congresses(),
        MeetingGenerators.plenums())).checkAssert(m -> valid(Meeting.class, m));
    Property.forAll(DatasetGenerators.datasets()).withTries(20)
        .checkAssert(d -> d.meetings().forEach(m -> valid(Meeting.class, m)));
    NationalCongresses.all().forEach(c -> valid(Meeting.class, c));
    Property.forAll(MeetingGenerators.meetingTimes()).checkAssert(t -> valid(MeetingTime.class, t));
    NationalCongresses.terms().forEach(t -> valid(Term.class, t));
    Property.forAll(MeetingGenerators.terms()).checkAssert(t -> valid(Term.class, t));
  }

  @Test
  void whatTheReaderRejectsForItsKindTheSchemaRejectsToo() {
    String conference = json(MeetingGenerators.conferences().generate(new java.util.Random(7)));
    assertThat(SchemaValidator.errors(Meeting.class, conference)).isEmpty();
    for (String bad : List.of(
        conference.replace("\"type\":\"conference\",", ""),
        conference.replace("\"type\":\"conference\"", "\"type\":\"assembly\""),
        conference.replace("\"type\":\"conference\"", "\"type\":\"congress\""),
        "{\"type\":\"plenum\"}")) {
      invalid(Meeting.class, bad);
    }
    for (String bad : List.of(
        "{\"precision\":\"exact\",\"start\":\"2019-09-30T14:00\",\"end\":\"2019-09-30T17:00:00+07:00\"}",
        "{\"precision\":\"hours\",\"day\":\"2019-09-30\",\"partOfDay\":\"afternoon\"}",
        "{\"day\":\"2019-09-30\",\"partOfDay\":\"afternoon\"}",
        "{\"precision\":\"days\",\"day\":\"2019-09-30\",\"partOfDay\":\"afternoon\"}")) {
      invalid(MeetingTime.class, bad);
    }
    assertThat(SchemaValidator.errors(MeetingTime.class,
        "{\"partOfDay\":\"afternoon\",\"day\":\"2019-09-30\",\"precision\":\"part-of-day\"}")).isEmpty();
  }

  @Test
  void theKindIsAConstOfEachForm() throws IOException {
    JsonNode defs = new ObjectMapper().readTree(CpvSchema.text()).get("$defs");
    List<String> forms = new ArrayList<>();
    defs.get("meeting").get("oneOf").forEach(f -> forms.add(f.get("$ref").asText()));
    assertThat(forms).containsExactly("#/$defs/conference", "#/$defs/congress", "#/$defs/plenum");
    assertThat(defs.get("conference").get("title").asText()).isEqualTo("Hội nghị (conference)");
    assertThat(defs.get("congress").get("properties").get("type").get("const").asText()).isEqualTo("congress");
    List<String> required = new ArrayList<>();
    defs.get("plenum").get("required").forEach(r -> required.add(r.asText()));
    assertThat(required).containsExactly("type", "id", "body", "term", "ordinal", "time");
    assertThat(defs.has("meeting-time-exact")).isTrue();
    assertThat(defs.has("bridge-point")).isTrue();
    assertThat(defs.has("document-key")).isTrue();
  }
}
