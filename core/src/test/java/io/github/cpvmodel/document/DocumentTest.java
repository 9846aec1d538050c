package io.github.cpvmodel.document;

import static io.github.cpvmodel.document.DocumentNumberTest.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DocumentTest {
  static final LocalDate MAY_30_2019 = LocalDate.of(2019, 5, 30);

  static Document.Builder directive35() {
    return Document.builder()
        .number(DocumentNumber.parse("35-CT/TW"))
        .type(DocumentType.DIRECTIVE)
        .issuingBody(PartyBodies.POLITBURO)
        .issued(MAY_30_2019)
        .title(LocalizedName.of("về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của "
            + "Đảng"));
  }

  @Test
  void identityIsNumberTypeBodyAndDate() {
    Document d2019 = directive35().build();
    Document d2024 = directive35().issued(LocalDate.of(2024, 6, 14)).build();
    assertThat(d2019.number()).isEqualTo(d2024.number());
    assertThat(d2019.key()).isNotEqualTo(d2024.key());
    assertThat(d2019.key()).isEqualTo(DocumentKey.of(DocumentNumber.parse("35- CT/TƯ"), DocumentType.DIRECTIVE,
        PartyBodies.POLITBURO, MAY_30_2019));
    assertThat(d2019.key()).hasToString("35-CT/TW of 2019-05-30 (directive, cc/politburo)");
    assertThat(d2019.key()).isEqualTo(PartyDocuments.DIRECTIVE_35_OF_2019);
  }

  @Test
  void isInForceFromIssueUntilTheDayBeforeItEndsAndUnknownWithoutARecordedEnd() {
    Document open = directive35().build();
    assertThat(open.inForceFrom()).isEqualTo(IssueDate.of(MAY_30_2019));
    assertThat(open.statusOn(MAY_30_2019.minusDays(1))).isEqualTo(ForceStatus.NOT_IN_FORCE);
    assertThat(open.statusOn(MAY_30_2019)).isEqualTo(ForceStatus.UNKNOWN);
    assertThat(open.isInForceOn(MAY_30_2019)).isFalse();
    Document ended = directive35().termination(Termination.expired(LocalDate.of(2021, 2, 2))).build();
    assertThat(ended.statusOn(LocalDate.of(2021, 2, 1))).isEqualTo(ForceStatus.IN_FORCE);
    assertThat(ended.statusOn(LocalDate.of(2021, 2, 2))).isEqualTo(ForceStatus.NOT_IN_FORCE);
    Document later = directive35().commencement(LocalDate.of(2019, 6, 1)).build();
    assertThat(later.statusOn(MAY_30_2019)).isEqualTo(ForceStatus.NOT_IN_FORCE);
    Document confirmed = directive35().confirmedInForceOn(LocalDate.of(2019, 9, 30)).build();
    assertThat(confirmed.statusOn(LocalDate.of(2019, 9, 30))).isEqualTo(ForceStatus.IN_FORCE);
    assertThat(confirmed.statusOn(LocalDate.of(2019, 10, 1))).isEqualTo(ForceStatus.UNKNOWN);
  }

  @Test
  void aDocumentIssuedInAMonthIsOfUnknownForceWithinTheMonth() {
    Document january = directive35().issued(IssueDate.of(YearMonth.of(2012, 1)))
        .termination(Termination.expired(LocalDate.of(2013, 1, 1))).build();
    assertThat(january.statusOn(LocalDate.of(2011, 12, 31))).isEqualTo(ForceStatus.NOT_IN_FORCE);
    assertThat(january.statusOn(LocalDate.of(2012, 1, 15))).isEqualTo(ForceStatus.UNKNOWN);
    assertThat(january.statusOn(LocalDate.of(2012, 1, 31))).isEqualTo(ForceStatus.IN_FORCE);
    assertThat(january.key()).hasToString("35-CT/TW of 2012-01 (directive, cc/politburo)");
  }

  @Test
  void aCopyWithAnotherDateOfIssueMovesTheDerivedFirstDayInForce() {
    Document original = directive35().build();
    Document moved = Document.builder().from(original).issued(LocalDate.of(2024, 6, 14)).build();
    assertThat(moved.inForceFrom()).isEqualTo(IssueDate.of(LocalDate.of(2024, 6, 14)));
    Document recorded = directive35().commencement(LocalDate.of(2019, 6, 1)).build();
    assertRule(() -> Document.builder().from(recorded).issued(LocalDate.of(2024, 6, 14)).build(),
        Document.IN_FORCE, "commencement: in force from '2019-06-01', before issue on '2024-06-14'");
  }

  @Test
  void anUnnumberedDocumentIsIdentifiedByItsTitle() {
    Document charter = Document.builder().type(DocumentType.CHARTER).issuingBody(PartyBodies.CENTRAL_COMMITTEE)
        .issued(IssueDate.between(LocalDate.of(2011, 1, 12), LocalDate.of(2011, 1, 19)))
        .title(LocalizedName.of("Điều lệ  Đảng Cộng sản Việt Nam")).adoptedAt(Occasion.congress(11)).build();
    assertThat(charter.key()).isEqualTo(PartyDocuments.CHARTER);
    assertThat(charter.key()).hasToString("charter of 2011-01-12/2011-01-19 (cc): Điều lệ Đảng Cộng sản Việt Nam");
    assertThat(charter.withTitle(LocalizedName.of("Điều lệ Đảng")).key()).isNotEqualTo(charter.key());
    assertThat(charter).hasToString("Điều lệ Đảng (unnumbered) of 2011-01-12/2011-01-19 (cc): Điều lệ Đảng Cộng sản "
        + "Việt Nam");
    assertRule(() -> Document.builder().from(charter).issuingBody(PartyBodies.POLITBURO).build(), Document.OCCASION,
        "adoptedAt: adopted at 'Đại hội XI' but issued by 'cc/politburo'");
    assertRule(() -> DocumentKey.unnumbered(DocumentType.DECISION, PartyBodies.POLITBURO,
        IssueDate.of(MAY_30_2019), " "), DocumentKey.IDENTITY, "title: title ' ' is blank");
  }

  @Test
  void copiesChangeOneThingAndAreCheckedAgain() {
    Document open = directive35().build();
    Document ended = open.withTermination(Termination.superseded(LocalDate.of(2024, 6, 14),
        directive35().issued(LocalDate.of(2024, 6, 14)).build().key()));
    assertThat(ended.key()).isEqualTo(open.key());
    assertThat(ended.statusOn(LocalDate.of(2024, 6, 13))).isEqualTo(ForceStatus.IN_FORCE);
    assertThat(ended.statusOn(LocalDate.of(2024, 6, 14))).isEqualTo(ForceStatus.NOT_IN_FORCE);
    assertThat(open.withSubject("  đại hội  ").subject()).contains("đại hội");
    assertThat(open.withTitle(LocalizedName.of("về đại hội")).title().vi()).isEqualTo("về đại hội");
    assertRule(() -> open.withTermination(Termination.superseded(LocalDate.of(2024, 6, 14), open.key())),
        Document.TERMINATION, "termination");
    assertRule(() -> open.withSubject(" "), Document.BLANK, "subject");
  }

  @Test
  void textAttributesAreBoundedAndFitToShow() {
    Document open = directive35().build();
    String longSubject = "x".repeat(TextKind.TEXT.maxLength() + 1);
    assertRule(() -> open.withSubject(longSubject), TextKind.LENGTH, "subject: 'xxx");
    assertRule(() -> open.withSubject("đại\u200Bhội"), TextKind.WRITTEN, "subject: 'đại");
    IssueDate issued = IssueDate.of(MAY_30_2019);
    String longTitle = "x".repeat(TextKind.NAME.maxLength() + 1);
    assertRule(() -> DocumentKey.unnumbered(DocumentType.DECISION, PartyBodies.POLITBURO, issued, longTitle),
        TextKind.LENGTH, "title: 'xxx");
    assertRule(() -> DocumentKey.unnumbered(DocumentType.DECISION, PartyBodies.POLITBURO, issued, "\u200B\uFEFF"),
        TextKind.WRITTEN, "title: '");
    assertRule(() -> DocumentKey.unnumbered(DocumentType.DECISION, PartyBodies.POLITBURO, issued, " "),
        DocumentKey.IDENTITY, "title: title ' ' is blank");
    assertThat(DocumentKey.unnumbered(DocumentType.DECISION, PartyBodies.POLITBURO, issued, " về  cán bộ ")
        .title()).contains("về cán bộ");
  }

  @Test
  void theTypeIsCheckedAgainstTheAbbreviationButNeverGuessed() {
    Document regulation = directive35().number(DocumentNumber.parse("205-QĐ/TW")).type(DocumentType.REGULATION)
        .build();
    Document decision = Document.builder().from(regulation).type(DocumentType.DECISION).build();
    assertThat(regulation.key()).isNotEqualTo(decision.key());
    assertRule(() -> directive35().type(DocumentType.RESOLUTION).build(), Document.TYPE,
        "type: type 'resolution' does not fit number '35-CT/TW', whose code 'CT' is used for [DIRECTIVE]");
    assertRule(() -> directive35().number(DocumentNumber.parse("08-QĐi/TW")).type(DocumentType.DECISION).build(),
        Document.TYPE, "code 'QĐi' is used for [REGULATION]");
    assertThat(directive35().number(DocumentNumber.parse("35-XY/TW")).build().type())
        .isEqualTo(DocumentType.DIRECTIVE);
  }

  @Test
  void rejectsEachBrokenRuleWithItsMessage() {
    assertRule(() -> directive35().number(DocumentNumber.parse("15/2020/NĐ-CP")).build(), Document.NUMBER,
        "number: number '15/2020/NĐ-CP' is a State number");
    assertRule(() -> directive35().issuingBody(PartyBodies.OFFICE).build(), Document.ISSUER,
        "issuingBody: body 'cc/office' does not number under '/TW', which is used by [cc, cc/politburo, "
            + "cc/secretariat]");
    assertRule(() -> directive35().commencement(MAY_30_2019.minusDays(1)).build(), Document.IN_FORCE,
        "commencement: in force from '2019-05-29', before issue on '2019-05-30'");
    assertRule(() -> directive35().issued(IssueDate.of(YearMonth.of(2019, 5))).commencement(LocalDate.of(2019, 4, 30))
        .build(), Document.IN_FORCE, "before issue on '2019-05 (between 2019-05-01 and 2019-05-31)'");
    assertRule(() -> directive35().confirmedInForceOn(MAY_30_2019.minusDays(1)).build(), Document.IN_FORCE,
        "confirmedInForceOn: confirmed in force on '2019-05-29', outside its force from '2019-05-30'");
    assertRule(() -> directive35().termination(Termination.expired(MAY_30_2019)).build(), Document.IN_FORCE,
        "termination.on: no longer in force from '2019-05-30', not after coming into force on '2019-05-30'");
    Document document = directive35().build();
    assertRule(() -> directive35().termination(Termination.superseded(LocalDate.of(2024, 6, 14), document.key()))
        .build(), Document.TERMINATION, "termination.by: '35-CT/TW of 2019-05-30 (directive, cc/politburo)' is "
            + "ended by itself");
    assertRule(() -> directive35().subject(" ").build(), Document.BLANK, "subject: subject ' ' is blank");
    assertRule(() -> directive35().addUnverified("date").build(), Document.UNVERIFIED,
        "unverified: 'date' is not a field of a document");
    assertRule(() -> Termination.builder().kind(TerminationKind.EXPIRED).on(MAY_30_2019).by(document.key())
        .build(), Termination.BY, "by: expired on '2019-05-30' but ended by '35-CT/TW");
  }

  @Test
  void localCodesFitAnyBodyAndSubjectsAreNormalised() {
    Document provincial = directive35().number(DocumentNumber.parse("19-QĐi/TU")).type(DocumentType.REGULATION)
        .issuingBody(Id.of("party/dong-nai/committee")).subject("  công tác   cán bộ ").build();
    assertThat(provincial.subject()).contains("công tác cán bộ");
    assertThat(provincial.isVerified()).isTrue();
    assertThat(Document.builder().from(provincial).addUnverified("issued").build().isVerified()).isFalse();
  }
}
