package io.github.cpvmodel.benchmarks.json;

import static io.github.cpvmodel.benchmarks.json.HandReading.expect;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.benchmarks.json.Records.DatasetRecord;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.json.format.TextCache;
import io.github.cpvmodel.json.jackson3.CpvJsonJackson3;
import io.github.cpvmodel.progress.Count;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.Percentage;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.YesNo;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@linkplain ObservationDocumentBenchmark observation document} on Jackson 3: {@code CpvJsonJackson3} beside
 * a default {@code JsonMapper} (decimals written plain, as the wire has them), its parser, and a reader and a writer
 * of this document written by hand on the mapper's parser and generator.
 */
public class Jackson3DocumentBenchmark extends ObservationDocumentBenchmark {
  /** The mapper of the baselines. */
  static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
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
  public Jackson3DocumentBenchmark() {}

  @Override
  protected Dataset read(byte[] json) {
    return CpvJsonJackson3.standard().read(Dataset.class, json);
  }

  @Override
  protected DatasetRecord bind(byte[] json) {
    return MAPPER.readValue(json, DatasetRecord.class);
  }

  @Override
  protected int scan(byte[] json, Blackhole bh) {
    int tokens = 0;
    try (JsonParser parser = MAPPER.createParser(json)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        tokens++;
        if (t.isScalarValue() || t == JsonToken.PROPERTY_NAME) {
          bh.consume(parser.getString());
        }
      }
    }
    return tokens;
  }

  @Override
  protected byte[] write(Dataset dataset) {
    return CpvJsonJackson3.standard().write(dataset);
  }

  @Override
  protected byte[] unbind(DatasetRecord records) {
    return MAPPER.writeValueAsBytes(records);
  }

  @Override
  protected Dataset readByHand(byte[] json) {
    HandReading reading = new HandReading();
    Dataset.Builder dataset = Dataset.builder();
    try (JsonParser p = MAPPER.createParser(json)) {
      expect(p.nextToken() == JsonToken.START_OBJECT && p.nextName(SCHEMA_VERSION)
          && p.nextToken() == JsonToken.VALUE_NUMBER_INT && p.getLongValue() == 1, "schemaVersion 1");
      expect(p.nextName(BODIES) && p.nextToken() == JsonToken.START_ARRAY, "the bodies");
      while (p.nextToken() == JsonToken.VALUE_STRING) {
        dataset.addBody(HandReading.builtIn(p.getString()));
      }
      expect(p.nextName(INDICATORS) && p.nextToken() == JsonToken.START_ARRAY, "the indicators");
      while (p.nextToken() == JsonToken.START_OBJECT) {
        expect(p.nextName(ID) && p.nextToken() == JsonToken.VALUE_STRING, "an indicator's id");
        Id id = text(p, reading.ids);
        expect(p.nextName(NAME), "its name");
        LocalizedName name = name(p);
        expect(p.nextName(DEFINITION), "its definition");
        LocalizedName definition = name(p);
        expect(p.nextName(KIND) && p.nextToken() == JsonToken.VALUE_STRING, "its kind");
        dataset.addIndicator(Indicator.of(id, name, definition, text(p, reading.kinds)));
        expect(p.nextToken() == JsonToken.END_OBJECT, "the end of the indicator");
      }
      expect(p.nextName(OBSERVATIONS) && p.nextToken() == JsonToken.START_ARRAY, "the observations");
      while (p.nextToken() == JsonToken.START_OBJECT) {
        expect(p.nextName(INDICATOR) && p.nextToken() == JsonToken.VALUE_STRING, "an observation's indicator");
        Id indicator = text(p, reading.ids);
        expect(p.nextName(SUBJECT) && p.nextToken() == JsonToken.VALUE_STRING, "its subject");
        Id subject = text(p, reading.ids);
        expect(p.nextName(PERIOD) && p.nextToken() == JsonToken.VALUE_STRING, "its period");
        ReportingPeriod period = text(p, reading.periods);
        expect(p.nextName(VALUE) && p.nextToken() == JsonToken.START_OBJECT, "its value");
        ObservedValue value = value(p);
        expect(p.nextName(STATUS) && p.nextToken() == JsonToken.VALUE_STRING, "its status");
        ObservationStatus status = text(p, reading.statuses);
        expect(p.nextToken() == JsonToken.END_OBJECT, "the end of the observation");
        dataset.addObservation(Observation.of(indicator, subject, period, value, status));
      }
      expect(p.nextToken() == JsonToken.END_OBJECT && p.nextToken() == null, "the end of the document");
    }
    return dataset.build();
  }

  private static <V> V text(JsonParser p, TextCache<V> cache) {
    return cache.get(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
  }

  private static LocalizedName name(JsonParser p) {
    expect(p.nextToken() == JsonToken.START_OBJECT && p.nextName(VI) && p.nextToken() == JsonToken.VALUE_STRING,
        "a name in Vietnamese");
    String vi = p.getString();
    if (!p.nextName(EN)) {
      expect(p.currentToken() == JsonToken.END_OBJECT, "the end of the name");
      return LocalizedName.of(vi);
    }
    expect(p.nextToken() == JsonToken.VALUE_STRING, "a name in English");
    String en = p.getString();
    expect(p.nextToken() == JsonToken.END_OBJECT, "the end of the name");
    return LocalizedName.of(vi, en);
  }

  private static ObservedValue value(JsonParser p) {
    expect(p.nextToken() == JsonToken.PROPERTY_NAME, "the value's member");
    String form = p.currentName();
    p.nextToken();
    ObservedValue value = switch (form) {
      case "count" -> Count.of(p.getLongValue());
      case "numerator" -> {
        long numerator = p.getLongValue();
        expect(p.nextName(DENOMINATOR) && p.nextToken() == JsonToken.VALUE_NUMBER_INT, "a denominator");
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
  protected byte[] writeByHand(Dataset dataset) {
    try (ByteArrayBuilder bytes = new ByteArrayBuilder()) {
      try (JsonGenerator g = MAPPER.createGenerator(bytes)) {
        g.writeStartObject();
        g.writeName(SCHEMA_VERSION);
        g.writeNumber(1);
        g.writeName(BODIES);
        g.writeStartArray();
        for (Body body : dataset.bodies()) {
          g.writeString(body.id().value());
        }
        g.writeEndArray();
        g.writeName(INDICATORS);
        g.writeStartArray();
        for (Indicator indicator : dataset.indicators()) {
          g.writeStartObject();
          g.writeName(ID);
          g.writeString(indicator.id().value());
          g.writeName(NAME);
          write(indicator.name(), g);
          g.writeName(DEFINITION);
          write(indicator.definition(), g);
          g.writeName(KIND);
          g.writeString(indicator.kind().code());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName(OBSERVATIONS);
        g.writeStartArray();
        for (Observation observation : dataset.observations()) {
          g.writeStartObject();
          g.writeName(INDICATOR);
          g.writeString(observation.indicator().value());
          g.writeName(SUBJECT);
          g.writeString(observation.subject().value());
          g.writeName(PERIOD);
          g.writeString(observation.period().toString());
          g.writeName(VALUE);
          write(observation.value(), g);
          g.writeName(STATUS);
          g.writeString(observation.status().code());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      return bytes.toByteArray();
    }
  }

  private static void write(LocalizedName name, JsonGenerator g) {
    g.writeStartObject();
    g.writeName(VI);
    g.writeString(name.vi());
    if (name.en().isPresent()) {
      g.writeName(EN);
      g.writeString(name.en().get());
    }
    g.writeEndObject();
  }

  private static void write(ObservedValue value, JsonGenerator g) {
    g.writeStartObject();
    if (value instanceof Count count) {
      g.writeName(COUNT);
      g.writeNumber(count.value());
    } else if (value instanceof Ratio ratio) {
      g.writeName(NUMERATOR);
      g.writeNumber(ratio.numerator());
      g.writeName(DENOMINATOR);
      g.writeNumber(ratio.denominator());
    } else if (value instanceof Percentage percentage) {
      g.writeName(PERCENTAGE);
      g.writeNumber(percentage.value());
    } else {
      g.writeName(YES);
      g.writeBoolean(((YesNo) value).isYes());
    }
    g.writeEndObject();
  }
}
