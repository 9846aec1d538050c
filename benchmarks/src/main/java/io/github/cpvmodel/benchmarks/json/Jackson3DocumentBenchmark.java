package io.github.cpvmodel.benchmarks.json;

import io.github.cpvmodel.benchmarks.json.Records.DatasetRecord;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.json.jackson3.CpvJsonJackson3;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@linkplain ObservationDocumentBenchmark observation document} on Jackson 3: {@code CpvJsonJackson3} beside
 * a default {@code JsonMapper} (decimals written plain, as the wire has them) and its parser.
 */
public class Jackson3DocumentBenchmark extends ObservationDocumentBenchmark {
  /** The mapper of the baselines. */
  static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

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
}
