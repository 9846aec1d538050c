package io.github.cpvmodel.benchmarks.json;

import static io.github.cpvmodel.benchmarks.json.HandReading.expect;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cpvmodel.benchmarks.json.Records.DatasetRecord;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.json.CpvJson;
import io.github.cpvmodel.json.format.TextCache;
import io.github.cpvmodel.progress.Count;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.Percentage;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.YesNo;
import java.io.IOException;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The {@linkplain ObservationDocumentBenchmark observation document} on Jackson 2: {@code CpvJson} beside a default
 * {@code JsonMapper} (decimals written plain, as the wire has them), its factory's parser, and a reader and a
 * writer of this document written by hand on the mapper's parser and generator.
 */
public class Jackson2DocumentBenchmark extends ObservationDocumentBenchmark {
  /** The mapper of the baselines. */
  static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private static final SerializedString SCHEMA_VERSION = new SerializedString("schemaVersion");
  private static final SerializedString BODIES = new SerializedString("bodies");
  private static final SerializedString INDICATORS = new SerializedString("indicators");
  private static final SerializedString OBSERVATIONS = new SerializedString("observations");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString DEFINITION = new SerializedString("definition");
  private static final SerializedString KIND = new SerializedString("kind");
  private static final SerializedString VI = new SerializedString("vi");
  private static final SerializedString EN = new SerializedString("en");
  private static final SerializedString INDICATOR = new SerializedString("indicator");
  private static final SerializedString SUBJECT = new SerializedString("subject");
  private static final SerializedString PERIOD = new SerializedString("period");
  private static final SerializedString VALUE = new SerializedString("value");
  private static final SerializedString STATUS = new SerializedString("status");
  private static final SerializedString COUNT = new SerializedString("count");
  private static final SerializedString NUMERATOR = new SerializedString("numerator");
  private static final SerializedString DENOMINATOR = new SerializedString("denominator");
  private static final SerializedString PERCENTAGE = new SerializedString("percentage");
  private static final SerializedString YES = new SerializedString("yes");

  /** A benchmark; JMH makes it. */
  public Jackson2DocumentBenchmark() {}

  @Override
  protected Dataset read(byte[] json) {
    return CpvJson.standard().read(Dataset.class, json);
  }

  @Override
  protected DatasetRecord bind(byte[] json) throws IOException {
    return MAPPER.readValue(json, DatasetRecord.class);
  }

