package io.github.cpvmodel;

import static java.util.Objects.requireNonNull;

import io.github.cpvmodel.text.VietnameseText;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of text the library reads, each with the most characters it accepts, as a JSON reader bounds the
 * length of a number or a name: text longer than its kind allows is rejected at once, before any other work, so
 * that no input, however large, costs more than reading that many characters; below the bound every entry point
 * takes time linear in the length of its input.
 *
 * <table>
 *   <caption>The maximum length of each kind, in UTF-16 chars of the text as given</caption>
 *   <tr><th>kind</th><th>most chars</th><th>read by</th></tr>
 *   <tr><td>{@link #IDENTIFIER}</td><td>200</td><td>{@code Id.of}, codes of coded enums, province codes, document numbers
 *       ({@code DocumentNumber.parse}) and their codes</td></tr>
 *   <tr><td>{@link #NUMBER}</td><td>100</td><td>{@code ObservedValue.parse}, {@code RomanNumeral.parse}</td></tr>
 *   <tr><td>{@link #LABEL}</td><td>300</td><td>the text forms of dates, periods and meeting times
 *       ({@code Validity.parse}, {@code MeetingTime.parse}, {@code IssueDate.parse})</td></tr>
 *   <tr><td>{@link #NAME}</td><td>1,000</td><td>names of bodies, people, places and publications, authors,
 *       abbreviations, look-ups by name ({@code Provinces.byName}), citations of documents
 *       ({@code DocumentReference.parse}), titles in document keys</td></tr>
 *   <tr><td>{@link #TEXT}</td><td>10,000</td><td>titles of sources, subjects of documents</td></tr>
 *   <tr><td>{@link #ARTICLE}</td><td>1,000,000</td><td>whole texts searched for what they cite
 *       ({@code MentionFinder.find})</td></tr>
 * </table>
 *
 * <p>Written text (a name, a title) must also be fit to show: {@link #normalize} rejects control and format
 * characters, unpaired surrogates and text with nothing visible (rule {@link #WRITTEN}; see
 * {@link VietnameseText#findFlaw}).
 *
 * <pre>{@code
 * TextKind.NAME.maxLength();                       // 1000
 * TextKind.NAME.normalize("  Đồng   Nai ", "name"); // "Đồng Nai"
 * TextKind.NAME.normalize("Đồng\u200BNai", "name");  // throws: has U+200B, a format character, at index 4
 * }</pre>
 */
public enum TextKind {
  /** Ids and codes: 200 chars. */
  IDENTIFIER(200, "an identifier"),
  /** Numbers and numerals: 100 chars. */
  NUMBER(100, "a number"),
  /** The text forms of dates, intervals, periods and meeting times: 300 chars. */
  LABEL(300, "a label"),
  /** Names of bodies, people, places and publications, and abbreviations: 1,000 chars. */
  NAME(1_000, "a name"),
  /** Free text: titles and subjects, 10,000 chars. */
  TEXT(10_000, "a text"),
  /** Whole texts read for what they cite: an article, a report, the body of a document, 1,000,000 chars. */
  ARTICLE(1_000_000, "an article");

  /** Text is no longer than its kind allows. */
  public static final Rule LENGTH = Rule.of("text.length",
      "text is at most as long as its kind allows: 200 characters for an identifier or a code, 100 for a number, "
          + "300 for a label (a date, an interval, a period, a meeting time), 1,000 for a name, 10,000 for a "
          + "free text such as a title and 1,000,000 for a whole article");

  /** Written text is fit to show. */
  public static final Rule WRITTEN = Rule.of("text.written",
      "written text has a visible character and no control character, format character (zero-width space, "
          + "byte-order mark, soft hyphen, direction override), private-use character, unpaired surrogate or run "
          + "of more than " + VietnameseText.MAX_COMBINING_RUN + " combining marks");

  /** How many chars of an over-long text a message quotes. */
  private static final int QUOTED = 300;

  private final int maxLength;
  private final String noun;

  TextKind(int maxLength, String noun) {
    this.maxLength = maxLength;
    this.noun = noun;
  }

  /** {@return the most UTF-16 chars a text of this kind may have, as given (before white space is trimmed)} */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Checks the length of a text of this kind, at once.
   *
   * @param text the text as given
   * @param path where the text sits, e.g. {@code name}
   * @param <T> the type of the text
   * @return {@code text}
   * @throws ValidationException if the text is longer than {@link #maxLength()} (rule {@link #LENGTH}); the
   *     message quotes only its beginning
   */
  public <T extends CharSequence> T requireLength(T text, String path) {
    requireNonNull(text, "text");
    // Checked before the message is made: every value of the model passes here, and almost all are short enough.
    if (text.length() > maxLength) {
      LENGTH.require(false, path, "'%s' is %d characters long, more than the %d of %s", quote(text), text.length(),
          maxLength, noun);
    }
    return text;
  }

  /**
   * Checks the length of a text to be parsed as a value of this kind, at once: the first check of a
   * {@code parse} method.
   *
   * @param input the text as given
   * @param what what the text is read as, with its article: {@code "a meeting time"}
   * @throws ParseException if the text is longer than {@link #maxLength()} (rule {@link #LENGTH}), at the index
   *     of the first char too many
   */
  public void requireParsable(CharSequence input, String what) {
    requireNonNull(input, "input");
    if (input.length() > maxLength) {
      throw ParseException.tooLong(LENGTH, what, input, maxLength, String.format(Locale.ROOT,
          "it is %d characters long, more than the %d of %s", input.length(), maxLength, noun));
    }
  }

  /**
   * Normalises written text of this kind ({@link VietnameseText#normalize}) after checking that it fits and is fit
   * to show: the one check of every name, title and subject.
   *
   * @param text the text as given
   * @param path where the text sits, e.g. {@code vi} or {@code subject}
   * @return the normalised text; empty if the text was empty or white space only, which the caller's own rule
   *     decides about
   * @throws ValidationException if the text is too long (rule {@link #LENGTH}) or has a control or format
   *     character, an unpaired surrogate, too long a run of combining marks or nothing visible (rule
   *     {@link #WRITTEN})
   */
  public String normalize(CharSequence text, String path) {
    requireLength(text, path);
    Optional<String> flaw = VietnameseText.findFlaw(text);
    if (flaw.isPresent()) {
      throw new ValidationException(WRITTEN.violation(path, "'" + text + "' " + flaw.get()));
    }
    return VietnameseText.normalize(text);
  }

  /** A text as a message quotes it: whole up to 300 chars, else its first 300 chars and an ellipsis. */
  static String quote(CharSequence text) {
    return text.length() <= QUOTED ? text.toString() : text.subSequence(0, QUOTED) + "…";
  }
}
