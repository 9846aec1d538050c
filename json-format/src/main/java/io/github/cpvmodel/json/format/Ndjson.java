package io.github.cpvmodel.json.format;

import static java.util.Objects.requireNonNull;

import io.github.cpvmodel.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes NDJSON (newline-delimited JSON: one value per line, each line ending with {@code \n}) of any type
 * with a wire format, such as observations, as a lazy {@link Stream}: memory stays constant however long the input
 * is, since one line is held at a time and no line may be longer than {@link #maxLineLength()} bytes. Lines are
 * UTF-8, may end with {@code \r\n}, and empty lines are skipped (but counted). Every error is a
 * {@link JsonDataException} whose {@link JsonDataException#line() line} is the line of the input and whose pointer
 * is relative to that line's value. {@link #read} stops at the first bad line; {@link #readLines} reports each line's
 * value or problems and goes on. Thread-safe and immutable; obtained from {@link Codec#ndjson()} of a JSON module's
 * entry point ({@code CpvJson} on Jackson 2, {@code CpvJsonJackson3} on Jackson 3), both of which read and write the
 * same lines and report the same problems.
 *
 * <pre>{@code
 * Ndjson ndjson = CpvJson.standard().ndjson();
 * java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
 * ndjson.write(java.util.stream.Stream.of(Ratio.of(63, 63), Ratio.of(1, 2)), out);
 * String text = out.toString(StandardCharsets.UTF_8); // two lines, each ending with \n
 * byte[] bytes = (text + "{\"numerator\":3,\"denominator\":2}\n").getBytes(StandardCharsets.UTF_8);
 * List<Ndjson.Line<Ratio>> lines;
 * try (java.util.stream.Stream<Ndjson.Line<Ratio>> read =
 *     ndjson.readLines(Ratio.class, new java.io.ByteArrayInputStream(bytes))) {
 *   lines = read.collect(java.util.stream.Collectors.toList());
 * }
 * Optional<Ratio> second = lines.get(1).value(); // 1/2
 * JsonDataException third = lines.get(2).error().orElseThrow(); // line 3, /numerator, ratio.numerator
 * }</pre>
 */
public final class Ndjson {
  /** The longest line, in bytes without its line break, a reader accepts unless told otherwise: 1 MiB. */
  public static final int MAX_LINE_LENGTH = 1 << 20;

  /** A line is no longer than the reader's bound. */
  public static final Rule LINE_LENGTH = Rule.of("json.ndjson.line-length",
      "a line of NDJSON must be at most the reader's bound in bytes, not counting its line break (1,048,576 bytes "
          + "unless set otherwise)");

  private static final int CHUNK = 8192;

  private final TokenStreams streams;
  private final boolean lenient;
  private final int maxLineLength;

  Ndjson(TokenStreams streams, boolean lenient, int maxLineLength) {
    this.streams = streams;
    this.lenient = lenient;
    this.maxLineLength = maxLineLength;
  }

  /** {@return the longest line, in bytes without its line break, this reader accepts} */
  public int maxLineLength() {
    return maxLineLength;
  }

  /**
   * The same, with another bound on the length of a line; a longer line breaks {@link #LINE_LENGTH} and is skipped
   * without being held in memory.
   *
   * @param bytes the longest line, in bytes without its line break
   * @return the reader and writer
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public Ndjson withMaxLineLength(int bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("the longest line must be at least 1 byte, not " + bytes);
    }
    return new Ndjson(streams, lenient, bytes);
  }

  /**
   * Reads one value per line, lazily, stopping at the first line that does not hold a valid value. The input is not
   * closed.
   *
   * @param type the type of every line, one with a wire format
   * @param in UTF-8 NDJSON
   * @param <T> the type
   * @return the values, in the order of the lines; its terminal operation throws {@link JsonDataException} for the
   *     first bad line and {@link UncheckedIOException} if the input fails
   */
  public <T> Stream<T> read(Class<T> type, InputStream in) {
    return readLines(type, in).map(Line::requireValue);
  }

  /**
   * Reads one value per line of a file, lazily, stopping at the first bad line; closing the stream closes the file.
   *
   * @param type the type of every line, one with a wire format
   * @param file a UTF-8 NDJSON file
   * @param <T> the type
   * @return the values, in the order of the lines
   * @throws UncheckedIOException if the file cannot be opened
   */
  public <T> Stream<T> read(Class<T> type, Path file) {
    return readLines(type, file).map(Line::requireValue);
  }

  /**
   * Reads every line, lazily, going on past bad ones: each non-empty line gives its value or the problems that made
   * it unreadable. The input is not closed.
   *
   * @param type the type of every line, one with a wire format
   * @param in UTF-8 NDJSON
   * @param <T> the type
   * @return one result per non-empty line, in order; its terminal operation throws {@link UncheckedIOException} if
   *     the input fails
   */
  public <T> Stream<Line<T>> readLines(Class<T> type, InputStream in) {
    Lines<T> lines = new Lines<>(Codec.shapeOf(type), requireNonNull(in, "in"));
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Reads every line of a file, lazily, going on past bad ones; closing the stream closes the file.
   *
   * @param type the type of every line, one with a wire format
   * @param file a UTF-8 NDJSON file
   * @param <T> the type
   * @return one result per non-empty line, in order
   * @throws UncheckedIOException if the file cannot be opened
   */
  public <T> Stream<Line<T>> readLines(Class<T> type, Path file) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return readLines(type, in).onClose(() -> {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Writes each value as one line of canonical JSON ending with {@code \n}, as the values come.
   *
   * @param values values of types with a wire format
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if the output fails
   */
  public void write(Stream<?> values, OutputStream out) {
    requireNonNull(out, "out");
    try (TokenStreams.Output w = streams.create(out, false)) {
      for (Iterator<?> it = values.iterator(); it.hasNext(); ) {
        Codec.write(it.next(), w);
        w.lineBreak();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes each value as one line of a file, replacing it.
   *
   * @param values values of types with a wire format
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Stream<?> values, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(values, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What one line of NDJSON held: its value, or the problems that made it unreadable.
   *
   * @param <T> the type of the value
   */
  public static final class Line<T> {
    private final int number;
    private final @Nullable T value;
    private final @Nullable JsonDataException error;

    private Line(int number, @Nullable T value, @Nullable JsonDataException error) {
      this.number = number;
      this.value = value;
      this.error = error;
    }

    /** {@return the number of the line in the input, from 1} */
    public int number() {
      return number;
    }

    /** {@return the value the line held, if it held a valid one} */
    public Optional<T> value() {
      return Optional.ofNullable(value);
    }

    /** {@return why the line could not be read, if it could not: every problem, each at this line} */
    public Optional<JsonDataException> error() {
      return Optional.ofNullable(error);
    }

    /**
     * The value, or the line's error thrown.
     *
     * @return the value
     * @throws JsonDataException if the line did not hold a valid value
     */
    public T requireValue() {
      if (error != null) {
        throw error;
      }
      return requireNonNull(value);
    }

    @Override
    public String toString() {
      return "line " + number + ": " + (error != null ? error.getMessage() : String.valueOf(value));
    }
  }

  /** The lines of an input, read one at a time into a buffer that never grows past the bound. */
  private final class Lines<T> implements Iterator<Line<T>> {
    private final Shape<T> shape;
    private final InputStream in;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkStart;
    private int chunkEnd;
    private boolean ended;

    private byte[] line = new byte[256];
    private int length;
    private boolean tooLong;
    private int number;

    private Reading reading = new Reading(lenient);
    private @Nullable Line<T> next;

    Lines(Shape<T> shape, InputStream in) {
      this.shape = shape;
      this.in = in;
    }

    @Override
    public boolean hasNext() {
      try {
        while (next == null && nextLine()) {
          next = parse();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return next != null;
    }

    @Override
    public Line<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more lines after line " + number);
      }
      Line<T> line = requireNonNull(next);
      next = null;
      return line;
    }

    /** Reads the next line into the buffer, or its first bytes and {@code tooLong}; false at the end. */
    private boolean nextLine() throws IOException {
      length = 0;
      tooLong = false;
      boolean any = false;
      while (true) {
        if (chunkStart == chunkEnd) {
          int n = ended ? -1 : in.read(chunk);
          if (n < 0) {
            ended = true;
            if (!any) {
              return false;
            }
            break;
          }
          chunkStart = 0;
          chunkEnd = n;
        }
        any = true;
        int end = chunkStart;
        while (end < chunkEnd && chunk[end] != '\n') {
          end++;
        }
        append(chunkStart, end - chunkStart);
        if (end < chunkEnd) {
          chunkStart = end + 1;
          break;
        }
        chunkStart = chunkEnd;
      }
      number++;
      if (!tooLong && length > 0 && line[length - 1] == '\r') {
        length--;
      }
      return true;
    }

    private void append(int from, int count) {
      if (tooLong) {
        return;
      }
      // One byte more than the bound is kept, so that a line ending with "\r\n" at the bound still fits.
      if (length + count > maxLineLength + 1) {
        tooLong = true;
        return;
      }
      if (length + count > line.length) {
        line = Arrays.copyOf(line, Math.min(maxLineLength + 1, Math.max(length + count, line.length * 2)));
      }
      System.arraycopy(chunk, from, line, length, count);
      length += count;
    }

    /** The current line's result, or null for an empty line. */
    private @Nullable Line<T> parse() throws IOException {
      if (tooLong || length > maxLineLength) {
        return new Line<>(number, null, new JsonDataException(Problem.of("", at(maxLineLength + 1), LINE_LENGTH,
            "the line is longer than " + maxLineLength + " bytes: " + LINE_LENGTH.description())));
      }
      if (length == 0) {
        return null;
      }
      try (TokenStreams.Input in = streams.open(line, 0, length)) {
        return new Line<>(number, Codec.readOne(shape, in, reading), null);
      } catch (JsonDataException e) {
        // A failed reading may have left its state mid-value: the next line starts afresh.
        reading = new Reading(lenient);
        return new Line<>(number, null, atThisLine(e));
      }
    }

    private long at(int column) {
      return ((long) number << 32) | column;
    }

    private JsonDataException atThisLine(JsonDataException e) {
      JsonDataException moved = new JsonDataException(e.problems().stream()
          .map(p -> Problem.of(p.pointer(), at(Math.max(1, p.column())), p.rule(), p.message()))
          .collect(com.google.common.collect.ImmutableList.toImmutableList()));
      moved.initCause(e);
      return moved;
    }
  }
}
