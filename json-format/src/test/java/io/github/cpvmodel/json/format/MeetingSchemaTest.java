package io.github.cpvmodel.json.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cpvmodel.meeting.Meeting;
import io.github.cpvmodel.meeting.MeetingTime;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.reference.NationalCongresses;
import io.github.cpvmodel.testkit.dataset.DatasetGenerators;
import io.github.cpvmodel.testkit.meeting.MeetingGenerators;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Property;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The schema of a type with kinds, checked by an independent validator against what the writer emits. */
class MeetingSchemaTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12);

  /** The schema of a shape as a document of its own: the shape at the root, with the definitions it refers to. */
  private static Schema schemaOf(Shape<?> shape) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      TokenWriter w = writer(g);
      SchemaDefinitions defs = new SchemaDefinitions();
      w.startObject();
      w.name("$schema");
      w.string("https://json-schema.org/draft/2020-12/schema");
      w.name("allOf");
      w.startArray();
      shape.schema(w, defs, null);
      w.endArray();
      w.name("$defs");
      defs.writeAll(w);
      w.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return REGISTRY.getSchema(out.toString(), InputFormat.JSON);
  }

  private static final Schema MEETING = schemaOf(MeetingFormat.MEETING);

  @SuppressWarnings("unchecked")
  private static String json(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      ((Shape<Object>) Formats.of(value.getClass())).write(value, writer(g));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void valid(Schema schema, Object value) {
    String json = json(value);
    assertThat(schema.validate(json, InputFormat.JSON)).as(json).isEmpty();
  }

  @Test
  void everyMeetingWrittenIsValid() {
    Property.forAll(Gen.oneOf(MeetingGenerators.conferences(), MeetingGenerators.congresses(),
        MeetingGenerators.plenums())).checkAssert(m -> valid(MEETING, m));
    Property.forAll(DatasetGenerators.datasets()).withTries(20)
        .checkAssert(d -> d.meetings().forEach(m -> valid(MEETING, m)));
    NationalCongresses.all().forEach(c -> valid(MEETING, c));
    Schema time = schemaOf(MeetingFormat.TIME);
    Property.forAll(MeetingGenerators.meetingTimes()).checkAssert(t -> valid(time, t));
    Schema term = schemaOf(MeetingFormat.TERM);
    NationalCongresses.terms().forEach(t -> valid(term, t));
    Property.forAll(MeetingGenerators.terms()).checkAssert(t -> valid(term, t));
  }

  @Test
  void whatTheReaderRejectsForItsKindTheSchemaRejectsToo() {
    String conference = json(MeetingGenerators.conferences().generate(new java.util.Random(7)));
    assertThat(MEETING.validate(conference, InputFormat.JSON)).isEmpty();
    for (String bad : java.util.List.of(
        conference.replace("\"type\":\"conference\",", ""),
        conference.replace("\"type\":\"conference\"", "\"type\":\"assembly\""),
        conference.replace("\"type\":\"conference\"", "\"type\":\"congress\""),
        "{\"type\":\"plenum\"}")) {
      assertThat(MEETING.validate(bad, InputFormat.JSON)).as(bad).isNotEmpty();
    }
    Schema time = schemaOf(MeetingFormat.TIME);
    for (String bad : java.util.List.of(
        "{\"precision\":\"exact\",\"start\":\"2019-09-30T14:00\",\"end\":\"2019-09-30T17:00:00+07:00\"}",
        "{\"precision\":\"hours\",\"day\":\"2019-09-30\",\"partOfDay\":\"afternoon\"}",
        "{\"day\":\"2019-09-30\",\"partOfDay\":\"afternoon\"}",
        "{\"precision\":\"days\",\"day\":\"2019-09-30\",\"partOfDay\":\"afternoon\"}")) {
      assertThat(time.validate(bad, InputFormat.JSON)).as(bad).isNotEmpty();
    }
    assertThat(time.validate("{\"partOfDay\":\"afternoon\",\"day\":\"2019-09-30\",\"precision\":\"part-of-day\"}",
        InputFormat.JSON)).isEmpty();
  }

  @Test
  void theKindIsAConstOfEachForm() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      TokenWriter w = writer(g);
      SchemaDefinitions defs = new SchemaDefinitions();
      MeetingFormat.MEETING.schema(w, defs, "a meeting");
      g.writeRaw(' ');
      defs.writeAll(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(out.toString()).startsWith("{\"description\":\"a meeting\",\"oneOf\":[{\"$ref\":\"#/$defs/conference\"},"
        + "{\"$ref\":\"#/$defs/congress\"},{\"$ref\":\"#/$defs/plenum\"}]} ")
        .contains("\"conference\":{\"title\":\"Hội nghị (conference)\"")
        .contains("\"properties\":{\"type\":{\"description\":\"the kind of meeting\",\"const\":\"congress\"}")
        .contains("\"required\":[\"type\",\"id\",\"body\",\"term\",\"ordinal\",\"time\"]")
        .contains("\"meeting-time-exact\":").contains("\"bridge-point\":").contains("\"document-key\":");
  }

  /** A token writer over a Jackson 2 generator: the JSON modules' own are theirs, and this module sees no Jackson. */
  private static TokenWriter writer(JsonGenerator g) {
    return new TokenWriter() {
      @Override
      public void startObject() throws IOException {
        g.writeStartObject();
      }

      @Override
      public void endObject() throws IOException {
        g.writeEndObject();
      }

      @Override
      public void startArray() throws IOException {
        g.writeStartArray();
      }

      @Override
      public void endArray() throws IOException {
        g.writeEndArray();
      }

      @Override
      public void name(Name name) throws IOException {
        g.writeFieldName(name.text());
      }

      @Override
      public void name(String name) throws IOException {
        g.writeFieldName(name);
      }

      @Override
      public void string(String text) throws IOException {
        g.writeString(text);
      }

      @Override
      public void number(long value) throws IOException {
        g.writeNumber(value);
      }

      @Override
      public void number(BigDecimal value) throws IOException {
        g.writeNumber(value.toPlainString());
      }

      @Override
      public void bool(boolean value) throws IOException {
        g.writeBoolean(value);
      }
    };
  }
}
