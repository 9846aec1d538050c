package io.github.cpvmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.body.ParentLink;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.DocumentRelation;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.ForceStatus;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.document.Occasion;
import io.github.cpvmodel.document.RelationKind;
import io.github.cpvmodel.document.Termination;
import io.github.cpvmodel.document.TerminationKind;
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
import io.github.cpvmodel.meeting.Participant;
import io.github.cpvmodel.meeting.ParticipantRole;
import io.github.cpvmodel.meeting.Plenum;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.meeting.TermYears;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.PostSector;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.TaskStatus;
import io.github.cpvmodel.reference.NationalCongresses;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.testkit.VocabularyGenerators;
import io.github.cpvmodel.testkit.body.BodyGenerators;
import io.github.cpvmodel.testkit.dataset.DatasetGenerators;
import io.github.cpvmodel.testkit.document.DocumentGenerators;
import io.github.cpvmodel.testkit.meeting.MeetingGenerators;
import io.github.cpvmodel.testkit.person.PersonGenerators;
import io.github.cpvmodel.testkit.progress.ProgressGenerators;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Property;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripTest {
  private static final CpvJson JSON = CpvJson.standard();

  private static final ObjectMapper SNAKE = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .registerModule(new CpvModelModule());

  private static <T> void roundTrips(Gen<T> gen, Class<? super T> type) {
    Property.forAll(gen).checkAssert(value -> roundTrip(value, type));
  }

  private static void roundTrip(Object value, Class<?> type) {
    byte[] bytes = JSON.write(value);
    Object back = JSON.read(type, bytes);
    assertThat(back).isEqualTo(value);
    assertThat(JSON.write(back)).as("canonical bytes").isEqualTo(bytes);
    try {
      assertThat(SNAKE.writeValueAsBytes(value)).as("the mapper's bytes").isEqualTo(bytes);
      assertThat(SNAKE.readValue(bytes, type)).isEqualTo(value);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Round-trips every element of the generated lists (for values a generator makes only in a whole). */
  private static <T> void roundTripsAll(Gen<? extends java.util.List<T>> gen, Class<? super T> type) {
    Property.forAll(gen).checkAssert(values -> values.forEach(value -> roundTrip(value, type)));
  }

  @Test
  void vocabularyReadsBackWhatItWrote() {
    roundTrips(VocabularyGenerators.ids(), io.github.cpvmodel.Id.class);
    roundTrips(VocabularyGenerators.validities(), io.github.cpvmodel.Validity.class);
    roundTrips(VocabularyGenerators.localizedNames(), io.github.cpvmodel.LocalizedName.class);
    roundTrips(VocabularyGenerators.sources(), io.github.cpvmodel.Source.class);
  }

  @Test
  void progressReadsBackWhatItWrote() {
    roundTrips(ProgressGenerators.reportingPeriods(), io.github.cpvmodel.progress.ReportingPeriod.class);
    roundTrips(ProgressGenerators.observedValues(), io.github.cpvmodel.progress.ObservedValue.class);
    roundTrips(ProgressGenerators.indicators(), io.github.cpvmodel.progress.Indicator.class);
    roundTrips(ProgressGenerators.indicators().flatMap(ProgressGenerators::observations),
        io.github.cpvmodel.progress.Observation.class);
  }

  @Test
  void targetsAndTasksReadBackWhatTheyWrote() {
    roundTrips(ProgressGenerators.indicators().flatMap(ProgressGenerators::targets),
        io.github.cpvmodel.progress.Target.class);
    roundTrips(Gen.elements(TaskStatus.values()), TaskStatus.class);
    roundTrips(ProgressGenerators.tasks(), io.github.cpvmodel.progress.Task.class);
    roundTrips(ProgressGenerators.taskGroups(), io.github.cpvmodel.progress.TaskGroup.class);
  }

  @Test
  void bodiesReadBackWhatTheyWrote() {
    roundTrips(Gen.elements(BodyKind.values()), BodyKind.class);
    roundTrips(Gen.elements(BodyLevel.values()), BodyLevel.class);
    roundTrips(Gen.elements(BodyChange.Kind.values()), BodyChange.Kind.class);
    roundTrips(BodyGenerators.ids().flatMap(parent -> BodyGenerators.validities()
        .map(days -> ParentLink.of(parent, days))), ParentLink.class);
    roundTrips(BodyGenerators.bodies(), io.github.cpvmodel.body.Body.class);
    roundTrips(BodyGenerators.changes(), BodyChange.class);
    roundTrips(BodyGenerators.changes().flatMap(change -> DocumentGenerators.references()
        .map(decision -> BodyChange.builder().from(change).decision(decision).note("Theo Quyết định").build())),
        BodyChange.class);
  }

  @Test
  void peopleReadBackWhatTheyWrote() {
    roundTrips(Gen.elements(PostRole.values()), PostRole.class);
    roundTrips(Gen.elements(PostSector.values()), PostSector.class);
    roundTrips(Gen.elements(TenureBasis.values()), TenureBasis.class);
    roundTrips(PersonGenerators.people(), io.github.cpvmodel.person.Person.class);
    roundTrips(BodyGenerators.bodies().flatMap(PersonGenerators::postsIn), Post.class);
    roundTrips(BodyGenerators.bodies().flatMap(PersonGenerators::postsIn)
        .map(post -> Post.builder().from(post).isSingleHolder(!post.isSingleHolder()).build()), Post.class);
    roundTripsAll(PersonGenerators.staffed().map(s -> s.personnel().tenures()), Tenure.class);
    roundTripsAll(PersonGenerators.staffed().flatMap(s -> DocumentGenerators.references()
        .map(decision -> s.personnel().tenures().stream().map(t -> t.withDecision(decision))
            .collect(com.google.common.collect.ImmutableList.toImmutableList()))), Tenure.class);
  }

  private static final Gen<Document> ANY_DOCUMENT = Gen.oneOf(DocumentGenerators.documents(),
      DocumentGenerators.centralDocuments(), DocumentGenerators.unnumberedDocuments());

  @Test
  void documentsReadBackWhatTheyWrote() {
    roundTrips(Gen.elements(DocumentType.values()), DocumentType.class);
    roundTrips(Gen.elements(ForceStatus.values()), ForceStatus.class);
    roundTrips(Gen.elements(TerminationKind.values()), TerminationKind.class);
    roundTrips(Gen.elements(RelationKind.values()), RelationKind.class);
    roundTrips(DocumentGenerators.numbers(), DocumentNumber.class);
    roundTrips(DocumentGenerators.numbers().flatMap(DocumentGenerators::writtenForms).map(DocumentNumber::parse),
        DocumentNumber.class);
    roundTrips(DocumentGenerators.issueDates(), IssueDate.class);
    roundTrips(DocumentGenerators.occasions(), Occasion.class);
    roundTrips(ANY_DOCUMENT, Document.class);
    roundTrips(ANY_DOCUMENT.map(Document::key), DocumentKey.class);
    roundTripsAll(DocumentGenerators.registries().map(DocumentRegistry::relations), DocumentRelation.class);
    roundTripsAll(DocumentGenerators.registries().map(registry -> registry.relations().stream()
        .map(r -> DocumentRelation.unverified(r.document(), r.kind(), r.target()))
        .collect(ImmutableList.toImmutableList())), DocumentRelation.class);
  }

  /** Documents with a source, unverified members and a termination by another document, which no generator makes. */
  @Test
  void documentsWithEveryMemberReadBackWhatTheyWrote() {
    Gen<ImmutableSet<String>> unverified = Gen.listOf(Gen.elements("number", "type", "issuingBody", "issued",
        "title", "subject", "termination"), 0, 4).map(ImmutableSet::copyOf);
    Gen<TerminationKind> ending = Gen.elements(TerminationKind.SUPERSEDED, TerminationKind.REPEALED);
    Gen<Document> full = random -> {
      Document d = DocumentGenerators.documents().generate(random);
      LocalDate end = d.termination().map(Termination::on).orElse(d.inForceFrom().latest().plusDays(1));
      Termination termination = Termination.builder().kind(ending.generate(random)).on(end)
          .by(DocumentGenerators.unnumberedDocuments().generate(random).key()).build();
      return Document.builder().from(d).termination(termination)
          .source(VocabularyGenerators.sources().generate(random)).unverified(unverified.generate(random)).build();
    };
    roundTrips(full, Document.class);
    roundTrips(full.map(d -> d.termination().orElseThrow()), Termination.class);
  }

  @Test
  void theBuiltInDocumentsAndRelationsReadBackOneByOne() {
    DocumentRegistry registry = PartyDocuments.registry();
    assertThat(registry.documents()).isNotEmpty();
    assertThat(registry.relations()).isNotEmpty();
    for (Document document : registry.documents()) {
      roundTrip(document, Document.class);
      roundTrip(document.key(), DocumentKey.class);
      document.termination().ifPresent(t -> roundTrip(t, Termination.class));
      document.adoptedAt().ifPresent(o -> roundTrip(o, Occasion.class));
    }
    registry.relations().forEach(relation -> roundTrip(relation, DocumentRelation.class));
  }

  @Test
  void aDocumentHasItsMembersInTheirOrder() {
    DocumentKey next = DocumentKey.of(DocumentNumber.parse("02-KH/TU"), DocumentType.PLAN, Id.of("x/committee"),
        LocalDate.of(2019, 12, 20));
    Document plan = Document.builder().number(DocumentNumber.parse("1 - kh/tu")).type(DocumentType.PLAN)
        .issuingBody(Id.of("x/committee")).issued(IssueDate.parse("2019-09"))
        .title(io.github.cpvmodel.LocalizedName.of("Kế hoạch thực hiện")).commencement(LocalDate.of(2019, 10, 1))
        .termination(Termination.superseded(LocalDate.of(2020, 1, 1), next)).addUnverified("issued").build();
    assertThat(new String(JSON.write(plan), StandardCharsets.UTF_8)).isEqualTo("{\"number\":\"01-KH/TU\","
        + "\"type\":\"plan\",\"issuingBody\":\"x/committee\",\"issued\":\"2019-09\","
        + "\"title\":{\"vi\":\"Kế hoạch thực hiện\"},\"commencement\":\"2019-10-01\","
        + "\"termination\":{\"kind\":\"superseded\",\"on\":\"2020-01-01\",\"by\":{\"number\":\"02-KH/TU\","
        + "\"type\":\"plan\",\"issuingBody\":\"x/committee\",\"issued\":\"2019-12-20\"}},"
        + "\"unverified\":[\"issued\"]}");
    DocumentKey charter = DocumentKey.unnumbered(DocumentType.CHARTER, Id.of("cc"),
        IssueDate.between(LocalDate.of(2011, 1, 12), LocalDate.of(2011, 1, 19)), "Điều lệ");
    assertThat(new String(JSON.write(DocumentRelation.unverified(next, RelationKind.BASED_ON, charter)),
        StandardCharsets.UTF_8)).isEqualTo("{\"document\":{\"number\":\"02-KH/TU\",\"type\":\"plan\","
        + "\"issuingBody\":\"x/committee\",\"issued\":\"2019-12-20\"},\"kind\":\"based-on\","
        + "\"target\":{\"type\":\"charter\",\"issuingBody\":\"cc\",\"issued\":\"2011-01-12/2011-01-19\","
        + "\"title\":\"Điều lệ\"},\"verified\":false}");
    assertThat(new String(JSON.write(Occasion.plenum(4, 12)), StandardCharsets.UTF_8))
        .isEqualTo("{\"term\":12,\"plenum\":4}");
    assertThat(JSON.read(DocumentRelation.class, ("{\"document\":{\"number\":\"02-KH/TU\",\"type\":\"plan\","
        + "\"issuingBody\":\"x/committee\",\"issued\":\"2019-12-20\"},\"kind\":\"based-on\","
        + "\"target\":{\"type\":\"charter\",\"issuingBody\":\"cc\",\"issued\":\"2011-01-12/2011-01-19\","
        + "\"title\":\"Điều lệ\"}}").getBytes(StandardCharsets.UTF_8)).verified()).as("verified when absent").isTrue();
  }

  @Test
  void meetingPartsReadBackWhatTheyWrote() {
    roundTrips(Gen.elements(ConferenceKind.values()), ConferenceKind.class);
    roundTrips(Gen.elements(AttendanceMode.values()), AttendanceMode.class);
    roundTrips(Gen.elements(ParticipantRole.values()), ParticipantRole.class);
    roundTrips(Gen.elements(PartOfDay.values()), PartOfDay.class);
    roundTrips(Gen.elements(MeetingReference.Kind.values()), MeetingReference.Kind.class);
    roundTrips(MeetingGenerators.meetingTimes(), MeetingTime.class);
    roundTrips(Gen.elements(ParticipantRole.values()).flatMap(MeetingGenerators::participants), Participant.class);
    roundTrips(MeetingGenerators.meetingReferences(), MeetingReference.class);
    roundTrips(MeetingGenerators.namedEvents(), NamedEvent.class);
    roundTrips(MeetingGenerators.namedEvents().flatMap(event -> VocabularyGenerators.sources()
        .map(source -> NamedEvent.builder().from(event).source(source).build())), NamedEvent.class);
    roundTripsAll(MeetingGenerators.bridgePointCounts(), BridgePointCount.class);
    roundTripsAll(MeetingGenerators.conferences().map(Conference::bridgePoints), BridgePoint.class);
    roundTripsAll(MeetingGenerators.conferences().map(Conference::agenda), AgendaItem.class);
    roundTripsAll(MeetingGenerators.conferences().map(Conference::directions), Direction.class);
    roundTrips(MeetingGenerators.leaders(), Leader.class);
    roundTripsAll(MeetingGenerators.congresses().map(Congress::elected), ElectedBody.class);
    roundTrips(MeetingGenerators.congresses().map(c -> c.termYears().orElseThrow()), TermYears.class);
    roundTrips(MeetingGenerators.terms(), Term.class);
  }

  /**
   * Round-trips a meeting read as a meeting and as its kind, the same bytes either way, and reads it back with its
   * type last, after every other member.
   */
  private static void roundTripMeeting(Meeting meeting) {
    Class<?> kind = meeting instanceof Conference ? Conference.class : meeting instanceof Congress ? Congress.class
        : Plenum.class;
    roundTrip(meeting, Meeting.class);
    roundTrip(meeting, kind);
    String json = new String(JSON.write(meeting), StandardCharsets.UTF_8);
    String type = json.substring(1, json.indexOf(','));
    byte[] typeLast = ("{" + json.substring(type.length() + 2, json.length() - 1) + "," + type + "}")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read(Meeting.class, typeLast)).isEqualTo(meeting);
    assertThat(JSON.read(kind, typeLast)).isEqualTo(meeting);
  }

  @Test
  void meetingsReadBackWhatTheyWroteAsTheirKindAndAsMeetings() {
    Property.forAll(MeetingGenerators.conferences()).checkAssert(RoundTripTest::roundTripMeeting);
    Property.forAll(MeetingGenerators.congresses()).checkAssert(RoundTripTest::roundTripMeeting);
    Property.forAll(MeetingGenerators.congresses().flatMap(c -> DocumentGenerators.documents()
        .map(d -> Congress.builder().from(c).addDocument(keyOn(d, c.time().firstDay())).build())))
        .checkAssert(RoundTripTest::roundTripMeeting);
    Property.forAll(MeetingGenerators.plenums()).checkAssert(RoundTripTest::roundTripMeeting);
    Property.forAll(MeetingGenerators.plenums().flatMap(p -> DocumentGenerators.unnumberedDocuments()
        .map(d -> Plenum.builder().from(p).addAdopted(keyOn(d, p.time().lastDay())).build())))
        .checkAssert(RoundTripTest::roundTripMeeting);
    // Whole datasets are slow to make; a few give conferences with provinces, citations and congresses.
    Property.forAll(DatasetGenerators.datasets()).withTries(20)
        .checkAssert(d -> d.meetings().forEach(RoundTripTest::roundTripMeeting));
  }

  /** The key of a document like {@code d}, issued on {@code day}. */
  private static DocumentKey keyOn(Document d, java.time.LocalDate day) {
    return d.number().map(n -> DocumentKey.of(n, d.type(), d.issuingBody(), day))
        .orElseGet(() -> DocumentKey.unnumbered(d.type(), d.issuingBody(), IssueDate.of(day), d.title().vi()));
  }

  @Test
  void theBuiltInCongressesAndTermsReadBackOneByOne() {
    NationalCongresses.all().forEach(RoundTripTest::roundTripMeeting);
    for (Term term : NationalCongresses.terms()) {
      roundTrip(term, Term.class);
    }
  }

  // Made-up bodies, people and numbers, with what no generator sets.
  private static final Id COMMITTEE = Id.of("party/p/committee");

  @Test
  void whatNoGeneratorMakesReadsBackToo() {
    Conference conference = Conference.builder()
        .id(Id.of("meeting/m-1"))
        .kind(ConferenceKind.INTERIM_REVIEW)
        .title(LocalizedName.of("Hội nghị sơ kết", "Interim review"))
        .organiser(COMMITTEE)
        .mode(AttendanceMode.HYBRID)
        .time(MeetingTime.of(LocalDate.of(2020, 3, 2), PartOfDay.MORNING))
        .addPeriod(ReportingPeriod.firstMonths(2020, 2))
        .taskGroupCount(8)
        .addAgenda(AgendaItem.builder().title(LocalizedName.of("Báo cáo sơ kết"))
            .presenter(Id.of("person/p-1")).addDocument(DocumentReference.parse("Chỉ thị 35-CT/TW")).build())
        .addCitedDocument(DocumentReference.parse("Quy định 205-QĐ/TW"))
        .addBridgePoint(BridgePoint.builder().province(Id.of("province/p")).body(COMMITTEE)
            .name(LocalizedName.of("Hội trường Tỉnh ủy")).attendance(120).build())
        .addDirection(Direction.builder().text(LocalizedName.of("Tập trung rà soát những nhiệm vụ còn lại"))
            .period(ReportingPeriod.quarter(2020, 2)).addDocument(DocumentReference.parse("Quy định 205-QĐ/TW"))
            .build())
        .source(Source.builder().publication("Báo P").build())
        .build();
    roundTripMeeting(conference);
    Congress congress = Congress.builder().from(MeetingGenerators.congresses().generate(new java.util.Random(1)))
        .preparatorySession(LocalDate.of(1934, 12, 31))
        .place(LocalizedName.of("Hội trường Tỉnh ủy"))
        .addElected(ElectedBody.appointed(COMMITTEE.child("standing-board"), 17,
            DocumentReference.parse("Quyết định của Bộ Chính trị tháng 6/2025")))
        .addElected(ElectedBody.of(COMMITTEE.child("inspection-commission"), 9, 0))
        .build();
    roundTripMeeting(congress);
    Plenum plenum = Plenum.builder().id(COMMITTEE.child("term/3/plenum/2")).body(COMMITTEE).term(3).ordinal(2)
        .time(MeetingTime.of(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 1)))
        .addAdopted(DocumentKey.of(DocumentNumber.parse("05-NQ/TU"),
            DocumentType.RESOLUTION, COMMITTEE, LocalDate.of(2020, 3, 1)))
        .build();
    roundTripMeeting(plenum);
    roundTrip(Term.builder().from(MeetingGenerators.terms().generate(new java.util.Random(1)))
        .congress(COMMITTEE.child("congress/3")).firstDaySource(Source.builder().publication("Báo P").build())
        .build(), Term.class);
  }

  @Test
  void aMeetingTimeKeepsItsOffsetAndPrecision() {
    java.time.ZoneId zone = MeetingTime.ZONE;
    // Asia/Ho_Chi_Minh turned its clocks back from midnight of 1975-06-13 to 23:00 of the day before: 23:30 came
    // twice.
    java.time.LocalDateTime twice = java.time.LocalDateTime.of(1975, 6, 12, 23, 30);
    MeetingTime first = MeetingTime.of(ZonedDateTime.ofStrict(twice, ZoneOffset.ofHours(8), zone),
        ZonedDateTime.ofStrict(twice, ZoneOffset.ofHours(7), zone));
    byte[] bytes = JSON.write(first);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("{\"precision\":\"exact\","
        + "\"start\":\"1975-06-12T23:30:00+08:00\",\"end\":\"1975-06-12T23:30:00+07:00\"}");
    roundTrip(first, MeetingTime.class);
    roundTrip(MeetingTime.of(ZonedDateTime.of(1900, 1, 1, 8, 0, 0, 0, zone),
        ZonedDateTime.of(1900, 1, 1, 9, 0, 30, 5_000_000, zone)), MeetingTime.class);
    assertThat(new String(JSON.write(MeetingTime.of(LocalDate.of(2019, 9, 30), PartOfDay.AFTERNOON)),
        StandardCharsets.UTF_8)).isEqualTo("{\"precision\":\"part-of-day\",\"day\":\"2019-09-30\","
        + "\"partOfDay\":\"afternoon\"}");
    assertThat(new String(JSON.write(NationalCongresses.byOrdinal(12).time()), StandardCharsets.UTF_8))
        .isEqualTo("{\"precision\":\"days\",\"firstDay\":\"2016-01-21\",\"lastDay\":\"2016-01-28\"}");
    // Read in any offset, written in Asia/Ho_Chi_Minh's.
    MeetingTime utc = JSON.read(MeetingTime.class, ("{\"precision\":\"exact\",\"start\":\"2019-09-30T07:00Z\","
        + "\"end\":\"2019-09-30T10:00:00Z\"}").getBytes(StandardCharsets.UTF_8));
    assertThat(utc.toString()).isEqualTo("2019-09-30T14:00/2019-09-30T17:00");
  }

  @Test
  void aMeetingNamesItsTypeFirstAndIsReadWithItAnywhere() {
    Plenum plenum = Plenum.builder().id(Id.of("party/p/committee/term/3/plenum/2")).body(COMMITTEE).term(3)
        .ordinal(2).time(MeetingTime.of(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 2)))
        .addAdopted(DocumentKey.of(DocumentNumber.parse("05-NQ/TU"),
            DocumentType.RESOLUTION, COMMITTEE, LocalDate.of(2020, 3, 2)))
        .build();
    String json = new String(JSON.write(plenum), StandardCharsets.UTF_8);
    assertThat(json).isEqualTo("{\"type\":\"plenum\",\"id\":\"party/p/committee/term/3/plenum/2\","
        + "\"body\":\"party/p/committee\",\"term\":3,\"ordinal\":2,\"time\":{\"precision\":\"days\","
        + "\"firstDay\":\"2020-03-01\",\"lastDay\":\"2020-03-02\"},\"adopted\":[{\"number\":\"05-NQ/TU\","
        + "\"type\":\"resolution\",\"issuingBody\":\"party/p/committee\",\"issued\":\"2020-03-02\"}]}");
    String shuffled = "{\"ordinal\":2,\"time\":{\"lastDay\":\"2020-03-02\",\"firstDay\":\"2020-03-01\","
        + "\"precision\":\"days\"},\"adopted\":[{\"issued\":\"2020-03-02\",\"issuingBody\":\"party/p/committee\","
        + "\"type\":\"resolution\",\"number\":\"05-NQ/TU\"}],\"term\":3,\"body\":\"party/p/committee\","
        + "\"type\":\"plenum\",\"id\":\"party/p/committee/term/3/plenum/2\"}";
    for (Class<?> type : java.util.List.of(Meeting.class, Plenum.class)) {
      assertThat(JSON.read(type, shuffled.getBytes(StandardCharsets.UTF_8))).isEqualTo(plenum);
    }
    // A member a newer writer added, before the type, is skipped by a lenient reader.
    String newer = "{\"venue\":{\"hall\":[1,{\"a\":2}]}," + json.substring(1);
    assertThat(JSON.withLenient(true).read(Meeting.class, newer.getBytes(StandardCharsets.UTF_8))).isEqualTo(plenum);
  }

  @Test
  void aRatioIsWrittenAsNumeratorAndDenominator() {
    assertThat(new String(JSON.write(io.github.cpvmodel.progress.Ratio.of(63, 63)), StandardCharsets.UTF_8))
        .isEqualTo("{\"numerator\":63,\"denominator\":63}");
  }

  @Test
  void observedValuesOfEveryFormReadInAnyOrderAndWithTheirMembersInAnyOrder() {
    // The shape guesses each value is of the form read before it: every change of form is a wrong guess.
    List<io.github.cpvmodel.progress.ObservedValue> values = List.of(io.github.cpvmodel.progress.Count.of(3),
        io.github.cpvmodel.progress.Count.of(4), io.github.cpvmodel.progress.Ratio.of(63, 63),
        io.github.cpvmodel.progress.Percentage.of(new java.math.BigDecimal("98.5")),
        io.github.cpvmodel.progress.Ratio.of(1, 2), io.github.cpvmodel.progress.YesNo.of(true),
        io.github.cpvmodel.progress.Count.of(0));
    for (io.github.cpvmodel.progress.ObservedValue value : values) {
      assertThat(JSON.read(io.github.cpvmodel.progress.ObservedValue.class, JSON.write(value))).isEqualTo(value);
    }
    assertThat(JSON.read(io.github.cpvmodel.progress.ObservedValue.class,
        "{\"denominator\":63,\"numerator\":62}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(io.github.cpvmodel.progress.Ratio.of(62, 63));
  }

  @Test
  void anObjectTakesNothingFromTheObjectReadBeforeItAtItsDepth() {
    // Objects at one depth share the array their member values are read into: a member one object has and the next
    // lacks must not carry over, nor count as given twice when the next gives its members in another order.
    io.github.cpvmodel.progress.Task full = io.github.cpvmodel.progress.Task.builder().id(Id.of("t1"))
        .name(LocalizedName.of("Rà soát")).responsible(Id.of("cc/office")).deadline(LocalDate.of(2019, 12, 31))
        .started(LocalDate.of(2019, 10, 1)).completed(LocalDate.of(2019, 11, 30)).build();
    io.github.cpvmodel.progress.Task bare = io.github.cpvmodel.progress.Task.builder().id(Id.of("t2"))
        .name(LocalizedName.of("Tổng kết")).responsible(Id.of("cc/office")).build();
    io.github.cpvmodel.progress.TaskGroup group = io.github.cpvmodel.progress.TaskGroup.of(Id.of("g"),
        LocalizedName.of("Nhóm"), ImmutableList.of(full, bare,
            io.github.cpvmodel.progress.Task.builder().from(full).id(Id.of("t3")).build()));
    assertThat(JSON.read(io.github.cpvmodel.progress.TaskGroup.class, JSON.write(group))).isEqualTo(group);
    String shuffled = "{\"id\":\"g\",\"name\":{\"vi\":\"Nhóm\"},\"tasks\":["
        + "{\"id\":\"t1\",\"name\":{\"vi\":\"Rà soát\"},\"responsible\":\"cc/office\",\"deadline\":\"2019-12-31\","
        + "\"started\":\"2019-10-01\",\"completed\":\"2019-11-30\"},"
        + "{\"responsible\":\"cc/office\",\"name\":{\"vi\":\"Tổng kết\"},\"id\":\"t2\"},"
        + "{\"completed\":\"2019-11-30\",\"id\":\"t3\",\"started\":\"2019-10-01\",\"deadline\":\"2019-12-31\","
        + "\"responsible\":\"cc/office\",\"name\":{\"vi\":\"Rà soát\"}}]}";
    assertThat(JSON.read(io.github.cpvmodel.progress.TaskGroup.class, shuffled.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(group);
  }

  @Test
  void aOneOfShapeNeedsAForm() {
    assertThatThrownBy(() -> io.github.cpvmodel.json.format.OneOfShape.of(
        io.github.cpvmodel.progress.ObservedValue.class, "observed-value", "Giá trị (observed value)", "none"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("One-of shape 'observed-value' has no forms; it needs one or more");
  }

  @Test
  void anObservationHasItsMembersInTheirOrder() {
    String json = "{\"indicator\":\"cells-reviewed\",\"subject\":\"cc/organisation-commission\","
        + "\"period\":\"2019-Q4\",\"value\":{\"percentage\":98.5},\"status\":\"final\"}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Object read = JSON.read(io.github.cpvmodel.progress.Observation.class, bytes);
    assertThat(Arrays.equals(JSON.write(read), bytes)).isTrue();
    String shuffled = "{\"status\":\"final\",\"value\":{\"percentage\":98.50},\"period\":\"2019-Q4\","
        + "\"subject\":\"cc/organisation-commission\",\"indicator\":\"cells-reviewed\"}";
    assertThat(JSON.read(io.github.cpvmodel.progress.Observation.class,
        shuffled.getBytes(StandardCharsets.UTF_8))).isEqualTo(read);
  }

  @Test
  void theModuleIsFoundByTheServiceLoader() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.writeValueAsString(io.github.cpvmodel.progress.Ratio.of(1, 2)))
        .isEqualTo("{\"numerator\":1,\"denominator\":2}");
  }
}
