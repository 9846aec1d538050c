package io.github.cpvmodel.json.format;

import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A small cache of values made from text, keyed by the characters themselves so that a hit makes no string: repeated
 * ids, codes and periods in a large document are made and stored once. Not thread-safe: one per reading.
 *
 * @param <V> the type of the values
 */
public final class TextCache<V> {
  private static final int SIZE = 512;

  private static final int MAX_KEY = 64;

  private final Function<String, V> make;

  private final char[][] keys = new char[SIZE][];

  private final Object[] values = new Object[SIZE];

  /** The two texts looked up last, which are often looked up again at once, and their values. */
  private char @Nullable [] last;

  private @Nullable Object lastValue;

  private char @Nullable [] before;

  private @Nullable Object beforeValue;

  /**
   * A cache.
   *
   * @param make makes the value of a text seen for the first time; may throw, and then nothing is cached
   */
  public TextCache(Function<String, V> make) {
    this.make = make;
  }

  /**
   * The value of the given characters.
   *
   * @param chars a buffer
   * @param offset where the text starts in it
   * @param length the length of the text
   * @return the value, made or found
   */
  @SuppressWarnings("unchecked")
  public V get(char[] chars, int offset, int length) {
    if (length > MAX_KEY) {
      return make.apply(new String(chars, offset, length));
    }
    // The members of a run of objects (observations of one indicator, one body, one status) repeat the values of
    // the objects before them: comparing the text with the two last found spares hashing it.
    char[] recent = last;
    if (recent != null && Arrays.equals(recent, 0, recent.length, chars, offset, offset + length)) {
      return (V) lastValue;
    }
    recent = before;
    if (recent != null && Arrays.equals(recent, 0, recent.length, chars, offset, offset + length)) {
      return (V) beforeValue;
    }
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + chars[i];
    }
    int slot = (h ^ (h >>> 16)) & (SIZE - 1);
    char[] key = keys[slot];
    // Compared as arrays, which the JIT compares many characters at a time.
    V value;
    if (key != null && Arrays.equals(key, 0, key.length, chars, offset, offset + length)) {
      value = (V) values[slot];
    } else {
      value = make.apply(new String(chars, offset, length));
      key = Arrays.copyOfRange(chars, offset, offset + length);
      keys[slot] = key;
      values[slot] = value;
    }
    before = last;
    beforeValue = lastValue;
    last = key;
    lastValue = value;
    return value;
  }

  /**
   * The value of the given text.
   *
   * @param text the text
   * @return the value, made or found
   */
  public V get(String text) {
    return get(text.toCharArray(), 0, text.length());
  }
}
