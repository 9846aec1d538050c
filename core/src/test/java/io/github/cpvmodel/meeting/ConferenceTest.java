package io.github.cpvmodel.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.progress.ReportingPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConferenceTest {
  private static final LocalDate SEPT_30 = LocalDate.of(2019, 9, 30);
  private static final Id CHINH = Id.of("person/pham-minh-chinh");
  private static final Id CUONG = Id.of("person/nguyen-phu-cuong");
  private static final Id RU = Id.of("person/pham-van-ru");
  private static final Id DONG_NAI = Id.of("province/dong-nai");
  private static final DocumentReference DIRECTIVE_35 = DocumentReference.parse("Chỉ thị 35");

  private static Conference.Builder briefing() {
    return Conference.builder()
        .id(Id.of("cc/organisation-commission/meeting/2019-09-30"))
        .kind(ConferenceKind.BRIEFING)
        .title(LocalizedName.of("Hội nghị giao ban trực tuyến Ban Tổ chức Trung ương"))
        .organiser(Id.of("cc/organisation-commission"))
        .mode(AttendanceMode.ONLINE)
        .time(MeetingTime.of(SEPT_30, PartOfDay.AFTERNOON));
  }

  private static BridgePoint dongNai() {
    return BridgePoint.builder()
        .province(DONG_NAI)
        .body(Id.of("party/dong-nai/committee"))
        .addParticipant(Participant.of(CUONG, ParticipantRole.CO_CHAIR,
            ImmutableList.of(Id.of("cc/member"), Id.of("party/dong-nai/committee/secretary"))))
        .addParticipant(Participant.of(RU, ParticipantRole.CO_CHAIR,
            ImmutableList.of(Id.of("party/dong-nai/committee/organisation-commission/head"))))
        .build();
  }

  @Test
  void holdsAnOnlineBriefingWithItsChairBridgePointsAndDirections() {
    Conference c = briefing()
        .addParticipant(Participant.of(CHINH, ParticipantRole.CHAIR, ImmutableList.of(Id.of("cc/politburo/member"),
            Id.of("cc/secretariat/member"), Id.of("cc/organisation-commission/head"))))
        .addBridgePoint(BridgePoint.builder().central(true).body(Id.of("cc/organisation-commission")).build())
        .addBridgePoint(dongNai())
        .addCitedDocument(DIRECTIVE_35)
        .addPeriod(ReportingPeriod.parseLabel("9 tháng đầu năm 2019"))
        .taskGroupCount(8)
        .addDirection(Direction.builder()
            .text(LocalizedName.of("Tập trung rà soát những nhiệm vụ còn lại"))
            .period(ReportingPeriod.parseLabel("quý 4 năm 2019"))
            .build())
        .build();

    assertThat(c.chair()).hasValueSatisfying(p -> assertThat(p.person()).isEqualTo(CHINH));
    assertThat(c.centralBridgePoint()).hasValueSatisfying(b -> assertThat(b.site())
        .isEqualTo(Id.of("cc/organisation-commission")));
    assertThat(c.findBridgePoint(DONG_NAI)).hasValueSatisfying(b -> assertThat(b.coChairs())
        .extracting(Participant::person).containsExactly(CUONG, RU));
    assertThat(c.dates()).isEqualTo(Validity.onlyOn(SEPT_30));
    assertThatNoException().isThrownBy(() -> Conference.builder().from(c).mode(AttendanceMode.HYBRID).build());
  }

  @Test
  void rejectsASecondChair() {
    assertRejected(() -> briefing()
        .addParticipant(Participant.of(CHINH, ParticipantRole.CHAIR, ImmutableList.of()))
        .addParticipant(Participant.of(CUONG, ParticipantRole.CHAIR, ImmutableList.of()))
        .build(), Conference.CHAIR, "participants[1].role", "'person/nguyen-phu-cuong' is a second chair");
  }

  @Test
  void rejectsBridgePointsAtAnInPersonConference() {
    assertRejected(() -> briefing().mode(AttendanceMode.IN_PERSON).addBridgePoint(dongNai()).build(),
        Conference.BRIDGE_POINTS, "bridgePoints", "the conference is 'in-person' but has 1 bridge point");
  }

  @Test
  void rejectsASecondCentralBridgePoint() {
    assertRejected(() -> briefing()
        .addBridgePoint(BridgePoint.builder().central(true).body(Id.of("cc/organisation-commission")).build())
        .addBridgePoint(BridgePoint.builder().central(true).body(Id.of("cc/office")).build())
        .build(), Conference.CENTRAL, "bridgePoints[1].central", "bridge point 'cc/office' is a second central one");
  }

  @Test
  void rejectsTheSameSiteTwice() {
    assertRejected(() -> briefing().addBridgePoints(dongNai(), dongNai()).build(), Meeting.DUPLICATE,
        "bridgePoints[1]", "'province/dong-nai' is used twice, first at bridgePoints[0]");
  }

  @Test
  void rejectsAPersonOrADocumentListedTwice() {
    Participant chair = Participant.of(CHINH, ParticipantRole.CHAIR, ImmutableList.of());
    assertRejected(() -> briefing().addParticipants(chair, Participant.of(CHINH, ParticipantRole.ATTENDEE, ImmutableList.of())).build(),
        Meeting.DUPLICATE, "participants[1]", "'person/pham-minh-chinh' is used twice, first at participants[0]");
    assertRejected(() -> briefing().addCitedDocuments(DIRECTIVE_35, DIRECTIVE_35).build(), Meeting.DUPLICATE,
        "citedDocuments[1]", "'Chỉ thị 35' is used twice, first at citedDocuments[0]");
    assertRejected(() -> Participant.of(CHINH, ParticipantRole.CHAIR,
        ImmutableList.of(Id.of("cc/member"), Id.of("cc/member"))), Meeting.DUPLICATE, "posts[1]",
        "'cc/member' is used twice, first at posts[0]");
  }

  @Test
  void rejectsADeadlineBeforeTheConference() {
    assertRejected(() -> briefing()
        .addDirection(Direction.builder().text(LocalizedName.of("Báo cáo")).deadline(SEPT_30.minusDays(1)).build())
        .build(), Conference.DEADLINE, "directions[0].deadline",
        "deadline '2019-09-29' is before the conference on '2019-09-30'");
  }

  @Test
  void rejectsADirectionForAPeriodThatEndedBeforeTheConference() {
    assertRejected(() -> briefing()
        .addDirection(Direction.builder().text(LocalizedName.of("Báo cáo")).period(ReportingPeriod.quarter(2019, 2))
            .build())
        .build(), Conference.DEADLINE, "directions[0].period",
        "period 'quý II năm 2019' ends before the conference on '2019-09-30'");
  }

  @Test
  void rejectsADirectionWithBothADeadlineAndAPeriod() {
    assertRejected(() -> Direction.builder().text(LocalizedName.of("Báo cáo"))
        .deadline(LocalDate.of(2019, 12, 31)).period(ReportingPeriod.quarter(2019, 4)).build(), Direction.DUE,
        "period", "period '2019-Q4' is given with deadline '2019-12-31'");
  }

  @Test
  void rejectsNoTaskGroups() {
    assertRejected(() -> briefing().taskGroupCount(0).build(), Conference.TASK_GROUPS, "taskGroupCount",
        "'0' task groups is below 1");
  }

  @Test
  void rejectsABridgePointWithoutSiteWithAChairOrWithNoAttendance() {
    assertRejected(() -> BridgePoint.builder().build(), BridgePoint.SITE, "province",
        "the bridge point has no body and no province");
    assertRejected(() -> BridgePoint.builder().province(DONG_NAI)
        .addParticipant(Participant.of(CUONG, ParticipantRole.CHAIR, ImmutableList.of())).build(),
        BridgePoint.ROLE, "participants[0].role", "'person/nguyen-phu-cuong' is the chair at a bridge point");
    assertRejected(() -> BridgePoint.builder().province(DONG_NAI).attendance(0).build(), BridgePoint.ATTENDANCE,
        "attendance", "attendance '0' is below 1");
    assertThat(BridgePoint.builder().province(DONG_NAI).attendance(120).build().attendance()).hasValue(120);
  }

  @Test
  void rejectsAConferenceThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> briefing().time(MeetingTime.parse("2019-09-30T17:00/2019-09-30T14:00")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageEndingWith("a meeting must end after it starts [meeting-time.order]");
  }

  @Test
  void aConferenceMayHaveCoChairsAndNoChair() {
    Conference c = briefing()
        .addParticipant(Participant.of(CUONG, ParticipantRole.CO_CHAIR, ImmutableList.of()))
        .addParticipant(Participant.of(RU, ParticipantRole.CO_CHAIR, ImmutableList.of()))
        .addParticipant(Participant.of(CHINH, ParticipantRole.ATTENDEE, ImmutableList.of()))
        .build();
    assertThat(c.chair()).isEmpty();
    assertThat(c.coChairs()).extracting(Participant::person).containsExactly(CUONG, RU);
  }

  @Test
  void reviewsSeveralPeriodsAndEachAgendaItemItsOwn() {
    ReportingPeriod term = ReportingPeriod.parseLabel("nhiệm kỳ 2020-2025");
    ReportingPeriod plan = ReportingPeriod.parseLabel("giai đoạn 2021-2025");
    Conference c = briefing().kind(ConferenceKind.REVIEW).addPeriods(term, plan)
        .addAgenda(AgendaItem.builder().title(LocalizedName.of("Tổng kết 10 năm"))
            .addPeriod(ReportingPeriod.parseLabel("10 năm 2011-2020")).build())
        .build();
    assertThat(c.periods()).containsExactly(term, plan);
    assertThat(c.agenda().get(0).periods()).extracting(ReportingPeriod::toString).containsExactly("2011/2020");
    assertRejected(() -> briefing().addPeriods(term, term).build(), Meeting.DUPLICATE, "periods[1]",
        "'2020/2025' is used twice, first at periods[0]");
    assertRejected(() -> AgendaItem.builder().title(LocalizedName.of("Tổng kết")).addPeriods(plan, plan).build(),
        Meeting.DUPLICATE, "periods[1]", "'2021/2025' is used twice, first at periods[0]");
  }

  @Test
  void countsBridgePointsByLevel() {
    Conference c = briefing().addBridgePoint(dongNai())
        .addBridgePointCounts(BridgePointCount.of(BodyLevel.PROVINCIAL, 34), BridgePointCount.of(
            BodyLevel.GRASSROOTS, 3321))
        .build();
    assertThat(c.findBridgePointCount(BodyLevel.GRASSROOTS)).contains(BridgePointCount.of(BodyLevel.GRASSROOTS,
        3321));
    assertThat(c.findBridgePointCount(BodyLevel.DISTRICT)).isEmpty();
    assertRejected(() -> briefing().mode(AttendanceMode.IN_PERSON)
        .addBridgePointCounts(BridgePointCount.of(BodyLevel.PROVINCIAL, 34)).build(), Conference.BRIDGE_POINTS,
        "bridgePointCounts", "the conference is 'in-person' but counts bridge points at 1 levels");
    assertRejected(() -> briefing().addBridgePointCounts(BridgePointCount.of(BodyLevel.PROVINCIAL, 34),
        BridgePointCount.of(BodyLevel.PROVINCIAL, 63)).build(), Meeting.DUPLICATE, "bridgePointCounts[1]",
        "'PROVINCIAL' is used twice, first at bridgePointCounts[0]");
    assertRejected(() -> BridgePointCount.of(BodyLevel.GRASSROOTS, 0), BridgePointCount.COUNT, "count",
        "'0' bridge points at the grassroots level is below 1");
  }

  @Test
  void aBuilderMissingARequiredPartNamesIt() {
    assertThatThrownBy(() -> Conference.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("organiser");
  }

  static void assertRejected(Runnable build, Rule rule, String path, String detail) {
    assertThatThrownBy(build::run)
        .isInstanceOf(ValidationException.class)
        .hasMessage(path + ": " + detail + ": " + rule.description() + " [" + rule.code() + "]")
        .asInstanceOf(type(ValidationException.class))
        .satisfies(e -> assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.rule()).isEqualTo(rule);
          assertThat(v.path()).isEqualTo(path);
        }));
  }
}
