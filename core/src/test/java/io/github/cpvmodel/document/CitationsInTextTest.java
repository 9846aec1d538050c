package io.github.cpvmodel.document;

import static io.github.cpvmodel.ParseAssertions.assertParseError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.text.ParsePosition;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Citations and occasions read at a place of a longer text ({@link DocumentReference#find}, {@link Occasion#find}):
 * the same grammar as {@code parse}, read as far as it makes sense.
 */
class CitationsInTextTest {
  /** Reads at the first char of {@code citation} in {@code text}; answers the references and what they span. */
  private static ImmutableList<DocumentReference> find(String text, String citation) {
    ParsePosition position = new ParsePosition(text.indexOf(citation));
    ImmutableList<DocumentReference> references = DocumentReference.find(text, position);
    assertThat(text.substring(text.indexOf(citation), position.getIndex())).as("span of %s", text)
        .isEqualTo(references.isEmpty() ? "" : citation);
    assertThat(position.getErrorIndex()).isEqualTo(references.isEmpty() ? position.getErrorIndex() : -1);
    return references;
  }

  @ParameterizedTest(name = "[{index}] ''{1}'' in ''{0}''")
  @CsvSource(delimiter = '|', value = {
      "ban hành Chỉ thị 35 của Bộ Chính trị về chuẩn bị | Chỉ thị 35 của Bộ Chính trị | Chỉ thị 35 của Bộ Chính trị",
      "tổng kết Chỉ thị 36 và ban hành | Chỉ thị 36 | Chỉ thị 36",
      "hiệu quả Quy định 205- QĐ/TW ngày 23-9-2019 của Bộ Chính trị, nâng cao | Quy định 205- QĐ/TW ngày 23-9-2019 "
          + "của Bộ Chính trị | Quy định 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị",
      "Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị (khóa XII) về | Chỉ thị số 35-CT/TW, ngày 30/5/2019 của "
          + "Bộ Chính trị | Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị",
      "theo Chỉ thị 35 ngày 30/5 của tỉnh | Chỉ thị 35 ngày 30/5 | Chỉ thị 35",
      "Quyết định số 2136-QĐNS/TW ngày 20/5 của Bộ Chính trị về | Quyết định số 2136-QĐNS/TW ngày 20/5 của Bộ Chính "
          + "trị | Quyết định 2136-QĐNS/TW của Bộ Chính trị",
      "thực hiện NQ 57 về khoa học | NQ 57 | Nghị quyết 57",
      "Chỉ thị 35 ngày 31/2 về | Chỉ thị 35 | Chỉ thị 35",
      "theo Chỉ thị 35 của tỉnh | Chỉ thị 35 | Chỉ thị 35",
      "Quy định 205- QĐ/TW, các quy định khác | Quy định 205- QĐ/TW | Quy định 205-QĐ/TW",
      "Chỉ thị 35, năm nay | Chỉ thị 35 | Chỉ thị 35",
      "văn bản 21-NQ/TU của Tỉnh ủy | 21-NQ/TU | 21-NQ/TU",
      "Điều lệ Đảng quy định | Điều lệ Đảng | Điều lệ Đảng",
      "Nghị quyết Đại hội XIII của Đảng về | Nghị quyết Đại hội XIII của Đảng | Nghị quyết Đại hội XIII của Ban "
          + "Chấp hành Trung ương",
      "Nghị quyết Hội nghị Trung ương 4 (khóa XII) về | Nghị quyết Hội nghị Trung ương 4 (khóa XII) | Nghị quyết "
          + "Trung ương 4 khóa XII",
      "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII. | Nghị quyết Hội nghị lần thứ tư Ban "
          + "Chấp hành Trung ương Đảng khóa XII | Nghị quyết Trung ương 4 khóa XII",
      "Nghị quyết Hội nghị Ban Chấp hành Trung ương Đảng lần thứ 4, khoá XII | Nghị quyết Hội nghị Ban Chấp hành "
          + "Trung ương Đảng lần thứ 4, khoá XII | Nghị quyết Trung ương 4 khóa XII"})
  void readsACitationAsFarAsItGoesAndLeavesTheRest(String text, String citation, String canonical) {
    assertThat(find(text, citation)).singleElement().hasToString(canonical);
  }

  @Test
  void aCitationOfSeveralTermsNamesOneDocumentPerTerm() {
    String text = "thực hiện Nghị quyết Trung ương 4 (khóa XI, XII), gắn với";
    assertThat(find(text, "Nghị quyết Trung ương 4 (khóa XI, XII)")).extracting(DocumentReference::occasion)
        .containsExactly(java.util.Optional.of(Occasion.plenum(4, 11)), java.util.Optional.of(Occasion.plenum(4, 12)));
    String whole = "Nghị quyết Trung ương 4 (khóa XI, XII)";
    assertParseError(() -> DocumentReference.parse(whole), whole, 11, DocumentReference.PARTS);
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' at {1}")
  @CsvSource(delimiter = '|', value = {
      "Kết luận Hội nghị, đồng chí Phạm Minh Chính | 0 | 0",
      "các nghị quyết, chỉ thị của Bộ Chính trị | 4 | 4",
      "Nghị quyết số 202/2025/QH15 của Quốc hội | 0 | 14",
      "Chỉ thị số lượng | 0 | 0",
      "Báo cáo tổng kết | 0 | 0",
      "quý IV năm 2019 | 0 | 0"})
  void answersNothingWhereNoCitationStartsAndSaysWhereReadingStopped(String text, int at, int errorIndex) {
    ParsePosition position = new ParsePosition(at);
    assertThat(DocumentReference.find(text, position)).isEmpty();
    assertThat(position.getIndex()).isEqualTo(at);
    assertThat(position.getErrorIndex()).isEqualTo(errorIndex);
  }

  @Test
  void readsNfdAndTheIcelandicEthAtTheOffsetsOfTheTextAsGiven() {
    String nfc = "theo Chỉ thị 35 của Bộ Chính trị về";
    String text = Normalizer.normalize(nfc, Normalizer.Form.NFD).replace('\u0110', '\u00D0');
    ParsePosition position = new ParsePosition(text.indexOf('C'));
    assertThat(DocumentReference.find(text, position)).singleElement().hasToString("Chỉ thị 35 của Bộ Chính trị");
    assertThat(text.substring(text.indexOf('C'), position.getIndex()))
        .isEqualTo(Normalizer.normalize("Chỉ thị 35 của Bộ Chính trị", Normalizer.Form.NFD).replace('\u0110', '\u00D0'));
  }

  @Test
  void readsAtMostANamesLengthFromThePosition() {
    String text = "Chỉ thị 35" + " ".repeat(2_000) + "của Bộ Chính trị";
    ParsePosition position = new ParsePosition(0);
    assertThat(DocumentReference.find(text, position)).singleElement().hasToString("Chỉ thị 35");
    assertThat(position.getIndex()).isEqualTo(10);
    assertThatThrownBy(() -> DocumentReference.find("Chỉ thị 35", new ParsePosition(11)))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void theReferencesFoundResolveLikeParsedOnes() {
    String text = "ban hành Chỉ thị 35 của Bộ Chính trị về";
    DocumentReference found = find(text, "Chỉ thị 35 của Bộ Chính trị").get(0);
    assertThat(found).isEqualTo(DocumentReference.parse("Chỉ thị 35 của Bộ Chính trị"));
    assertThat(found.original()).contains("Chỉ thị 35 của Bộ Chính trị");
    assertThat(io.github.cpvmodel.reference.PartyDocuments.registry().resolve(found, LocalDate.of(2019, 9, 30))
        .document().orElseThrow().key()).isEqualTo(io.github.cpvmodel.reference.PartyDocuments.DIRECTIVE_35_OF_2019);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(delimiter = '|', value = {
      "tiến tới Đại hội XIII của Đảng với | Đại hội XIII của Đảng | Đại hội XIII",
      "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng Cộng sản Việt Nam. | Đại hội đại biểu toàn quốc lần thứ XIII "
          + "của Đảng Cộng sản Việt Nam | Đại hội XIII",
      "Đại hội Đảng toàn quốc lần thứ XII đã | Đại hội Đảng toàn quốc lần thứ XII | Đại hội XII",
      "Hội nghị Trung ương 4 khóa XII đã | Hội nghị Trung ương 4 khóa XII | Trung ương 4 khóa XII",
      "Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XIII | Hội nghị lần thứ chín Ban Chấp hành Trung "
          + "ương Đảng khóa XIII | Trung ương 9 khóa XIII",
      "Hội nghị lần thứ 13, Ban chấp hành Trung ương Đảng khóa XII đã | Hội nghị lần thứ 13, Ban chấp hành Trung "
          + "ương Đảng khóa XII | Trung ương 13 khóa XII",
      "Hội nghị Ban Chấp hành Trung ương Đảng lần thứ mười lăm, khóa XIII | Hội nghị Ban Chấp hành Trung ương Đảng "
          + "lần thứ mười lăm, khóa XIII | Trung ương 15 khóa XIII",
      "Hội nghị Trung ương lần thứ 12 Ban Chấp hành Trung ương Đảng khóa XIII | Hội nghị Trung ương lần thứ 12 Ban "
          + "Chấp hành Trung ương Đảng khóa XIII | Trung ương 12 khóa XIII"})
  void readsTheNamesOfCongressesAndPlenumsAsReportsWriteThem(String text, String name, String occasion) {
    ParsePosition position = new ParsePosition(text.indexOf(name));
    assertThat(Occasion.find(text, position)).singleElement().hasToString(occasion);
    assertThat(text.substring(text.indexOf(name), position.getIndex())).isEqualTo(name);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(delimiter = '|', value = {"Đại hội các cấp | 8", "Đại hội năm 2020 | 8", "Hội nghị giao ban | 9",
      "Đại hội đại biểu Đảng bộ tỉnh lần thứ XI | 8"})
  void namesNoOccasionWhereNoneIsNamed(String text, int errorIndex) {
    ParsePosition position = new ParsePosition(0);
    assertThat(Occasion.find(text, position)).isEmpty();
    assertThat(position.getErrorIndex()).isEqualTo(errorIndex);
  }

  @Test
  void aPlenumOfSeveralTermsIsOnePlenumPerTerm() {
    assertThat(Occasion.find("Hội nghị Trung ương 4 (khóa XI, XII)", new ParsePosition(0)))
        .containsExactly(Occasion.plenum(4, 11), Occasion.plenum(4, 12));
  }
}
