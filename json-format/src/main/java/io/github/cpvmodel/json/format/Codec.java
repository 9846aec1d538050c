package io.github.cpvmodel.json.format;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes one value per input and output over a JSON library's {@link TokenStreams}: the plain entry points
 * of every JSON module ({@code CpvJson} on Jackson 2, {@code CpvJsonJackson3} on Jackson 3) are codecs, written once
 * here, so that each module only opens its library's parsers and generators and both give the same bytes and the
 * same problems. Writing is canonical (members in their declared order, no whitespace unless pretty printing is asked
 * for), so writing what was read from canonical input gives the same bytes. Every value that cannot be read throws a
 * {@link JsonDataException} with the JSON Pointer, line and column of the offending value. Immutable and thread-safe.
 *
 * @param <S> the module's own codec, which every {@code with…} method returns
 */
public abstract class Codec<S extends Codec<S>> {
  private final TokenStreams streams;
  private final boolean lenient;
  private final boolean pretty;

  /**
   * A codec.
   *
   * @param streams the library's parsers and generators
   * @param lenient whether members the schema does not declare are skipped rather than rejected
   * @param pretty whether to write with line breaks and indentation
   */
  protected Codec(TokenStreams streams, boolean lenient, boolean pretty) {
    this.streams = requireNonNull(streams, "streams");
    this.lenient = lenient;
    this.pretty = pretty;
  }

  /**
   * The module's codec with these settings.
   *
   * @param streams the library's parsers and generators
   * @param lenient whether members the schema does not declare are skipped rather than rejected
   * @param pretty whether to write with line breaks and indentation
   * @return the codec
   */
  protected abstract S with(TokenStreams streams, boolean lenient, boolean pretty);

  /**
   * The same, over other streams (the same library's, with other limits).
   *
   * @param streams the parsers and generators
   * @return the codec
   */
  protected final S withStreams(TokenStreams streams) {
    return with(requireNonNull(streams, "streams"), lenient, pretty);
  }

  /**
   * The same, skipping members the schema does not declare instead of rejecting them, for reading what a newer
   * writer sent.
   *
   * @param lenient whether unknown members are skipped
   * @return the codec
   */
  public final S withLenient(boolean lenient) {
    return with(streams, lenient, pretty);
  }

  /**
   * The same, writing with line breaks and indentation (no longer canonical).
   *
   * @param pretty whether to pretty print
   * @return the codec
   */
  public final S withPretty(boolean pretty) {
    return with(streams, lenient, pretty);
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
  public final <T> T read(Class<T> type, byte[] json) {
    try (TokenStreams.Input in = streams.open(json, 0, json.length)) {
      return read(type, in);
    } catch (JsonDataException e) {
      throw located(e, () -> streams.open(json, 0, json.length));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value.
   *
   * @param type the type, one with a wire format
   * @param json the JSON text; closed once read
   * @param <T> the type
   * @return the value, valid
   * @throws JsonDataException if the JSON does not hold a valid value of the type; since a reader cannot be read
   *     twice, a problem core finds only once a value is built (a dataset's checks across values) is placed at the
   *     start of the member that holds it (its pointer is exact), where reading bytes or a file places it at the
   *     offending value itself
   * @throws UncheckedIOException if the reader fails
   */
  public final <T> T read(Class<T> type, Reader json) {
    try (TokenStreams.Input in = streams.open(json)) {
      return read(type, in);
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
  public final <T> T read(Class<T> type, Path file) {
    try (TokenStreams.Input in = streams.open(Files.newInputStream(file))) {
      return read(type, in);
    } catch (JsonDataException e) {
      throw located(e, () -> streams.open(Files.newInputStream(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the same input again. */
  @FunctionalInterface
  private interface Reopen {
    TokenStreams.Input open() throws IOException;
  }

  /**
   * Places the problems core found after building a value at the values their pointers name, by reading the input
   * a second time; only an input that has such problems is read twice.
   */
  private static JsonDataException located(JsonDataException e, Reopen input) {
    try (TokenStreams.Input again = input.open()) {
      return e.locatedIn(again);
    } catch (IOException | RuntimeException unreadable) {
      return e;
    }
  }

  private <T> T read(Class<T> type, TokenReader r) throws IOException {
    return readOne(shapeOf(type), r, new Reading(lenient));
  }

  /**
   * Reads the one value an input holds, and its end: an empty input and one with more after the value break
   * {@link JsonDataException#SYNTAX}.
   */
  static <T> T readOne(Shape<T> shape, TokenReader r, Reading reading) throws IOException {
    if (r.next() == Token.END) {
      throw new JsonDataException(Problem.of("", 0, JsonDataException.SYNTAX,
          "the input is empty: " + JsonDataException.SYNTAX.description()));
    }
    T value = shape.read(r, reading);
    if (r.next() != Token.END) {
      throw new JsonDataException(Problem.of("", r.position(), JsonDataException.SYNTAX,
          "there is more after the value: " + JsonDataException.SYNTAX.description()));
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  static <T> Shape<T> shapeOf(Class<T> type) {
    return (Shape<T>) Formats.of(type);
  }

  /**
   * Reading and writing NDJSON (one value per line) over the same streams and leniency, streaming in constant
   * memory.
   *
   * @return the NDJSON reader and writer
   */
  public final Ndjson ndjson() {
    return new Ndjson(streams, lenient, Ndjson.MAX_LINE_LENGTH);
  }

  /**
   * Writes a value as UTF-8 JSON.
   *
   * @param value a value of a type with a wire format
   * @return the JSON
   */
  public final byte[] write(Object value) {
    ChunkedBytes out = new ChunkedBytes();
    try (TokenStreams.Output w = streams.create(out, pretty)) {
      write(value, w);
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
  public final void write(Object value, Writer out) {
    try (TokenStreams.Output w = streams.create(out, pretty)) {
      write(value, w);
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
  public final void write(Object value, Path file) {
    try {
      Files.write(file, write(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a value of any type with a wire format, as the shape of its type declares. */
  @SuppressWarnings("unchecked")
  static void write(Object value, TokenWriter w) throws IOException {
    ((Shape<Object>) Formats.of(requireNonNull(value, "value").getClass())).write(value, w);
  }
}
