package io.github.cpvmodel.testkit.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.meeting.AgendaItem;
import io.github.cpvmodel.meeting.AttendanceMode;
import io.github.cpvmodel.meeting.BridgePoint;
import io.github.cpvmodel.meeting.BridgePointCount;
import io.github.cpvmodel.meeting.Conference;
import io.github.cpvmodel.meeting.ConferenceKind;
import io.github.cpvmodel.meeting.Congress;
import io.github.cpvmodel.meeting.Direction;
import io.github.cpvmodel.meeting.ElectedBody;
import io.github.cpvmodel.meeting.Leader;
import io.github.cpvmodel.meeting.Meeting;
import io.github.cpvmodel.meeting.MeetingReference;
import io.github.cpvmodel.meeting.MeetingTime;
import io.github.cpvmodel.meeting.NamedEvent;
import io.github.cpvmodel.meeting.PartOfDay;
import io.github.cpvmodel.meeting.ParticipantRole;
import io.github.cpvmodel.meeting.Plenum;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.meeting.TermYears;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.reference.NationalCongresses;
import io.github.cpvmodel.testkit.contract.MutationsContract;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Property;
import java.util.List;
import java.util.Optional;
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
        NationalCongresses.class, MeetingReference.class, MeetingReference.Kind.class, BridgePointCount.class);
  }

  @Test
  void meetingReferencesMatchTheMeetingsTheyAreMadeFromAndCopyThroughTheirBuilder() {
    Property.forAll(MeetingGenerators.meetingReferences(), MeetingGenerators.congresses(),
        MeetingGenerators.plenums()).checkAssert((reference, congress, plenum) -> {
          assertThat(MeetingReference.builder().from(reference).build()).isEqualTo(reference);
          assertThat(MeetingReference.to(congress).matches(congress)).isTrue();
          assertThat(MeetingReference.to(plenum).matches(plenum)).isTrue();
          assertThat(MeetingReference.to(plenum).matches(congress)).isFalse();
          assertThat(MeetingReference.to(congress).label()).contains(congress.label());
          assertThat(MeetingReference.to(plenum).label()).contains(plenum.label());
          // A reference that claims no id matches every meeting that the claiming one does.
          MeetingReference unclaimed = MeetingReference.builder().from(MeetingReference.to(congress))
              .meeting(Optional.empty()).build();
          assertThat(unclaimed.matches(congress)).isTrue();
          assertThat(reference.label().isPresent()).isEqualTo(reference.kind() != MeetingReference.Kind.CONFERENCE);
        });
  }

  @Test
  void conferencesKeepTheirPeriodsCountsAndTheMeetingsAndEventsTheyAreAbout() {
    Property.forAll(MeetingGenerators.conferences()).checkAssert(c -> {
      assertThat(c.periods()).doesNotHaveDuplicates().isNotEmpty();
      assertThat(c.bridgePointCounts()).extracting(BridgePointCount::level).doesNotHaveDuplicates();
      c.bridgePointCounts().forEach(count -> assertThat(c.findBridgePointCount(count.level())).contains(count));
      if (!c.mode().hasBridgePoints()) {
        assertThat(c.bridgePointCounts()).isEmpty();
      }
      assertThat(c.coChairs()).allSatisfy(p -> assertThat(p.role()).isEqualTo(ParticipantRole.CO_CHAIR));
      c.directions().forEach(d -> assertThat(Direction.builder().from(d).build()).isEqualTo(d));
      c.agenda().forEach(a -> assertThat(AgendaItem.builder().from(a).build()).isEqualTo(a));
    });
    Property.forAll(MeetingGenerators.namedEvents()).checkAssert(e -> {
      assertThat(NamedEvent.builder().from(e).build()).isEqualTo(e);
      e.within().ifPresent(p -> assertThat(p.kind()).isIn(ReportingPeriod.Kind.YEAR, ReportingPeriod.Kind.MONTH,
          ReportingPeriod.Kind.RANGE));
    });
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
