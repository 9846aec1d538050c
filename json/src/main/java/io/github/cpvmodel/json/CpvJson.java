package io.github.cpvmodel.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.cpvmodel.json.format.Formats;
import io.github.cpvmodel.json.format.JsonDataException;
import io.github.cpvmodel.json.format.Reading;
import io.github.cpvmodel.json.format.Shape;
import io.github.cpvmodel.json.format.Token;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes cpv-model values as JSON without an {@code ObjectMapper}: from and to bytes, a {@link Reader} or
 * {@link Writer}, or a file. Writing is canonical (members in their declared order, no whitespace unless pretty
 * printing is asked for), so writing what was read from canonical input gives the same bytes. Every value that
 * cannot be read throws a {@link JsonDataException} with the JSON Pointer, line and column of the offending value.
 * Thread-safe and immutable.
 *
 * <pre>{@code
 * CpvJson json = CpvJson.standard();
 * Ratio done = Ratio.of(63, 63);
 * String text = new String(json.write(done), StandardCharsets.UTF_8); // {"numerator":63,"denominator":63}
 * Ratio back = json.read(Ratio.class, text.getBytes(StandardCharsets.UTF_8));
 * }</pre>
 */
public final class CpvJson {
  /** The nesting depth the standard factory allows: the deepest value of the format is far shallower. */
  public static final int MAX_DEPTH = 64;

  /** The length of a string, in characters, the standard factory allows. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The length of a number, in digits, the standard factory allows. */
  public static final int MAX_NUMBER_LENGTH = 200;

  /** The size of a document, in bytes or characters, the standard factory allows. */
  public static final long MAX_DOCUMENT_LENGTH = 512L * 1024 * 1024;

  private static final CpvJson STANDARD = new CpvJson(standardFactory(), false, false);

  private final JsonFactory factory;
  private final boolean lenient;
  private final boolean pretty;

  private CpvJson(JsonFactory factory, boolean lenient, boolean pretty) {
    this.factory = factory;
    this.lenient = lenient;
    this.pretty = pretty;
  }

  /** {@return strict, compact reading and writing over the standard factory} */
  public static CpvJson standard() {
    return STANDARD;
  }

  /**
   * A new factory with this library's limits ({@link #MAX_DEPTH}, {@link #MAX_STRING_LENGTH},
   * {@link #MAX_NUMBER_LENGTH}, {@link #MAX_DOCUMENT_LENGTH}) and duplicate member names rejected; no global
   * setting of Jackson is changed.
   *
   * @return the factory
   */
  public static JsonFactory standardFactory() {
    return JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
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
    return new CpvJson(requireNonNull(factory, "factory"), lenient, pretty);
  }

  /**
   * The same, skipping members the schema does not declare instead of rejecting them, for reading what a newer
   * writer sent.
   *
   * @param lenient whether unknown members are skipped
   * @return the reader and writer
   */
  public CpvJson withLenient(boolean lenient) {
    return new CpvJson(factory, lenient, pretty);
  }

  /**
   * The same, writing with line breaks and indentation (no longer canonical).
   *
   * @param pretty whether to pretty print
   * @return the reader and writer
   */
  public CpvJson withPretty(boolean pretty) {
    return new CpvJson(factory, lenient, pretty);
  }

  /**
   * Reads a value.
   *
   * @param type the type, one with a wire format
   * @param json UTF-8 JSON
   * @param <T> the type
   * @return the value, valid
   * @throws JsonDataException if the JSON does not hold a valid value of the type
   */
  public <T> T read(Class<T> type, byte[] json) {
    try (JsonParser parser = factory.createParser(json)) {
      return read(type, parser);
    } catch (JsonDataException e) {
      throw located(e, () -> factory.createParser(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value.
   *
   * @param type the type, one with a wire format
   * @param json the JSON text
   * @param <T> the type
   * @return the value, valid
   * @throws JsonDataException if the JSON does not hold a valid value of the type; since a reader cannot be read
   *     twice, a problem core finds only once a value is built (a dataset's checks across values) is placed at the
   *     start of the member that holds it (its pointer is exact), where reading bytes or a file places it at the
   *     offending value itself
   * @throws UncheckedIOException if the reader fails
   */
  public <T> T read(Class<T> type, Reader json) {
    try (JsonParser parser = factory.createParser(json)) {
      return read(type, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    try (JsonParser parser = factory.createParser(Files.newInputStream(file))) {
      return read(type, parser);
    } catch (JsonDataException e) {
      throw located(e, () -> factory.createParser(Files.newInputStream(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the same input again. */
  @FunctionalInterface
  private interface Reopen {
    JsonParser open() throws IOException;
  }

  /**
   * Places the problems core found after building a value at the values their pointers name, by reading the input
   * a second time; only an input that has such problems is read twice.
   */
  private static JsonDataException located(JsonDataException e, Reopen input) {
    try (JsonParser again = input.open()) {
      return e.locatedIn(new Jackson2Reader(again));
    } catch (IOException | RuntimeException unreadable) {
      return e;
    }
  }

  private <T> T read(Class<T> type, JsonParser parser) throws IOException {
    return read(shapeOf(type), parser, new Reading(lenient));
  }

  /** Reads the one value a parser holds, with a reading that may carry its caches over from earlier values. */
  static <T> T read(Shape<T> shape, JsonParser parser, Reading reading) throws IOException {
    Jackson2Reader r = new Jackson2Reader(parser);
    if (r.next() == Token.END) {
      throw new JsonDataException(io.github.cpvmodel.json.format.Problem.of("", 0, JsonDataException.SYNTAX,
          "the input is empty: " + JsonDataException.SYNTAX.description()));
    }
    T value = shape.read(r, reading);
    if (r.next() != Token.END) {
      throw new JsonDataException(io.github.cpvmodel.json.format.Problem.of("", r.position(),
          JsonDataException.SYNTAX, "there is more after the value: " + JsonDataException.SYNTAX.description()));
    }
    return value;
  }

  /**
   * Reading and writing NDJSON (one value per line) over the same factory, leniency and limits, streaming in
   * constant memory.
   *
   * @return the NDJSON reader and writer
   */
  public Ndjson ndjson() {
    return new Ndjson(factory, lenient, Ndjson.MAX_LINE_LENGTH);
  }

  @SuppressWarnings("unchecked")
  static <T> Shape<T> shapeOf(Class<T> type) {
    return (Shape<T>) Formats.of(type);
  }

  /**
   * Writes a value as UTF-8 JSON.
   *
   * @param value a value of a type with a wire format
   * @return the JSON
   */
  public byte[] write(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = factory.createGenerator(out)) {
      write(value, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes a value as JSON text.
   *
   * @param value a value of a type with a wire format
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   */
  public void write(Object value, Writer out) {
    try (JsonGenerator g = factory.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      write(value, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a value to a UTF-8 file, replacing it.
   *
   * @param value a value of a type with a wire format
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Object value, Path file) {
    try {
      Files.write(file, write(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private void write(Object value, JsonGenerator g) throws IOException {
    if (pretty) {
      g.useDefaultPrettyPrinter();
    }
    ((Shape<Object>) Formats.of(requireNonNull(value, "value").getClass())).write(value, new Jackson2Writer(g));
  }
}