  @Override
  protected int scan(byte[] json, Blackhole bh) throws IOException {
    int tokens = 0;
    try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        tokens++;
        if (t.isScalarValue() || t == JsonToken.FIELD_NAME) {
          bh.consume(parser.getText());
        }
      }
    }
    return tokens;
  }

  @Override
  protected byte[] write(Dataset dataset) {
    return CpvJson.standard().write(dataset);
  }

  @Override
  protected byte[] unbind(DatasetRecord records) throws IOException {
    return MAPPER.writeValueAsBytes(records);
  }

  @Override
  protected Dataset readByHand(byte[] json) throws IOException {
    HandReading reading = new HandReading();
    Dataset.Builder dataset = Dataset.builder();
    try (JsonParser p = MAPPER.createParser(json)) {
      expect(p.nextToken() == JsonToken.START_OBJECT && p.nextFieldName(SCHEMA_VERSION)
          && p.nextToken() == JsonToken.VALUE_NUMBER_INT && p.getLongValue() == 1, "schemaVersion 1");
      expect(p.nextFieldName(BODIES) && p.nextToken() == JsonToken.START_ARRAY, "the bodies");
      while (p.nextToken() == JsonToken.VALUE_STRING) {
        dataset.addBody(HandReading.builtIn(p.getText()));
      }
      expect(p.nextFieldName(INDICATORS) && p.nextToken() == JsonToken.START_ARRAY, "the indicators");
      while (p.nextToken() == JsonToken.START_OBJECT) {
        expect(p.nextFieldName(ID) && p.nextToken() == JsonToken.VALUE_STRING, "an indicator's id");
        Id id = text(p, reading.ids);
        expect(p.nextFieldName(NAME), "its name");
        LocalizedName name = name(p);
        expect(p.nextFieldName(DEFINITION), "its definition");
        LocalizedName definition = name(p);
        expect(p.nextFieldName(KIND) && p.nextToken() == JsonToken.VALUE_STRING, "its kind");
        dataset.addIndicator(Indicator.of(id, name, definition, text(p, reading.kinds)));
        expect(p.nextToken() == JsonToken.END_OBJECT, "the end of the indicator");
      }
      expect(p.nextFieldName(OBSERVATIONS) && p.nextToken() == JsonToken.START_ARRAY, "the observations");
      while (p.nextToken() == JsonToken.START_OBJECT) {
        expect(p.nextFieldName(INDICATOR) && p.nextToken() == JsonToken.VALUE_STRING, "an observation's indicator");
        Id indicator = text(p, reading.ids);
        expect(p.nextFieldName(SUBJECT) && p.nextToken() == JsonToken.VALUE_STRING, "its subject");
        Id subject = text(p, reading.ids);
        expect(p.nextFieldName(PERIOD) && p.nextToken() == JsonToken.VALUE_STRING, "its period");
        ReportingPeriod period = text(p, reading.periods);
        expect(p.nextFieldName(VALUE) && p.nextToken() == JsonToken.START_OBJECT, "its value");
        ObservedValue value = value(p);
        expect(p.nextFieldName(STATUS) && p.nextToken() == JsonToken.VALUE_STRING, "its status");
        ObservationStatus status = text(p, reading.statuses);
        expect(p.nextToken() == JsonToken.END_OBJECT, "the end of the observation");
        dataset.addObservation(Observation.of(indicator, subject, period, value, status));
      }
      expect(p.nextToken() == JsonToken.END_OBJECT && p.nextToken() == null, "the end of the document");
    }
    return dataset.build();
  }

  private static <V> V text(JsonParser p, TextCache<V> cache) throws IOException {
    return cache.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
  }

  private static LocalizedName name(JsonParser p) throws IOException {
    expect(p.nextToken() == JsonToken.START_OBJECT && p.nextFieldName(VI) && p.nextToken() == JsonToken.VALUE_STRING,
        "a name in Vietnamese");
    String vi = p.getText();
    if (!p.nextFieldName(EN)) {
      expect(p.currentToken() == JsonToken.END_OBJECT, "the end of the name");
      return LocalizedName.of(vi);
    }
    expect(p.nextToken() == JsonToken.VALUE_STRING, "a name in English");
    String en = p.getText();
    expect(p.nextToken() == JsonToken.END_OBJECT, "the end of the name");
    return LocalizedName.of(vi, en);
  }

  private static ObservedValue value(JsonParser p) throws IOException {
    expect(p.nextToken() == JsonToken.FIELD_NAME, "the value's member");
    String form = p.currentName();
    p.nextToken();
    ObservedValue value = switch (form) {
      case "count" -> Count.of(p.getLongValue());
      case "numerator" -> {
        long numerator = p.getLongValue();
        expect(p.nextFieldName(DENOMINATOR) && p.nextToken() == JsonToken.VALUE_NUMBER_INT, "a denominator");
        yield Ratio.of(numerator, p.getLongValue());
      }
      case "percentage" -> Percentage.of(p.getDecimalValue());
      case "yes" -> YesNo.of(p.getBooleanValue());
      default -> throw new IllegalStateException("The hand-written reader knows no value of member '" + form + "'");
    };
    expect(p.nextToken() == JsonToken.END_OBJECT, "the end of the value");
    return value;
  }

  @Override
  protected byte[] writeByHand(Dataset dataset) throws IOException {
    try (ByteArrayBuilder bytes = new ByteArrayBuilder()) {
      try (JsonGenerator g = MAPPER.createGenerator(bytes)) {
        g.writeStartObject();
        g.writeFieldName(SCHEMA_VERSION);
        g.writeNumber(1);
        g.writeFieldName(BODIES);
        g.writeStartArray();
        for (Body body : dataset.bodies()) {
          g.writeString(body.id().value());
        }
        g.writeEndArray();
        g.writeFieldName(INDICATORS);
        g.writeStartArray();
        for (Indicator indicator : dataset.indicators()) {
          g.writeStartObject();
          g.writeFieldName(ID);
          g.writeString(indicator.id().value());
          g.writeFieldName(NAME);
          write(indicator.name(), g);
          g.writeFieldName(DEFINITION);
          write(indicator.definition(), g);
          g.writeFieldName(KIND);
          g.writeString(indicator.kind().code());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(OBSERVATIONS);
        g.writeStartArray();
        for (Observation observation : dataset.observations()) {
          g.writeStartObject();
          g.writeFieldName(INDICATOR);
          g.writeString(observation.indicator().value());
          g.writeFieldName(SUBJECT);
          g.writeString(observation.subject().value());
          g.writeFieldName(PERIOD);
          g.writeString(observation.period().toString());
          g.writeFieldName(VALUE);
          write(observation.value(), g);
          g.writeFieldName(STATUS);
          g.writeString(observation.status().code());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      return bytes.toByteArray();
    }
  }

  private static void write(LocalizedName name, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(VI);
    g.writeString(name.vi());
    if (name.en().isPresent()) {
      g.writeFieldName(EN);
      g.writeString(name.en().get());
    }
    g.writeEndObject();
  }

  private static void write(ObservedValue value, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (value instanceof Count count) {
      g.writeFieldName(COUNT);
      g.writeNumber(count.value());
    } else if (value instanceof Ratio ratio) {
      g.writeFieldName(NUMERATOR);
      g.writeNumber(ratio.numerator());
      g.writeFieldName(DENOMINATOR);
      g.writeNumber(ratio.denominator());
    } else if (value instanceof Percentage percentage) {
      g.writeFieldName(PERCENTAGE);
      g.writeNumber(percentage.value());
    } else {
      g.writeFieldName(YES);
      g.writeBoolean(((YesNo) value).isYes());
    }
    g.writeEndObject();
  }
}
