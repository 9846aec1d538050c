package io.github.cpvmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.DocumentType;
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
        Arguments.of("12-NQ/TW", PartyDocuments.RESOLUTION_12, "12-NQ/TW", "2012-01-16", "resolution", "cc"),
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
        .containsExactlyInAnyOrder("number", "issued");
    assertThat(DOCUMENTS.byKey(PartyDocuments.DIRECTIVE_35_OF_2024).unverified()).containsExactly("title");
    assertThat(DOCUMENTS.documents()).filteredOn(Document::isVerified).hasSize(6);
    assertThat(DOCUMENTS.targetsOf(PartyDocuments.DIRECTIVE_35_OF_2019, RelationKind.SUMMARIZES))
        .extracting(Document::key).containsExactly(PartyDocuments.DIRECTIVE_36);
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
