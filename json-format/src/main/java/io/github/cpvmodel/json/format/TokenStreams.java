package io.github.cpvmodel.json.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;

/**
 * One JSON library's parsers and generators, opened over bytes, text and streams as token readers and writers, with
 * the library's own limits and settings: all that {@link Codec} and {@link Ndjson} need of a library, so that each
 * library's module implements this once and shares every entry point's logic. Implementations are immutable and
 * thread-safe; what they open is for one thread.
 */
public interface TokenStreams {
  /**
   * Opens a reader over UTF-8 bytes.
   *
   * @param json the bytes
   * @param offset where the JSON starts
   * @param length how many bytes it has
   * @return the reader, before the first token
   * @throws IOException if the input cannot be read
   */
  Input open(byte[] json, int offset, int length) throws IOException;

  /**
   * Opens a reader over a stream of UTF-8 bytes; closing the reader closes the stream.
   *
   * @param json the stream
   * @return the reader, before the first token
   * @throws IOException if the input cannot be read
   */
  Input open(InputStream json) throws IOException;

  /**
   * Opens a reader over text; closing the reader closes the text's reader.
   *
   * @param json the text
   * @return the reader, before the first token
   * @throws IOException if the input cannot be read
   */
  Input open(Reader json) throws IOException;

  /**
   * Opens a writer of UTF-8 bytes; closing the writer flushes the stream and leaves it open. Values written one
   * after another have nothing between them: {@link Output#lineBreak()} separates them.
   *
   * @param out the stream
   * @param pretty whether to write with line breaks and indentation rather than canonically
   * @return the writer
   * @throws IOException if the output cannot be written
   */
  Output create(OutputStream out, boolean pretty) throws IOException;

  /**
   * Opens a writer of text; closing the writer flushes the text's writer and leaves it open.
   *
   * @param out the text's writer
   * @param pretty whether to write with line breaks and indentation rather than canonically
   * @return the writer
   * @throws IOException if the output cannot be written
   */
  Output create(Writer out, boolean pretty) throws IOException;

  /** A token reader that owns its parser: closing it closes the parser. */
  interface Input extends TokenReader, Closeable {}

  /** A token writer that owns its generator: closing it flushes and closes the generator. */
  interface Output extends TokenWriter, Closeable {
    /**
     * Writes a line break ({@code \n}) after a whole value, as NDJSON ends each line.
     *
     * @throws IOException if the output cannot be written
     */
    void lineBreak() throws IOException;
  }
}
