package io.github.cpvmodel.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.RomanNumeral;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import java.text.ParsePosition;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The National Congress or Central Committee plenum that adopted a document, as the press cites documents by it:
 * <i>Nghị quyết Đại hội XIII</i> (the resolution of the XIII National Congress), <i>Nghị quyết Trung ương 4 khóa
 * XII</i> (the resolution of the 4th plenum of the Central Committee of term XII, which is 04-NQ/TW).
 *
 * <pre>{@code
 * Occasion.plenum(4, 12).toString();   // "Trung ương 4 khóa XII"
 * Occasion.congress(13).toString();    // "Đại hội XIII"
 * }</pre>
 *
 * <p>A provincial congress's resolution is cited by its number and issuer instead. Rejects a term or plenum outside 1..3999
 * (rule {@link #NUMBER}).
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract class Occasion {
  /** Terms and plenums are numbered from 1. */
  public static final Rule NUMBER = Rule.of("occasion.number",
      "a congress (the ordinal of its term) and a plenum are numbered from 1 (I) to 3999");

  private static final int MAX = 3999;

  Occasion() {}

  /** {@return the term: the ordinal of the congress, or of the term of the Central Committee holding the plenum} */
  @Value.Parameter
  public abstract int term();

  /** {@return the ordinal of the plenum within the term, or empty for the congress itself} */
  @Value.Parameter
  public abstract OptionalInt plenum();

  /**
   * A National Congress.
   *
   * @param ordinal the congress, e.g. 13
   * @return the occasion
   * @throws ValidationException if {@code ordinal} is out of range (rule {@link #NUMBER})
   */
  public static Occasion congress(int ordinal) {
    return ImmutableOccasion.of(ordinal, OptionalInt.empty());
  }

  /**
   * A plenum of the Central Committee.
   *
   * @param plenum the plenum within the term, e.g. 4
   * @param term the term, e.g. 12
   * @return the occasion
   * @throws ValidationException if either is out of range (rule {@link #NUMBER})
   */
  public static Occasion plenum(int plenum, int term) {
    return ImmutableOccasion.of(term, OptionalInt.of(plenum));
  }

  /**
   * The congress or plenums named at a place of a longer text, as reports name them: "Đại hội XIII", "Đại hội đại
   * biểu toàn quốc lần thứ XIII của Đảng", "Hội nghị Trung ương 4 khóa XII", "Hội nghị lần thứ chín Ban Chấp hành
   * Trung ương Đảng khóa XIII", "Hội nghị Trung ương 4 (khóa XI, XII)" (two plenums). The grammar is the one a
   * {@link DocumentReference} reads its occasion with; after a congress it also reads "của Đảng", which belongs to
   * the name of the meeting.
   *
   * <pre>{@code
   * String text = "tiến tới Đại hội XIII của Đảng với yêu cầu";
   * ParsePosition at = new ParsePosition(9);
   * Occasion.find(text, at);         // [Đại hội XIII]
   * text.substring(9, at.getIndex()); // "Đại hội XIII của Đảng"
   * Occasion.find("Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XIII", new ParsePosition(0));
   *                                  // [Trung ương 9 khóa XIII]
   * Occasion.find("Đại hội các cấp", new ParsePosition(0)); // []
   * }</pre>
   *
   * @param text the text
   * @param position where the name starts; on success moved to its end, else left there with its
   *     {@linkplain ParsePosition#getErrorIndex() error index} set
   * @return the occasions named, in the order written; empty if none is named there
   * @throws IndexOutOfBoundsException if the position lies outside the text
   */
  public static ImmutableList<Occasion> find(CharSequence text, ParsePosition position) {
    requireNonNull(position, "position");
    return DocumentReferenceParser.findOccasions(requireNonNull(text, "text").toString(), position);
  }

  /** {@return whether this is a congress rather than a plenum} */
  public boolean isCongress() {
    return plenum().isEmpty();
  }

  @Value.Check
  void check() {
    NUMBER.require(term() >= 1 && term() <= MAX, "term", "term '%d' is out of range", term());
    plenum().ifPresent(p -> NUMBER.require(p >= 1 && p <= MAX, "plenum", "plenum '%d' is out of range", p));
  }

  /** Returns "Đại hội XIII" or "Trung ương 4 khóa XII". */
  @Override
  public String toString() {
    RomanNumeral term = RomanNumeral.of(term());
    return isCongress() ? "Đại hội " + term : "Trung ương " + plenum().getAsInt() + " khóa " + term;
  }
}
