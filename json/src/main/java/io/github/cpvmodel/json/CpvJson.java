package io.github.cpvmodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.cpvmodel.json.format.Codec;
import io.github.cpvmodel.json.format.Limits;
import io.github.cpvmodel.json.format.TokenStreams;

/**
 * Reads and writes cpv-model values as JSON on Jackson 2, without an {@code ObjectMapper}: from and to bytes, a
 * {@code Reader} or {@code Writer}, or a file, and NDJSON. What it reads and writes, and the problems it reports, are
 * those of every {@link Codec}: the Jackson 3 module gives the same. Thread-safe and immutable.
 *
 * <pre>{@code
 * CpvJson json = CpvJson.standard();
 * Ratio done = Ratio.of(63, 63);
 * String text = new String(json.write(done), StandardCharsets.UTF_8); // {"numerator":63,"denominator":63}
 * Ratio back = json.read(Ratio.class, text.getBytes(StandardCharsets.UTF_8));
 * }</pre>
 */
public final class CpvJson extends Codec<CpvJson> {
  private static final CpvJson STANDARD = new CpvJson(new Jackson2Streams(standardFactory()), false, false);

  private CpvJson(TokenStreams streams, boolean lenient, boolean pretty) {
    super(streams, lenient, pretty);
  }

  @Override
  protected CpvJson with(TokenStreams streams, boolean lenient, boolean pretty) {
    return new CpvJson(streams, lenient, pretty);
  }

  /** {@return strict, compact reading and writing over the standard factory} */
  public static CpvJson standard() {
    return STANDARD;
  }

  /**
   * A new factory with this library's {@link Limits}; no global setting of Jackson is changed. It leaves Jackson's
   * check of repeated member names off, since the reader makes that check itself (placing a repeated name where it
   * starts), whatever the factory.
   *
   * @return the factory
   */
  public static JsonFactory standardFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(Limits.MAX_DEPTH)
            .maxStringLength(Limits.MAX_STRING_LENGTH)
            .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
            .maxDocumentLength(Limits.MAX_DOCUMENT_LENGTH)
            .build())
        .build();
  }

  /**
   * The same, over another factory, whose limits and features then apply.
   *
   * @param factory the factory
   * @return reading and writing over it
   */
  public CpvJson withFactory(JsonFactory factory) {
    return withStreams(new Jackson2Streams(factory));
  }
}
