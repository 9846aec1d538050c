package io.github.cpvmodel.json.jackson3;

import io.github.cpvmodel.json.format.Codec;
import io.github.cpvmodel.json.format.Limits;
import io.github.cpvmodel.json.format.TokenStreams;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes cpv-model values as JSON on Jackson 3, without a {@code JsonMapper}: from and to bytes, a
 * {@code Reader} or {@code Writer}, or a file, and NDJSON. What it reads and writes, and the problems it reports, are
 * those of every {@link Codec}: the Jackson 2 module's {@code CpvJson} gives the same. Thread-safe and immutable.
 *
 * <pre>{@code
 * CpvJsonJackson3 json = CpvJsonJackson3.standard();
 * Ratio done = Ratio.of(63, 63);
 * String text = new String(json.write(done), StandardCharsets.UTF_8); // {"numerator":63,"denominator":63}
 * Ratio back = json.read(Ratio.class, text.getBytes(StandardCharsets.UTF_8));
 * }</pre>
 */
public final class CpvJsonJackson3 extends Codec<CpvJsonJackson3> {
  private static final CpvJsonJackson3 STANDARD =
      new CpvJsonJackson3(new Jackson3Streams(standardFactory()), false, false);

  private CpvJsonJackson3(TokenStreams streams, boolean lenient, boolean pretty) {
    super(streams, lenient, pretty);
  }

  @Override
  protected CpvJsonJackson3 with(TokenStreams streams, boolean lenient, boolean pretty) {
    return new CpvJsonJackson3(streams, lenient, pretty);
  }

  /** {@return strict, compact reading and writing over the standard factory} */
  public static CpvJsonJackson3 standard() {
    return STANDARD;
  }

  /**
   * A new factory with this library's {@link Limits}, as the Jackson 2 module's is; no global setting of Jackson is
   * changed. It leaves Jackson's check of repeated member names off, since the reader makes that check itself
   * (placing a repeated name where it starts), whatever the factory.
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
  public CpvJsonJackson3 withFactory(JsonFactory factory) {
    return withStreams(new Jackson3Streams(factory));
  }
}
