package io.github.cpvmodel.document;

import static io.github.cpvmodel.document.DocumentNumberTest.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.Violation;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentRegistryTest {
  private static final Document D36 = directive(PartyDocuments.DIRECTIVE_36, "XII");
  private static final Document D35_2019 = directive(PartyDocuments.DIRECTIVE_35_OF_2019, "XIII");
  private static final Document D35_2024 = directive(PartyDocuments.DIRECTIVE_35_OF_2024, "XIV");
  private static final Document R205 = Document.builder().key(PartyDocuments.REGULATION_205)
      .title(LocalizedName.of("về việc kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy quyền"))
      .build();
  private static final Document G1 = Document.builder()
      .number(DocumentNumber.parse("01-HD/BTCTW")).type(DocumentType.GUIDANCE)
      .issuingBody(PartyBodies.ORGANISATION_COMMISSION).issued(LocalDate.of(2019, 10, 15))
      .title(LocalizedName.of("hướng dẫn thực hiện Quy định 205")).build();
  private static final DocumentRegistry REGISTRY = DocumentRegistry.of(List.of(D36, D35_2019, R205, G1, D35_2024),
      List.of(DocumentRelation.of(D35_2019.key(), RelationKind.SUMMARIZES, D36.key()),
          DocumentRelation.of(G1.key(), RelationKind.GUIDES, R205.key()),
          DocumentRelation.of(G1.key(), RelationKind.BASED_ON, R205.key()),
          DocumentRelation.unverified(D35_2024.key(), RelationKind.SUMMARIZES, D35_2019.key())));
  private static final DocumentReference CHI_THI_35 = DocumentReference.parse("Chỉ thị 35");

  private static Document directive(DocumentKey key, String congress) {
    return Document.builder().key(key)
        .title(LocalizedName.of("về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ " + congress
            + " của Đảng"))
        .build();
  }

  @Test
  void aBareReferenceToARecurringNumberIsAmbiguous() {
    Lookup lookup = REGISTRY.resolve(CHI_THI_35);
    assertThat(lookup.outcome()).isEqualTo(Lookup.Outcome.AMBIGUOUS);
    assertThat(lookup.candidates()).containsExactly(D35_2019, D35_2024);
    assertThat(lookup.document()).isEmpty();
    Violation violation = lookup.violation("citations[0]").orElseThrow();
    assertThat(violation.rule()).isEqualTo(Lookup.AMBIGUOUS_REFERENCE);
    assertThat(violation.path()).isEqualTo("citations[0]");
    assertThat(violation.message()).startsWith("'Chỉ thị 35' may mean any of [35-CT/TW of 2019-05-30 (directive, "
        + "cc/politburo); 35-CT/TW of 2024-06-14 (directive, cc/politburo)]: a citation must mean one document");
  }

  @Test
  void theDateOfTheCitationResolvesIt() {
    Lookup seed = REGISTRY.resolve(CHI_THI_35, LocalDate.of(2019, 9, 30));
    assertThat(seed.document()).contains(D35_2019);
    assertThat(seed.violation("x")).isEmpty();
    assertThat(seed.query()).isEqualTo("Chỉ thị 35 cited on 2019-09-30");
    assertThat(REGISTRY.resolve(DocumentReference.parse("Chỉ thị 36"), LocalDate.of(2019, 9, 30)).document())
        .contains(D36);
  }

  @Test
  void whenBothAreIssuedAndInForceTheDateLeavesItAmbiguousAndTheTermResolvesIt() {
    assertThat(REGISTRY.resolve(CHI_THI_35, LocalDate.of(2025, 1, 1)).outcome())
        .isEqualTo(Lookup.Outcome.AMBIGUOUS);
    Validity termXiii = Validity.closed(LocalDate.of(2021, 2, 2), LocalDate.of(2026, 1, 23));
    assertThat(REGISTRY.resolve(CHI_THI_35, termXiii).document()).contains(D35_2024);
    Validity termXii = Validity.closed(LocalDate.of(2016, 1, 29), LocalDate.of(2021, 2, 1));
    assertThat(REGISTRY.resolve(CHI_THI_35, termXii).document()).contains(D35_2019);
    assertThat(REGISTRY.resolve(DocumentReference.parse("Chỉ thị 36"), termXiii).outcome())
        .isEqualTo(Lookup.Outcome.NOT_FOUND);
  }

  @Test
  void theDocumentKnownInForceWinsWhenTheOtherHasEnded() {
    Document ended = Document.builder().from(D35_2019).termination(Termination.expired(LocalDate.of(2021, 2, 2)))
        .build();
    DocumentRegistry unknown = DocumentRegistry.of(List.of(ended, D35_2024), List.of());
    assertThat(unknown.resolve(CHI_THI_35, LocalDate.of(2025, 1, 1)).outcome()).isEqualTo(Lookup.Outcome.AMBIGUOUS);
    Document confirmed = Document.builder().from(D35_2024).confirmedInForceOn(LocalDate.of(2025, 1, 1)).build();
    DocumentRegistry registry = DocumentRegistry.of(List.of(ended, confirmed), List.of());
    assertThat(registry.resolve(CHI_THI_35, LocalDate.of(2025, 1, 1)).document()).contains(confirmed);
  }

  /** Terms XII and XIII as {@code NationalCongresses} records them. */
  private static final List<Validity> TERMS = List.of(Validity.closed(LocalDate.of(2016, 1, 27),
      LocalDate.of(2021, 1, 30)), Validity.closed(LocalDate.of(2021, 1, 31), LocalDate.of(2026, 1, 22)));

  @Test
  void resolutionFollowsTheTermNumberingAndAReplacedNamesakeDoesNotLetTheOlderOneWin() {
    Document d45 = directive(PartyDocuments.DIRECTIVE_45, "XIV");
    Document replaced = Document.builder().from(D35_2024)
        .termination(Termination.superseded(LocalDate.of(2025, 4, 14), d45.key())).build();
    DocumentRegistry registry = DocumentRegistry.builder().addDocuments(D35_2019, replaced, d45)
        .addRelations(DocumentRelation.of(d45.key(), RelationKind.SUPERSEDES, replaced.key()))
        .addAllTerms(TERMS).build();
    // Cited in 2025, term XIII: the 2024 directive, issued in that term, though no longer in force.
    assertThat(registry.resolve(CHI_THI_35, LocalDate.of(2025, 6, 1)).document()).contains(replaced);
    // Cited in 2019, term XII: the 2019 one; the 2024 one was not issued yet.
    assertThat(registry.resolve(CHI_THI_35, LocalDate.of(2019, 9, 30)).document()).contains(D35_2019);
    // Without terms the replaced 2024 directive is out of force and the 2019 one of unknown force: ambiguous, not
    // the older namesake.
    DocumentRegistry termless = DocumentRegistry.of(List.of(D35_2019, replaced, d45), List.of());
    assertThat(termless.resolve(CHI_THI_35, LocalDate.of(2025, 6, 1)).outcome())
        .isEqualTo(Lookup.Outcome.AMBIGUOUS);
  }

  @Test
  void aDocumentKnownByItsMonthResolvesConservativelyAndSaysWhichBoundItUsed() {
    Document january = Document.builder().from(D35_2019).issued(IssueDate.of(java.time.YearMonth.of(2012, 1)))
        .build();
    DocumentRegistry registry = DocumentRegistry.of(List.of(january), List.of());
    assertThat(registry.resolve(CHI_THI_35, LocalDate.of(2012, 1, 10)).isFound()).isTrue();
    Lookup early = registry.resolve(CHI_THI_35, LocalDate.of(2011, 12, 31));
    assertThat(early.outcome()).isEqualTo(Lookup.Outcome.NOT_YET_ISSUED);
    assertThat(early.violation("p").orElseThrow().message())
        .contains("[issued 2012-01 (between 2012-01-01 and 2012-01-31)]");
    assertThat(registry.resolve(DocumentNumber.parse("35-CT/TW"), LocalDate.of(2012, 1, 20)).isFound()).isTrue();
  }

  @Test
  void unnumberedDocumentsAreCitedByTypeOccasionIssuerAndDate() {
    DocumentRegistry documents = PartyDocuments.registry();
    assertThat(documents.resolve(DocumentReference.parse("Điều lệ Đảng"), LocalDate.of(2019, 9, 30)).document()
        .map(Document::key)).contains(PartyDocuments.CHARTER);
    assertThat(documents.resolve(DocumentReference.parse("Nghị quyết Trung ương 4 khóa XII")).document()
        .map(Document::key)).contains(PartyDocuments.RESOLUTION_04);
    assertThat(documents.resolve(DocumentReference.parse("Chỉ thị của Bộ Chính trị ngày 30/5/2019")).document()
        .map(Document::key)).contains(PartyDocuments.DIRECTIVE_35_OF_2019);
    assertThat(documents.resolve(DocumentReference.parse("Nghị quyết Trung ương 4 khóa XI tháng 1/2012"))
        .document().map(Document::key)).contains(PartyDocuments.RESOLUTION_12);
  }

  @Test
  void aCitationBeforeTheIssueIsReported() {
    Lookup early = REGISTRY.resolve(DocumentReference.parse("Quy định 205-QĐ/TW"), LocalDate.of(2019, 9, 1));
    assertThat(early.outcome()).isEqualTo(Lookup.Outcome.NOT_YET_ISSUED);
    assertThat(early.candidates()).containsExactly(R205);
    Violation violation = early.violation("meetings[0].citations[1]").orElseThrow();
    assertThat(violation.rule()).isEqualTo(Lookup.CITED_BEFORE_ISSUE);
    assertThat(violation.message()).isEqualTo("'Quy định 205-QĐ/TW cited on 2019-09-01' matches only documents "
        + "issued later, each after the day even by its earliest possible date of issue: [205-QĐ/TW of 2019-09-23 "
        + "(regulation, cc/politburo)]: a document is not cited before its date of issue");
    Lookup missing = REGISTRY.resolve(DocumentReference.parse("Chỉ thị 99"), LocalDate.of(2019, 9, 1));
    assertThat(missing.outcome()).isEqualTo(Lookup.Outcome.NOT_FOUND);
    assertThat(missing.violation("p").orElseThrow().rule()).isEqualTo(Lookup.UNKNOWN_DOCUMENT);
  }

  @Test
  void findsByNumberAndDateAndByKey() {
    assertThat(REGISTRY.resolve(DocumentNumber.parse("35-CT/TƯ"), LocalDate.of(2024, 6, 14)).document())
        .contains(D35_2024);
    assertThat(REGISTRY.resolve(DocumentNumber.parse("35-CT/TW"), LocalDate.of(2024, 6, 15)).outcome())
        .isEqualTo(Lookup.Outcome.NOT_FOUND);
    assertThat(REGISTRY.find(D36.key())).contains(D36);
    assertThat(REGISTRY.byKey(D36.key())).isEqualTo(D36);
    assertThat(REGISTRY.find(PartyDocuments.DIRECTIVE_05)).isEmpty();
    assertRule(() -> REGISTRY.byKey(PartyDocuments.DIRECTIVE_05), Lookup.UNKNOWN_DOCUMENT,
        "key: '05-CT/TW of 2016-05-15 (directive, cc/politburo)' is not one of the 5 documents of the registry");
    assertThat(REGISTRY.resolve(DocumentReference.parse("Quyết định 205-QĐ/TW")).outcome())
        .isEqualTo(Lookup.Outcome.NOT_FOUND);
    assertThat(REGISTRY.resolve(DocumentReference.parse("205- QĐ/TW")).document()).contains(R205);
  }

  @Test
  void relationsAreQueriedInBothDirections() {
    assertThat(REGISTRY.targetsOf(D35_2019.key(), RelationKind.SUMMARIZES)).containsExactly(D36);
    assertThat(REGISTRY.referrersOf(D36.key(), RelationKind.SUMMARIZES)).containsExactly(D35_2019);
    assertThat(REGISTRY.referrersOf(R205.key(), RelationKind.GUIDES)).containsExactly(G1);
    assertThat(REGISTRY.referrersOf(R205.key(), RelationKind.SUPERSEDES)).isEmpty();
    assertThat(REGISTRY.relationsFrom(G1.key())).extracting(DocumentRelation::kind)
        .containsExactly(RelationKind.GUIDES, RelationKind.BASED_ON);
    assertThat(REGISTRY.relationsTo(D35_2019.key())).singleElement()
        .satisfies(r -> assertThat(r.verified()).isFalse());
    assertThat(REGISTRY.relationsTo(G1.key())).isEmpty();
  }

  @Test
  void collectsEveryInconsistencyWithItsPath() {
    Document supersededTooEarly = Document.builder().from(D36)
        .termination(Termination.superseded(LocalDate.of(2019, 1, 1), D35_2019.key())).build();
    Document unknownSuccessor = Document.builder().from(R205)
        .termination(Termination.repealed(LocalDate.of(2026, 1, 9), G1.key())).build();
    ImmutableList<Violation> violations = DocumentRegistry.validate(
        List.of(supersededTooEarly, D35_2019, D35_2019, unknownSuccessor),
        List.of(DocumentRelation.of(D36.key(), RelationKind.IMPLEMENTS, D35_2019.key()),
            DocumentRelation.of(G1.key(), RelationKind.GUIDES, D35_2024.key())));
    assertThat(violations).extracting(Violation::path, v -> v.rule().code()).containsExactly(
        tuple("documents[2]", "document-registry.duplicate"),
        tuple("documents[0].termination.by", "document-registry.order"),
        tuple("documents[3].termination.by", "document-registry.unknown"),
        tuple("relations[0]", "document-registry.order"),
        tuple("relations[1].document", "document-registry.unknown"),
        tuple("relations[1].target", "document-registry.unknown"));
    assertThat(violations.get(0).message()).isEqualTo("'35-CT/TW of 2019-05-30 (directive, cc/politburo)' is used "
        + "twice, first at documents[1]: each document (number, type, issuing body, date of issue) appears once");
    assertThatThrownBy(() -> DocumentRegistry.of(List.of(D35_2019, D35_2019), List.of()))
        .asInstanceOf(type(ValidationException.class))
        .extracting(e -> e.violations().get(0).rule()).isEqualTo(DocumentRegistry.DUPLICATE);
  }

  @Test
  void relationsLinkTwoDocuments() {
    assertRule(() -> DocumentRelation.of(D36.key(), RelationKind.AMENDS, D36.key()),
        DocumentRelation.SELF, "target: '36-CT/TW of 2014-05-30 (directive, cc/politburo)' amends itself");
    assertThat(DocumentRelation.of(D35_2019.key(), RelationKind.SUMMARIZES, D36.key()).verified()).isTrue();
  }
}
