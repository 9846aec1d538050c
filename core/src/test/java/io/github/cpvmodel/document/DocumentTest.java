package io.github.cpvmodel.document;

import static io.github.cpvmodel.document.DocumentNumberTest.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import java.time.LocalDate;
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
  void isInForceFromIssueUntilTheDayBeforeItEnds() {
    Document open = directive35().build();
    assertThat(open.inForceFrom()).isEqualTo(MAY_30_2019);
    assertThat(open.inForce()).isEqualTo(Validity.startingOn(MAY_30_2019));
    assertThat(open.isInForceOn(MAY_30_2019.minusDays(1))).isFalse();
    Document ended = directive35().termination(Termination.expired(LocalDate.of(2021, 2, 2))).build();
    assertThat(ended.inForce()).hasToString("2019-05-30/2021-02-01");
    assertThat(ended.isInForceOn(LocalDate.of(2021, 2, 2))).isFalse();
    Document later = directive35().inForceFrom(LocalDate.of(2019, 6, 1)).build();
    assertThat(later.isInForceOn(MAY_30_2019)).isFalse();
  }

  @Test
  void copiesChangeOneThingAndAreCheckedAgain() {
    Document open = directive35().build();
    Document ended = open.withTermination(Termination.superseded(LocalDate.of(2024, 6, 14),
        directive35().issued(LocalDate.of(2024, 6, 14)).build().key()));
    assertThat(ended.key()).isEqualTo(open.key());
    assertThat(ended.inForce()).hasToString("2019-05-30/2024-06-13");
    assertThat(open.withSubject("  đại hội  ").subject()).contains("đại hội");
    assertThat(open.withTitle(LocalizedName.of("về đại hội")).title().vi()).isEqualTo("về đại hội");
    assertRule(() -> open.withTermination(Termination.superseded(LocalDate.of(2024, 6, 14), open.key())),
        Document.TERMINATION, "termination");
    assertRule(() -> open.withSubject(" "), Document.BLANK, "subject");
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
    assertRule(() -> directive35().inForceFrom(MAY_30_2019.minusDays(1)).build(), Document.IN_FORCE,
        "inForceFrom: in force from '2019-05-29', before issue on '2019-05-30'");
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
