package io.github.cpvmodel.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.cpvmodel.json.format.Codec;
import io.github.cpvmodel.json.format.JsonDataException;
import io.github.cpvmodel.json.format.Limits;
import io.github.cpvmodel.json.format.Ndjson;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Reads and writes cpv-model values as JSON on Jackson 2, without an {@code ObjectMapper}: from and to bytes, a
 * {@link Reader} or {@link Writer}, or a file. Writing is canonical (members in their declared order, no whitespace
 * unless pretty printing is asked for), so writing what was read from canonical input gives the same bytes. Every
 * value that cannot be read throws a {@link JsonDataException} with the JSON Pointer, line and column of the
 * offending value. What it does is {@link Codec}'s, shared with the Jackson 3 module: both give the same bytes and
 * the same problems. Thread-safe and immutable.
 *
 * <pre>{@code
 * CpvJson json = CpvJson.standard();
 * Ratio done = Ratio.of(63, 63);
 * String text = new String(json.write(done), StandardCharsets.UTF_8); // {"numerator":63,"denominator":63}
 * Ratio back = json.read(Ratio.class, text.getBytes(StandardCharsets.UTF_8));
 * }</pre>
 */
public final class CpvJson {
  private static final CpvJson STANDARD = new CpvJson(Codec.of(new Jackson2Streams(standardFactory())));

  private final Codec codec;

  private CpvJson(Codec codec) {
    this.codec = codec;
  }

  /** {@return strict, compact reading and writing over the standard factory} */
  public static CpvJson standard() {
    return STANDARD;
  }

  /**
   * A new factory with this library's {@link Limits} and duplicate member names rejected; no global setting of
   * Jackson is changed.
   *
   * @return the factory
   */
  public static JsonFactory standardFactory() {
    return JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
    return new CpvJson(codec.withStreams(new Jackson2Streams(requireNonNull(factory, "factory"))));
  }

  /**
   * The same, skipping members the schema does not declare instead of rejecting them, for reading what a newer
   * writer sent.
   *
   * @param lenient whether unknown members are skipped
   * @return the reader and writer
   */
  public CpvJson withLenient(boolean lenient) {
    return new CpvJson(codec.withLenient(lenient));
  }

  /**
   * The same, writing with line breaks and indentation (no longer canonical).
   *
   * @param pretty whether to pretty print
   * @return the reader and writer
   */
  public CpvJson withPretty(boolean pretty) {
    return new CpvJson(codec.withPretty(pretty));
  }

  /**
   * Reads a value.
   *
   * @param type the type, one with a wire format
   * @param json UTF-8 JSON
   * @param <T> the type
   * @return the value, valid
   * @throws JsonDataException if the JSON does not hold a valid value of the type
   * @see Codec#read(Class, byte[])
   */
  public <T> T read(Class<T> type, byte[] json) {
    return codec.read(type, json);
  }

  /**
   * Reads a value.
   *
   * @param type the type, one with a wire format
   * @param json the JSON text
   * @param <T> the type
   * @return the value, valid
   * @throws JsonDataException if the JSON does not hold a valid value of the type (see {@link Codec#read(Class,
   *     Reader)} for where a dataset's checks across values are placed)
   * @throws UncheckedIOException if the reader fails
   */
  public <T> T read(Class<T> type, Reader json) {
    return codec.read(type, json);
  }

  /**
   * Reads a value from a UTF-8 file.
   *
   * @param type the type, one with a wire format
   * @param file the file
   * @param <T> the type
   * @return the value, valid
   * @throws JsonDataException if the JSON does not hold a valid value of the type
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> T read(Class<T> type, Path file) {
    return codec.read(type, file);
  }

  /**
   * Reading and writing NDJSON (one value per line) over the same factory, leniency and limits, streaming in
   * constant memory.
   *
   * @return the NDJSON reader and writer
   */
  public Ndjson ndjson() {
    return codec.ndjson();
  }

  /**
   * Writes a value as UTF-8 JSON.
   *
   * @param value a value of a type with a wire format
   * @return the JSON
   */
  public byte[] write(Object value) {
    return codec.write(value);
  }

  /**
   * Writes a value as JSON text.
   *
   * @param value a value of a type with a wire format
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   */
  public void write(Object value, Writer out) {
    codec.write(value, out);
  }

  /**
   * Writes a value to a UTF-8 file, replacing it.
   *
   * @param value a value of a type with a wire format
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Object value, Path file) {
    codec.write(value, file);
  }
}
