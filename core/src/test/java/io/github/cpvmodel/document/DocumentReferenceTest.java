package io.github.cpvmodel.document;

import static io.github.cpvmodel.document.DocumentNumberTest.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.cpvmodel.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentReferenceTest {
  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(delimiter = '|', value = {
      "Chỉ thị 35               | Chỉ thị 35",
      "Chỉ thị 36               | Chỉ thị 36",
      "Chỉ thị 05               | Chỉ thị 05",
      "chỉ thị số 5             | Chỉ thị 05",
      "CHI THI 35               | Chỉ thị 35",
      "Quy định 205- QĐ/TW      | Quy định 205-QĐ/TW",
      "Quy định số 08-QĐi/TW    | Quy định 08-QĐi/TW",
      "Chỉ thị 35-CT/TƯ         | Chỉ thị 35-CT/TW",
      "35-CT/TW                 | 35-CT/TW",
      "205/QĐ-TW                | 205-QĐ/TW",
      "Cương lĩnh chính trị 1   | Cương lĩnh chính trị 01",
      "Quy định 205- QĐ/TW ngày 23-9-2019 | Quy định 205-QĐ/TW ngày 23/9/2019",
      "60-NQ/TW NGÀY 12.04.2025 | 60-NQ/TW ngày 12/4/2025",
      "Chỉ thị số 35-CT/TW, ngày 30/5/2019 | Chỉ thị 35-CT/TW ngày 30/5/2019",
      "Chỉ thị 35-CT/TW ngày 30 tháng 5 năm 2019 | Chỉ thị 35-CT/TW ngày 30/5/2019",
      "Chỉ thị 35 ngày 30/5/0999 | Chỉ thị 35 ngày 30/5/0999"})
  void parsesTheFormsTextsCiteDocumentsBy(String text, String canonical) {
    DocumentReference reference = DocumentReference.parse(text);
    assertThat(reference).hasToString(canonical);
    assertThat(reference.original()).contains(text.strip());
    assertThat(DocumentReference.parse(reference.toString())).isEqualTo(reference);
    assertThat(DocumentReference.isValid(text)).isTrue();
  }

  @Test
  void writesTheYearOfIssueWithFourDigitsSoThatEveryDateReadsBack() {
    DocumentReference early = DocumentReference.of(DocumentNumber.parse("35-CT/TW"), java.time.LocalDate.of(999, 5, 30));
    assertThat(early).hasToString("35-CT/TW ngày 30/5/0999");
    assertThat(DocumentReference.parse(early.toString())).isEqualTo(early);
  }

  @Test
  void keepsTheTypeAndTheNumberSeparately() {
    DocumentReference directive = DocumentReference.parse("Chỉ thị 35");
    assertThat(directive.type()).contains(DocumentType.DIRECTIVE);
    assertThat(directive.number()).isEmpty();
    assertThat(directive.sequence()).isEqualTo(35);
    DocumentReference regulation = DocumentReference.parse("Quy định 205- QĐ/TW");
    assertThat(regulation).isEqualTo(DocumentReference.of(DocumentType.REGULATION, DocumentNumber.of(205, "QĐ", "TW")));
    assertThat(regulation.sequence()).isEqualTo(205);
    assertThat(DocumentReference.parse("205-QĐ/TW").type()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(delimiter = '|', value = {
      "''                          | document-reference.syntax | 0  | expected a type and a number",
      "Chỉ thị                     | document-reference.syntax | 7  | expected the number after the type",
      "Chỉ thị số                  | document-reference.syntax | 10 | expected the number after the type",
      "Nghị quyết Trung ương 4     | document-number.syntax    | 11 | expected the number, e.g. '35' in '35-CT/TW', found 'Trung'",
      "Chỉ thị 35 của Bộ Chính trị | document-number.syntax    | 11 | found 'của'",
      "Báo cáo tổng kết            | document-number.syntax    | 8  | found 'tổng'"})
  void rejectsWhatIsNotAReferenceSayingWhereItStoppedMakingSense(String text, String rule, int index, String why) {
    assertThatThrownBy(() -> DocumentReference.parse(text))
        .hasMessageContaining("'" + text + "' stops making sense as a document ")
        .hasMessageContaining("at index " + index + ": ")
        .hasMessageContaining(why)
        .asInstanceOf(type(ValidationException.class))
        .extracting(e -> e.violations().get(0).rule().code()).isEqualTo(rule);
    assertThat(DocumentReference.isValid(text)).isFalse();
  }

  @Test
  void rejectsPartsThatDisagree() {
    assertRule(() -> DocumentReference.parse("Chỉ thị 0"), DocumentReference.PARTS,
        "sequence: 'Chỉ thị 0' has number '0' at index 8, out of range");
    assertRule(() -> DocumentReference.parse("Chỉ thị 35-NQ/TW"), DocumentReference.PARTS,
        "type: type 'Chỉ thị' does not fit '35-NQ/TW', whose code is used for [RESOLUTION]");
    assertRule(() -> DocumentReference.parse("15/2020/NĐ-CP"), DocumentReference.PARTS,
        "number: '15/2020/NĐ-CP' is a State number");
    assertRule(() -> DocumentReference.builder().sequence(35).build(), DocumentReference.PARTS,
        "a reference with number '35' names neither a type nor a full number");
    assertRule(() -> DocumentReference.builder().number(DocumentNumber.parse("35-CT/TW")).sequence(36).build(),
        DocumentReference.PARTS, "sequence: number '36' differs from the full number '35-CT/TW'");
  }

  @Test
  void aDateOfIssueNarrowsTheReferenceToOneDocument() {
    DocumentReference dated = DocumentReference.parse("Quy định 205- QĐ/TW ngày 23-9-2019");
    assertThat(dated.issued()).contains(java.time.LocalDate.of(2019, 9, 23));
    assertThat(dated.withIssued(java.time.LocalDate.of(2019, 9, 24))).isNotEqualTo(dated);
    assertThat(DocumentReference.of(DocumentNumber.parse("60-NQ/TW"), java.time.LocalDate.of(2025, 4, 12)))
        .hasToString("60-NQ/TW ngày 12/4/2025");
    assertThatThrownBy(() -> DocumentReference.parse("Chỉ thị 35 ngày 31/2/2019"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("'Chỉ thị 35 ngày 31/2/2019' stops making sense as a document reference at index 16:"
            + " 'ngày 31/2/2019' is not a date");
  }
}
