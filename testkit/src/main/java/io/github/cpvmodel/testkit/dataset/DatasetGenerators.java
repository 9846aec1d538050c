package io.github.cpvmodel.testkit.dataset;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRegistry;
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
import io.github.cpvmodel.meeting.Participant;
import io.github.cpvmodel.meeting.ParticipantRole;
import io.github.cpvmodel.meeting.TermYears;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
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
import io.github.cpvmodel.testkit.meeting.MeetingGenerators;
import io.github.cpvmodel.testkit.person.PersonGenerators;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.text.TextGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generators of whole {@link Dataset datasets} on the built-in reference data whose references all resolve.
 *
 * <pre>{@code
 * Property.forAll(DatasetGenerators.datasets()).withTries(10).check(d -> d.conferences().size() == 1);
 * }</pre>
 */
public final class DatasetGenerators {
  /** The first day a generated dataset's conference is held: the 63 provinces begin on it. */
  public static final LocalDate EARLIEST = LocalDate.of(2008, 8, 1);

  /** The last day a generated dataset's conference is held. */
  public static final LocalDate LATEST = LocalDate.of(2029, 12, 31);

  private static final Id INDICATOR = Id.of("congress-preparation/plan-built");

  private DatasetGenerators() {}

  /**
   * Whole datasets whose references all resolve: the built-in Party bodies and documents; a conference of a central
   * body on a day between {@link #EARLIEST} and {@link #LATEST}, with a chair, a central bridge point and bridge
   * points in provinces that existed that day, each co-chaired by the secretary of its provincial Party committee;
   * the people and posts named, with tenures that hold that day; citations of documents issued by then; one
   * observation per provincial Party organisation of the conference; counts of its bridge points by level that
   * cover those listed; and a congress that day of the Party organisation of another province, whose leaders hold
   * their posts that day on their basis and which a direction of the conference refers to, with the next congress
   * of that organisation, which the dataset does not hold.
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
          .time(MeetingGenerators.meetingTimesOn(day).generate(random))
          .addPeriod(ReportingPeriod.firstMonths(day.getYear(), day.getMonthValue()))
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
        // An unnumbered document (the Charter, the Platform) is cited by its type.
        DocumentReference reference = document.number().map(n -> DocumentReference.of(document.type(), n))
            .orElseGet(() -> DocumentReference.builder().type(document.type()).build());
        if (!document.issued().isAfter(day) && Gen.booleans().generate(random)) {
          boolean unambiguous = documents.resolve(reference, citedOn).document().equals(Optional.of(document));
          if (unambiguous || document.issued().isExact()) {
            conference.addCitedDocument(unambiguous ? reference : reference.withIssued(document.issued()));
          }
        }
      }
      // The counts by level cover the bridge points listed: the central one and those of the provincial committees,
      // with room for one more at the provincial level, so that a mutation adding a bridge point in a province
      // breaks only the rule it means to.
      conference.addBridgePointCounts(BridgePointCount.of(BodyLevel.CENTRAL, 1),
          BridgePointCount.of(BodyLevel.PROVINCIAL, points + Gen.ints(1, provinces.size()).generate(random)));
      if (Gen.booleans().generate(random)) {
        conference.addBridgePointCounts(BridgePointCount.of(BodyLevel.GRASSROOTS, Gen.ints(1, 4000).generate(random)));
      }
      Province held = provinces.remove((int) random.nextLong(provinces.size()));
      Congress congress = provincialCongress(dataset, held, day, random);
      // A direction about the congress, which the dataset holds, and about the next one, which it does not.
      conference.addDirection(Direction.builder().text(LocalizedName.of("Tổ chức thành công đại hội"))
          .addMeetings(MeetingReference.to(congress), MeetingReference.congress(congress.body(), congress.ordinal() + 1))
          .build());
      return dataset.addMeetings(conference.build(), congress).build();
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
    // An organisation that began anew in a merger numbers its congresses from I, at most one a year.
    int highest = PartyBodies.history().beginningOf(organisation.id())
        .filter(c -> c.kind() == BodyChange.Kind.MERGED || c.kind() == BodyChange.Kind.ESTABLISHED)
        .map(c -> Math.min(20, 1 + day.getYear() - c.date().getYear())).orElse(20);
    Congress.Builder congress = Congress.builder()
        .id(organisation.id().child("congress/" + day.getYear()))
        .body(organisation.id())
        .ordinal(Gen.ints(1, highest).generate(random))
        .termYears(TermYears.of(day.getYear(), day.getYear() + 5))
        .time(MeetingTime.of(day, day))
        .addElected(ElectedBody.of(committee.id(), Gen.ints(15, 80).generate(random)));
    int leaders = Gen.ints(1, MeetingGenerators.LEADING_ROLES.size()).generate(random);
    for (int i = 0; i < leaders; i++) {
      PostRole role = MeetingGenerators.LEADING_ROLES.get(i);
      Post post = PersonGenerators.post(committee, role);
      Person person = Person.of(Id.of("person/leader").child(post.id()), PersonGenerators.names().generate(random));
      Leader leader = MeetingGenerators.leaders(person.id(), post.id()).generate(random);
      dataset.addPeople(person).addPosts(post).addTenures(leader.toTenure(Validity.onlyOn(day)));
      congress.addLeaders(leader);
    }
    return congress.build();
  }

  /** A new person holding the post of {@code role} in {@code body} on {@code day}, added to the dataset. */
  private static Participant staff(Dataset.Builder dataset, Body body, PostRole role, ParticipantRole as,
      LocalDate day, RandomGenerator random) {
    Person person = Person.of(Id.of("person/holder").child(body.id()), PersonGenerators.names().generate(random));
    Post post = PersonGenerators.post(body, role);
    dataset.addPeople(person).addPosts(post)
        .addTenures(Tenure.of(person.id(), post.id(), Validity.onlyOn(day), TenureBasis.UNKNOWN));
    return Participant.of(person.id(), as, ImmutableList.of(post.id()));
  }
}
