package io.github.cpvmodel.meeting;

import static io.github.cpvmodel.ParseAssertions.assertParseError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingTimeTest {
  private static final LocalDate SEPT_30 = LocalDate.of(2019, 9, 30);

  @Test
  void anAfternoonKnownOnlyAsSuchHasItsBoundsAndNoInventedHours() {
    MeetingTime afternoon = MeetingTime.of(SEPT_30, PartOfDay.AFTERNOON);
    assertThat(afternoon.precision()).isEqualTo(MeetingTime.Precision.PART_OF_DAY);
    assertThat(afternoon.partOfDay()).contains(PartOfDay.AFTERNOON);
    assertThat(afternoon.start()).isEqualTo(SEPT_30.atTime(12, 0).atZone(MeetingTime.ZONE));
    assertThat(afternoon.end()).isEqualTo(SEPT_30.atTime(18, 0).atZone(MeetingTime.ZONE));
    assertThat(afternoon.firstDay()).isEqualTo(SEPT_30);
    assertThat(afternoon.lastDay()).isEqualTo(SEPT_30);
    assertThat(afternoon.label().vi()).isEqualTo("chiều 30/9/2019");
    assertThat(afternoon.label().en()).contains("afternoon of 30 September 2019");
  }

  @Test
  void anEveningEndsAtMidnightYetStaysOnItsDay() {
    MeetingTime evening = MeetingTime.of(SEPT_30, PartOfDay.EVENING);
    assertThat(evening.end()).isEqualTo(SEPT_30.plusDays(1).atStartOfDay(MeetingTime.ZONE));
    assertThat(evening.dates()).isEqualTo(Validity.onlyOn(SEPT_30));
    assertThat(evening.partOfDay()).contains(PartOfDay.EVENING);
  }

  @Test
  void wholeDaysCoverFromTheFirstMidnightToTheLast() {
    MeetingTime congress = MeetingTime.of(LocalDate.of(2016, 1, 20), LocalDate.of(2016, 1, 28));
    assertThat(congress.dates()).isEqualTo(Validity.parse("2016-01-20/2016-01-28"));
    assertThat(congress.partOfDay()).isEmpty();
    assertThat(congress.label().vi()).isEqualTo("từ 20/1/2016 đến 28/1/2016");
    assertThat(congress.label().en()).contains("20 January 2016 to 28 January 2016");
    assertThat(MeetingTime.of(SEPT_30, SEPT_30).label().vi()).isEqualTo("30/9/2019");
  }

  @Test
  void exactTimesInAnotherZoneMoveToHoChiMinhCityAndEqualTheSameInstants() {
    ZonedDateTime utcStart = ZonedDateTime.of(2019, 9, 30, 7, 0, 0, 0, ZoneOffset.UTC);
    MeetingTime fromUtc = MeetingTime.of(utcStart, utcStart.plusHours(3));
    MeetingTime local = MeetingTime.parse("2019-09-30T14:00/2019-09-30T17:00");
    assertThat(fromUtc).isEqualTo(local);
    assertThat(fromUtc.start().getZone()).isEqualTo(MeetingTime.ZONE);
    assertThat(local.label().vi()).isEqualTo("14:00-17:00 ngày 30/9/2019");
    assertThat(local.label().en()).contains("30 September 2019, 14:00-17:00");
  }

  @ParameterizedTest
  @CsvSource({
      "2019-09-30 afternoon, 2019-09-30 afternoon",
      "' 2019-09-30 morning ', 2019-09-30 morning",
      "2019-09-30T14:00/2019-09-30T17:30, 2019-09-30T14:00/2019-09-30T17:30",
      "2016-01-20/2016-01-28, 2016-01-20/2016-01-28",
      "2019-09-30, 2019-09-30",
      "2019-09-30/2019-09-30, 2019-09-30"})
  void parsesAndFormatsEveryForm(String text, String canonical) {
    MeetingTime parsed = MeetingTime.parse(text);
    assertThat(parsed).hasToString(canonical);
    assertThat(MeetingTime.parse(parsed.toString())).isEqualTo(parsed);
  }

  @Test
  void rejectsAnEndBeforeTheStartWithTheRuleAndBothTimes() {
    ZonedDateTime start = SEPT_30.atTime(17, 0).atZone(MeetingTime.ZONE);
    assertThatThrownBy(() -> MeetingTime.of(start, start.minusHours(3)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("end: end '2019-09-30T14:00+07:00[Asia/Ho_Chi_Minh]' is not after start "
            + "'2019-09-30T17:00+07:00[Asia/Ho_Chi_Minh]': a meeting must end after it starts [meeting-time.order]");
    assertThatThrownBy(() -> MeetingTime.of(start, start)).hasMessageEndingWith("[meeting-time.order]");
    assertThatThrownBy(() -> MeetingTime.of(SEPT_30, SEPT_30.minusDays(1)))
        .hasMessage("end: last day '2019-09-29' is before first day '2019-09-30': a meeting must end after it "
            + "starts [meeting-time.order]");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2019-09-30 noon|11", "2019-9-30|5", "2019-09-30T14:00/2019-09-30T25:00|17",
      "2019-09-30T14:00/2019-09-30|27", "' 2019-09-30/30-09-2019'|12", "''|0"})
  void rejectsMalformedTextAtTheFirstCharacterThatDoesNotFit(String text, int index) {
    assertParseError(() -> MeetingTime.parse(text), text, index, MeetingTime.SYNTAX);
  }

  @Test
  void rejectsTextThatEndsBeforeItStartsAtTheEnd() {
    assertParseError(() -> MeetingTime.parse("2019-09-30T17:00/2019-09-30T14:00"),
        "2019-09-30T17:00/2019-09-30T14:00", 17, MeetingTime.ORDER);
    assertParseError(() -> MeetingTime.parse("2016-01-28/2016-01-20"), "2016-01-28/2016-01-20", 11,
        MeetingTime.ORDER);
  }

  @Test
  void ordersByStart() {
    assertThat(MeetingTime.of(SEPT_30, PartOfDay.MORNING)).isLessThan(MeetingTime.of(SEPT_30, PartOfDay.AFTERNOON));
    assertThat(MeetingTime.of(SEPT_30, SEPT_30)).isLessThan(MeetingTime.of(SEPT_30, PartOfDay.AFTERNOON));
  }
}
