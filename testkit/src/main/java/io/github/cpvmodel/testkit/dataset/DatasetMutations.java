package io.github.cpvmodel.testkit.dataset;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.Lookup;
import io.github.cpvmodel.meeting.BridgePoint;
import io.github.cpvmodel.meeting.BridgePointCount;
import io.github.cpvmodel.meeting.Conference;
import io.github.cpvmodel.meeting.Congress;
import io.github.cpvmodel.meeting.Direction;
import io.github.cpvmodel.meeting.Leader;
import io.github.cpvmodel.meeting.MeetingReference;
import io.github.cpvmodel.meeting.MeetingTime;
import io.github.cpvmodel.meeting.Plenum;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.reference.NationalCongresses;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.reference.Provinces;
import io.github.cpvmodel.testkit.property.Attempt;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Mutation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One invalid {@link Mutation} per rule of {@link Dataset} that a meeting or a term can break, each applied to a
 * dataset of {@link DatasetGenerators}, and one for the rule of the document look-up against citations before
 * issue.
 *
 * <pre>{@code
 * Property.rejects(DatasetMutations.all());
 * }</pre>
 */
public final class DatasetMutations {
  private DatasetMutations() {}

  /**
   * One mutation per rule of {@link Dataset} that a meeting or term can break, each applied to a generated
   * dataset, and one for the document lookup's rule of citations before issue.
   *
   * @return the mutations
   */
  public static ImmutableList<Mutation> all() {
    Gen<Dataset> datasets = DatasetGenerators.datasets();
    return ImmutableList.of(
        Mutation.of(Dataset.REFERENCE, datasets.map(d -> Attempt.of("the conference of " + day(d) + " organised "
            + "by an unknown body", () -> withConference(d, c -> c.organiser(Id.of("cc/no-such-body")))))),
        Mutation.of(Dataset.DUPLICATE_ID, datasets.map(d -> Attempt.of("the conference of " + day(d) + " twice",
            () -> Dataset.builder().from(d).addMeetings(d.meetings().get(0)).build()))),
        // Only where no body or province begins or ends and no document appears overnight, so that the tenures are
        // the one thing wrong.
        Mutation.of(Dataset.POST_HELD, datasets.filter(d -> nothingChangesAfter(day(d))).map(d -> Attempt.of(
            "the conference of " + day(d) + " held the next day", () -> withConference(d, c -> c.time(
                MeetingTime.of(day(d).plusDays(1), day(d).plusDays(1))))))),
        Mutation.of(Dataset.PROVINCE_EXISTED, datasets.map(d -> Attempt.of("a bridge point on " + day(d)
            + " in a province of another era", () -> withConference(d, c -> c.addBridgePoint(BridgePoint.builder()
                .province(Provinces.all().stream().filter(p -> !p.existsOn(day(d))).findFirst().orElseThrow().id())
                .build()))))),
        Mutation.of(Dataset.BODY_EXISTED, datasets.map(d -> Attempt.of("directions on " + day(d) + " to a body "
            + "that did not exist then", () -> withConference(d, c -> c.addDirection(Direction.builder()
                .text(LocalizedName.of("Báo cáo"))
                .addAddressee(PartyBodies.all().stream().filter(b -> !b.existsOn(day(d))).findFirst()
                    .orElseThrow().id())
                .build()))))),
        Mutation.of(Lookup.CITED_BEFORE_ISSUE, datasets.map(d -> Attempt.of("the conference of " + day(d)
            + " moved to 2008-08-01, citing Quy định 205-QĐ/TW of 2019",
            () -> withConference(d, c -> c.time(MeetingTime.of(
                LocalDate.of(2008, 8, 1), LocalDate.of(2008, 8, 1))).participants(ImmutableList.of())
                // Only bodies that existed in 2008, so that the citation is the one thing wrong.
                .organiser(PartyBodies.ORGANISATION_COMMISSION).directions(ImmutableList.of())
                .bridgePoints(ImmutableList.of()).citedDocuments(ImmutableList.of(
                    DocumentReference.parse("Quy định 205-QĐ/TW"))))))),
        Mutation.of(Dataset.CONGRESS_ORDER, datasets.map(d -> Attempt.of("congresses XIII and XII in the wrong "
            + "order", () -> Dataset.builder().from(d).addMeetings(NationalCongresses.byOrdinal(12),
                Congress.builder().from(NationalCongresses.byOrdinal(13)).ordinal(12).build()).build()))),
        Mutation.of(Dataset.TERM_CONGRESS, datasets.map(d -> Attempt.of("term XIII tied to congress XII",
            () -> Dataset.builder().from(d).addMeetings(NationalCongresses.byOrdinal(12))
                .addTerms(Term.builder().from(NationalCongresses.terms().get(12))
                    .congress(NationalCongresses.byOrdinal(12).id()).build()).build()))),
        Mutation.of(Dataset.LEADER_TENURE, datasets.flatMap(d -> Gen.booleans().map(drop -> {
          Leader leader = congress(d).leaders().get(0);
          return Attempt.of(drop ? "the tenure of " + leader + " left out" : leader + " holding the post on "
              + "another basis", () -> Dataset.builder().from(d).tenures(d.tenures().stream()
                  .filter(t -> !drop || !isOf(t, leader))
                  .map(t -> isOf(t, leader) ? Tenure.of(t.person(), t.post(), t.validity(),
                      leader.basis() == TenureBasis.ELECTED ? TenureBasis.APPOINTED : TenureBasis.ELECTED) : t)
                  .collect(ImmutableList.toImmutableList())).build());
        }))),
        Mutation.of(Dataset.DOCUMENT_ISSUER, datasets.map(d -> Attempt.of("a notice issued by a body nobody knows",
            () -> Dataset.builder().from(d).addDocuments(issuedBy("01-TB/XYZ", DocumentType.NOTICE,
                Id.of("party/nowhere/committee"), LocalDate.of(2019, 1, 2))).build()))),
        Mutation.of(Dataset.DOCUMENT_ISSUER_EXISTED, datasets.map(d -> Attempt.of("a guidance of the Internal "
            + "Affairs Commission in 2010, before its re-establishment", () -> Dataset.builder().from(d)
                .addDocuments(issuedBy("01-HD/BNCTW", DocumentType.GUIDANCE, PartyBodies.INTERNAL_AFFAIRS_COMMISSION,
                    LocalDate.of(2010, 1, 2))).build()))),
        Mutation.of(Dataset.DOCUMENT_ISSUER_CODE, datasets.map(d -> Attempt.of("a provincial committee's number "
            + "on a document of the Organisation Commission", () -> Dataset.builder().from(d)
                .addDocuments(issuedBy("01-HD/TU", DocumentType.GUIDANCE, PartyBodies.ORGANISATION_COMMISSION,
                    LocalDate.of(2019, 1, 2))).build()))),
        Mutation.of(Dataset.PLENUM_TERM, datasets.map(d -> Attempt.of("a plenum of term XII held in 2022",
            () -> Dataset.builder().from(d).addTerms(NationalCongresses.terms().get(11))
                .addMeetings(NationalCongresses.byOrdinal(12), Plenum.builder().id(Id.of("cc/term/12/plenum/99"))
                    .body(PartyBodies.CENTRAL_COMMITTEE).term(12).ordinal(99)
                    .time(MeetingTime.of(LocalDate.of(2022, 5, 4), LocalDate.of(2022, 5, 6))).build())
                .build()))),
        Mutation.of(Dataset.MEETING_REFERENCE, datasets.map(d -> Attempt.of("a direction about the congress "
            + "claiming the conference's id", () -> withConference(d, c -> c.addDirection(Direction.builder()
                .text(LocalizedName.of("Tổ chức đại hội")).addMeeting(MeetingReference.builder()
                    .from(MeetingReference.to(congress(d))).meeting(d.conferences().get(0).id()).build())
                .build()))))),
        Mutation.of(Dataset.BRIDGE_POINT_COUNT, datasets.map(d -> Attempt.of("the conference of " + day(d)
            + " counting no more provincial bridge points than the first of those it lists", () -> withConference(d,
                c -> c.bridgePointCounts(ImmutableList.of(BridgePointCount.of(BodyLevel.PROVINCIAL, 1)))
                    .addBridgePoint(BridgePoint.builder().body(PartyBodies.all().stream()
                        .filter(b -> b.existsOn(day(d)) && b.level() == BodyLevel.PROVINCIAL
                            && d.conferences().get(0).bridgePoints().stream().noneMatch(p -> p.body()
                                .equals(Optional.of(b.id()))))
                        .findFirst().orElseThrow().id()).build()))))),
        Mutation.of(Dataset.CONGRESS_ORDINAL, datasets.filter(d -> !day(d).isBefore(MERGER)).flatMap(d ->
            Gen.ints(2, 30).map(n -> Attempt.of("congress " + n + " in " + day(d).getYear() + " of an organisation "
                + "merged on " + MERGER, () -> {
                  Body merged = mergedOrganisationOn(day(d));
                  int ordinal = n + day(d).getYear() - MERGER.getYear();
                  return Dataset.builder().from(d).addMeetings(Congress.builder().id(merged.id().child("congress/x"))
                      .body(merged.id()).ordinal(ordinal).time(MeetingTime.of(day(d), day(d))).build()).build();
                })))));
  }

