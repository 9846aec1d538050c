package io.github.cpvmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.ForceStatus;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.document.Occasion;
import io.github.cpvmodel.document.Lookup;
import io.github.cpvmodel.document.RelationKind;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PartyDocumentsTest {
  private static final LocalDate BRIEFING = LocalDate.of(2019, 9, 30);
  private static final DocumentRegistry DOCUMENTS = PartyDocuments.registry();

  static Stream<Arguments> citationsOfTheBriefing() {
    return Stream.of(
        Arguments.of("Chỉ thị 36", PartyDocuments.DIRECTIVE_36, "36-CT/TW", "2014-05-30", "directive", "cc/politburo"),
        Arguments.of("Chỉ thị 35", PartyDocuments.DIRECTIVE_35_OF_2019, "35-CT/TW", "2019-05-30", "directive",
            "cc/politburo"),
        Arguments.of("Chỉ thị 05", PartyDocuments.DIRECTIVE_05, "05-CT/TW", "2016-05-15", "directive", "cc/politburo"),
        Arguments.of("Quy định 205- QĐ/TW", PartyDocuments.REGULATION_205, "205-QĐ/TW", "2019-09-23", "regulation",
            "cc/politburo"),
        Arguments.of("08-QĐi/TW", PartyDocuments.REGULATION_08, "08-QĐi/TW", "2018-10-25", "regulation", "cc"),
        Arguments.of("12-NQ/TW", PartyDocuments.RESOLUTION_12, "12-NQ/TW", "2012-01", "resolution", "cc"),
        Arguments.of("04-NQ/TW", PartyDocuments.RESOLUTION_04, "04-NQ/TW", "2016-10-30", "resolution", "cc"));
  }

  /** The facts of each key are written out here once more, as the notes give them, to check the constants. */
  @ParameterizedTest(name = "[{index}] ''{0}''")
  @MethodSource("citationsOfTheBriefing")
  void everyDocumentTheBriefingCitesResolvesOnItsDateToItsKey(String citation, DocumentKey key, String number,
      String issued, String type, String body) {
    Document document = DOCUMENTS.resolve(DocumentReference.parse(citation), BRIEFING).document().orElseThrow();
    assertThat(document.key()).isEqualTo(key);
    assertThat(key).hasToString(number + " of " + issued + " (" + type + ", " + body + ")");
    assertThat(document.source()).isPresent();
  }

  @Test
  void theTwoDirectives35AreDifferentDocuments() {
    Lookup both = DOCUMENTS.resolve(DocumentReference.parse("Chỉ thị 35"));
    assertThat(both.candidates()).extracting(Document::key)
        .containsExactly(PartyDocuments.DIRECTIVE_35_OF_2019, PartyDocuments.DIRECTIVE_35_OF_2024);
    assertThat(PartyDocuments.DIRECTIVE_35_OF_2024).hasToString("35-CT/TW of 2024-06-14 (directive, cc/politburo)");
    assertThat(DOCUMENTS.resolve(DocumentReference.parse("Chỉ thị 35"), LocalDate.of(2024, 1, 1)).document()
        .orElseThrow().key()).isEqualTo(PartyDocuments.DIRECTIVE_35_OF_2019);
  }

  @Test
  void unverifiedFactsAreMarkedNotPresentedAsFacts() {
    assertThat(DOCUMENTS.byKey(PartyDocuments.RESOLUTION_12).unverified())
        .containsExactly("number");
    assertThat(DOCUMENTS.byKey(PartyDocuments.DIRECTIVE_35_OF_2024).unverified()).isEmpty();
    assertThat(DOCUMENTS.documents()).filteredOn(Document::isVerified).hasSize(9);
    assertThat(DOCUMENTS.targetsOf(PartyDocuments.DIRECTIVE_35_OF_2019, RelationKind.SUMMARIZES))
        .extracting(Document::key).containsExactly(PartyDocuments.DIRECTIVE_36);
    assertThat(DOCUMENTS.relations()).filteredOn(r -> !r.verified()).singleElement()
        .satisfies(r -> assertThat(r.kind()).isEqualTo(RelationKind.SUMMARIZES));
  }

  @Test
  void theRegulationNumberedQdIsARegulationAndTheDataIsBuiltOnce() {
    Document regulation = DOCUMENTS.resolve(DocumentReference.parse("205-QĐ/TW")).document().orElseThrow();
    assertThat(regulation.type()).isEqualTo(DocumentType.REGULATION);
    assertThat(regulation.number().orElseThrow().types()).containsExactly(DocumentType.DECISION,
        DocumentType.REGULATION);
    assertThat(PartyDocuments.registry()).isSameAs(DOCUMENTS);
    assertThat(DOCUMENTS.documents()).hasSize(12);
  }

  /** 205-QĐ/TW was replaced by 114-QĐ/TW of 2023-07-11, in force on signing (baohaiduong.vn, tapchitoaan.vn). */
  @Test
  void regulation205WasReplacedBy114() {
    Document regulation205 = DOCUMENTS.byKey(PartyDocuments.REGULATION_205);
    assertThat(regulation205.termination().orElseThrow().by()).contains(PartyDocuments.REGULATION_114);
    assertThat(regulation205.statusOn(LocalDate.of(2023, 7, 10))).isEqualTo(ForceStatus.IN_FORCE);
    assertThat(regulation205.statusOn(LocalDate.of(2023, 7, 11))).isEqualTo(ForceStatus.NOT_IN_FORCE);
    assertThat(DOCUMENTS.referrersOf(PartyDocuments.REGULATION_205, RelationKind.SUPERSEDES))
        .extracting(Document::key).containsExactly(PartyDocuments.REGULATION_114);
    assertThat(DOCUMENTS.byKey(PartyDocuments.REGULATION_114).inForceFrom())
        .isEqualTo(IssueDate.of(LocalDate.of(2023, 7, 11)));
  }

  /** 35-CT/TW of 2024 was replaced by 45-CT/TW of 2025-04-14 (baotintuc.vn, angiang.dcs.vn). */
  @Test
  void directive35Of2024WasReplacedBy45AndStillResolvesInItsTerm() {
    Document directive = DOCUMENTS.byKey(PartyDocuments.DIRECTIVE_35_OF_2024);
    assertThat(directive.termination().orElseThrow().by()).contains(PartyDocuments.DIRECTIVE_45);
    assertThat(directive.termination().orElseThrow().on()).isEqualTo(LocalDate.of(2025, 4, 14));
    assertThat(DOCUMENTS.resolve(DocumentReference.parse("Chỉ thị 35"), LocalDate.of(2025, 6, 1)).document())
        .contains(directive);
    assertThat(DOCUMENTS.resolve(DocumentReference.parse("Chỉ thị 45"), LocalDate.of(2025, 6, 1)).document()
        .map(Document::key)).contains(PartyDocuments.DIRECTIVE_45);
  }

  /** The Charter and the Platform: adopted by the XI Congress, 12-19/1/2011 (aseanvietnam.vn). */
  @Test
  void theCharterAndThePlatformAreUnnumberedAndAdoptedByTheXiCongress() {
    Document charter = DOCUMENTS.byKey(PartyDocuments.CHARTER);
    assertThat(charter.number()).isEmpty();
    assertThat(charter.adoptedAt()).contains(Occasion.congress(11));
    assertThat(charter.issued()).hasToString("2011-01-12/2011-01-19");
    assertThat(charter.statusOn(LocalDate.of(2026, 1, 20))).isEqualTo(ForceStatus.IN_FORCE);
    assertThat(DOCUMENTS.resolve(DocumentReference.parse("Cương lĩnh"), LocalDate.of(2019, 9, 30)).document()
        .map(Document::key)).contains(PartyDocuments.POLITICAL_PLATFORM);
  }
}
