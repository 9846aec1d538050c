package io.github.cpvmodel.progress;

import static io.github.cpvmodel.ParseAssertions.assertParseError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodTest {

  static void assertRejected(ThrowingCallable call, Rule rule, String... fragments) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.violations()).extracting(v -> v.rule()).containsOnly(rule);
      assertThat(e.getMessage()).contains(fragments).endsWith(rule.description() + " [" + rule.code() + "]");
    });
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      2016/2020        | YEARS        | 2016-01-01 | 2020-12-31 | giai đoạn 2016-2020                   | 2016-2020
      2019             | YEAR         | 2019-01-01 | 2019-12-31 | năm 2019                              | 2019
      2019-H1          | HALF         | 2019-01-01 | 2019-06-30 | 6 tháng đầu năm 2019                  | first half of 2019
      2019-H2          | HALF         | 2019-07-01 | 2019-12-31 | 6 tháng cuối năm 2019                 | second half of 2019
      2019-Q4          | QUARTER      | 2019-10-01 | 2019-12-31 | quý IV năm 2019                       | Q4 2019
      2020-Q1          | QUARTER      | 2020-01-01 | 2020-03-31 | quý I năm 2020                        | Q1 2020
      2019-09          | MONTH        | 2019-09-01 | 2019-09-30 | tháng 9 năm 2019                      | September 2019
      2020-02          | MONTH        | 2020-02-01 | 2020-02-29 | tháng 2 năm 2020                      | February 2020
      2019-01-01/P9M   | FIRST_MONTHS | 2019-01-01 | 2019-09-30 | 9 tháng đầu năm 2019                  | first 9 months of 2019
      2019-01-01/P2M   | FIRST_MONTHS | 2019-01-01 | 2019-02-28 | 2 tháng đầu năm 2019                  | first 2 months of 2019
      2019-03-15/2019-10-20 | RANGE   | 2019-03-15 | 2019-10-20 | từ ngày 15/3/2019 đến ngày 20/10/2019 | 15 March 2019 to 20 October 2019
      2019-04-01/2019-08-31 | RANGE   | 2019-04-01 | 2019-08-31 | từ ngày 1/4/2019 đến ngày 31/8/2019   | 1 April 2019 to 31 August 2019
      2020-10-15/2025-10-14 | RANGE   | 2020-10-15 | 2025-10-14 | từ ngày 15/10/2020 đến ngày 14/10/2025 | 15 October 2020 to 14 October 2025
      0999             | YEAR         | 0999-01-01 | 0999-12-31 | năm 0999                              | 0999
      """)
  void everyFormHasItsTextDaysAndLabelsBothWays(String text, ReportingPeriod.Kind kind, LocalDate start,
      LocalDate end, String vi, String en) {
    ReportingPeriod period = ReportingPeriod.parse(text);

    assertThat(period.kind()).isEqualTo(kind);
    assertThat(period.start()).isEqualTo(start);
    assertThat(period.end()).isEqualTo(end);
    assertThat(period).hasToString(text).isEqualTo(ReportingPeriod.closed(start, end));
    assertThat(period.label().vi()).isEqualTo(vi);
    assertThat(period.label().en()).contains(en);
    assertThat(ReportingPeriod.parseLabel(vi)).isEqualTo(period);
    assertThat(ReportingPeriod.parseLabel(en)).isEqualTo(period);
  }

  @Test
  void factoriesNameTheSameDaysAsTheText() {
    assertThat(ReportingPeriod.year(2019)).hasToString("2019");
    assertThat(ReportingPeriod.half(2019, 2)).hasToString("2019-H2");
    assertThat(ReportingPeriod.quarter(2019, 4)).hasToString("2019-Q4");
    assertThat(ReportingPeriod.month(2019, 9)).isEqualTo(ReportingPeriod.month(YearMonth.of(2019, 9)))
        .hasToString("2019-09");
    assertThat(ReportingPeriod.firstMonths(2019, 9)).hasToString("2019-01-01/P9M");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "2019-01-01/P6M, 2019-H1",
      "2019-01-01/P3M, 2019-Q1",
      "2019-01-01/P1M, 2019-01",
      "2019-01-01/P12M, 2019",
      "2019-01-01/P1Y, 2019",
      "2019-10-01/P3M, 2019-Q4",
      "2019-07-01/2019-12-31, 2019-H2",
      "2019-09-01/2019-09-30, 2019-09",
      "2019-01-01/2019-09-30, 2019-01-01/P9M",
      "2019-03-15/P10D, 2019-03-15/2019-03-24",
      "' 2019-q4 ', 2019-Q4",
      "2019-h1, 2019-H1",
      "2016-01-01/2020-12-31, 2016/2020",
      "2011-01-01/P10Y, 2011/2020",
      "2019/2019, 2019",
      "' 2016/2020 ', 2016/2020",
  })
  void aPeriodIsItsDaysAndTakesTheMostSpecificName(String text, String canonical) {
    assertThat(ReportingPeriod.parse(text)).hasToString(canonical);
  }

  @Test
  void theFirstMonthsOfAYearAreNamedAsOfficialsNameThem() {
    assertThat(ReportingPeriod.firstMonths(2019, 6)).isEqualTo(ReportingPeriod.half(2019, 1));
    assertThat(ReportingPeriod.firstMonths(2019, 3)).isEqualTo(ReportingPeriod.quarter(2019, 1));
    assertThat(ReportingPeriod.firstMonths(2019, 12)).isEqualTo(ReportingPeriod.year(2019));
    assertThat(ReportingPeriod.parseLabel("3 tháng đầu năm 2019")).hasToString("2019-Q1");
    assertThat(ReportingPeriod.parseLabel("12 tháng đầu năm 2019")).hasToString("2019");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      9 tháng đầu năm 2019        | 2019-01-01/P9M
      9 THÁNG ĐẦU NĂM 2019        | 2019-01-01/P9M
      9 thang dau nam 2019        | 2019-01-01/P9M
      9 tháng năm 2019            | 2019-01-01/P9M
      Quý IV năm 2019             | 2019-Q4
      quý 4 năm 2019              | 2019-Q4
      quý IV/2019                 | 2019-Q4
      quý 4 2019                  | 2019-Q4
      quý iv năm 2019             | 2019-Q4
      Năm 2019                    | 2019
      tháng 9/2019                | 2019-09
      tháng 09 năm 2019           | 2019-09
      6 tháng cuối năm 2019       | 2019-H2
      3 tháng cuối năm 2019       | 2019-Q4
      1 tháng cuối năm 2019       | 2019-12
      4 tháng cuối năm 2019       | 2019-09-01/2019-12-31
      từ 01/10/2019 đến 31/12/2019 | 2019-Q4
      từ ngày 1-10-2019 đến ngày 15-11-2019 | 2019-10-01/2019-11-15
      from 15 March 2019 to 20 October 2019 | 2019-03-15/2019-10-20
      first 9 month of 2019       | 2019-01-01/P9M
      giai đoạn 2016–2020         | 2016/2020
      Giai đoạn 2016 - 2020       | 2016/2020
      nhiệm kỳ 2020-2025          | 2020/2025
      NHIỆM KỲ 2020–2025          | 2020/2025
      10 năm 2011–2020            | 2011/2020
      2 năm 2019-2020             | 2019/2020
      2020–2025 term              | 2020/2025
      10 years 2011-2020          | 2011/2020
      q4 2019                     | 2019-Q4
      september 2019              | 2019-09
      """)
  void labelsAreReadAsOfficialsWriteThem(String label, String canonical) {
    assertThat(ReportingPeriod.parseLabel(label)).hasToString(canonical);
  }

  @Test
  void labelsReadThroughUnicodeVariants() {
    String nfd = Normalizer.normalize("9 tháng đầu năm 2019", Normalizer.Form.NFD);
    assertThat(ReportingPeriod.parseLabel(nfd)).hasToString("2019-01-01/P9M");
    assertThat(ReportingPeriod.parseLabel("9 tháng \u00D0ầu năm 2019")).hasToString("2019-01-01/P9M");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      6 tháng đầu năm  | 2019-H1
      6 tháng cuối năm | 2019-H2
      9 tháng đầu năm  | 2019-01-01/P9M
      quý 4            | 2019-Q4
      quý IV năm       | 2019-Q4
      tháng 9          | 2019-09
      first half       | 2019-H1
      Q3               | 2019-Q3
      October          | 2019-10
      năm              | 2019
      """)
  void yearlessLabelsTakeTheReferenceYear(String label, String canonical) {
    assertThat(ReportingPeriod.parseLabel(label, Year.of(2019))).hasToString(canonical);
  }

  @Test
  void aYearInTheLabelWinsOverTheReferenceYear() {
    assertThat(ReportingPeriod.parseLabel("quý IV năm 2019", Year.of(2025))).hasToString("2019-Q4");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      6 tháng đầu năm
      năm
      quý 4
      tháng 9
      first half
      """)
  void yearlessLabelsWithoutAReferenceYearAreRejectedWhereTheYearShouldBe(String label) {
    assertParseError(() -> ReportingPeriod.parseLabel(label), label, label.length(), ReportingPeriod.LABEL_YEAR);
  }

  @Test
  void aReferenceYearOutOfRangeIsRejectedWhereTheYearShouldBe() {
    assertParseError(() -> ReportingPeriod.parseLabel("quý 4", Year.of(10000)), "quý 4", 5, ReportingPeriod.YEAR);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                           | 0
      quý năm 2019                 | 4
      quý IIII năm 2019            | 4
      9 tháng giữa năm 2019        | 8
      9 ngày đầu năm 2019          | 2
      năm 19                       | 4
      năm 2019 nay                 | 9
      tuần 3 năm 2019              | 0
      từ 31/2/2019 đến 1/3/2019    | 3
      từ 1/3/2019 tới 1/4/2019     | 12
      từ 1/3/2019                  | 11
      9 tháng đầu                  | 11
      first 9 weeks of 2019        | 8
      giai 2016-2020               | 5
      giai đoạn                    | 9
      giai đoạn 2016               | 14
      nhiệm kỳ 2020-25             | 14
      nhiệm kỳ 2020-2025 nay       | 19
      10 năm 2011                  | 11
      """)
  void unreadableLabelsAreRejectedAtTheFirstWordThatDoesNotFit(String label, int index) {
    assertParseError(() -> ReportingPeriod.parseLabel(label), label, index, ReportingPeriod.LABEL);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      quý V năm 2019                  | 4  | reporting-period.part
      Q0 2019                         | 0  | reporting-period.part
      tháng 13 năm 2019               | 6  | reporting-period.part
      13 tháng đầu năm 2019           | 0  | reporting-period.part
      0 tháng cuối năm 2019           | 0  | reporting-period.part
      first 13 months of 2019         | 6  | reporting-period.part
      năm 0000                        | 4  | reporting-period.year
      0000                            | 0  | reporting-period.year
      từ 1/4/2019 đến 1/3/2019        | 16 | reporting-period.order
      1 April 2019 to 1 March 2019    | 16 | reporting-period.order
      giai đoạn 2020-2016             | 15 | reporting-period.order
      nhiệm kỳ 2025–2020              | 14 | reporting-period.order
      10 năm 2011-2019                | 0  | reporting-period.part
      5 years 2011-2020               | 0  | reporting-period.part
      giai đoạn 0000-2020             | 10 | reporting-period.year
      """)
  void labelsOfImpossiblePeriodsAreRejectedByTheirRulesAtTheOffendingWord(String label, int index, String rule) {
    assertParseError(() -> ReportingPeriod.parseLabel(label), label, index, rule(rule));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                    | 0
      19                    | 2
      2019Q4                | 4
      2019-Q                | 5
      2019-9                | 6
      2019-W40              | 5
      2019-01-01/9M         | 11
      2019-01-01/P9X        | 11
      2019-01-01/P0M        | 11
      2019-13-01/2019-12-31 | 0
      2019-1-01/P9M         | 5
      ß2019                 | 0
      2016/20               | 7
      2016/20200            | 9
      2016/2020x            | 9
      """)
  void malformedTextIsRejectedAtTheFirstCharacterThatDoesNotFit(String text, int index) {
    assertParseError(() -> ReportingPeriod.parse(text), text, index, ReportingPeriod.SYNTAX);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      2019-Q5               | 6  | reporting-period.part
      2019-Q0               | 6  | reporting-period.part
      ' 2019-H3'            | 7  | reporting-period.part
      2019-13               | 5  | reporting-period.part
      2019-00               | 5  | reporting-period.part
      0000-Q1               | 0  | reporting-period.year
      9999-12-01/P2M        | 11 | reporting-period.year
      2019-10-20/2019-03-15 | 11 | reporting-period.order
      2020/2016             | 5  | reporting-period.order
      0000/2016             | 0  | reporting-period.year
      2016/0000             | 5  | reporting-period.year
      """)
  void textOfImpossiblePeriodsIsRejectedByTheirRulesAtTheOffendingPart(String text, int index, String rule) {
    assertParseError(() -> ReportingPeriod.parse(text), text, index, rule(rule));
  }

  @Test
  void factoriesRejectImpossiblePeriodsByTheirRules() {
    assertRejected(() -> ReportingPeriod.firstMonths(2019, 0), ReportingPeriod.PART,
        "0 first months are out of range");
    assertRejected(() -> ReportingPeriod.year(10000), ReportingPeriod.YEAR, "year 10000 is out of range");
    assertRejected(() -> ReportingPeriod.year(0), ReportingPeriod.YEAR, "year 0 is out of range");
    assertRejected(() -> ReportingPeriod.closed(LocalDate.of(9999, 12, 1), LocalDate.of(10000, 1, 31)),
        ReportingPeriod.YEAR, "end '+10000-01-31' is after the year 9999");
    assertRejected(() -> ReportingPeriod.closed(LocalDate.of(2019, 10, 20), LocalDate.of(2019, 3, 15)),
        ReportingPeriod.ORDER, "end '2019-03-15' is before start '2019-10-20'");
  }

  @Test
  void severalYearsAreNamedInThreeWaysThatReadBackToTheSameYears() {
    ReportingPeriod term = ReportingPeriod.years(2020, 2025);
    assertThat(term.termLabel()).hasValueSatisfying(l -> {
      assertThat(l.vi()).isEqualTo("nhiệm kỳ 2020-2025");
      assertThat(l.en()).contains("2020-2025 term");
    });
    assertThat(term.countedLabel()).hasValueSatisfying(l -> {
      assertThat(l.vi()).isEqualTo("6 năm 2020-2025");
      assertThat(l.en()).contains("6 years 2020-2025");
    });
    for (String label : List.of(term.label().vi(), term.label().en().orElseThrow(), term.termLabel().get().vi(),
        term.termLabel().get().en().orElseThrow(), term.countedLabel().get().vi(),
        term.countedLabel().get().en().orElseThrow())) {
      assertThat(ReportingPeriod.parseLabel(label)).as(label).isEqualTo(term);
    }
    assertThat(ReportingPeriod.years(2019, 2019)).isEqualTo(ReportingPeriod.year(2019));
    assertThat(ReportingPeriod.year(2019).termLabel()).isEmpty();
    assertThat(ReportingPeriod.year(2019).countedLabel()).isEmpty();
    assertThat(ReportingPeriod.years(2016, 2020).encloses(ReportingPeriod.quarter(2019, 4))).isTrue();
    assertRejected(() -> ReportingPeriod.years(2020, 2016), ReportingPeriod.ORDER,
        "last year 2016 is before first year 2020");
    assertRejected(() -> ReportingPeriod.years(0, 2016), ReportingPeriod.YEAR, "year 0 is out of range");
  }

  private static Rule rule(String code) {
    return List.of(ReportingPeriod.PART, ReportingPeriod.YEAR, ReportingPeriod.ORDER).stream()
        .filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void containsAndEnclosesTakeBothEndsAsInclusive() {
    ReportingPeriod nineMonths = ReportingPeriod.parseLabel("9 tháng đầu năm 2019");
    assertThat(nineMonths.contains(LocalDate.of(2019, 1, 1))).isTrue();
    assertThat(nineMonths.contains(LocalDate.of(2019, 9, 30))).isTrue();
    assertThat(nineMonths.contains(LocalDate.of(2019, 10, 1))).isFalse();
    assertThat(nineMonths.contains(LocalDate.of(2018, 12, 31))).isFalse();
    assertThat(ReportingPeriod.year(2019).encloses(ReportingPeriod.quarter(2019, 4))).isTrue();
    assertThat(nineMonths.encloses(ReportingPeriod.quarter(2019, 4))).isFalse();
    assertThat(nineMonths.toValidity()).isEqualTo(Validity.parse("2019-01-01/2019-09-30"));
  }

  @Test
  void periodsOrderByStartThenEnd() {
    List<ReportingPeriod> periods = new ArrayList<>(List.of(ReportingPeriod.year(2019),
        ReportingPeriod.parse("2018-12-31/2019-01-01"), ReportingPeriod.quarter(2019, 4),
        ReportingPeriod.firstMonths(2019, 9), ReportingPeriod.half(2019, 1), ReportingPeriod.quarter(2019, 1)));
    Collections.sort(periods);
    assertThat(periods).extracting(ReportingPeriod::toString).containsExactly("2018-12-31/2019-01-01", "2019-Q1",
        "2019-H1", "2019-01-01/P9M", "2019", "2019-Q4");
  }
}
