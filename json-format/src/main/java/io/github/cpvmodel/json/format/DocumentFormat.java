package io.github.cpvmodel.json.format;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRelation;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.ForceStatus;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.document.Occasion;
import io.github.cpvmodel.document.RelationKind;
import io.github.cpvmodel.document.Termination;
import io.github.cpvmodel.document.TerminationKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The wire format of Party documents: their numbers, types and dates of issue, the congress or plenum that adopted
 * them, what identifies them, how they stopped being in force, the documents themselves and the relations between
 * them; and the citation other values make of a document.
 *
 * <p>A document's issuer code and numbering system travel inside its number ({@code "205-QĐ/TW"}), and what core
 * derives is not written: a document's key and first day in force, and the precision of a date of issue, are
 * derived again on reading.
 */
public final class DocumentFormat {
  private DocumentFormat() {}

  /** A citation of a document, as its canonical text, e.g. {@code "Quy định 205-QĐ/TW ngày 23/9/2019"}. */
  public static final TextShape<DocumentReference> REFERENCE = TextShape.of(DocumentReference.class,
      "document-reference", "Trích dẫn văn bản (document reference)",
      "A document as a text cites it: its type, number, occasion, date of issue and issuing body, in the canonical "
          + "Vietnamese form; the parts must agree (a check the schema cannot make)",
      DocumentReference::parse, DocumentReference::toString, false,
      "minLength", 1, "maxLength", 1000);

  /**
   * A document number, as its canonical text, e.g. {@code "205-QĐ/TW"}, {@code "08-QĐi/TW"} or
   * {@code "15/2020/NĐ-CP"}. The other spellings {@link DocumentNumber#parse} tolerates are read too, and written
   * canonical; the text as first written ({@link DocumentNumber#original()}) is not carried.
   */
  public static final TextShape<DocumentNumber> NUMBER = TextShape.of(DocumentNumber.class,
      "document-number", "Số, ký hiệu văn bản (document number)",
      "A Party number '<number>-<type>/<issuer>' (e.g. '35-CT/TW', '08-QĐi/TW', '36-HD/VPTW') or a "
          + "State number (e.g. '15/2020/NĐ-CP', '202/2025/QH15', '388/TTr-CP'), written canonically: at least two "
          + "digits, codes spelled as the Party spells them; the number from 1 to 999999 and codes in the "
          + "Vietnamese alphabet (checks the schema cannot make)",
      DocumentNumber::parse, DocumentNumber::toString, true,
      "minLength", 1, "maxLength", 200);

  /** The type of a document, as its code, e.g. {@code "directive"}. */
  public static final CodeShape<DocumentType> TYPE = CodeShape.of(DocumentType.class, DocumentType.CODE,
      "document-type", "Thể loại văn bản (document type)", "The kind of a Party text: Nghị quyết (resolution), "
          + "Chỉ thị (directive), Quy định (regulation), Quyết định (decision) and the others of the Party's list "
          + "of document types");