  /** The day of the provincial mergers of 2025. */
  private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

  /** A provincial Party organisation born of the mergers of 2025 that exists on {@code day}. */
  private static Body mergedOrganisationOn(LocalDate day) {
    return PartyBodies.provincialOrganisationsOn(day).stream().filter(b -> PartyBodies.history().beginningOf(b.id())
        .filter(c -> c.kind() == BodyChange.Kind.MERGED).isPresent()).findFirst().orElseThrow();
  }

  private static boolean nothingChangesAfter(LocalDate day) {
    LocalDate next = day.plusDays(1);
    return PartyBodies.all().stream().allMatch(b -> b.existsOn(day) == b.existsOn(next))
        && Provinces.all().stream().allMatch(p -> p.existsOn(day) == p.existsOn(next))
        && PartyDocuments.registry().documents().stream().noneMatch(d -> d.issued().mayBe(next)
            || d.termination().map(t -> t.on().equals(next)).orElse(false))
        // Citations resolve by the term that contains the day: a new term changes what "Chỉ thị 35" means.
        && NationalCongresses.terms().stream().noneMatch(t -> t.validity().start().equals(Optional.of(next)));
  }

  /** A document numbered {@code number}, not cited anywhere, so that only its issuer can be wrong. */
  private static Document issuedBy(String number, DocumentType type, Id body, LocalDate issued) {
    return Document.builder().number(DocumentNumber.parse(number)).type(type).issuingBody(body).issued(issued)
        .title(LocalizedName.of("về công tác cán bộ")).build();
  }

  private static LocalDate day(Dataset dataset) {
    return dataset.conferences().get(0).time().firstDay();
  }

  /** The generated dataset's congress, the one whose leaders the dataset's tenures back. */
  private static Congress congress(Dataset dataset) {
    return dataset.meetings().stream().filter(Congress.class::isInstance).map(Congress.class::cast).findFirst()
        .orElseThrow();
  }

  private static boolean isOf(Tenure tenure, Leader leader) {
    return tenure.person().equals(leader.person()) && tenure.post().equals(leader.post());
  }

  /** The dataset with its conference changed and its other meetings kept. */
  private static Dataset withConference(Dataset dataset, UnaryOperator<Conference.Builder> change) {
    Conference conference = change.apply(Conference.builder().from(dataset.conferences().get(0))).build();
    return Dataset.builder().from(dataset).meetings(dataset.meetings().stream()
        .map(m -> m instanceof Conference ? conference : m).collect(ImmutableList.toImmutableList())).build();
  }
}
