package io.github.cpvmodel.mention;

import io.github.cpvmodel.text.VietnameseText;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The tokens of a text, read once, left to right: words ({@link VietnameseText#endOfWord}), numbers (runs of ASCII
 * digits) and single signs (one code point each), white space left out, each with its place in the text as given
 * and, for a word, its {@linkplain VietnameseText#foldKey fold key}, so that "Tỉnh ủy", "TỈNH UỶ", its NFD form and
 * "Tỉnh ủy" with Ð all read as {@code tinh uy}. Keys of words that repeat are folded once.
 */
final class TextScan {
  /** What a token is. */
  enum Kind { WORD, NUMBER, SIGN }

  private static final Kind[] KINDS = Kind.values();

  private final String text;
  private int size;
  private byte[] kinds = new byte[16];
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private String[] keys = new String[16];

  TextScan(String text) {
    this.text = text;
    Map<String, String> folded = new HashMap<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (c >= '0' && c <= '9') {
        int end = i + 1;
        while (end < n && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
          end++;
        }
        add(Kind.NUMBER, i, end, text.substring(i, end));
        i = end;
      } else if (VietnameseText.endOfWord(text, i) > i) {
        int end = VietnameseText.endOfWord(text, i);
        String word = text.substring(i, end);
        add(Kind.WORD, i, end, folded.computeIfAbsent(word, VietnameseText::foldKey));
        i = end;
      } else {
        int end = i + Character.charCount(text.codePointAt(i));
        add(Kind.SIGN, i, end, text.substring(i, end));
        i = end;
      }
    }
  }

  private void add(Kind kind, int start, int end, String key) {
    if (size == starts.length) {
      kinds = Arrays.copyOf(kinds, size * 2);
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      keys = Arrays.copyOf(keys, size * 2);
    }
    kinds[size] = (byte) kind.ordinal();
    starts[size] = start;
    ends[size] = end;
    keys[size] = key;
    size++;
  }

  /** {@return the text as given} */
  String text() {
    return text;
  }

  /** {@return the number of tokens} */
  int size() {
    return size;
  }

  Kind kind(int i) {
    return KINDS[kinds[i]];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** {@return the fold key of a word, the digits of a number, the char of a sign; empty past the end} */
  String key(int i) {
    return i >= 0 && i < size ? keys[i] : "";
  }

  /** {@return the token's text as written} */
  String written(int i) {
    return text.substring(starts[i], ends[i]);
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kinds[i] == Kind.WORD.ordinal();
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && kinds[i] == Kind.NUMBER.ordinal();
  }

  /** {@return whether token {@code i} is the word whose fold key is {@code key}} */
  boolean isWord(int i, String key) {
    return isWord(i) && keys[i].equals(key);
  }

  /** {@return whether token {@code i} is the sign {@code c}} */
  boolean isSign(int i, char c) {
    return i >= 0 && i < size && kinds[i] == Kind.SIGN.ordinal() && text.charAt(starts[i]) == c;
  }

  /** {@return whether the word at {@code i} is written with the letters of Roman numerals only} */
  boolean isRomanNumeral(int i) {
    if (!isWord(i)) {
      return false;
    }
    for (int k = starts[i]; k < ends[i]; k++) {
      if ("IVXLCDMivxlcdm".indexOf(text.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** {@return whether the word at {@code i} begins with a capital letter} */
  boolean isCapitalised(int i) {
    return isWord(i) && Character.isUpperCase(text.charAt(starts[i]));
  }

  /** {@return the first token that starts at or after {@code index}, from token {@code from} on} */
  int tokenAt(int index, int from) {
    int i = from;
    while (i < size && starts[i] < index) {
      i++;
    }
    return i;
  }
}
