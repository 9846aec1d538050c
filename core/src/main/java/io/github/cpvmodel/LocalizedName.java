package io.github.cpvmodel;

import static java.util.Objects.requireNonNull;

import io.github.cpvmodel.text.VietnameseText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A name in Vietnamese, the language of record, with an optional English rendering: <i>Ban Tổ chức Trung
 * ương</i> / "Central Organisation Commission".
 *
 * <p>Both are {@linkplain VietnameseText#normalize normalised} (NFC, Đ for Ð, white space tidied) before they are
 * checked, so an NFD-encoded name equals the NFC one. Match names with {@link #matches}, which compares
 * {@linkplain VietnameseText#foldKey fold keys}, not raw strings.
 *
 * <pre>{@code
 * LocalizedName name = LocalizedName.of("Ban Tổ chức Trung ương", "Central Organisation Commission");
 * name.matches("ban to chuc trung uong"); // true
 * }</pre>
 *
 * <p>Rejects a blank Vietnamese name or a blank English one (omit it instead) (rule {@link #BLANK}), a name of
 * more than 1,000 characters ({@link TextKind#LENGTH}) and one with a control or format character or nothing
 * visible ({@link TextKind#WRITTEN}).
 */
@Value.Immutable
@ModelStyle
public abstract class LocalizedName {
  /** Names are not blank. */
  public static final Rule BLANK = Rule.of("localized-name.blank",
      "a name must have at least one visible character; leave the English name out rather than blank");

  LocalizedName() {}

  /** {@return the Vietnamese name, the name of record} */
  @Value.Parameter
  public abstract String vi();

  /** {@return the English name, if one is known} */
  @Value.Parameter
  public abstract Optional<String> en();

  /**
   * This name with another English rendering.
   *
   * @param en the English name
   * @return a copy with that English name
   * @throws ValidationException if {@code en} is blank (rule {@link #BLANK})
   */
  public abstract LocalizedName withEn(String en);

  /**
   * A name in Vietnamese only.
   *
   * @param vi the Vietnamese name
   * @return the name
   * @throws ValidationException if {@code vi} is blank (rule {@link #BLANK})
   */
  public static LocalizedName of(String vi) {
    requireNonNull(vi, "vi");
    return ImmutableLocalizedName.of(vi, Optional.empty());
  }

  /**
   * A name in Vietnamese and English.
   *
   * @param vi the Vietnamese name
   * @param en the English name
   * @return the name
   * @throws ValidationException if either is blank (rule {@link #BLANK})
   */
  public static LocalizedName of(String vi, String en) {
    requireNonNull(vi, "vi");
    requireNonNull(en, "en");
    return ImmutableLocalizedName.of(vi, Optional.of(en));
  }

  /** {@return a new builder, for code that sets the parts one by one} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LocalizedName}; {@code build()} normalises and validates. */
  public static final class Builder extends ImmutableLocalizedName.Builder {
    Builder() {}
  }

  /**
   * Whether {@code text} names the same thing as the Vietnamese or the English name, ignoring case, tones and
   * marks.
   *
   * @param text the text to compare
   * @return whether the fold keys match
   */
  public boolean matches(CharSequence text) {
    String key = VietnameseText.foldKey(text);
    return key.equals(VietnameseText.foldKey(vi())) || en().map(e -> key.equals(VietnameseText.foldKey(e)))
        .orElse(false);
  }

  @Value.Check
  LocalizedName normalize() {
    String vi = TextKind.NAME.normalize(vi(), "vi");
    Optional<String> en = en().map(e -> TextKind.NAME.normalize(e, "en"));
    BLANK.require(!vi.isEmpty(), "vi", "Vietnamese name '%s' is blank", vi());
    BLANK.require(en.map(e -> !e.isEmpty()).orElse(true), "en", "English name '%s' is blank", en().orElse(""));
    if (vi.equals(vi()) && en.equals(en())) {
      return this;
    }
    return ImmutableLocalizedName.of(vi, en);
  }

  /** Returns the Vietnamese name, followed by the English one in parentheses when there is one. */
  @Override
  public String toString() {
    return vi() + en().map(e -> " (" + e + ")").orElse("");
  }
}