  /**
   * A date of issue, as its canonical text: a day {@code "2019-05-30"}, a month {@code "2012-01"}, a year
   * {@code "2012"} or a range of days {@code "2016-01-27/2021-01-30"}; its precision follows from the text.
   */
  public static final TextShape<IssueDate> ISSUE_DATE = TextShape.of(IssueDate.class, "issue-date",
      "Ngày ban hành (date of issue)",
      "The day a document was issued, or as much of it as is known: 'yyyy-MM-dd', 'yyyy-MM', "
          + "'yyyy', or a range of days 'yyyy-MM-dd/yyyy-MM-dd' whose last day is not before its first and which "
          + "is not exactly one month or year (written as that month or year); checks the schema cannot make",
      IssueDate::parse, IssueDate::toString, true,
      "pattern", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(/[0-9]{4}-[0-9]{2}-[0-9]{2})?)?)?$");

  /** Whether a document is in force on a day, as its code, e.g. {@code "in-force"}. */
  public static final CodeShape<ForceStatus> FORCE_STATUS = CodeShape.of(ForceStatus.class, ForceStatus.CODE,
      "force-status", "Tình trạng hiệu lực (force status)", "Whether a document is in force on a day (còn hiệu "
          + "lực), no longer or not yet in force, or not known to be either");

  /** How a document stopped being in force, as its code, e.g. {@code "superseded"}. */
  public static final CodeShape<TerminationKind> TERMINATION_KIND = CodeShape.of(TerminationKind.class,
      TerminationKind.CODE, "termination-kind", "Hình thức hết hiệu lực (termination kind)",
      "How a document stopped being in force: replaced (được thay thế), repealed (bị bãi bỏ) or run its course "
          + "(hết hiệu lực)");

  /** How one document relates to an earlier one, as its code, e.g. {@code "summarizes"}. */
  public static final CodeShape<RelationKind> RELATION_KIND = CodeShape.of(RelationKind.class,
      RelationKind.CODE, "relation-kind", "Quan hệ văn bản (relation kind)",
      "How a later document relates to an earlier one, read from the later: guides (hướng dẫn), implements (thực "
          + "hiện), summarizes (tổng kết), supersedes (thay thế), amends (sửa đổi, bổ sung), repeals (bãi bỏ) or is "
          + "based on (căn cứ)");

  private static final Field<Occasion, Long> TERM = Field.required("term", Scalars.wholeBetween(1, 3999),
      o -> (long) o.term(), "the term: the ordinal of the congress, or of the Central Committee's term holding "
          + "the plenum, from 1 to 3999");
  private static final Field<Occasion, Long> PLENUM = Field.optional("plenum", Scalars.wholeBetween(1, 3999),
      o -> o.plenum().isPresent() ? Optional.of((long) o.plenum().getAsInt()) : Optional.empty(),
      "the ordinal of the plenum within the term, from 1 to 3999; absent for the congress itself");

  /** A congress {@code {"term":13}} or a Central Committee plenum {@code {"term":12,"plenum":4}}. */
  public static final ObjectShape<Occasion> OCCASION = ObjectShape.of(Occasion.class, "occasion",
      "Đại hội, Hội nghị Trung ương (occasion)",
      "The National Congress or the Central Committee plenum that adopted a document",
      s -> {
        int term = ordinal(TERM.get(s), "term");
        Optional<Long> plenum = PLENUM.optional(s);
        return plenum.isPresent() ? Occasion.plenum(ordinal(plenum.get(), "plenum"), term)
            : Occasion.congress(term);
      },
      TERM, PLENUM);

  private static final Field<DocumentKey, DocumentNumber> KEY_NUMBER = Field.optional("number", NUMBER,
      DocumentKey::number, "the number, for a numbered document");
  private static final Field<DocumentKey, DocumentType> KEY_TYPE = Field.required("type", TYPE,
      DocumentKey::type, "the type");
  private static final Field<DocumentKey, Id> KEY_BODY = Field.required("issuingBody", VocabularyFormat.ID,
      DocumentKey::issuingBody, "the id of the issuing body");
  private static final Field<DocumentKey, IssueDate> KEY_ISSUED = Field.required("issued", ISSUE_DATE,
      DocumentKey::issued, "the date of issue");
  private static final Field<DocumentKey, String> KEY_TITLE = Field.optional("title", Scalars.TEXT,
      DocumentKey::title, "the Vietnamese title, for a document without a number only");

  /**
   * What identifies a document: {@code {"number":"35-CT/TW","type":"directive","issuingBody":"cc/politburo",
   * "issued":"2019-05-30"}}, or for a document without a number, type, issuing body, date of issue and title.
   */
  public static final ObjectShape<DocumentKey> KEY = ObjectShape.of(DocumentKey.class, "document-key",
      "Định danh văn bản (document key)",
      "What identifies a Party document, as relations and terminations point at it: number, type, issuing body "
          + "and date of issue, because numbers restart every term; for a document without a number, its "
          + "Vietnamese title in place of the number. A key has a number or a title, not both, and a title with "
          + "a visible character (checks the schema cannot make)",
      DocumentFormat::key, KEY_NUMBER, KEY_TYPE, KEY_BODY, KEY_ISSUED, KEY_TITLE);

  private static final Field<Termination, TerminationKind> ENDED_HOW = Field.required("kind", TERMINATION_KIND,
      Termination::kind, "how the document ended");
  private static final Field<Termination, LocalDate> ENDED_ON = Field.required("on", Scalars.DATE,
      Termination::on, "the first day it is no longer in force");
  private static final Field<Termination, DocumentKey> ENDED_BY = Field.optional("by", KEY, Termination::by,
      "the document that superseded or repealed it, if known; never for an expiry (a check the schema cannot "
          + "make)");

  /** How and when a document stopped being in force: {@code {"kind":"expired","on":"2021-02-02"}}. */
  public static final ObjectShape<Termination> TERMINATION = ObjectShape.of(Termination.class, "termination",
      "Hết hiệu lực (termination)",
      "How a document stopped being in force (superseded, repealed or expired), from which day, and by which "
          + "document",
      s -> Termination.builder().kind(ENDED_HOW.get(s)).on(ENDED_ON.get(s)).by(ENDED_BY.optional(s)).build(),
      ENDED_HOW, ENDED_ON, ENDED_BY);

  private static final Field<DocumentRelation, DocumentKey> LATER = Field.required("document", KEY,
      DocumentRelation::document, "the document that states the relation: the later one");
  private static final Field<DocumentRelation, RelationKind> HOW_RELATED = Field.required("kind", RELATION_KIND,
      DocumentRelation::kind, "the kind of relation, read from the document to its target");
  private static final Field<DocumentRelation, DocumentKey> EARLIER = Field.required("target", KEY,
      DocumentRelation::target, "the document related to: the earlier one; not the document itself (a check the "
          + "schema cannot make)");
  private static final Field<DocumentRelation, Boolean> VERIFIED = Field.optional("verified", Scalars.BOOLEAN,
      r -> Optional.of(r.verified()), "whether a source confirms the relation; always written, and when absent "
          + "on reading, true");

  /** A relation from a later document to an earlier one, e.g. that one summarizes the other. */
  public static final ObjectShape<DocumentRelation> RELATION = ObjectShape.of(DocumentRelation.class,
      "document-relation", "Quan hệ giữa các văn bản (document relation)",
      "A typed relation from a later document to an earlier one, both by key: guides, implements, summarizes, "
          + "supersedes, amends, repeals or is based on. That both documents exist and the target is not the "
          + "later one is checked where the documents are held together, not here",
      s -> VERIFIED.optional(s).orElse(true) ? DocumentRelation.of(LATER.get(s), HOW_RELATED.get(s), EARLIER.get(s))
          : DocumentRelation.unverified(LATER.get(s), HOW_RELATED.get(s), EARLIER.get(s)),
      LATER, HOW_RELATED, EARLIER, VERIFIED);

  private static final Field<Document, DocumentNumber> DOCUMENT_NUMBER = Field.optional("number", NUMBER,
      Document::number, "the Party number; absent for a document without one, such as the Charter");
  private static final Field<Document, DocumentType> DOCUMENT_TYPE = Field.required("type", TYPE, Document::type,
      "the type, as the heading says; one the number's type code is used for (a check the schema cannot make)");
  private static final Field<Document, Id> ISSUING_BODY = Field.required("issuingBody", VocabularyFormat.ID,
      Document::issuingBody, "the id of the issuing body; for a central issuer code, a body that numbers under "
          + "it (a check the schema cannot make)");
  private static final Field<Document, IssueDate> ISSUED = Field.required("issued", ISSUE_DATE,
      Document::issued, "the date of issue, possibly known in part");
  private static final Field<Document, LocalizedName> TITLE = Field.required("title",
      VocabularyFormat.LOCALIZED_NAME, Document::title, "the title (trích yếu) as it follows the type");
  private static final Field<Document, String> SUBJECT = Field.optional("subject", Scalars.TEXT,
      Document::subject, "the area of work it belongs to");
  private static final Field<Document, Occasion> ADOPTED_AT = Field.optional("adoptedAt", OCCASION,
      Document::adoptedAt, "the congress or plenum that adopted it; only for the Central Committee's documents "
          + "(a check the schema cannot make)");
  private static final Field<Document, LocalDate> COMMENCEMENT = Field.optional("commencement", Scalars.DATE,
      Document::commencement, "the day it came into force, when not its date of issue; not before issue (a "
          + "check the schema cannot make)");
  private static final Field<Document, Termination> ENDED = Field.optional("termination", TERMINATION,
      Document::termination, "how and when it stopped being in force, if recorded; after it came into force and "
          + "not by itself (checks the schema cannot make)");
  private static final Field<Document, LocalDate> CONFIRMED = Field.optional("confirmedInForceOn", Scalars.DATE,
      Document::confirmedInForceOn, "the latest day a source confirms it in force; within its force (a check "
          + "the schema cannot make)");
  private static final Field<Document, Source> SOURCE = Field.optional("source", VocabularyFormat.SOURCE,
      Document::source, "where the facts about it come from");
  private static final Field<Document, ImmutableList<String>> UNVERIFIED = Field.set("unverified", Scalars.TEXT,
      Document::unverified, "the members whose values the source does not confirm, each named once by its wire "
          + "name: number, type, issuingBody, issued, title, subject, adoptedAt, commencement, termination, "
          + "confirmedInForceOn (a check the schema cannot make)");

  /** A Party document. */
  public static final ObjectShape<Document> DOCUMENT = ObjectShape.of(Document.class, "document",
      "Văn bản của Đảng (Party document)",
      "A Party document: its number unless it has none, type, issuing body, date of issue and title, with the "
          + "congress or plenum that adopted it and its force over time. What identifies it (its key) and its "
          + "first day in force are derived from these members on reading, not written",
      s -> Document.builder().number(DOCUMENT_NUMBER.optional(s)).type(DOCUMENT_TYPE.get(s))
          .issuingBody(ISSUING_BODY.get(s)).issued(ISSUED.get(s)).title(TITLE.get(s)).subject(SUBJECT.optional(s))
          .adoptedAt(ADOPTED_AT.optional(s)).commencement(COMMENCEMENT.optional(s))
          .termination(ENDED.optional(s)).confirmedInForceOn(CONFIRMED.optional(s)).source(SOURCE.optional(s))
          .unverified(UNVERIFIED.list(s)).build(),
      DOCUMENT_NUMBER, DOCUMENT_TYPE, ISSUING_BODY, ISSUED, TITLE, SUBJECT, ADOPTED_AT, COMMENCEMENT, ENDED,
      CONFIRMED, SOURCE, UNVERIFIED);

  /**
   * Builds a key through core's factories. Core has no builder for a key with both a number and a title, or with
   * neither, so those are rejected here, under core's rule.
   */
  private static DocumentKey key(Object[] s) {
    Optional<DocumentNumber> number = KEY_NUMBER.optional(s);
    Optional<String> title = KEY_TITLE.optional(s);
    if (number.isPresent()) {
      DocumentKey.IDENTITY.require(title.isEmpty(), "title", "'%s' has both a number and a title", number.get());
      return DocumentKey.of(number.get(), KEY_TYPE.get(s), KEY_BODY.get(s), KEY_ISSUED.get(s));
    }
    DocumentKey.IDENTITY.require(title.isPresent(), "title", "key of %s has neither number nor title",
        KEY_TYPE.get(s).code());
    return DocumentKey.unnumbered(KEY_TYPE.get(s), KEY_BODY.get(s), KEY_ISSUED.get(s), title.orElseThrow());
  }

  /** A whole number read as an ordinal; one beyond an {@code int} is out of the occasion's range. */
  private static int ordinal(long value, String path) {
    Occasion.NUMBER.require(value == (int) value, path, "%s '%d' is out of range", path, value);
    return (int) value;
  }
}
