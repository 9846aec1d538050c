package io.github.cpvmodel.meeting;

import static io.github.cpvmodel.meeting.ConferenceTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.progress.ReportingPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeetingReferenceTest {
  private static final Id CC = Id.of("cc");

  private static Plenum plenum(int term, int ordinal) {
    return Plenum.builder().id(Id.of("cc/term/" + term + "/plenum/" + ordinal)).body(CC).term(term).ordinal(ordinal)
        .time(MeetingTime.of(LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 7))).build();
  }

  private static Congress congress(int ordinal) {
    return Congress.builder().id(Id.of("cc/congress/" + ordinal)).body(CC).ordinal(ordinal)
        .time(MeetingTime.of(LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 23))).build();
  }

  @Test
  void namesAPlenumACongressOrAConferenceAndMatchesIt() {
    MeetingReference eighth = MeetingReference.plenum(CC, 13, 8);
    assertThat(eighth.label()).contains(LocalizedName.of("Hội nghị lần thứ 8 khóa XIII",
        "8th plenum of the 13th term"));
    assertThat(eighth.matches(plenum(13, 8))).isTrue();
    assertThat(eighth.matches(plenum(12, 8))).isFalse();
    assertThat(eighth.matches(plenum(13, 7))).isFalse();
    assertThat(eighth.matches(congress(13))).isFalse();

    MeetingReference xiv = MeetingReference.congress(CC, 14);
    assertThat(xiv.label().map(LocalizedName::vi)).contains("Đại hội lần thứ XIV");
    assertThat(xiv.matches(congress(14))).isTrue();
    assertThat(xiv.matches(congress(13))).isFalse();
    assertThat(MeetingReference.congress(Id.of("party/dong-nai"), 14).matches(congress(14))).isFalse();
    assertThat(MeetingReference.builder().from(xiv).meeting(Id.of("cc/congress/other")).build()
        .matches(congress(14))).isFalse();

    Conference briefing = Conference.builder().id(Id.of("meeting/1")).kind(ConferenceKind.BRIEFING)
        .title(LocalizedName.of("Hội nghị giao ban")).organiser(Id.of("cc/organisation-commission"))
        .mode(AttendanceMode.IN_PERSON).time(MeetingTime.of(LocalDate.of(2019, 9, 30), PartOfDay.AFTERNOON)).build();
    MeetingReference conference = MeetingReference.conference(briefing.id());
    assertThat(conference.label()).isEmpty();
    assertThat(conference.matches(briefing)).isTrue();
    assertThat(MeetingReference.to(briefing).matches(briefing)).isTrue();
    assertThat(MeetingReference.to(plenum(13, 8))).isEqualTo(MeetingReference.builder().from(eighth)
        .meeting(Id.of("cc/term/13/plenum/8")).build());
    assertThat(MeetingReference.Kind.parse(" plenum ")).isEqualTo(MeetingReference.Kind.PLENUM);
  }

  @Test
  void rejectsAReferenceWithoutWhatItsKindIsKnownBy() {
    assertRejected(() -> MeetingReference.builder().kind(MeetingReference.Kind.CONFERENCE).build(),
        MeetingReference.SHAPE, "meeting", "a conference reference names no meeting id");
    assertRejected(() -> MeetingReference.builder().kind(MeetingReference.Kind.PLENUM).body(CC).ordinal(8).build(),
        MeetingReference.SHAPE, "term", "a plenum reference lacks a term");
    assertRejected(() -> MeetingReference.builder().kind(MeetingReference.Kind.CONGRESS).body(CC).ordinal(14)
        .term(14).build(), MeetingReference.SHAPE, "term", "a congress reference names a term");
    assertRejected(() -> MeetingReference.builder().kind(MeetingReference.Kind.CONGRESS).ordinal(14).build(),
        MeetingReference.SHAPE, "body", "a congress reference names no body");
    assertRejected(() -> MeetingReference.builder().kind(MeetingReference.Kind.CONFERENCE)
        .meeting(Id.of("meeting/1")).ordinal(1).build(), MeetingReference.SHAPE, "ordinal",
        "a conference reference names an ordinal");
    assertRejected(() -> MeetingReference.plenum(CC, 0, 8), MeetingReference.ORDINAL, "term",
        "term '0' is below 1");
    assertRejected(() -> MeetingReference.congress(CC, -1), MeetingReference.ORDINAL, "ordinal",
        "ordinal '-1' is below 1");
  }

  @Test
  void directionsAndAgendaItemsAreAboutMeetingsAndEventsWhoseTimeMayBeUnknownOrKnownInPart() {
    NamedEvent elections = NamedEvent.of(LocalizedName.of(
        "Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031"));
    assertThat(elections.within()).isEmpty();
    NamedEvent inAMonth = NamedEvent.builder().from(elections).within(ReportingPeriod.month(2026, 3)).build();
    assertThat(inAMonth.within().map(ReportingPeriod::toString)).contains("2026-03");

    Direction direction = Direction.builder().text(LocalizedName.of("Chuẩn bị tốt Đại hội XIV"))
        .addMeeting(MeetingReference.congress(CC, 14)).addEvent(elections).build();
    assertThat(direction.meetings()).containsExactly(MeetingReference.congress(CC, 14));
    assertRejected(() -> Direction.builder().from(direction).addMeeting(MeetingReference.congress(CC, 14)).build(),
        Meeting.DUPLICATE, "meetings[1]", "'" + MeetingReference.congress(CC, 14) + "' is used twice, first at "
            + "meetings[0]");
    assertRejected(() -> Direction.builder().from(direction).addEvent(elections).build(), Meeting.DUPLICATE,
        "events[1]", "'" + elections + "' is used twice, first at events[0]");
    AgendaItem item = AgendaItem.builder().title(LocalizedName.of("Quán triệt Nghị quyết Trung ương 8"))
        .addMeeting(MeetingReference.plenum(CC, 13, 8)).addEvent(elections)
        .build();
    assertThat(item.events()).containsExactly(elections);
    assertRejected(() -> AgendaItem.builder().from(item).addMeeting(MeetingReference.plenum(CC, 13, 8)).build(),
        Meeting.DUPLICATE, "meetings[1]", "'" + MeetingReference.plenum(CC, 13, 8) + "' is used twice, first at "
            + "meetings[0]");
  }
}
