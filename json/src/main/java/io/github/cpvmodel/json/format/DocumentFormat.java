package io.github.cpvmodel.json.format;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.IssueDate;
import org.jspecify.annotations.Nullable;

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

  /** A document number, as its canonical text, e.g. {@code "205-QĐ/TW"} or {@code "15/2020/NĐ-CP"}. */
  public static final TextShape<DocumentNumber> NUMBER = TextShape.of(DocumentNumber.class, DocumentNumber::parse,
      DocumentNumber::toString, true,
      "title", "Số và ký hiệu văn bản (document number)",
      "description", "A Party number 'n-TYPE/ISSUER' or a State number, in its canonical form; the codes must be "
          + "ones a number can carry (a check the schema cannot make)",
      "minLength", 1, "maxLength", 200);

  /** The type of a document, as its code. */
  public static final CodeShape<DocumentType> TYPE = CodeShape.of(DocumentType.class, DocumentType.CODE);

  /** A date of issue, as its text: {@code "2019-05-30"}, {@code "2012-01"}, {@code "2012"} or a range of days. */
  public static final TextShape<IssueDate> ISSUE_DATE = TextShape.of(IssueDate.class, IssueDate::parse,
      IssueDate::toString, true,
      "title", "Ngày ban hành (issue date)",
      "description", "The date of issue, known to the day, the month, the year or a range of days; a range does "
          + "not end before it starts (a check the schema cannot make)",
      "pattern", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(/[0-9]{4}-[0-9]{2}-[0-9]{2})?)?)?$");

  private static final Field<DocumentKey, DocumentNumber> KEY_NUMBER = Field.optional("number", NUMBER,
      DocumentKey::number, "the number; absent for an unnumbered document");
  private static final Field<DocumentKey, DocumentType> KEY_TYPE = Field.required("type", TYPE, DocumentKey::type,
      "the type");
  private static final Field<DocumentKey, Id> ISSUING_BODY = Field.required("issuingBody", VocabularyFormat.ID,
      DocumentKey::issuingBody, "the id of the issuing body");
  private static final Field<DocumentKey, IssueDate> ISSUED = Field.required("issued", ISSUE_DATE,
      DocumentKey::issued, "the date of issue");
  private static final Field<DocumentKey, String> KEY_TITLE = Field.optional("title", Scalars.TEXT,
      DocumentKey::title, "the Vietnamese title of an unnumbered document; absent when there is a number, present "
          + "when there is none (a check the schema cannot make)");

  /** What identifies a document: {@code {"number":"35-CT/TW","type":"directive","issuingBody":"cc/politburo",…}}. */
  public static final ObjectShape<DocumentKey> KEY = ObjectShape.of(DocumentKey.class, "document-key",
      "Định danh văn bản (document key)",
      "What identifies a Party document: number, type, issuing body and date of issue, or for a document without a "
          + "number, type, issuing body, date of issue and title; exactly one of number and title (a check the "
          + "schema cannot make)",
      s -> key(KEY_NUMBER.optional(s).orElse(null), KEY_TYPE.get(s), ISSUING_BODY.get(s), ISSUED.get(s),
          KEY_TITLE.optional(s).orElse(null)),
      KEY_NUMBER, KEY_TYPE, ISSUING_BODY, ISSUED, KEY_TITLE);

  private static DocumentKey key(@Nullable DocumentNumber number, DocumentType type, Id issuingBody,
      IssueDate issued, @Nullable String title) {
    // Core's factories take a number or a title, so the rule that a key has one of the two is applied here.
    DocumentKey.IDENTITY.require((number == null) != (title == null), "title", number == null
        ? "key of %s has neither number nor title" : "'%s' has both a number and a title",
        number == null ? type.code() : number);
    return number == null ? DocumentKey.unnumbered(type, issuingBody, issued, title)
        : DocumentKey.of(number, type, issuingBody, issued);
  }
}
