package io.github.cpvmodel.meeting;

import static io.github.cpvmodel.ParseAssertions.assertParseError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpvmodel.ValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Meeting times under hostile input: huge, malformed and look-alike text. */
class MeetingTimeHostileTest {
  @Test
  void aDayBeyondTheYear9999IsRejectedWithARuleNotADateTimeException() {
    assertParseError(() -> MeetingTime.parse("+999999999-12-31"), "+999999999-12-31", 0, MeetingTime.RANGE);
    assertParseError(() -> MeetingTime.parse("-0001-01-01 morning"), "-0001-01-01 morning", 0, MeetingTime.RANGE);
    assertThatThrownBy(() -> MeetingTime.of(LocalDate.MAX, LocalDate.MAX)).isInstanceOf(ValidationException.class)
        .hasMessageEndingWith("[meeting-time.range]");
    assertThatThrownBy(() -> MeetingTime.of(LocalDateTime.MAX.atZone(ZoneOffset.UTC).minusHours(1),
        LocalDateTime.MAX.atZone(ZoneOffset.UTC))).hasMessageEndingWith("[meeting-time.range]");
    assertThat(MeetingTime.parse("9999-12-31 evening").toString()).isEqualTo("9999-12-31 evening");
  }

  @Test
  void aMorningWhoseMidnightTheClockSkippedStartsAtOneAndReadsBack() {
    MeetingTime morning = MeetingTime.parse("1947-04-01 morning");
    assertThat(morning.start().toLocalTime()).hasToString("01:00");
    assertThat(morning.partOfDay()).hasValue(PartOfDay.MORNING);
    assertThat(morning).hasToString("1947-04-01 morning");
    assertThat(MeetingTime.parse(morning.toString())).isEqualTo(morning);
    assertThat(morning.label().vi()).isEqualTo("sáng 1/4/1947");
  }

  @Test
  void aTimeTheClockShowedTwiceCarriesItsOffsetAndReadsBackAtIt() {
    LocalDateTime twice = LocalDateTime.of(1975, 6, 12, 23, 30);
    ZonedDateTime later = ZonedDateTime.ofStrict(twice, ZoneOffset.ofHours(7), MeetingTime.ZONE);
    MeetingTime t = MeetingTime.of(later, later.plusHours(2));
    assertThat(t).hasToString("1975-06-12T23:30+07:00/1975-06-13T01:30");
    assertThat(MeetingTime.parse(t.toString())).isEqualTo(t);
    ZonedDateTime earlier = ZonedDateTime.ofStrict(twice, ZoneOffset.ofHours(8), MeetingTime.ZONE);
    MeetingTime first = MeetingTime.of(earlier, later);
    assertThat(first).hasToString("1975-06-12T23:30+08:00/1975-06-12T23:30+07:00");
    assertThat(MeetingTime.parse(first.toString())).isEqualTo(first);
  }

  @Test
  void anOffsetTheZoneDidNotHaveIsRejected() {
    assertParseError(() -> MeetingTime.parse("2019-09-30T14:00+09:00/2019-09-30T17:00"),
        "2019-09-30T14:00+09:00/2019-09-30T17:00", 0, MeetingTime.SYNTAX);
  }
}
