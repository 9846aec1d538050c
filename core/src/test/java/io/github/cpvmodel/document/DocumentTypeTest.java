package io.github.cpvmodel.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentTypeTest {
  @Test
  void quyDinhAndQuyetDinhShareQdSoTheAbbreviationIsNotTheType() {
    assertThat(DocumentType.forAbbreviation("QĐ")).containsExactly(DocumentType.DECISION, DocumentType.REGULATION);
    assertThat(DocumentType.forAbbreviation("QD")).containsExactly(DocumentType.DECISION, DocumentType.REGULATION);
    assertThat(DocumentType.forAbbreviation("qđi")).containsExactly(DocumentType.REGULATION);
    assertThat(DocumentType.forAbbreviation("QĐNS")).containsExactly(DocumentType.DECISION);
    assertThat(DocumentType.forAbbreviation("QyĐ")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"QUY ĐỊNH, REGULATION", "Quyết định, DECISION", "chi thi, DIRECTIVE", "Nghị quyết, RESOLUTION",
      "Regulation, ''"})
  void theTypeComesFromTheVietnameseHeading(String heading, String expected) {
    assertThat(DocumentType.findByName(heading).map(Enum::name).orElse("")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"qdi, QĐi", "QDI, QĐi", "qd, QĐ", "QÐ, QĐ", "qdns, QĐNS", "ttr, TTr", "da, ĐA", "XYZ, ''"})
  void everyWayOfWritingAnAbbreviationHasOneCanonicalSpelling(String written, String canonical) {
    assertThat(DocumentType.canonicalAbbreviation(written).orElse("")).isEqualTo(canonical);
  }

  @Test
  void codesAreStableAndAssumedAbbreviationsAreMarked() {
    for (DocumentType type : DocumentType.values()) {
      assertThat(DocumentType.findByCode(type.code())).contains(type);
    }
    assertThat(DocumentType.REPORT.isAbbreviationAttested()).isFalse();
    assertThat(DocumentType.DIRECTIVE.isAbbreviationAttested()).isTrue();
    assertThat(DocumentType.REGULATION.label().vi()).isEqualTo("Quy định");
    assertThat(DocumentType.REGULATION.abbreviations()).containsExactly("QĐi", "QĐ");
  }
}
