package io.github.cpvmodel.testkit.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.meeting.AgendaItem;
import io.github.cpvmodel.meeting.AttendanceMode;
import io.github.cpvmodel.meeting.BridgePoint;
import io.github.cpvmodel.meeting.Conference;
import io.github.cpvmodel.meeting.ConferenceKind;
import io.github.cpvmodel.meeting.Congress;
import io.github.cpvmodel.meeting.Direction;
import io.github.cpvmodel.meeting.ElectedBody;
import io.github.cpvmodel.meeting.Leader;
import io.github.cpvmodel.meeting.Meeting;
import io.github.cpvmodel.meeting.MeetingTime;
import io.github.cpvmodel.meeting.PartOfDay;
import io.github.cpvmodel.meeting.ParticipantRole;
import io.github.cpvmodel.meeting.Plenum;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.meeting.TermYears;
import io.github.cpvmodel.reference.NationalCongresses;
import io.github.cpvmodel.testkit.contract.MutationsContract;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of meetings over the generators, and the rejection of every mutation. */
class MeetingPropertiesTest extends MutationsContract {
  @Test
  void meetingTimesRoundTripThroughTheirTextAndLieOnTheirDays() {
    Property.forAll(MeetingGenerators.meetingTimes()).checkAssert(t -> {
      assertThat(MeetingTime.parse(t.toString())).isEqualTo(t);
      assertThat(t.start().getZone()).isEqualTo(MeetingTime.ZONE);
      assertThat(t.dates().contains(t.firstDay())).isTrue();
      assertThat(t.lastDay()).isAfterOrEqualTo(t.firstDay());
    });
  }

  MeetingPropertiesTest() {
    super(100, MeetingTime.class, PartOfDay.class, ConferenceKind.class, AttendanceMode.class,
        ParticipantRole.class, Meeting.class, BridgePoint.class, Conference.class, Direction.class, AgendaItem.class,
        TermYears.class, ElectedBody.class, Leader.class, Congress.class, Term.class, Plenum.class,
        NationalCongresses.class);
  }

  @Test
  void termYearsRoundTripThroughTheirText() {
    Property.forAll(Gen.ints(1930, 9000), Gen.ints(1, 10))
        .checkAssert((first, span) -> assertThat(TermYears.parse(TermYears.of(first, first + span).toString()))
            .isEqualTo(TermYears.of(first, first + span)));
  }

  @Test
  void conferencesCopyThroughTheirBuilder() {
    Property.forAll(MeetingGenerators.conferences()).checkAssert(c -> {
      assertThat(Conference.builder().from(c).build()).isEqualTo(c);
    });
  }

  @Test
  void congressesPlenumsAndTermsCopyThroughTheirBuilders() {
    Property.forAll(MeetingGenerators.congresses(), MeetingGenerators.plenums(), MeetingGenerators.terms())
        .checkAssert((congress, plenum, term) -> {
          assertThat(Congress.builder().from(congress).build()).isEqualTo(congress);
          assertThat(congress.leaders()).allSatisfy(l -> assertThat(l.post().toString())
              .startsWith(congress.elected().get(0).body() + "/"));
          assertThat(congress.label().vi()).endsWith(" " + congress.numeral());
          assertThat(Plenum.builder().from(plenum).build()).isEqualTo(plenum);
          assertThat(plenum.label().vi()).isEqualTo("Hội nghị lần thứ " + plenum.ordinal() + " khóa "
              + plenum.termNumeral());
          assertThat(Term.builder().from(term).build()).isEqualTo(term);
        });
  }

  @Override
  protected List<Mutation> mutations() {
    return MeetingMutations.all();
  }
}
