package io.github.cpvmodel.json.format;

import java.util.Arrays;
import java.util.function.Function;

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
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + chars[i];
    }
    int slot = (h ^ (h >>> 16)) & (SIZE - 1);
    char[] key = keys[slot];
    // Compared as arrays, which the JIT compares many characters at a time.
    if (key != null && Arrays.equals(key, 0, key.length, chars, offset, offset + length)) {
      return (V) values[slot];
    }
    V value = make.apply(new String(chars, offset, length));
    keys[slot] = Arrays.copyOfRange(chars, offset, offset + length);
    values[slot] = value;
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
