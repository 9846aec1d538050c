package io.github.cpvmodel.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.Violation;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.ParentLink;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.document.Lookup;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.meeting.AgendaItem;
import io.github.cpvmodel.meeting.AttendanceMode;
import io.github.cpvmodel.meeting.BridgePoint;
import io.github.cpvmodel.meeting.BridgePointCount;
import io.github.cpvmodel.meeting.Direction;
import io.github.cpvmodel.meeting.MeetingReference;
import io.github.cpvmodel.meeting.NamedEvent;
import io.github.cpvmodel.meeting.Conference;
import io.github.cpvmodel.meeting.ConferenceKind;
import io.github.cpvmodel.meeting.Congress;
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
import io.github.cpvmodel.person.Personnel;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.PostSector;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.progress.Count;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.ValueKind;
import io.github.cpvmodel.progress.YesNo;
import io.github.cpvmodel.reference.NationalCongresses;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.reference.Provinces;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private static final LocalDate DAY = LocalDate.of(2019, 9, 30);
  private static final Id CHINH = Id.of("person/pham-minh-chinh");
  private static final Id RU = Id.of("person/pham-van-ru");
  private static final Id HEAD = Id.of("cc/organisation-commission/head");
  private static final Id DONG_NAI_HEAD = Id.of("party/dong-nai/committee/organisation-commission/head");
  private static final Id PLAN_BUILT = Id.of("congress-preparation/plan-built");

  private static Dataset.Builder dataset(UnaryOperator<Conference.Builder> conference) {
    return Dataset.builder()
        .addAllBodies(PartyBodies.all())
        .addAllDocuments(PartyDocuments.registry().documents())
        .addAllRelations(PartyDocuments.registry().relations())
        .addPeople(Person.of(CHINH, "Phạm Minh Chính"), Person.of(RU, "Phạm Văn Ru"))
        .addPosts(
            Post.of(HEAD, PartyBodies.ORGANISATION_COMMISSION, PostSector.PARTY, PostRole.HEAD,
                LocalizedName.of("Trưởng ban Tổ chức Trung ương")),
            Post.of(DONG_NAI_HEAD, Id.of("party/dong-nai/committee/organisation-commission"), PostSector.PARTY,
                PostRole.HEAD, LocalizedName.of("Trưởng ban Tổ chức Tỉnh ủy")))
        .addTenures(Tenure.of(CHINH, HEAD, Validity.onlyOn(DAY), TenureBasis.UNKNOWN),
            Tenure.of(RU, DONG_NAI_HEAD, Validity.onlyOn(DAY), TenureBasis.UNKNOWN))
        .addIndicators(Indicator.of(PLAN_BUILT, LocalizedName.of("Đã xây dựng kế hoạch"),
            LocalizedName.of("Đảng bộ đã xây dựng kế hoạch của các tiểu ban"), ValueKind.YES_NO))
        .addObservations(Observation.of(PLAN_BUILT, Id.of("party/dong-nai"), ReportingPeriod.firstMonths(2019, 9),
            YesNo.YES, ObservationStatus.FINAL))
        .addMeetings(conference.apply(Conference.builder()
            .id(Id.of("cc/organisation-commission/meeting/2019-09-30"))
            .kind(ConferenceKind.BRIEFING)
            .title(LocalizedName.of("Hội nghị giao ban trực tuyến Ban Tổ chức Trung ương"))
            .organiser(PartyBodies.ORGANISATION_COMMISSION)
            .mode(AttendanceMode.ONLINE)
            .time(MeetingTime.of(DAY, PartOfDay.AFTERNOON))
            .addParticipant(Participant.of(CHINH, ParticipantRole.CHAIR, ImmutableList.of(HEAD)))
            .addBridgePoint(BridgePoint.builder().central(true).body(PartyBodies.ORGANISATION_COMMISSION).build())
            .addBridgePoint(BridgePoint.builder().province(Id.of("province/dong-nai"))
                .addParticipant(Participant.of(RU, ParticipantRole.CO_CHAIR, ImmutableList.of(DONG_NAI_HEAD)))
                .build())
            .addCitedDocuments(DocumentReference.parse("Chỉ thị 35"), DocumentReference.parse("Quy định 205-QĐ/TW")))
            .build());
  }

  @Test
  void aConsistentDatasetBuildsAndAnswersQuestions() {
    Dataset dataset = dataset(c -> c).build();
    assertThat(dataset.conferences()).singleElement()
        .satisfies(c -> assertThat(c.chair().map(Participant::person)).contains(CHINH));
    assertThat(dataset.findMeeting(Id.of("cc/organisation-commission/meeting/2019-09-30"))).isPresent();
    assertThat(dataset.personnel().holdersOn(DONG_NAI_HEAD, DAY)).extracting(Person::id).containsExactly(RU);
    assertThat(dataset.registry().resolve(DocumentReference.parse("Chỉ thị 35"), DAY).document()
        .map(d -> d.issued())).contains(IssueDate.of(LocalDate.of(2019, 5, 30)));
    assertThat(dataset.hierarchy().contains(Id.of("party/dong-nai/committee"))).isTrue();
  }

  @Test
  void rejectsACoChairWithoutThePostOnThatDate() {
    assertOnly(dataset(c -> c.time(MeetingTime.of(DAY.plusDays(1), PartOfDay.MORNING))), Dataset.POST_HELD,
        "meetings[0].participants[0].posts[0]",
        "'person/pham-minh-chinh' did not hold 'cc/organisation-commission/head' on '2019-10-01' (held then: no post)",
        "meetings[0].bridgePoints[1].participants[0].posts[0]");
  }

  @Test
  void rejectsABridgePointForAProvinceThatDidNotExistThatDay() {
    assertOnly(dataset(c -> c.addBridgePoint(BridgePoint.builder().province(Id.of("province/dong-nai-2025"))
        .build())), Dataset.PROVINCE_EXISTED, "meetings[0].bridgePoints[2].province",
        "province 'province/dong-nai-2025' existed '2025-07-01/2026-04-29', not on '2019-09-30'");
  }

  @Test
  void rejectsADocumentCitedBeforeItWasIssued() {
    assertOnly(dataset(c -> c.citedDocuments(ImmutableList.of(DocumentReference.parse("Quy định 205-QĐ/TW")))
        .time(MeetingTime.of(LocalDate.of(2019, 9, 20), PartOfDay.AFTERNOON))
        .participants(ImmutableList.of()).bridgePoints(ImmutableList.of())), Lookup.CITED_BEFORE_ISSUE,
        "meetings[0].citedDocuments[0]", null);
  }

  @Test
  void reportsEveryViolationAtOnceEachWithItsPath() {
    assertThatThrownBy(() -> dataset(c -> c
        .organiser(Id.of("cc/no-such-commission"))
        .addParticipant(Participant.of(Id.of("person/nobody"), ParticipantRole.ATTENDEE,
            ImmutableList.of(Id.of("cc/no-such-post")))))
        .addTenures(Tenure.of(RU, HEAD, Validity.onlyOn(DAY), TenureBasis.UNKNOWN))
        .addObservations(Observation.of(PLAN_BUILT, Id.of("party/dong-nai"), ReportingPeriod.year(2019),
            Count.of(3), ObservationStatus.FINAL))
        .build())
        .isInstanceOf(ValidationException.class)
        .asInstanceOf(type(ValidationException.class))
        .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, v -> v.rule().code())
            .containsExactlyInAnyOrder(
                tuple("tenures[2].validity", Personnel.SINGLE_HOLDER.code()),
                tuple("observations[1].value", ValueKind.MATCH.code()),
                tuple("meetings[0].organiser", Dataset.REFERENCE.code()),
                tuple("meetings[0].participants[1].person",
                    Dataset.REFERENCE.code()),
                tuple("meetings[0].participants[1].posts[0]",
                    Dataset.REFERENCE.code())));
  }

  @Test
  void checksTheIndicatorOfEveryObservationWhetherOrNotItRepeatsTheOneBefore() {
    Id unknown = Id.of("indicator/no-such-indicator");
    Id dongNai = Id.of("party/dong-nai");
    ReportingPeriod year = ReportingPeriod.year(2019);
    assertThatThrownBy(() -> dataset(c -> c)
        .addObservations(Observation.of(unknown, dongNai, year, Ratio.of(1, 2), ObservationStatus.FINAL))
        .addObservations(Observation.of(PLAN_BUILT, dongNai, ReportingPeriod.year(2018), YesNo.NO,
            ObservationStatus.FINAL))
        .addObservations(Observation.of(unknown, dongNai, year, Ratio.of(1, 2), ObservationStatus.FINAL))
        .addObservations(Observation.of(unknown, dongNai, year, Ratio.of(1, 2), ObservationStatus.PROVISIONAL))
        .addObservations(Observation.of(PLAN_BUILT, dongNai, ReportingPeriod.year(2017), Count.of(3),
            ObservationStatus.FINAL))
        .build())
        .isInstanceOf(ValidationException.class)
        .asInstanceOf(type(ValidationException.class))
        .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, v -> v.rule().code())
            .containsExactly(
                tuple("observations[1].indicator", Dataset.REFERENCE.code()),
                tuple("observations[3].indicator", Dataset.REFERENCE.code()),
                tuple("observations[4].indicator", Dataset.REFERENCE.code()),
                tuple("observations[5].value", ValueKind.MATCH.code())));
  }

  @Test
  void findsTheSubjectOfEveryObservationWhateverTheOrderOfTheBodies() {
    List<Body> bodies = dataset(c -> c).build().bodies();
    List<Id> subjects = new ArrayList<>();
    // In the order of the bodies, then against it, then in it again, each id a copy of the body's: the check
    // goes on from the body it found last, which only the first and the last pass follow.
    bodies.forEach(b -> subjects.add(Id.of(b.id().value())));
    subjects.add(Id.of("party/atlantis"));
    Lists.reverse(bodies).forEach(b -> subjects.add(Id.of(b.id().value())));
    subjects.add(Id.of("party/atlantis"));
    bodies.forEach(b -> subjects.add(Id.of(b.id().value())));
    Dataset.Builder builder = dataset(c -> c);
    subjects.forEach(subject -> builder.addObservations(Observation.of(PLAN_BUILT, subject,
        ReportingPeriod.year(2019), YesNo.YES, ObservationStatus.FINAL)));
    int first = dataset(c -> c).build().observations().size();
    assertThatThrownBy(builder::build)
        .isInstanceOf(ValidationException.class)
        .asInstanceOf(type(ValidationException.class))
        .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, v -> v.rule().code())
            .containsExactly(
                tuple("observations[" + (first + bodies.size()) + "].subject", Dataset.REFERENCE.code()),
                tuple("observations[" + (first + 2 * bodies.size() + 1) + "].subject", Dataset.REFERENCE.code())));
  }

  @Test
  void checksCongressesTermsAndPlenumsAgainstEachOther() {
    Congress xii = NationalCongresses.byOrdinal(12);
    Congress xiii = NationalCongresses.byOrdinal(13);
    Term termXii = NationalCongresses.terms().get(11);
    Plenum fourth = Plenum.builder().id(Id.of("cc/term/12/plenum/4")).body(PartyBodies.CENTRAL_COMMITTEE).term(12)
        .ordinal(4).time(MeetingTime.of(LocalDate.of(2016, 10, 9), LocalDate.of(2016, 10, 12)))
        .addAdopted(PartyDocuments.RESOLUTION_04)
        .build();
    Dataset ok = dataset(c -> c).addMeetings(xii, xiii, fourth).addTerms(termXii).build();
    assertThat(ok.meetings()).hasSize(4);

    assertOnly(dataset(c -> c).addMeetings(xii, Congress.builder().from(xiii).ordinal(12).build()),
        Dataset.CONGRESS_ORDER, "meetings[2].ordinal", null);
    assertOnly(dataset(c -> c).addMeetings(xii).addTerms(Term.builder().from(termXii).number(11).build()),
        Dataset.TERM_CONGRESS, "terms[0].congress", null);
    assertOnly(dataset(c -> c).addMeetings(xii, xiii, Plenum.builder().from(fourth).term(13).build())
        .addTerms(NationalCongresses.terms().get(12)), Dataset.PLENUM_TERM, "meetings[3].time", null);
  }

  @Test
  void checksThatEachLeaderOfACongressTookThePostOnTheSameBasis() {
    Id secretary = Id.of("party/dong-nai/committee/secretary");
    Id deputy = Id.of("party/dong-nai/committee/deputy-secretary");
    Id personA = Id.of("person/nguyen-van-a");
    Id personB = Id.of("person/tran-thi-b");
    LocalDate opened = LocalDate.of(2020, 10, 14);
    Validity term = Validity.closed(LocalDate.of(2020, 10, 16), LocalDate.of(2025, 6, 30));
    Leader appointed = Leader.of(personA, secretary, TenureBasis.APPOINTED,
        DocumentReference.parse("Quyết định 1234-QĐNS/TW"));
    Leader elected = Leader.of(personB, deputy, TenureBasis.ELECTED);
    Congress congress = Congress.builder()
        .id(Id.of("party/dong-nai/congress/11")).body(Id.of("party/dong-nai")).ordinal(11)
        .termYears(TermYears.of(2020, 2025)).time(MeetingTime.of(opened, LocalDate.of(2020, 10, 16)))
        .addElected(ElectedBody.of(Id.of("party/dong-nai/committee"), 55))
        .addLeaders(appointed, elected)
        .build();
    UnaryOperator<Dataset.Builder> people = d -> d
        .addPeople(Person.of(personA, "Nguyễn Văn A"), Person.of(personB, "Trần Thị B"))
        .addPosts(Post.of(secretary, Id.of("party/dong-nai/committee"), PostSector.PARTY, PostRole.SECRETARY,
                LocalizedName.of("Bí thư Tỉnh ủy")),
            Post.of(deputy, Id.of("party/dong-nai/committee"), PostSector.PARTY, PostRole.DEPUTY_SECRETARY,
                LocalizedName.of("Phó Bí thư Tỉnh ủy")));

    Dataset ok = people.apply(dataset(c -> c)).addMeetings(congress)
        .addTenures(appointed.toTenure(term), elected.toTenure(term)).build();
    assertThat(ok.personnel().holdersOn(secretary, LocalDate.of(2021, 1, 1))).extracting(Person::id)
        .containsExactly(personA);

    assertOnly(people.apply(dataset(c -> c)).addMeetings(congress).addTenures(appointed.toTenure(term),
        Tenure.of(personB, deputy, term, TenureBasis.APPOINTED)), Dataset.LEADER_TENURE, "meetings[1].leaders[1]",
        "no tenure of 'person/tran-thi-b' as 'party/dong-nai/committee/deputy-secretary' on basis 'elected' begins "
            + "on or after the congress opened on '2020-10-14' (tenures of the person in the post: "
            + "'2020-10-16/2025-06-30' appointed)");
    assertOnly(people.apply(dataset(c -> c)).addMeetings(congress).addTenures(
        appointed.toTenure(term.withStart(opened.minusDays(1))), elected.toTenure(term.withStart(opened))),
        Dataset.LEADER_TENURE, "meetings[1].leaders[0]", null);
    assertOnly(people.apply(dataset(c -> c)).addMeetings(congress), Dataset.LEADER_TENURE,
        "meetings[1].leaders[0]", "no tenure of 'person/nguyen-van-a' as 'party/dong-nai/committee/secretary' on "
            + "basis 'appointed' begins on or after the congress opened on '2020-10-14' (tenures of the person in "
            + "the post: )", "meetings[1].leaders[1]");
    assertOnly(dataset(c -> c).addMeetings(congress), Dataset.REFERENCE, "meetings[1].leaders[0].person",
        "'person/nguyen-van-a' is not a person of the dataset", "meetings[1].leaders[0].post",
        "meetings[1].leaders[1].person", "meetings[1].leaders[1].post");
  }

  @Test
  void resolvesMeetingReferencesAndChecksTheMeetingsTheyClaim() {
    Congress xiii = NationalCongresses.byOrdinal(13);
    Plenum eighth = Plenum.builder().id(Id.of("cc/term/13/plenum/8")).body(PartyBodies.CENTRAL_COMMITTEE).term(13)
        .ordinal(8).time(MeetingTime.of(LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 7))).build();
    MeetingReference congressXiv = MeetingReference.congress(PartyBodies.CENTRAL_COMMITTEE, 14);
    MeetingReference plenum8 = MeetingReference.plenum(PartyBodies.CENTRAL_COMMITTEE, 13, 8);
    NamedEvent elections = NamedEvent.of(LocalizedName.of(
        "Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031"));
    UnaryOperator<Conference.Builder> about = c -> c.addDirection(Direction.builder()
        .text(LocalizedName.of("Chuẩn bị tốt Đại hội XIV và cuộc bầu cử"))
        .addMeetings(congressXiv, plenum8, MeetingReference.to(xiii)).addEvent(elections).build());

    Dataset ok = dataset(about).addMeetings(xiii, eighth).build();
    assertThat(ok.findMeeting(plenum8)).contains(eighth);
    assertThat(ok.findMeeting(MeetingReference.to(xiii))).contains(xiii);
    assertThat(ok.findMeeting(congressXiv)).isEmpty();
    assertThat(ok.conferences().get(0).directions().get(0).events()).containsExactly(elections);

    MeetingReference wrongClaim = MeetingReference.builder().from(plenum8).meeting(xiii.id()).build();
    assertOnly(dataset(c -> c.addDirection(Direction.builder().text(LocalizedName.of("Quán triệt"))
        .addMeeting(wrongClaim).build())).addMeetings(xiii, eighth), Dataset.MEETING_REFERENCE,
        "meetings[0].directions[0].meetings[0].meeting", null);
    assertThat(ok.findMeeting(wrongClaim)).isEmpty();
    assertOnly(dataset(c -> c.addAgenda(AgendaItem.builder().title(LocalizedName.of("Quán triệt"))
        .addMeeting(MeetingReference.builder().from(plenum8).meeting(Id.of("cc/term/13/plenum/80")).build())
        .build())).addMeetings(eighth), Dataset.REFERENCE, "meetings[0].agenda[0].meetings[0].meeting",
        "'cc/term/13/plenum/80' is not a meeting of the dataset");
  }

  @Test
  void listedBridgePointsNeverOutnumberTheirLevelsCount() {
    // The central point is at the central level, Đồng Nai's (a province alone) at the provincial level.
    Dataset ok = dataset(c -> c.addBridgePointCounts(BridgePointCount.of(BodyLevel.PROVINCIAL, 63),
        BridgePointCount.of(BodyLevel.CENTRAL, 1), BridgePointCount.of(BodyLevel.GRASSROOTS, 3321))).build();
    assertThat(ok.conferences().get(0).findBridgePointCount(BodyLevel.GRASSROOTS).map(BridgePointCount::count))
        .contains(3321);

    assertOnly(dataset(c -> c.addBridgePoint(BridgePoint.builder().province(Id.of("province/binh-phuoc")).build())
        .addBridgePointCounts(BridgePointCount.of(BodyLevel.PROVINCIAL, 1))), Dataset.BRIDGE_POINT_COUNT,
        "meetings[0].bridgePointCounts[0].count",
        "2 bridge points at the provincial level are listed but 1 counted on '2019-09-30'");
    assertOnly(dataset(c -> c.addBridgePointCounts(BridgePointCount.of(BodyLevel.GRASSROOTS, 5),
        BridgePointCount.of(BodyLevel.CENTRAL, 1)).addBridgePoint(BridgePoint.builder().central(false)
            .body(PartyBodies.OFFICE).build())), Dataset.BRIDGE_POINT_COUNT,
        "meetings[0].bridgePointCounts[1].count", null);
  }

  @Test
  void aBodyThatBeganByAMergerNumbersItsCongressesAfresh() {
    Id dongNai = Id.of("party/dong-nai-2025");
    Congress first = Congress.builder().id(dongNai.child("congress/1")).body(dongNai).ordinal(1)
        .termYears(TermYears.of(2025, 2030))
        .time(MeetingTime.of(LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 16))).build();
    assertThat(dataset(c -> c).addMeetings(first).build().meetings()).hasSize(2);
    assertThat(dataset(c -> c).addMeetings(Congress.builder().from(first).ordinal(2)
        .time(MeetingTime.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6))).build()).build().meetings())
        .hasSize(2);

    assertOnly(dataset(c -> c).addMeetings(Congress.builder().from(first).ordinal(12).build()),
        Dataset.CONGRESS_ORDINAL, "meetings[1].ordinal", "'party/dong-nai-2025' began anew on '2025-07-01' "
            + "(merged), so its congress of 2025 is numbered at most I, not XII");
    // Established bodies too; a body that began otherwise, or whose beginning is not known, is not checked.
    assertOnly(dataset(c -> c).addMeetings(Congress.builder().from(first).id(Id.of("party/government/congress/2"))
        .body(PartyBodies.GOVERNMENT).ordinal(2).build()), Dataset.CONGRESS_ORDINAL, "meetings[1].ordinal", null);
    assertThat(dataset(c -> c).addMeetings(Congress.builder().from(first).id(Id.of("party/dong-nai/congress/11"))
        .body(Id.of("party/dong-nai")).ordinal(11)
        .time(MeetingTime.of(LocalDate.of(2020, 10, 14), LocalDate.of(2020, 10, 16))).build()).build().meetings())
        .hasSize(2);
  }

  @Test
  void readsWhereABodyBeganFromTheDatasetsOwnChanges() {
    // A body of the user's own, not built in: its beginning is known only from the dataset's changes.
    LocalDate began = LocalDate.of(2025, 7, 1);
    Id hanoi = PartyBodies.organisationOf(Provinces.byCode("01", began)).id();
    Id ward = hanoi.child("example-ward");
    Body body = Body.builder().id(ward).kind(BodyKind.PARTY_ORGANISATION).level(BodyLevel.GRASSROOTS)
        .name(LocalizedName.of("Đảng bộ phường Ví Dụ")).validity(Validity.startingOn(began))
        .addParent(ParentLink.of(hanoi, Validity.startingOn(began))).build();
    Congress second = Congress.builder().id(ward.child("congress/2")).body(ward).ordinal(2)
        .termYears(TermYears.of(2025, 2030))
        .time(MeetingTime.of(LocalDate.of(2025, 9, 5), LocalDate.of(2025, 9, 5))).build();
    assertThat(dataset(c -> c).addBodies(body).addMeetings(second).build().meetings()).hasSize(2);
    assertOnly(dataset(c -> c).addBodies(body).addMeetings(second).addChanges(BodyChange.builder()
            .kind(BodyChange.Kind.ESTABLISHED).date(began).addSuccessor(ward).build()),
        Dataset.CONGRESS_ORDINAL, "meetings[1].ordinal", "'" + ward + "' began anew on '2025-07-01' "
            + "(established), so its congress of 2025 is numbered at most I, not II");
  }

  /** The build fails with violations of one rule only, the first at {@code path} with {@code detail}. */
  private static void assertOnly(Dataset.Builder builder, Rule rule, String path, String detail,
      String... morePaths) {
    assertThatThrownBy(builder::build)
        .isInstanceOf(ValidationException.class)
        .asInstanceOf(type(ValidationException.class))
        .satisfies(e -> {
          assertThat(e.violations()).allSatisfy(v -> assertThat(v.rule()).isEqualTo(rule));
          assertThat(e.violations()).extracting(Violation::path).containsExactly(
              ImmutableList.<String>builder().add(path).add(morePaths).build().toArray(String[]::new));
          if (detail != null) {
            assertThat(e.violations().get(0).message()).isEqualTo(detail + ": " + rule.description());
          }
        });
  }
}
