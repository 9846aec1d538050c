package io.github.cpvmodel.testkit.meeting;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.body.BodyLevel;
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
import io.github.cpvmodel.meeting.MeetingReference;
import io.github.cpvmodel.meeting.MeetingTime;
import io.github.cpvmodel.meeting.NamedEvent;
import io.github.cpvmodel.meeting.PartOfDay;
import io.github.cpvmodel.meeting.Participant;
import io.github.cpvmodel.meeting.ParticipantRole;
import io.github.cpvmodel.meeting.Plenum;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.meeting.TermYears;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.VocabularyGenerators;
import io.github.cpvmodel.testkit.text.TextGenerators;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generators of meetings, valid by construction. They refer to bodies, people and posts by made-up ids, as a
 * value on its own may; whole datasets on the built-in reference data come from
 * {@link io.github.cpvmodel.testkit.dataset.DatasetGenerators}.
 *
 * <pre>{@code
 * Property.forAll(MeetingGenerators.meetingTimes()).check(t -> MeetingTime.parse(t.toString()).equals(t));
 * }</pre>
 */
public final class MeetingGenerators {
  /** The posts a congress elects leaders to, in the order a record lists them. */
  public static final ImmutableList<PostRole> LEADING_ROLES =
      ImmutableList.of(PostRole.SECRETARY, PostRole.STANDING_DEPUTY_SECRETARY, PostRole.DEPUTY_SECRETARY);

  private MeetingGenerators() {}

  /** {@return a generator of meeting times of every precision between {@link VocabularyGenerators#EARLIEST} and
   * {@link VocabularyGenerators#LATEST}}
   */
  public static Gen<MeetingTime> meetingTimes() {
    return VocabularyGenerators.dates().flatMap(MeetingGenerators::meetingTimesOn);
  }

  /**
   * Meeting times beginning on a day: a part of it, a few whole days, or exact times to the minute.
   *
   * @param day the first day
   * @return the generator
   */
  public static Gen<MeetingTime> meetingTimesOn(LocalDate day) {
    return Gen.oneOf(
        Gen.elements(PartOfDay.values()).map(part -> MeetingTime.of(day, part)),
        Gen.ints(0, 9).map(days -> MeetingTime.of(day, day.plusDays(days))),
        Gen.ints(6 * 60, 20 * 60).flatMap(start -> Gen.ints(15, 600).map(minutes -> {
          ZonedDateTime from = day.atTime(LocalTime.MIDNIGHT.plusMinutes(start)).atZone(MeetingTime.ZONE);
          return MeetingTime.of(from, from.plusMinutes(minutes));
        })));
  }

  /**
   * Participants with made-up ids of a person and up to three posts.
   *
   * @param role the role
   * @return the generator
   */
  public static Gen<Participant> participants(ParticipantRole role) {
    return random -> {
      int n = (int) random.nextLong(1_000_000);
      int posts = Gen.ints(0, 3).generate(random);
      List<Id> ids = new ArrayList<>();
      for (int i = 0; i < posts; i++) {
        ids.add(Id.of("body/b-" + n + "/post-" + i));
      }
      return Participant.of(Id.of("person/p-" + n), role, ids);
    };
  }

  /**
   * References to meetings of made-up bodies: congresses, plenums and conferences, some claiming a made-up id.
   *
   * @return the generator
   */
  public static Gen<MeetingReference> meetingReferences() {
    return random -> {
      Id body = Id.of("party/p-" + random.nextLong(1_000));
      int ordinal = Gen.ints(1, 20).generate(random);
      MeetingReference.Kind kind = Gen.elements(MeetingReference.Kind.values()).generate(random);
      MeetingReference reference = kind == MeetingReference.Kind.CONGRESS ? MeetingReference.congress(body, ordinal)
          : kind == MeetingReference.Kind.PLENUM
              ? MeetingReference.plenum(body, Gen.ints(1, 20).generate(random), ordinal)
              : MeetingReference.conference(Id.of("meeting/m-" + random.nextLong(1_000_000)));
      return kind != MeetingReference.Kind.CONFERENCE && Gen.booleans().generate(random)
          ? MeetingReference.builder().from(reference).meeting(body.child("meeting/" + ordinal)).build()
          : reference;
    };
  }

