package io.github.cpvmodel.text;

import static java.util.Objects.requireNonNull;

import java.text.Collator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;

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

  private VietnameseText() {}

  /**
   * Normalises text as every value of the model stores it: Ð/ð (U+00D0/U+00F0) replaced by Đ/đ
   * (U+0110/U+0111), Unicode NFC, leading and trailing white space removed, inner runs of white space (including
   * no-break spaces) collapsed to one space. Idempotent.
   *
   * @param text the text
   * @return the normalised text
   */
  public static String normalize(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    if (isPlainAndTidy(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c == '\u00D0' ? '\u0110' : c == '\u00F0' ? '\u0111' : c);
    }
    String tidy = out.toString();
    return Normalizer.isNormalized(tidy, Normalizer.Form.NFC) ? tidy : Normalizer.normalize(tidy, Normalizer.Form.NFC);
  }

  /** True for printable ASCII without leading, trailing or doubled spaces: such text is already normal. */
  private static boolean isPlainAndTidy(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7E || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * The key under which a name is matched: {@linkplain #normalize normalised}, tones and other marks removed,
   * đ/Đ folded to d, lower case, every run of characters that are not letters or digits turned into one space.
   * "Đồng Nai", "ĐỒNG NAI", "Dong  Nai", "Ðồng Nai" and the NFD form of "Đồng Nai" all give {@code dong nai};
   * "Thừa Thiên-Huế" gives {@code thua thien hue}.
   *
   * @param text the text
   * @return the folded key, possibly empty
   */
  public static String foldKey(CharSequence text) {
    String decomposed = Normalizer.normalize(normalize(text), Normalizer.Form.NFD);
    StringBuilder key = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
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
        key.append(Character.toLowerCase(c));
      } else {
        pendingSpace = key.length() > 0;
      }
    }
    return key.toString();
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
