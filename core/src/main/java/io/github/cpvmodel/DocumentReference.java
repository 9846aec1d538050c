package io.github.cpvmodel;

import io.github.cpvmodel.text.VietnameseText;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pointer to the document that decided something — set up, merged or dissolved a body, elected or appointed a
 * person — by the {@link Id} of a document the dataset holds, or by its number as printed and its date of issue.
 * The number alone does not identify a Party document, because numbers restart every term (35-CT/TW was issued in
 * 2019 and again in 2024), so give the date whenever it is known.
 *
 * <pre>{@code
 * DocumentReference.ofNumber("328-QĐ/TW", LocalDate.of(2025, 6, 24));
 * DocumentReference.of(Id.of("document/tw/2025/60-nq"));
 * }</pre>
 *
 * <p>The number is kept as written, {@linkplain VietnameseText#normalize normalised} but not parsed. Rejects a
 * reference with neither an id nor a number (rule {@link #EMPTY}) and a blank number (rule {@link #BLANK}).
 */
@Value.Immutable
@ModelStyle
public abstract class DocumentReference {
  /** A reference names its document somehow. */
  public static final Rule EMPTY = Rule.of("document-reference.empty",
      "a document reference needs the document's id or its number");

  /** A number is not blank. */
  public static final Rule BLANK = Rule.of("document-reference.blank",
      "a document number has a visible character, e.g. '328-QĐ/TW'");

  DocumentReference() {}

  /**
   * The id of the document, when the dataset holds it.
   *
   * @return the id, or empty
   */
  public abstract Optional<Id> document();

  /**
   * The number and symbol as printed.
   *
   * @return the number, e.g. {@code 328-QĐ/TW}, or empty
   */
  public abstract Optional<String> number();

  /**
   * The date of issue.
   *
   * @return the date, or empty when not known
   */
  public abstract Optional<LocalDate> issued();

  /**
   * A reference to a document of the dataset.
   *
   * @param document the document's id
   * @return the reference
   */
  public static DocumentReference of(Id document) {
    return builder().document(document).build();
  }

  /**
   * A reference by number and date of issue.
   *
   * @param number the number as printed, e.g. {@code 60-NQ/TW}
   * @param issued the date of issue
   * @return the reference
   * @throws ValidationException if the number is blank (rule {@link #BLANK})
   */
  public static DocumentReference ofNumber(String number, LocalDate issued) {
    return builder().number(number).issued(issued).build();
  }

  /**
   * A builder, for code that sets the parts one by one.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DocumentReference}; {@code build()} normalises and validates. */
  public static final class Builder extends ImmutableDocumentReference.Builder {
    Builder() {}
  }

  @Value.Check
  DocumentReference normalize() {
    Optional<String> number = number().map(VietnameseText::normalize);
    BLANK.require(number.map(n -> !n.isEmpty()).orElse(true), "number", "number '%s' is blank",
        number().orElse(""));
    EMPTY.require(document().isPresent() || number.isPresent(), "",
        "reference '%s' has neither a document id nor a number", this);
    return number.equals(number()) ? this : ImmutableDocumentReference.builder().from(this).number(number).build();
  }

  /** Returns the number or id, with the date of issue when known, e.g. {@code 328-QĐ/TW of 2025-06-24}. */
  @Override
  public String toString() {
    String name = number().orElseGet(() -> document().map(Id::toString).orElse("?"));
    return name + issued().map(d -> " of " + d).orElse("");
  }
}