  /**
   * Named events, their time unknown, known to the year or month, or known to the day.
   *
   * @return the generator
   */
  public static Gen<NamedEvent> namedEvents() {
    Gen<NamedEvent> names = Gen.elements(
        "Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031",
        "Kỷ niệm 95 năm Ngày thành lập Đảng", "Tổng điều tra dân số").map(n -> NamedEvent.of(LocalizedName.of(n)));
    return names.flatMap(event -> Gen.oneOf(
        Gen.constant(event),
        Gen.ints(1930, 2050).map(y -> NamedEvent.builder().from(event).within(ReportingPeriod.year(y)).build()),
        VocabularyGenerators.dates().map(d -> NamedEvent.builder().from(event)
            .within(ReportingPeriod.month(d.getYear(), d.getMonthValue())).build()),
        VocabularyGenerators.dates().map(d -> NamedEvent.builder().from(event)
            .within(ReportingPeriod.closed(d, d)).build())));
  }

  /**
   * Counts of bridge points at one to three distinct levels.
   *
   * @return the generator of lists of counts, each level at most once
   */
  public static Gen<List<BridgePointCount>> bridgePointCounts() {
    return random -> {
      List<BodyLevel> levels = new ArrayList<>(List.of(BodyLevel.values()));
      List<BridgePointCount> counts = new ArrayList<>();
      int n = Gen.ints(1, 3).generate(random);
      for (int i = 0; i < n; i++) {
        BodyLevel level = levels.remove((int) random.nextLong(levels.size()));
        counts.add(BridgePointCount.of(level, Gen.ints(1, 4000).generate(random)));
      }
      return counts;
    };
  }

  /** {@return a generator of conferences with made-up ids: any kind and mode, a chair, bridge points when online or
   * hybrid (at most one central) and sometimes their counts by level, one or two periods under review, an agenda
   * item with its own period, meetings and events, directions due after the conference about meetings and events}
   */
  public static Gen<Conference> conferences() {
    return random -> {
      MeetingTime time = meetingTimes().generate(random);
      AttendanceMode mode = Gen.elements(AttendanceMode.values()).generate(random);
      Conference.Builder conference = Conference.builder()
          .id(Id.of("meeting/m-" + random.nextLong(1_000_000)))
          .kind(Gen.elements(ConferenceKind.values()).generate(random))
          .title(LocalizedName.of(TextGenerators.meetingTitles().generate(random)))
          .organiser(Id.of("body/organiser"))
          .mode(mode)
          .time(time)
          .addParticipant(participants(ParticipantRole.CHAIR).generate(random))
          .addPeriod(ReportingPeriod.firstMonths(time.firstDay().getYear(), time.firstDay().getMonthValue()));
      int year = time.firstDay().getYear();
      if (year > 1 && Gen.booleans().generate(random)) {
        conference.addPeriod(ReportingPeriod.years(Math.max(1, year - Gen.ints(1, 10).generate(random)), year - 1));
      }
      if (Gen.booleans().generate(random)) {
        AgendaItem.Builder item = AgendaItem.builder().title(LocalizedName.of("Báo cáo tổng kết"))
            .addPeriod(ReportingPeriod.year(year));
        distinct(meetingReferences(), random).forEach(item::addMeeting);
        distinct(namedEvents(), random).forEach(item::addEvent);
        conference.addAgenda(item.build());
      }
      if (mode.hasBridgePoints() && Gen.booleans().generate(random)) {
        conference.addAllBridgePointCounts(bridgePointCounts().generate(random));
      }
      if (mode.hasBridgePoints()) {
        int points = Gen.ints(0, 5).generate(random);
        for (int i = 0; i < points; i++) {
          BridgePoint.Builder point = BridgePoint.builder().central(i == 0).body(Id.of("body/site-" + i));
          int coChairs = Gen.ints(0, 2).generate(random);
          for (int j = 0; j < coChairs; j++) {
            point.addParticipant(Participant.of(Id.of("person/site-" + i + "-" + j), ParticipantRole.CO_CHAIR,
                ImmutableList.of(Id.of("body/site-" + i + "/post-" + j))));
          }
          if (Gen.booleans().generate(random)) {
            point.attendance(Gen.ints(1, 500).generate(random));
          }
          conference.addBridgePoint(point.build());
        }
      }
      if (Gen.booleans().generate(random)) {
        Direction.Builder direction = Direction.builder()
            .text(LocalizedName.of("Tập trung rà soát những nhiệm vụ còn lại"))
            .addAddressee(Id.of("body/organiser"))
            .deadline(time.lastDay().plusDays(Gen.ints(0, 120).generate(random)));
        distinct(meetingReferences(), random).forEach(direction::addMeeting);
        distinct(namedEvents(), random).forEach(direction::addEvent);
        conference.addDirection(direction.build());
      }
      return conference.build();
    };
  }

