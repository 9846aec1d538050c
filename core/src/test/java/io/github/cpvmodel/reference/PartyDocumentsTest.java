package io.github.cpvmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.Lookup;
import io.github.cpvmodel.document.RelationKind;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PartyDocumentsTest {
  private static final LocalDate BRIEFING = LocalDate.of(2019, 9, 30);
  private static final DocumentRegistry DOCUMENTS = PartyDocuments.registry();

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(delimiter = '|', value = {
      "Chỉ thị 36          | 36-CT/TW  | 2014-05-30 | directive  | cc/politburo",
      "Chỉ thị 35          | 35-CT/TW  | 2019-05-30 | directive  | cc/politburo",
      "Chỉ thị 05          | 05-CT/TW  | 2016-05-15 | directive  | cc/politburo",
      "Quy định 205- QĐ/TW | 205-QĐ/TW | 2019-09-23 | regulation | cc/politburo",
      "08-QĐi/TW           | 08-QĐi/TW | 2018-10-25 | regulation | cc",
      "12-NQ/TW            | 12-NQ/TW  | 2012-01-16 | resolution | cc",
      "04-NQ/TW            | 04-NQ/TW  | 2016-10-30 | resolution | cc"})
  void everyDocumentTheBriefingCitesResolvesOnItsDate(String citation, String number, LocalDate issued,
      String type, String body) {
    Document document = DOCUMENTS.resolve(DocumentReference.parse(citation), BRIEFING).document().orElseThrow();
    assertThat(document.number()).hasToString(number);
    assertThat(document.issued()).isEqualTo(issued);
    assertThat(document.type().code()).isEqualTo(type);
    assertThat(document.issuingBody()).isEqualTo(Id.of(body));
    assertThat(document.source()).isPresent();
  }

  @Test
  void theTwoDirectives35AreDifferentDocuments() {
    Lookup both = DOCUMENTS.resolve(DocumentReference.parse("Chỉ thị 35"));
    assertThat(both.candidates()).extracting(Document::issued)
        .containsExactly(LocalDate.of(2019, 5, 30), LocalDate.of(2024, 6, 14));
    assertThat(DOCUMENTS.resolve(DocumentReference.parse("Chỉ thị 35"), LocalDate.of(2024, 1, 1)).document()
        .orElseThrow().issued()).isEqualTo(LocalDate.of(2019, 5, 30));
  }

  @Test
  void unverifiedFactsAreMarkedNotPresentedAsFacts() {
    Document resolution12 = DOCUMENTS.resolve(DocumentReference.parse("12-NQ/TW")).document().orElseThrow();
    assertThat(resolution12.unverified()).containsExactlyInAnyOrder("number", "issued");
    assertThat(DOCUMENTS.documents()).filteredOn(Document::isVerified).hasSize(6);
    Document directive35 = DOCUMENTS.resolve(DocumentReference.parse("Chỉ thị 35"), BRIEFING).document()
        .orElseThrow();
    Document directive36 = DOCUMENTS.targetsOf(directive35.key(), RelationKind.SUMMARIZES).get(0);
    assertThat(directive36.number()).hasToString("36-CT/TW");
    assertThat(DOCUMENTS.relations()).singleElement().satisfies(r -> assertThat(r.verified()).isFalse());
  }

  @Test
  void theRegulationNumberedQdIsARegulationAndTheDataIsBuiltOnce() {
    Document regulation = DOCUMENTS.resolve(DocumentReference.parse("205-QĐ/TW")).document().orElseThrow();
    assertThat(regulation.type()).isEqualTo(DocumentType.REGULATION);
    assertThat(regulation.number().types()).containsExactly(DocumentType.DECISION, DocumentType.REGULATION);
    assertThat(PartyDocuments.registry()).isSameAs(DOCUMENTS);
    assertThat(DOCUMENTS.documents()).hasSize(8);
  }
}
