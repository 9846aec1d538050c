package io.github.cpvmodel.text;

import static java.util.Objects.requireNonNull;

import java.text.Collator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Vietnamese text at the boundaries of the model: normalisation, accent-folded matching keys and alphabetical
 * order.
 *
 * <p>Every string that enters a value of cpv-model goes through {@link #normalize}: Unicode NFC (so an
 * NFD-encoded "Đồng Nai" equals the NFC one), the Icelandic eth Ð/ð (U+00D0/U+00F0), often typed for Đ/đ
 * (U+0110/U+0111), read as Đ/đ, white space trimmed and collapsed. Names are then matched with {@link #foldKey},
 * which ignores case, tones and marks ("Đồng Nai", "ĐỒNG NAI" and "dong nai" share the key {@code dong nai}), and
 * sorted with {@link #order()}, the JDK's Vietnamese collation (A Ă Â B C D Đ E Ê … O Ô Ơ … U Ư …, tones
 * deciding only between otherwise equal words).
 *
 * <p>Only what Vietnamese writing itself varies is folded: tones and the marks of Ă Â Ê Ô Ơ Ư, Đ, case, spaces and
 * punctuation between words. Letters of other languages keep their marks ("TÜ" does not fold to {@code tu}, "Č"
 * not to {@code c}, "İ" not to {@code i}, the long s of "yeſ" stays a long s), so that no foreign letter is
 * silently read as a Vietnamese one.
 *
 * <p>Different spellings of a tone's position ("Hoà" and "Hòa") normalise to different NFC strings but fold to the
 * same key: compare names by key, never by raw string.
 */
public final class VietnameseText {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT);

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  /** Collators are not safe for concurrent use; each thread gets its own copy. */
  private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
    Collator collator = Collator.getInstance(VIETNAMESE);
    collator.setStrength(Collator.TERTIARY);
    collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
    return collator;
  });

  private static final Comparator<CharSequence> ORDER =
      (a, b) -> COLLATOR.get().compare(normalize(a), normalize(b));

  /**
   * The longest run of combining marks that text keeps together, as the Unicode stream-safe text format allows
   * (UAX #15, section 13): a longer run is broken by a combining grapheme joiner (U+034F), so that normalising,
   * folding and sorting take time linear in the length of any text.
   */
  public static final int MAX_COMBINING_RUN = 30;

  private static final char GRAPHEME_JOINER = '\u034F';

  /** The marks Vietnamese letters carry once decomposed: five tones, circumflex, breve and horn. */
  private static final String VIETNAMESE_MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B";

  private VietnameseText() {}

  /**
   * Normalises text as every value of the model stores it: Ð/ð (U+00D0/U+00F0) replaced by Đ/đ
   * (U+0110/U+0111), Unicode NFC, leading and trailing white space removed, inner runs of white space (including
   * no-break spaces) collapsed to one space, and a run of more than {@value #MAX_COMBINING_RUN} combining marks
   * broken by a combining grapheme joiner (U+034F) as the stream-safe text format does. Idempotent, and linear in
   * the length of the text.
   *
   * @param text the text
   * @return the normalised text
   */
  public static String normalize(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    return isPlainAndTidy(s) ? s : tidy(s);
  }

  /** The normal form of a text made char by char, whatever the text: {@link #normalize} without its shortcut. */
  static String tidy(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    int marks = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        marks = 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      if (c == GRAPHEME_JOINER) {
        marks = 0;
      } else if (isMark(c)) {
        if (marks == MAX_COMBINING_RUN) {
          out.append(GRAPHEME_JOINER);
          marks = 0;
        }
        marks++;
      } else {
        marks = 0;
      }
      out.append(c == '\u00D0' ? '\u0110' : c == '\u00F0' ? '\u0111' : c);
    }
    String tidy = out.toString();
    return Normalizer.isNormalized(tidy, Normalizer.Form.NFC) ? tidy : Normalizer.normalize(tidy, Normalizer.Form.NFC);
  }

  /**
   * True for text already normal: no leading, trailing or doubled space, and only printable ASCII and the chars that
   * {@link StableChars} lists, such as the precomposed letters of Vietnamese.
   */
  private static boolean isPlainAndTidy(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return false;
    }
    boolean[] stable = StableChars.TABLE;
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean plain = c >= 0x20 && c <= 0x7E ? c != ' ' || previous != ' ' : c < stable.length && stable[c];
      if (!plain) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * The chars from U+0080 to U+2FFF that {@link #normalize} leaves as they are wherever they stand: in NFC on their
   * own (by Normalizer), and neither white space, nor Ð or ð, nor a mark or a Hangul vowel or final consonant (the
   * chars that may compose with the char before them, so that text made only of listed chars is in NFC), nor a
   * control, format or surrogate char.
   */
  private static final class StableChars {
    static final boolean[] TABLE = table();

    private static boolean[] table() {
      boolean[] table = new boolean[0x3000];
      for (char c = 0x80; c < table.length; c++) {
        int type = Character.getType(c);
        table[c] = !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u00D0' && c != '\u00F0'
            && !isMark(c) && (c < 0x1100 || c > 0x11FF) && type != Character.CONTROL && type != Character.FORMAT
            && type != Character.SURROGATE && type != Character.UNASSIGNED
            && Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC);
      }
      return table;
    }
  }

  /**
   * The key under which a name is matched: {@linkplain #normalize normalised}, the tones and the marks of Ă Â Ê Ô
   * Ơ Ư removed, đ/Đ folded to d, lower case, every run of characters that are not letters or digits turned into
   * one space. "Đồng Nai", "ĐỒNG NAI", "Dong  Nai", "Ðồng Nai" and the NFD form of "Đồng Nai" all give
   * {@code dong nai}; "Thừa Thiên-Huế" gives {@code thua thien hue}. Letters of other languages keep their marks
   * ("TÜ" gives {@code tü}, not {@code tu}), and no letter is lower-cased into an ASCII letter it is not.
   *
   * @param text the text
   * @return the folded key, possibly empty
   */
  public static String foldKey(CharSequence text) {
    requireNonNull(text, "text");
    // Most words are ASCII and Vietnamese letters, precomposed or followed by their marks, each of which folds
    // alone: fold them char by char, and leave anything else (other marks, other scripts, white space beyond ASCII)
    // to the general fold.
    int n = text.length();
    StringBuilder key = new StringBuilder(n);
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char folded;
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          folded = (char) (c + ('a' - 'A'));
        } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          folded = c;
        } else {
          pendingSpace = key.length() > 0;
          continue;
        }
      } else if (c < SIMPLE_FOLDS.length && SIMPLE_FOLDS[c] != 0) {
        folded = SIMPLE_FOLDS[c];
      } else if (VIETNAMESE_MARKS.indexOf(c) >= 0) {
        // A tone or vowel mark written apart (NFD text): the general fold drops it wherever it stands, and what it
        // would compose with folds, decomposed, to the same letter.
        continue;
      } else {
        return generalFoldKey(text);
      }
      if (pendingSpace) {
        key.append(' ');
        pendingSpace = false;
      }
      key.append(folded);
    }
    return key.toString();
  }

  /**
   * The fold of every char below U+1F00 that is in NFC, and that {@link #generalFoldKey} folds, alone, to one ASCII
   * letter or digit ('Đ' and 'ệ' to 'd' and 'e'); 0 for any other char. Derived from the general fold, so the two
   * agree by construction.
   */
  private static final char[] SIMPLE_FOLDS = simpleFolds();

  private static char[] simpleFolds() {
    char[] folds = new char[0x1F00];
    for (char c = 0x80; c < folds.length; c++) {
      String alone = String.valueOf(c);
      if (!Character.isLetterOrDigit(c) || !Normalizer.isNormalized(alone, Normalizer.Form.NFC)) {
        continue;
      }
      String key = generalFoldKey(alone);
      if (key.length() == 1 && key.charAt(0) < 0x80) {
        folds[c] = key.charAt(0);
      }
    }
    return folds;
  }

  /** The fold of any text: normalised, decomposed, then folded mark by mark. */
  static String generalFoldKey(CharSequence text) {
    String decomposed = Normalizer.normalize(normalize(text), Normalizer.Form.NFD);
    StringBuilder key = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    boolean inWord = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (isMark(c)) {
        if (inWord && c != GRAPHEME_JOINER && VIETNAMESE_MARKS.indexOf(c) < 0) {
          key.append(c);
        }
        continue;
      }
      if (c == '\u0110' || c == '\u0111') {
        c = 'd';
      }
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace) {
          key.append(' ');
          pendingSpace = false;
        }
        key.append(lowerCase(c));
        inWord = true;
      } else {
        pendingSpace = key.length() > 0;
        inWord = false;
      }
    }
    return key.toString();
  }

  /** The lower case of a letter, unless that would make an ASCII letter of a letter that is not one. */
  private static char lowerCase(char c) {
    char lower = Character.toLowerCase(c);
    return lower < 0x80 && c >= 0x80 ? c : lower;
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * What makes text unfit to be stored as written text (a name, a title, a subject), if anything: a control
   * character other than white space, a format character (zero-width space, byte-order mark, soft hyphen,
   * direction override), a private-use character, an unpaired surrogate, a run of more than
   * {@value #MAX_COMBINING_RUN} combining marks, or nothing visible at all (only white space, marks, fillers and
   * format characters). Empty or white-space-only text has no flaw: whether a blank text is allowed is the
   * caller's rule.
   *
   * <pre>{@code
   * VietnameseText.findFlaw("Đồng Nai");          // Optional.empty()
   * VietnameseText.findFlaw("Đồng\u200BNai");      // Optional[has U+200B, a format character, at index 4]
   * VietnameseText.findFlaw("\u3164");             // Optional[has nothing visible]
   * }</pre>
   *
   * @param text the text as given
   * @return what is wrong, as a phrase that follows the quoted text ("has U+0000, a control character, at index
   *     3"), or empty; linear in the length of the text
   */
  public static Optional<String> findFlaw(CharSequence text) {
    requireNonNull(text, "text");
    boolean visible = false;
    boolean blank = true;
    int marks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      String what = null;
      if (type == Character.CONTROL && "\t\n\r\f\u000B".indexOf(c) < 0) {
        what = "a control character";
      } else if (type == Character.FORMAT) {
        what = "a format character";
      } else if (type == Character.PRIVATE_USE) {
        what = "a private-use character";
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int codePoint = Character.codePointAt(text, i);
        if (Character.getType(codePoint) == Character.PRIVATE_USE) {
          what = "a private-use character";
        } else {
          visible |= isVisible(codePoint);
          blank = false;
          marks = 0;
          i++;
          continue;
        }
      } else if (type == Character.SURROGATE) {
        what = "an unpaired surrogate";
      }
      if (what != null) {
        return Optional.of(String.format(Locale.ROOT, "has U+%04X, %s, at index %d", (int) c, what, i));
      }
      marks = isMark(c) ? marks + 1 : 0;
      if (marks > MAX_COMBINING_RUN) {
        return Optional.of(String.format(Locale.ROOT, "has more than %d combining marks in a row at index %d",
            MAX_COMBINING_RUN, i - MAX_COMBINING_RUN));
      }
      visible |= isVisible(c);
      blank &= Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
    return visible || blank ? Optional.empty() : Optional.of("has nothing visible");
  }

  /** Letters, digits, punctuation and symbols are visible, except the Hangul fillers and the blank braille cell. */
  private static boolean isVisible(int codePoint) {
    if (codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0
        || codePoint == 0x2800) {
      return false;
    }
    switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER: case Character.LOWERCASE_LETTER: case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER: case Character.OTHER_LETTER: case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER: case Character.OTHER_NUMBER: case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION: case Character.START_PUNCTUATION: case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION: case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION: case Character.MATH_SYMBOL: case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL: case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether two texts name the same thing once folded: {@code foldKey(a).equals(foldKey(b))}.
   *
   * @param a a text
   * @param b another text
   * @return whether their fold keys are equal
   */
  public static boolean matches(CharSequence a, CharSequence b) {
    return foldKey(a).equals(foldKey(b));
  }

  /**
   * Vietnamese alphabetical order: letters first (A Ă Â B C D Đ E Ê G H I K L M N O Ô Ơ P Q R S T U Ư V X Y),
   * then tones, then case. Texts are normalised before they are compared, so NFD and NFC forms sort together.
   * Safe for concurrent use.
   *
   * @return the comparator
   */
  public static Comparator<CharSequence> order() {
    return ORDER;
  }

  /**
   * Where the word that starts at an index of a text ends, if a word starts there: a letter, then letters, combining
   * marks and the ASCII digits 0-9, as readers of running text split it into words ("Chỉ", NFD-encoded too,
   * "QĐi", "QH15").
   *
   * <pre>{@code
   * VietnameseText.endOfWord("Chỉ thị 35", 0); // 3
   * VietnameseText.endOfWord("Chỉ thị 35", 3); // 3: no word starts at a space
   * }</pre>
   *
   * @param text the text
   * @param from an index of the text
   * @return the index after the word, or {@code from} if no word starts there
   */
  public static int endOfWord(CharSequence text, int from) {
    int n = requireNonNull(text, "text").length();
    if (from >= n || !Character.isLetter(Character.codePointAt(text, from))) {
      return from;
    }
    int end = from + Character.charCount(Character.codePointAt(text, from));
    while (end < n && isWordPart(Character.codePointAt(text, end))) {
      end += Character.charCount(Character.codePointAt(text, end));
    }
    return end;
  }

  private static boolean isWordPart(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || c >= '0' && c <= '9' || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * The number an ordinal written in words names, as meetings are numbered in running text: "tư" in "Hội nghị lần
   * thứ tư", "mười ba" in "lần thứ mười ba". Reads "nhất", "hai" to "chín" (with "tư" and "bốn" for four), "mười",
   * "mười một" to "mười chín" (with "mười lăm" for fifteen) and "hai mươi", by fold key.
   *
   * <pre>{@code
   * VietnameseText.findOrdinal("tư");      // OptionalInt[4]
   * VietnameseText.findOrdinal("Mười Ba"); // OptionalInt[13]
   * VietnameseText.findOrdinal("tám mươi"); // OptionalInt.empty
   * }</pre>
   *
   * @param words the ordinal, one or two words
   * @return its number, 1 to 20, or empty if the words are no such ordinal
   */
  public static OptionalInt findOrdinal(CharSequence words) {
    requireNonNull(words, "words");
    if (words.length() > 20) {
      return OptionalInt.empty();
    }
    Integer number = ORDINALS.get(foldKey(words));
    return number == null ? OptionalInt.empty() : OptionalInt.of(number);
  }

  /** The ordinals in words, by fold key. */
  private static final Map<String, Integer> ORDINALS = ordinals();

  private static Map<String, Integer> ordinals() {
    String[] units = {"mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin"};
    Map<String, Integer> words = new HashMap<>();
    words.put("nhat", 1);
    words.put("tu", 4);
    words.put("muoi", 10);
    words.put("muoi mot", 11);
    words.put("muoi lam", 15);
    words.put("hai muoi", 20);
    for (int i = 1; i < units.length; i++) {
      words.put(units[i], i + 1);
      words.putIfAbsent("muoi " + units[i], 11 + i);
    }
    words.remove("muoi nam");
    return Map.copyOf(words);
  }

  /**
   * A day as Vietnamese texts write it: day and month without leading zeros, the year in four digits
   * ({@code 30/9/2019}, as in <i>ngày 30/9/2019</i>). Every Vietnamese date the library writes comes from here.
   *
   * <pre>{@code
   * VietnameseText.date(LocalDate.of(2019, 9, 30)); // "30/9/2019"
   * }</pre>
   *
   * @param day the day, of a year from 0 to 9999
   * @return the text
   */
  public static String date(LocalDate day) {
    return DATE.format(requireNonNull(day, "day"));
  }
}
