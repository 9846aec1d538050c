package io.github.cpvmodel.benchmarks.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cpvmodel.benchmarks.json.Records.DatasetRecord;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.json.CpvJson;
import java.io.IOException;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The {@linkplain ObservationDocumentBenchmark observation document} on Jackson 2: {@code CpvJson} beside a default
 * {@code JsonMapper} (decimals written plain, as the wire has them) and its factory's parser.
 */
public class Jackson2DocumentBenchmark extends ObservationDocumentBenchmark {
  /** The mapper of the baselines. */
  static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

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
}