  /** Up to two distinct values of {@code gen}. */
  private static <T> List<T> distinct(Gen<T> gen, RandomGenerator random) {
    int n = Gen.ints(0, 2).generate(random);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      T value = gen.generate(random);
      if (!values.contains(value)) {
        values.add(value);
      }
    }
    return values;
  }

  /** {@return a generator of leaders of made-up people in made-up posts: elected, appointed (always with a
   * decision) or assigned (sometimes with one)}
   */
  public static Gen<Leader> leaders() {
    return random -> leaders(Id.of("person/p-" + random.nextLong(1_000_000)),
        Id.of("party/p/committee/post-" + random.nextLong(1_000))).generate(random);
  }

  /**
   * Leaders of {@code person} in {@code post}: elected, appointed (always with a decision) or assigned (sometimes
   * with one).
   *
   * @param person the person
   * @param post the post
   * @return the generator
   */
  public static Gen<Leader> leaders(Id person, Id post) {
    return random -> {
      TenureBasis basis = Gen.elements(TenureBasis.ELECTED, TenureBasis.APPOINTED, TenureBasis.ASSIGNED)
          .generate(random);
      return basis == TenureBasis.APPOINTED || Gen.booleans().generate(random)
          ? Leader.of(person, post, basis, DocumentReference.of(DocumentType.DECISION, Gen.ints(1, 9999)
              .generate(random)))
          : Leader.of(person, post, basis);
    };
  }

  /** {@return a generator of congresses of made-up bodies, with term years, delegates, an elected committee and up
   * to three of its leaders (secretary, standing deputy secretary, deputy secretary)}
   */
  public static Gen<Congress> congresses() {
    return random -> {
      LocalDate first = Gen.dates(LocalDate.of(1935, 1, 1), LocalDate.of(2090, 1, 1)).generate(random);
      int ordinal = Gen.ints(1, 30).generate(random);
      Id committee = Id.of("party/p-" + ordinal + "/committee");
      Congress.Builder congress = Congress.builder()
          .id(Id.of("party/p-" + ordinal + "/congress/" + ordinal))
          .body(Id.of("party/p-" + ordinal))
          .ordinal(ordinal)
          .termYears(TermYears.of(first.getYear(), first.getYear() + 5))
          .time(MeetingTime.of(first, first.plusDays(Gen.ints(0, 8).generate(random))))
          .delegates(Gen.ints(1, 1600).generate(random))
          .addElected(ElectedBody.of(committee, Gen.ints(1, 200).generate(random)));
      int leaders = Gen.ints(0, LEADING_ROLES.size()).generate(random);
      for (int i = 0; i < leaders; i++) {
        Id post = committee.child(LEADING_ROLES.get(i).code());
        congress.addLeaders(leaders(Id.of("person/leader").child(post), post).generate(random));
      }
      return congress.build();
    };
  }

  /** {@return a generator of plenums of the Central Committee} */
  public static Gen<Plenum> plenums() {
    return random -> {
      int term = Gen.ints(1, 20).generate(random);
      int ordinal = Gen.ints(1, 20).generate(random);
      return Plenum.builder()
          .id(Id.of("cc/term/" + term + "/plenum/" + ordinal))
          .body(PartyBodies.CENTRAL_COMMITTEE)
          .term(term)
          .ordinal(ordinal)
          .time(meetingTimes().generate(random))
          .build();
    };
  }

  /** {@return a generator of terms of made-up committees, some open-ended} */
  public static Gen<Term> terms() {
    return random -> {
      int number = Gen.ints(1, 20).generate(random);
      LocalDate start = VocabularyGenerators.dates().generate(random);
      return Term.builder()
          .id(Id.of("party/p/committee/term/" + number))
          .body(Id.of("party/p/committee"))
          .number(number)
          .validity(Gen.booleans().generate(random) ? Validity.startingOn(start)
              : Validity.closed(start, start.plusYears(5)))
          .build();
    };
  }
}
