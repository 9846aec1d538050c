package io.github.cpvmodel.json.format;

import io.github.cpvmodel.document.DocumentReference;

/** The wire format of documents, as far as other values cite them. */
public final class DocumentFormat {
  private DocumentFormat() {}

  /** A citation of a document, as its canonical text, e.g. {@code "Quy định 205-QĐ/TW ngày 23/9/2019"}. */
  public static final TextShape<DocumentReference> REFERENCE = TextShape.of(DocumentReference.class,
      DocumentReference::parse, DocumentReference::toString, false,
      "title", "Trích dẫn văn bản (document reference)",
      "description", "A document as a text cites it: its type, number, occasion, date of issue and issuing body, "
          + "in the canonical Vietnamese form; the parts must agree (a check the schema cannot make)",
      "minLength", 1, "maxLength", 1000);
}
