package io.github.cpvmodel.testkit.meeting;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.meeting.AttendanceMode;
import io.github.cpvmodel.meeting.BridgePoint;
import io.github.cpvmodel.meeting.Conference;
import io.github.cpvmodel.meeting.ConferenceKind;
import io.github.cpvmodel.meeting.Congress;
import io.github.cpvmodel.meeting.Direction;
import io.github.cpvmodel.meeting.ElectedBody;
import io.github.cpvmodel.meeting.Leader;
import io.github.cpvmodel.meeting.MeetingTime;
import io.github.cpvmodel.meeting.PartOfDay;
import io.github.cpvmodel.meeting.Participant;
import io.github.cpvmodel.meeting.ParticipantRole;
import io.github.cpvmodel.meeting.Plenum;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.meeting.TermYears;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.PostSector;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.ValueKind;
import io.github.cpvmodel.progress.YesNo;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.reference.Province;
import io.github.cpvmodel.reference.Provinces;
import io.github.cpvmodel.testkit.Gen;
import io.github.cpvmodel.testkit.VocabularyGenerators;
import io.github.cpvmodel.testkit.person.PersonGenerators;
import io.github.cpvmodel.testkit.text.TextGenerators;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generators of meetings and datasets, valid by construction.
 *
 * <p>Single values ({@link #conferences()}, {@link #congresses()}, {@link #plenums()}, {@link #terms()}) refer to
 * bodies, people and posts by made-up ids, as a value on its own may. {@link #datasets()} builds a whole
 * {@link Dataset} on the built-in reference data: the Party bodies, the provinces existing on the day of the
 * conference and the Party documents issued by then, with people holding the posts named for them on that day.
 *
 * <pre>{@code
 * Property.forAll(MeetingGenerators.datasets()).check(d -> d.conferences().size() == 1);
 * Property.forAll(MeetingGenerators.meetingTimes()).check(t -> MeetingTime.parse(t.toString()).equals(t));
 * }</pre>
 */
public final class MeetingGenerators {
  /** The first day a generated dataset's conference is held: the 63 provinces begin on it. */
  public static final LocalDate EARLIEST = LocalDate.of(2008, 8, 1);

  /** The last day a generated dataset's conference is held. */
  public static final LocalDate LATEST = LocalDate.of(2029, 12, 31);

  private static final Id INDICATOR = Id.of("congress-preparation/plan-built");

  /** The posts a provincial congress's leaders take, in the order a record lists them. */
  private static final ImmutableList<PostRole> LEADING_ROLES =
      ImmutableList.of(PostRole.SECRETARY, PostRole.STANDING_DEPUTY_SECRETARY, PostRole.DEPUTY_SECRETARY);

  private MeetingGenerators() {}

  /**
   * Meeting times of every precision between {@link VocabularyGenerators#EARLIEST} and
   * {@link VocabularyGenerators#LATEST}.
   *
   * @return the generator
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
   * Conferences with made-up ids: any kind and mode, a chair, bridge points when online or hybrid (at most one
   * central), directions due after the conference.
   *
   * @return the generator
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
          .period(ReportingPeriod.firstMonths(time.firstDay().getYear(), time.firstDay().getMonthValue()));
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
        conference.addDirection(Direction.builder()
            .text(LocalizedName.of("Tập trung rà soát những nhiệm vụ còn lại"))
            .addAddressee(Id.of("body/organiser"))
            .deadline(time.lastDay().plusDays(Gen.ints(0, 120).generate(random)))
            .build());
      }
      return conference.build();
    };
  }

  /**
   * Leaders of made-up people in made-up posts: elected, appointed (always with a decision) or assigned (sometimes
   * with one).
   *
   * @return the generator
   */
  public static Gen<Leader> leaders() {
    return random -> leader(Id.of("person/p-" + random.nextLong(1_000_000)),
        Id.of("party/p/committee/post-" + random.nextLong(1_000)), random);
  }

  /** A leader of {@code person} in {@code post} on a random basis, with a decision whenever appointed. */
  private static Leader leader(Id person, Id post, RandomGenerator random) {
    TenureBasis basis = Gen.elements(TenureBasis.ELECTED, TenureBasis.APPOINTED, TenureBasis.ASSIGNED)
        .generate(random);
    return basis == TenureBasis.APPOINTED || Gen.booleans().generate(random)
        ? Leader.of(person, post, basis, DocumentReference.of(DocumentType.DECISION, Gen.ints(1, 9999)
            .generate(random)))
        : Leader.of(person, post, basis);
  }

  /**
   * Congresses of made-up bodies, with term years, delegates, an elected committee and up to three of its leaders
   * (secretary, standing deputy secretary, deputy secretary).
   *
   * @return the generator
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
        congress.addLeaders(leader(Id.of("person/leader").child(post), post, random));
      }
      return congress.build();
    };
  }

  /**
   * Plenums of the Central Committee.
   *
   * @return the generator
   */
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

  /**
   * Terms of made-up committees, some open-ended.
   *
   * @return the generator
   */
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

  /**
   * Whole datasets whose references all resolve: the built-in Party bodies and documents; a conference of a
   * central body on a day between {@link #EARLIEST} and {@link #LATEST}, with a chair, a central bridge point and
   * bridge points in provinces that existed that day, each co-chaired by the secretary of its provincial Party
   * committee; the people and posts named, with tenures that hold that day; citations of documents issued by then;
   * one observation per provincial Party organisation of the conference; and a congress that day of the Party
   * organisation of another province, whose leaders hold their posts that day on their basis.
   *
   * @return the generator
   */
  public static Gen<Dataset> datasets() {
    return random -> {
      LocalDate day = Gen.dates(EARLIEST, LATEST).generate(random);
      Dataset.Builder dataset = Dataset.builder()
          .addAllBodies(PartyBodies.all())
          .addAllDocuments(PartyDocuments.registry().documents())
          .addAllRelations(PartyDocuments.registry().relations())
          .addIndicators(Indicator.of(INDICATOR, LocalizedName.of("Đã xây dựng kế hoạch"),
              LocalizedName.of("Đảng bộ đã xây dựng kế hoạch triển khai nhiệm vụ"), ValueKind.YES_NO));
      Body organiser = Gen.elements(PartyBodies.central().stream().filter(b -> b.existsOn(day))
          .collect(ImmutableList.toImmutableList())).generate(random);
      Conference.Builder conference = Conference.builder()
          .id(organiser.id().child("meeting/" + day))
          .kind(Gen.elements(ConferenceKind.values()).generate(random))
          .title(LocalizedName.of(TextGenerators.meetingTitles().generate(random)))
          .organiser(organiser.id())
          .mode(Gen.elements(AttendanceMode.ONLINE, AttendanceMode.HYBRID).generate(random))
          .time(meetingTimesOn(day).generate(random))
          .period(ReportingPeriod.firstMonths(day.getYear(), day.getMonthValue()))
          .addParticipant(staff(dataset, organiser, PostRole.HEAD, ParticipantRole.CHAIR, day, random))
          .addBridgePoint(BridgePoint.builder().central(true).body(organiser.id()).build());
      List<Province> provinces = new ArrayList<>(Provinces.on(day));
      int points = Gen.ints(1, 5).generate(random);
      for (int i = 0; i < points; i++) {
        Province province = provinces.remove((int) random.nextLong(provinces.size()));
        Body committee = PartyBodies.committeeOf(province);
        conference.addBridgePoint(BridgePoint.builder()
            .province(province.id())
            .body(committee.id())
            .addParticipant(staff(dataset, committee, PostRole.SECRETARY, ParticipantRole.CO_CHAIR, day, random))
            .build());
        dataset.addObservations(Observation.of(INDICATOR, PartyBodies.organisationOf(province).id(),
            ReportingPeriod.firstMonths(day.getYear(), day.getMonthValue()), YesNo.of(Gen.booleans().generate(random)),
            Gen.elements(ObservationStatus.values()).generate(random)));
      }
      DocumentRegistry documents = PartyDocuments.registry();
      // A dataset resolves citations on the conference's last day; a number that means two documents by then
      // (35-CT/TW of 2019 and of 2024) is cited with its date of issue.
      LocalDate citedOn = conference.build().time().lastDay();
      for (Document document : documents.documents()) {
        DocumentReference reference = DocumentReference.of(document.type(), document.number());
        if (!document.issued().isAfter(day) && Gen.booleans().generate(random)) {
          boolean unambiguous = documents.resolve(reference, citedOn).document().equals(Optional.of(document));
          conference.addCitedDocument(unambiguous ? reference : reference.withIssued(document.issued()));
        }
      }
      dataset.addMeetings(conference.build());
      Province held = provinces.remove((int) random.nextLong(provinces.size()));
      return dataset.addMeetings(provincialCongress(dataset, held, day, random)).build();
    };
  }

  /**
   * A one-day congress of the Party organisation of {@code province} on {@code day}, electing its committee, with
   * new people as its leaders, each holding the post that day on the leader's basis.
   */
  private static Congress provincialCongress(Dataset.Builder dataset, Province province, LocalDate day,
      RandomGenerator random) {
    Body organisation = PartyBodies.organisationOf(province);
    Body committee = PartyBodies.committeeOf(province);
    Congress.Builder congress = Congress.builder()
        .id(organisation.id().child("congress/" + day.getYear()))
        .body(organisation.id())
        .ordinal(Gen.ints(1, 20).generate(random))
        .termYears(TermYears.of(day.getYear(), day.getYear() + 5))
        .time(MeetingTime.of(day, day))
        .addElected(ElectedBody.of(committee.id(), Gen.ints(15, 80).generate(random)));
    int leaders = Gen.ints(1, LEADING_ROLES.size()).generate(random);
    for (int i = 0; i < leaders; i++) {
      PostRole role = LEADING_ROLES.get(i);
      Post post = Post.of(committee.id().child(role.code()), committee.id(), PostSector.PARTY, role,
          LocalizedName.of(role.label().vi() + " " + committee.name().vi()));
      Person person = Person.of(Id.of("person/leader").child(post.id()), PersonGenerators.names().generate(random));
      Leader leader = leader(person.id(), post.id(), random);
      dataset.addPeople(person).addPosts(post).addTenures(leader.toTenure(Validity.onlyOn(day)));
      congress.addLeaders(leader);
    }
    return congress.build();
  }

  /** A new person holding the post of {@code role} in {@code body} on {@code day}, added to the dataset. */
  private static Participant staff(Dataset.Builder dataset, Body body, PostRole role, ParticipantRole as,
      LocalDate day, RandomGenerator random) {
    Person person = Person.of(Id.of("person/holder").child(body.id()), PersonGenerators.names().generate(random));
    Post post = Post.of(body.id().child(role.code()), body.id(), PostSector.PARTY, role,
        LocalizedName.of(role.label().vi() + " " + body.name().vi()));
    dataset.addPeople(person).addPosts(post)
        .addTenures(Tenure.of(person.id(), post.id(), Validity.onlyOn(day), TenureBasis.UNKNOWN));
    return Participant.of(person.id(), as, ImmutableList.of(post.id()));
  }
}
