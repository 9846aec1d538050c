package io.github.cpvmodel.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParsePosition;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Period labels and figures read at a place of a longer text ({@link ReportingPeriod#findLabel},
 * {@link ObservedValue#find}): the grammars of {@code parseLabel} and {@code parse}, read as far as they go.
 */
class ValuesInTextTest {
  @ParameterizedTest(name = "[{index}] ''{1}'' in ''{0}''")
  @CsvSource(delimiter = '|', value = {
      "về công tác tổ chức 9 tháng đầu năm 2019. Các đại biểu | 9 tháng đầu năm 2019 | 2019-01-01/P9M",
      "kế hoạch công tác năm 2019. Nổi bật | năm 2019 | 2019",
      "trong quý 4 năm 2019, ngành | quý 4 năm 2019 | 2019-Q4",
      "trong quý IV/2019 và | quý IV/2019 | 2019-Q4",
      "trong tháng 9/2019 đã | tháng 9/2019 | 2019-09",
      "giai đoạn 2016 - 2020 và | giai đoạn 2016 - 2020 | 2016/2020",
      "nhiệm kỳ 2020–2025, đại hội | nhiệm kỳ 2020–2025 | 2020/2025",
      "tổng kết 10 năm 2011-2020 thực hiện | 10 năm 2011-2020 | 2011/2020"})
  void readsALabelAsFarAsItGoes(String text, String label, String canonical) {
    ParsePosition position = new ParsePosition(text.indexOf(label));
    assertThat(ReportingPeriod.findLabel(text, position)).map(ReportingPeriod::toString).contains(canonical);
    assertThat(text.substring(text.indexOf(label), position.getIndex())).isEqualTo(label);
  }

  @ParameterizedTest(name = "[{index}] ''{1}'' in ''{0}''")
  @CsvSource(delimiter = '|', value = {
      "kết quả 6 tháng đầu năm, nhiệm vụ | 6 tháng đầu năm | 2019-H1",
      "trong quý IV năm nay | quý IV | 2019-Q4",
      "từ tháng 9 đến nay | tháng 9 | 2019-09"})
  void takesTheReferenceYearForALabelThatLeavesItOut(String text, String label, String canonical) {
    ParsePosition position = new ParsePosition(text.indexOf(label));
    assertThat(ReportingPeriod.findLabel(text, new ParsePosition(text.indexOf(label)))).isEmpty();
    assertThat(ReportingPeriod.findLabel(text, position, Year.of(2019))).map(ReportingPeriod::toString)
        .contains(canonical);
    assertThat(text.substring(text.indexOf(label), position.getIndex())).isEqualTo(label);
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' at {1}")
  @CsvSource(delimiter = '|', value = {
      "trong năm nay | 6 | 10",
      "quý IV. Năm 2020 | 0 | 6",
      "5 năm qua | 0 | 6",
      "Từ đầu năm đến nay | 0 | 3"})
  void answersNothingWhereNoLabelStarts(String text, int at, int errorIndex) {
    ParsePosition position = new ParsePosition(at);
    assertThat(ReportingPeriod.findLabel(text, position)).isEmpty();
    assertThat(position.getIndex()).isEqualTo(at);
    assertThat(position.getErrorIndex()).isEqualTo(errorIndex);
  }

  @Test
  void readsAtMostTwelveWordsAndRejectsAPositionOutsideTheText() {
    String text = "tháng 9 " + "năm ".repeat(200_000);
    ParsePosition position = new ParsePosition(0);
    assertThat(ReportingPeriod.findLabel(text, position, Year.of(2019))).map(ReportingPeriod::toString)
        .contains("2019-09");
    assertThat(position.getIndex()).isEqualTo(7);
    assertThatThrownBy(() -> ReportingPeriod.findLabel("quý IV", new ParsePosition(7)))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @ParameterizedTest(name = "[{index}] ''{1}'' in ''{0}''")
  @CsvSource(delimiter = '|', value = {
      "Đến nay, 63/63 tỉnh | 63/63 | 63/63",
      "tỷ lệ đạt 95,5% kế hoạch | 95,5% | 95.5%",
      "đạt 100%. | 100% | 100%",
      "có 12 tỉnh | 12 | 12"})
  void readsAFigureAsFarAsItGoes(String text, String figure, String canonical) {
    ParsePosition position = new ParsePosition(text.indexOf(figure));
    assertThat(ObservedValue.find(text, position)).map(ObservedValue::toString).contains(canonical);
    assertThat(text.substring(text.indexOf(figure), position.getIndex())).isEqualTo(figure);
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' at {1}")
  @CsvSource(delimiter = '|', value = {"đạt 101% kế hoạch | 4 | 4", "là 64/63 | 3 | 3", "số liệu | 0 | 0",
      "ngày 30/9/2019 | 5 | 5"})
  void answersNothingWhereTheDigitsNameNoValue(String text, int at, int errorIndex) {
    ParsePosition position = new ParsePosition(at);
    assertThat(ObservedValue.find(text, position)).isEqualTo(Optional.empty());
    assertThat(position.getErrorIndex()).isEqualTo(errorIndex);
  }
}
