package io.github.cpvmodel;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import io.github.cpvmodel.text.VietnameseText;
import java.text.Normalizer;
import org.immutables.value.Value;

/**
 * A stable, readable identifier of something in the model: a body, a person, a post, a document, a meeting.
 *
 * <p>The scheme: one or more <em>segments</em> joined by {@code /}; a segment is lower-case ASCII letters and
 * digits, in words joined by single hyphens. At most 200 characters. The segments go from the broad to the narrow,
 * so that ids read as paths and sort sensibly: {@code cc} (the Central Committee), {@code cc/politburo},
 * {@code cc/organisation-commission}, {@code party/dong-nai/committee}, {@code person/pham-minh-chinh}.
 * Vietnamese names become segments through {@link #slug}. An id carries no meaning beyond identity: nothing parses
 * facts out of it.
 *
 * <p>{@link #of} normalises (trims, lower-cases) and then validates; {@code of(id.toString()).equals(id)}.
 *
 * <pre>{@code
 * Id.of("cc/organisation-commission");
 * Id.of("province").child(Id.slug("Đồng Nai")); // province/dong-nai
 * }</pre>
 *
 * <p>Rejects the empty string, empty segments ("cc//x"), upper-case-only Unicode letters, spaces, underscores and
 * anything else outside the scheme (rule {@link #SYNTAX}), naming the index of the first bad character.
 */
// Hashed once, when made: ids are the keys of every index of the model (bodies, people, posts, slots of a roll-up).
@Value.Immutable(builder = false, prehash = true)
@ModelStyle
public abstract class Id implements Comparable<Id> {
  /** The text follows the id scheme. */
  public static final Rule SYNTAX = Rule.of("id.syntax",
      "an id is 1 to 200 characters: segments of lower-case ASCII letters and digits in words joined by '-', "
          + "separated by '/', e.g. 'cc/organisation-commission'");

  private static final int MAX_LENGTH = TextKind.IDENTIFIER.maxLength();

  Id() {}

  /** {@return the canonical text of this id, e.g. {@code cc/politburo}} */
  @Value.Parameter
  public abstract String value();

  /**
   * The id of a text, trimmed and lower-cased first.
   *
   * @param text the text, e.g. "cc/politburo"
   * @return the id
   * @throws ValidationException if the text does not follow the scheme (rule {@link #SYNTAX}); the message quotes
   *     the text as given and the index of the first bad character in it
   */
  public static Id of(CharSequence text) {
    String given = requireNonNull(text, "text").toString();
    // Only ASCII letters change case: Unicode lower-casing would turn the Kelvin sign into 'k' and accept it.
    String value = Ascii.toLowerCase(given.strip());
    try {
      // Checked once, by the constructor: ids are made by the million when a dataset is read.
      return ImmutableId.of(value);
    } catch (ValidationException e) {
      // The same rule again, to quote the text as given and index into it.
      check(given, value, given.length() - given.stripLeading().length());
      throw e;
    }
  }

  /**
   * A segment made from a Vietnamese name: its {@linkplain VietnameseText#foldKey fold key} with spaces as
   * hyphens. "Đồng Nai" gives {@code dong-nai}, "Thành phố Hồ Chí Minh" gives {@code thanh-pho-ho-chi-minh}.
   *
   * @param name the name
   * @return the id of one segment
   * @throws ValidationException if the name has no letter or digit, or has a letter or digit that does not fold
   *     to ASCII (a letter of another language, such as '中' or 'ü') (rule {@link #SYNTAX}), or is longer than a
   *     name may be ({@link TextKind#LENGTH})
   */
  public static Id slug(CharSequence name) {
    String key = VietnameseText.foldKey(TextKind.NAME.requireLength(name, ""));
    SYNTAX.require(!key.isEmpty(), "", "'%s' has no letter or digit to make an id from", name);
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) >= 0x80) {
        // Quote the whole letter: a kept mark stands after its base letter in the key.
        int start = Character.isLetterOrDigit(key.charAt(i)) || i == 0 ? i : i - 1;
        int end = i + 1;
        while (end < key.length() && key.charAt(end) >= 0x80 && !Character.isLetterOrDigit(key.charAt(end))) {
          end++;
        }
        SYNTAX.require(false, "", "'%s' has '%s', which is not a Vietnamese or ASCII letter or digit, to make an "
            + "id from", name, Normalizer.normalize(key.substring(start, end), Normalizer.Form.NFC));
      }
    }
    return ImmutableId.of(key.replace(' ', '-'));
  }

  /**
   * This id with more segments after it.
   *
   * @param segments the segments to append, e.g. {@code committee}
   * @return the longer id, e.g. {@code party/dong-nai/committee}
   * @throws ValidationException if the result does not follow the scheme (rule {@link #SYNTAX})
   */
  public Id child(CharSequence segments) {
    requireNonNull(segments, "segments");
    return of(value() + "/" + segments);
  }

  /**
   * This id with the segments of another id after it.
   *
   * @param segments the id whose segments to append
   * @return the longer id
   */
  public Id child(Id segments) {
    return child(segments.value());
  }

  @Value.Check
  void check() {
    check(value(), value(), 0);
  }

  /**
   * Checks the canonical text {@code s} of an id read from {@code given}, quoting {@code given} and indexing into it:
   * {@code s} starts at {@code offset} in {@code given}.
   */
  private static void check(String given, String s, int offset) {
    // Each condition is tested before its message is made: every id of the model passes here.
    if (s.isEmpty()) {
      SYNTAX.require(false, "", "'%s' is empty", given);
    }
    if (s.length() > MAX_LENGTH) {
      SYNTAX.require(false, "", "'%s' is %d characters long", TextKind.quote(given), s.length());
    }
    char previous = '/';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean wordChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!wordChar && ((c != '-' && c != '/') || previous == '/' || previous == '-')) {
        SYNTAX.require(false, "", "'%s' has '%s' at index %d", given, given.charAt(offset + i), offset + i);
      }
      previous = c;
    }
    if (previous == '/' || previous == '-') {
      SYNTAX.require(false, "", "'%s' ends with '%s'", given, previous);
    }
  }

  /** Orders ids by their text. */
  @Override
  public int compareTo(Id other) {
    return value().compareTo(other.value());
  }

  /** Returns the canonical text, e.g. {@code cc/politburo}. */
  @Override
  public String toString() {
    return value();
  }
}
