package io.github.cpvmodel.testkit.meeting;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.body.BodyLevel;
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
import io.github.cpvmodel.meeting.PartOfDay;
import io.github.cpvmodel.meeting.ParticipantRole;
import io.github.cpvmodel.meeting.Plenum;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.meeting.TermYears;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.reference.NationalCongresses;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.testkit.VocabularyMutations;
import io.github.cpvmodel.testkit.property.Attempt;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Show;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One invalid {@link Mutation} per rule of the meeting package and of {@link NationalCongresses}: each attempt
 * starts from a valid value of {@link MeetingGenerators} and breaks that rule alone.
 *
 * <pre>{@code
 * Property.rejects(MeetingMutations.all());
 * Rules.assertCovered(MeetingMutations.all(), Conference.class, Congress.class);
 * }</pre>
 */
public final class MeetingMutations {
  private static final DocumentReference DIRECTIVE_35 = DocumentReference.parse("Chỉ thị 35");

  private MeetingMutations() {}

  /**
   * One mutation per rule of the meeting package and of {@link NationalCongresses}.
   *
   * @return the mutations
   */
  public static ImmutableList<Mutation> all() {
    Gen<Conference> conferences = MeetingGenerators.conferences();
    Gen<Congress> congresses = MeetingGenerators.congresses();
    Gen<Plenum> plenums = MeetingGenerators.plenums();
    Gen<Term> terms = MeetingGenerators.terms();
    Gen<Leader> leaders = MeetingGenerators.leaders();
    Gen<Integer> belowOne = Gen.ints(-3, 0);
    return ImmutableList.of(
        Mutation.of(MeetingTime.ORDER, MeetingGenerators.meetingTimes().map(t -> Attempt.of(
            "a meeting from " + t.end() + " to " + t.start(), () -> MeetingTime.of(t.end(), t.start())))),
        Mutation.of(MeetingTime.RANGE, Gen.oneOf(Gen.ints(-50_000, -1), Gen.ints(10_000, 999_999_999))
            .flatMap(year -> Gen.elements(
                Attempt.of("MeetingTime.parse(" + Show.value(LocalDate.of(year, 12, 31).toString()) + ")",
                    () -> MeetingTime.parse(LocalDate.of(year, 12, 31).toString())),
                Attempt.of("a meeting on 31 December " + year,
                    () -> MeetingTime.of(LocalDate.of(year, 12, 31), PartOfDay.EVENING)),
                Attempt.of("a meeting from the first of January " + year,
                    () -> MeetingTime.of(LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC),
                        LocalDate.of(year, 1, 2).atStartOfDay(ZoneOffset.UTC)))))),
        Mutation.of(MeetingTime.SYNTAX, MeetingGenerators.meetingTimes().map(t -> Attempt.of(
            "MeetingTime.parse(" + Show.value(t.firstDay() + " noon") + ")",
            () -> MeetingTime.parse(t.firstDay() + " noon")))),
        VocabularyMutations.unknownCodes(ConferenceKind.class, ConferenceKind.CODE, ConferenceKind::parse),
        VocabularyMutations.unknownCodes(AttendanceMode.class, AttendanceMode.CODE, AttendanceMode::parse),
        VocabularyMutations.unknownCodes(ParticipantRole.class, ParticipantRole.CODE, ParticipantRole::parse),
        VocabularyMutations.unknownCodes(PartOfDay.class, PartOfDay.CODE, PartOfDay::parse),
        Mutation.of(Meeting.DUPLICATE, conferences.map(c -> Attempt.of(c.id() + " citing Chỉ thị 35 twice",
            () -> Conference.builder().from(c).addCitedDocuments(DIRECTIVE_35, DIRECTIVE_35).build()))),
        Mutation.of(BridgePoint.SITE, Gen.ints(1, 500).map(n -> Attempt.of("a bridge point of " + n + " people "
            + "tied to nothing", () -> BridgePoint.builder().attendance(n).build()))),
        Mutation.of(BridgePoint.ROLE, MeetingGenerators.participants(ParticipantRole.CHAIR).map(p -> Attempt.of(
            "a bridge point chaired by " + p.person(), () -> BridgePoint.builder().province(Id.of("province/x"))
                .addParticipant(p).build()))),
        Mutation.of(BridgePoint.ATTENDANCE, belowOne.map(n -> Attempt.of("a bridge point with " + n + " people",
            () -> BridgePoint.builder().province(Id.of("province/x")).attendance(n).build()))),
        Mutation.of(Conference.CHAIR, conferences.flatMap(c -> MeetingGenerators.participants(ParticipantRole.CHAIR)
            .map(p -> Attempt.of(c.id() + " with a second chair " + p.person(),
                () -> Conference.builder().from(c).addParticipant(p).build())))),
        Mutation.of(Conference.BRIDGE_POINTS, conferences.map(c -> Attempt.of(c.id() + " in person with a "
            + "bridge point", () -> Conference.builder().from(c).mode(AttendanceMode.IN_PERSON)
                .bridgePoints(ImmutableList.of(BridgePoint.builder().body(c.organiser()).build())).build()))),
        Mutation.of(Conference.CENTRAL, conferences.map(c -> Attempt.of(c.id() + " with two central bridge points",
            () -> Conference.builder().from(c).mode(AttendanceMode.ONLINE).bridgePoints(ImmutableList.of(
                BridgePoint.builder().central(true).body(Id.of("body/a")).build(),
                BridgePoint.builder().central(true).body(Id.of("body/b")).build())).build()))),
        Mutation.of(Conference.TASK_GROUPS, conferences.flatMap(c -> belowOne.map(n -> Attempt.of(
            c.id() + " following " + n + " task groups", () -> Conference.builder().from(c).taskGroupCount(n)
                .build())))),
        Mutation.of(Conference.DEADLINE, conferences.flatMap(c -> Gen.ints(1, 400).map(n -> Attempt.of(
            c.id() + " with a direction due " + n + " days before it", () -> Conference.builder().from(c)
                .addDirection(Direction.builder().text(LocalizedName.of("Báo cáo"))
                    .deadline(c.time().firstDay().minusDays(n)).build()).build())))),
        Mutation.of(Direction.DUE, Gen.dates(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1)).map(d ->
            Attempt.of("a direction due on " + d + " and in its quarter", () -> Direction.builder()
                .text(LocalizedName.of("Báo cáo")).deadline(d)
                .period(ReportingPeriod.quarter(d.getYear(), (d.getMonthValue() + 2) / 3)).build()))),
        Mutation.of(TermYears.ORDER, Gen.ints(1935, 2100).flatMap(y -> Gen.ints(0, 5).map(k -> Attempt.of(
            "term years " + y + "-" + (y - k), () -> TermYears.of(y, y - k))))),
        Mutation.of(TermYears.RANGE, Gen.ints(1000, 1929).map(y -> Attempt.of("term years " + y + "-2025",
            () -> TermYears.of(y, 2025)))),
        Mutation.of(TermYears.SYNTAX, Gen.elements("2020", "2020-25", "2020/2025", "").map(t -> Attempt.of(
            "TermYears.parse(" + Show.value(t) + ")", () -> TermYears.parse(t)))),
        Mutation.of(ElectedBody.SIZE, belowOne.map(n -> Attempt.of("a committee of " + n + " members",
            () -> ElectedBody.of(Id.of("party/x/committee"), n)))),
        Mutation.of(ElectedBody.BASIS, Gen.elements(TenureBasis.ASSIGNED, TenureBasis.UNKNOWN).map(b ->
            Attempt.of("a committee come about on basis " + b.code(), () -> ElectedBody.builder()
                .body(Id.of("party/x/committee")).members(30).basis(b).build()))),
        Mutation.of(ElectedBody.DECISION, Gen.ints(1, 200).map(n -> Attempt.of("a committee of " + n
            + " appointed without a decision", () -> ElectedBody.builder().body(Id.of("party/x/committee"))
                .members(n).basis(TenureBasis.APPOINTED).build()))),
        Mutation.of(Congress.ORDINAL, congresses.flatMap(c -> belowOne.map(n -> Attempt.of(
            c.id() + " numbered " + n, () -> Congress.builder().from(c).ordinal(n).build())))),
        Mutation.of(Congress.DELEGATES, congresses.flatMap(c -> belowOne.map(n -> Attempt.of(
            c.id() + " with " + n + " delegates", () -> Congress.builder().from(c).delegates(n).build())))),
        Mutation.of(Congress.PREPARATORY, congresses.flatMap(c -> Gen.ints(0, 30).map(n -> Attempt.of(
            c.id() + " with a preparatory session " + n + " days after it opened", () -> Congress.builder().from(c)
                .preparatorySession(c.time().firstDay().plusDays(n)).build())))),
        Mutation.of(Congress.ADOPTED, congresses.map(c -> Attempt.of(c.id() + " adopting a document of the day "
            + "before", () -> Congress.builder().from(c).addDocument(key(c.time().firstDay().minusDays(1)))
                .build()))),
        Mutation.of(Leader.BASIS, leaders.map(l -> Attempt.of(l + " on an unknown basis",
            () -> Leader.builder().from(l).basis(TenureBasis.UNKNOWN).build()))),
        Mutation.of(Leader.DECISION, leaders.map(l -> Attempt.of(l.person() + " appointed as " + l.post()
            + " without a decision", () -> Leader.of(l.person(), l.post(), TenureBasis.APPOINTED)))),
        Mutation.of(Term.NUMBER, terms.flatMap(t -> belowOne.map(n -> Attempt.of(t.id() + " numbered " + n,
            () -> Term.builder().from(t).number(n).build())))),
        Mutation.of(Term.START, terms.map(t -> Attempt.of(t.id() + " without a first day", () -> Term.builder()
            .from(t).validity(Validity.endingOn(t.validity().start().orElseThrow().plusYears(5))).build()))),
        Mutation.of(Plenum.ORDINAL, plenums.flatMap(p -> belowOne.map(n -> Attempt.of(p.id() + " numbered " + n,
            () -> Plenum.builder().from(p).ordinal(n).build())))),
        Mutation.of(Plenum.TERM, plenums.flatMap(p -> belowOne.map(n -> Attempt.of(p.id() + " of term " + n,
            () -> Plenum.builder().from(p).term(n).build())))),
        Mutation.of(Plenum.ADOPTED, plenums.map(p -> Attempt.of(p.id() + " adopting a document of the day before",
            () -> Plenum.builder().from(p).addAdopted(key(p.time().firstDay().minusDays(1))).build()))),
        VocabularyMutations.unknownCodes(MeetingReference.Kind.class, MeetingReference.Kind.CODE,
            MeetingReference.Kind::parse),
        Mutation.of(MeetingReference.SHAPE, MeetingGenerators.meetingReferences()
            .filter(r -> r.kind() != MeetingReference.Kind.CONFERENCE).map(r -> Attempt.of(r + " as a conference",
                () -> MeetingReference.builder().from(r).kind(MeetingReference.Kind.CONFERENCE)
                    .meeting(Id.of("meeting/m-1")).build()))),
        Mutation.of(MeetingReference.ORDINAL, belowOne.flatMap(n -> Gen.booleans().map(plenum -> Attempt.of(
            plenum ? "plenum 1 of term " + n : "congress " + n, () -> plenum
                ? MeetingReference.plenum(PartyBodies.CENTRAL_COMMITTEE, n, 1)
                : MeetingReference.congress(PartyBodies.CENTRAL_COMMITTEE, n))))),
        Mutation.of(BridgePointCount.COUNT, belowOne.flatMap(n -> Gen.elements(BodyLevel.values()).map(level ->
            Attempt.of(n + " bridge points at the " + level.code() + " level",
                () -> BridgePointCount.of(level, n))))),
        Mutation.of(NationalCongresses.UNKNOWN, Gen.oneOf(Gen.ints(-5, 0), Gen.ints(15, 40)).map(n -> Attempt.of(
            "National Congress " + n, () -> NationalCongresses.byOrdinal(n)))));
  }

  
  

  

  private static DocumentKey key(LocalDate issued) {
    return DocumentKey.of(DocumentNumber.parse("01-NQ/TW"), DocumentType.RESOLUTION, PartyBodies.CENTRAL_COMMITTEE,
        issued);
  }
}
