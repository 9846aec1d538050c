package io.github.cpvmodel.document;

import static io.github.cpvmodel.ParseAssertions.assertParseError;
import static io.github.cpvmodel.document.DocumentNumberTest.assertRule;
import static io.github.cpvmodel.document.DocumentNumberTest.assertTooLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.TextKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
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
      "Chỉ thị 35 ngày 30/5/0999 | Chỉ thị 35 ngày 30/5/0999",
      "Chỉ thị số: 5            | Chỉ thị 05",
      "Chỉ thị 35,ngày 30/5/2019 | Chỉ thị 35 ngày 30/5/2019",
      "Chỉ thị 35 ngày 30 - 5 - 2019 | Chỉ thị 35 ngày 30/5/2019",
      "Điều lệ Đảng             | Điều lệ Đảng",
      "Cương lĩnh               | Cương lĩnh chính trị",
      "Nghị quyết Trung ương 4 khóa XII | Nghị quyết Trung ương 4 khóa XII",
      "Nghị quyết Hội nghị Trung ương lần thứ 4, khóa XII | Nghị quyết Trung ương 4 khóa XII",
      "Nghị quyết Đại hội XIII  | Nghị quyết Đại hội XIII",
      "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng | Nghị quyết Đại hội XIII của Ban Chấp hành Trung ương",
      "Thông báo kết luận số 05-TB/BCĐTW | Thông báo 05-TB/BCĐTW",
      "Nghị quyết 12-NQ/TW tháng 1/2012 | Nghị quyết 12-NQ/TW tháng 1/2012",
      "Nghị quyết 12-NQ/TW tháng 1 năm 2012 | Nghị quyết 12-NQ/TW tháng 1/2012",
      "Chỉ thị 36 năm 2014      | Chỉ thị 36 năm 2014",
      "Chỉ thị số 35-CT/TW của Bộ Chính trị | Chỉ thị 35-CT/TW của Bộ Chính trị",
      "Quy định 205-QĐ/TW của Bộ Chính trị, ngày 23/9/2019 | Quy định 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị",
      "Quyết định của Bộ Chính trị ngày 30/6/2025 | Quyết định ngày 30/6/2025 của Bộ Chính trị",
      "Chỉ thị ngày 30/5/2019   | Chỉ thị ngày 30/5/2019"})
  void parsesTheFormsTextsCiteDocumentsBy(String text, String canonical) {
    DocumentReference reference = DocumentReference.parse(text);
    assertThat(reference).hasToString(canonical);
    assertThat(reference.original()).contains(text.strip());
    assertThat(DocumentReference.parse(reference.toString())).isEqualTo(reference);
    assertThat(DocumentReference.isValid(text)).isTrue();
  }

  @Test
  void writesTheYearOfIssueWithFourDigitsSoThatEveryDateReadsBack() {
    DocumentReference early = DocumentReference.of(DocumentNumber.parse("35-CT/TW"), LocalDate.of(999, 5, 30));
    assertThat(early).hasToString("35-CT/TW ngày 30/5/0999");
    assertThat(DocumentReference.parse(early.toString())).isEqualTo(early);
  }

  @Test
  void keepsTheTypeAndTheNumberSeparately() {
    DocumentReference directive = DocumentReference.parse("Chỉ thị 35");
    assertThat(directive.type()).contains(DocumentType.DIRECTIVE);
    assertThat(directive.number()).isEmpty();
    assertThat(directive.sequence()).hasValue(35);
    DocumentReference regulation = DocumentReference.parse("Quy định 205- QĐ/TW");
    assertThat(regulation).isEqualTo(DocumentReference.of(DocumentType.REGULATION, DocumentNumber.of(205, "QĐ", "TW")));
    assertThat(regulation.sequence()).hasValue(205);
    assertThat(DocumentReference.parse("205-QĐ/TW").type()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(delimiter = '|', value = {
      "''                          | REFERENCE | 0",
      "Chỉ thị                     | REFERENCE | 7",
      "Chỉ thị số                  | REFERENCE | 10",
      "Chỉ thị 35 ngày             | REFERENCE | 15",
      ", ngày 30/5/2019            | REFERENCE | 0",
      "Nghị quyết Trung ương 4     | REFERENCE | 23",
      "Chỉ thị 35 của Bộ Công an   | REF_PARTS | 15",
      "Báo cáo tổng kết            | TYPE      | 0",
      "Công điện 12-CĐ/TW          | TYPE      | 0",
      "Chỉ thị 35 ngày 1/1/19      | REFERENCE | 20",
      "ngày 30/5/2019              | TYPE      | 0",
      "35-CT/TW ngày 30/5/2019 x   | REFERENCE | 24",
      "Chỉ thị 35 ngày 31/2/2019   | REFERENCE | 16",
      "Chỉ thị 35-CT2/TW           | CODE      | 11"})
  void rejectsWhatIsNotAReferenceAtTheIndexWhereItStopsMakingSense(String text, String rule, int index) {
    Rule expected = rule.equals("TYPE") ? DocumentReference.TYPE
        : rule.equals("REF_PARTS") ? DocumentReference.PARTS : DocumentNumberTest.RULES.get(rule);
    assertParseError(() -> DocumentReference.parse(text), text, index, expected);
    assertThat(DocumentReference.isValid(text)).isFalse();
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(delimiter = '|', value = {
      "Chỉ thị 0         | 8",
      "Chỉ thị số 1234567 | 11",
      "Chỉ thị 35-NQ/TW  | 0",
      "15/2020/NĐ-CP     | 0"})
  void rejectsPartsThatDisagreeAtTheIndexOfThePart(String text, int index) {
    assertParseError(() -> DocumentReference.parse(text), text, index, DocumentReference.PARTS);
  }

  @Test
  void rejectsPartsThatDisagree() {
    assertRule(() -> DocumentReference.of(DocumentType.DIRECTIVE, 0), DocumentReference.PARTS,
        "sequence: number '0' is out of range");
    assertRule(() -> DocumentReference.of(DocumentType.DIRECTIVE, DocumentNumber.parse("35-NQ/TW")),
        DocumentReference.PARTS,
        "type: type 'Chỉ thị' does not fit '35-NQ/TW', whose code is used for [RESOLUTION]");
    assertRule(() -> DocumentReference.of(DocumentNumber.parse("15/2020/NĐ-CP")), DocumentReference.PARTS,
        "number: '15/2020/NĐ-CP' is a State number");
    assertRule(() -> DocumentReference.builder().sequence(35).build(), DocumentReference.PARTS,
        "a reference with number '35' names neither a type nor a full number");
    assertRule(() -> DocumentReference.builder().number(DocumentNumber.parse("35-CT/TW")).sequence(36).build(),
        DocumentReference.PARTS, "sequence: number '36' differs from the full number '35-CT/TW'");
  }

  /** Runs of spaces that fill a reference up to the length of a name. */
  private static final int LONG = (TextKind.NAME.maxLength() - 40) / 4;

  @Test
  void readsTextUpToTheLengthOfANameAndRejectsLongerTextAtOnce() {
    String spaces = " ".repeat(LONG);
    String text = "Chỉ thị" + spaces + "35" + spaces + ", " + spaces + "ngày" + spaces + "x";
    assertParseError(() -> DocumentReference.parse(text), text, 4 * LONG + 15, DocumentReference.SYNTAX);
    String dated = "Chỉ thị" + spaces + "35" + spaces + ",ngày 30/5/2019";
    assertThat(DocumentReference.parse(dated)).hasToString("Chỉ thị 35 ngày 30/5/2019");
    assertTooLong(() -> DocumentReference.parse("Chỉ thị 35" + " ".repeat(TextKind.NAME.maxLength())),
        TextKind.NAME.maxLength());
    String huge = " ".repeat(5_000_000) + "Chỉ thị 35";
    assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
        assertTooLong(() -> DocumentReference.parse(huge), TextKind.NAME.maxLength()));
  }

  @Test
  void aMalformedNumberFailsQuotingTheWholeReference() {
    String text = "Nghị quyết 0W ngày 2/4/2025";
    ParseException e = assertParseError(() -> DocumentReference.parse(text), text, 12, DocumentNumber.SYNTAX);
    assertThat(e.getMessage()).startsWith("'" + text + "' stops making sense as a document number at index 12: ")
        .contains("found 'W'");
    String code = "Chỉ thị 35-CT/TÜ ngày 30/5/2019";
    ParseException foreign = assertParseError(() -> DocumentReference.parse(code), code, 14, DocumentNumber.CODE);
    assertThat(foreign.getMessage()).contains("'" + code + "' at index 14: issuer code 'TÜ' has 'Ü'");
  }

  @Test
  void datesOfEveryYearFromZeroTo9999ReadBackAndNoOthersAreBuilt() {
    for (int year : new int[] {0, 5, 999, 1000, 9999}) {
      for (IssueDate issued : new IssueDate[] {IssueDate.of(LocalDate.of(year, 2, 28)),
          IssueDate.of(YearMonth.of(year, 2)), IssueDate.of(Year.of(year))}) {
        DocumentReference reference = DocumentReference.of(DocumentType.DIRECTIVE, 35).withIssued(issued);
        assertThat(DocumentReference.parse(reference.toString())).as("%s", reference).isEqualTo(reference);
        assertThat(IssueDate.parse(issued.toString())).isEqualTo(issued);
      }
    }
    assertThat(IssueDate.of(Year.of(5))).hasToString("0005");
    assertThat(IssueDate.of(YearMonth.of(5, 1)).vietnamese()).isEqualTo("tháng 1/0005");
    assertRule(() -> IssueDate.of(LocalDate.of(10_000, 1, 1)), IssueDate.YEAR,
        "earliest: day '+10000-01-01' lies outside the years 0 to 9999");
    assertRule(() -> IssueDate.of(Year.of(-1)), IssueDate.YEAR, "earliest: day '-0001-01-01' lies outside");
    assertRule(() -> IssueDate.between(LocalDate.of(2019, 1, 1), LocalDate.MAX), IssueDate.YEAR,
        "latest: day '+999999999-12-31' lies outside");
  }

  @Test
  void rejectsADateOfIssueLongerThanALabelAtOnce() {
    assertTooLong(() -> IssueDate.parse("2019-05-30" + " ".repeat(TextKind.LABEL.maxLength())),
        TextKind.LABEL.maxLength());
  }

  @Test
  void aDateOfIssueNarrowsTheReferenceToOneDocument() {
    DocumentReference dated = DocumentReference.parse("Quy định 205- QĐ/TW ngày 23-9-2019");
    assertThat(dated.issued()).contains(IssueDate.of(LocalDate.of(2019, 9, 23)));
    assertThat(dated.withIssued(LocalDate.of(2019, 9, 24))).isNotEqualTo(dated);
    assertThat(DocumentReference.of(DocumentNumber.parse("60-NQ/TW"), LocalDate.of(2025, 4, 12)))
        .hasToString("60-NQ/TW ngày 12/4/2025");
  }

  @Test
  void everyIssuingBodyACitationNamesIsABuiltInBody() {
    assertThat(IssuingBodyNames.all().keySet())
        .allSatisfy(id -> assertThat(io.github.cpvmodel.reference.PartyBodies.hierarchy().contains(id)).isTrue());
    assertThat(IssuingBodyNames.find("bo chinh tri")).contains(io.github.cpvmodel.reference.PartyBodies.POLITBURO);
  }
}
