package io.github.cpvmodel.json.format;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bytes of a document being written, kept in chunks that double in size up to a bound and copied once into the
 * result, where a {@code ByteArrayOutputStream} copies all it holds each time it grows and once more at the end. Not
 * thread-safe.
 */
final class ChunkedBytes extends OutputStream {
  private static final int FIRST = 8192;

  /** Below half of the G1 collector's smallest region (1 MB), from which it places an array apart as humongous. */
  private static final int LARGEST = 1 << 18;

  private final List<byte[]> full = new ArrayList<>();

  private byte[] chunk = new byte[FIRST];

  private int used;

  private long size;

  @Override
  public void write(int b) {
    if (used == chunk.length) {
      next();
    }
    chunk[used++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    Objects.checkFromIndexSize(off, len, b.length);
    while (len > 0) {
      if (used == chunk.length) {
        next();
      }
      int n = Math.min(len, chunk.length - used);
      System.arraycopy(b, off, chunk, used, n);
      used += n;
      off += n;
      len -= n;
    }
  }

  private void next() {
    full.add(chunk);
    size += chunk.length;
    chunk = new byte[Math.min(chunk.length * 2, LARGEST)];
    used = 0;
  }

  /**
   * The bytes written, in one array.
   *
   * @return the bytes
   * @throws OutOfMemoryError if they are more than an array holds, as for a {@code ByteArrayOutputStream}
   */
  byte[] toByteArray() {
    long total = size + used;
    if (total > Integer.MAX_VALUE - 8) {
      throw new OutOfMemoryError(total + " bytes of JSON are more than an array holds");
    }
    byte[] all = new byte[(int) total];
    int at = 0;
    for (byte[] c : full) {
      System.arraycopy(c, 0, all, at, c.length);
      at += c.length;
    }
    System.arraycopy(chunk, 0, all, at, used);
    return all;
  }
}
