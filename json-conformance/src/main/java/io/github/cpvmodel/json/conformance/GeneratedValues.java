package io.github.cpvmodel.json.conformance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.body.ParentLink;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRelation;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.ForceStatus;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.document.Occasion;
import io.github.cpvmodel.document.RelationKind;
import io.github.cpvmodel.document.Termination;
import io.github.cpvmodel.document.TerminationKind;
import io.github.cpvmodel.json.format.Codec;
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
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.PostSector;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.progress.Count;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.Percentage;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.Target;
import io.github.cpvmodel.progress.Task;
import io.github.cpvmodel.progress.TaskGroup;
import io.github.cpvmodel.progress.TaskStatus;
import io.github.cpvmodel.progress.ValueKind;
import io.github.cpvmodel.progress.YesNo;
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
import java.util.Arrays;
import java.util.List;

/**
 * A generator of valid values for every type with a wire format, from the testkit, and the {@code read(write(x))}
 * property every JSON module must keep for each.
 */
public final class GeneratedValues {
  private GeneratedValues() {}

  /** Documents with and without a number, generated and built in (these with sources and terminations). */
  private static final Gen<Document> DOCUMENTS = Gen.oneOf(DocumentGenerators.documents(),
      DocumentGenerators.centralDocuments(), DocumentGenerators.unnumberedDocuments(),
      Gen.elements(PartyDocuments.registry().documents()));

  /** An element of the lists a generator makes, for values generated only within a whole. */
  private static <T> Gen<T> anyOf(Gen<? extends List<? extends T>> lists) {
    return lists.filter(list -> !list.isEmpty()).flatMap(list -> Gen.elements(list));
  }

  private static final List<Termination> BUILT_IN_TERMINATIONS = PartyDocuments.registry().documents().stream()
      .flatMap(d -> d.termination().stream()).collect(ImmutableList.toImmutableList());

  private static final ImmutableMap<Class<?>, Gen<?>> ALL = ImmutableMap.<Class<?>, Gen<?>>builder()
      // The shared vocabulary.
      .put(Id.class, VocabularyGenerators.ids())
      .put(Validity.class, VocabularyGenerators.validities())
      .put(LocalizedName.class, VocabularyGenerators.localizedNames())
      .put(Source.class, VocabularyGenerators.sources())
      // Progress reporting.
      .put(ReportingPeriod.class, ProgressGenerators.reportingPeriods())
      .put(ValueKind.class, Gen.elements(ValueKind.values()))
      .put(ObservationStatus.class, Gen.elements(ObservationStatus.values()))
      .put(ObservedValue.class, ProgressGenerators.observedValues())
      .put(Count.class, ProgressGenerators.counts())
      .put(Ratio.class, ProgressGenerators.ratios())
      .put(Percentage.class, ProgressGenerators.percentages())
      .put(YesNo.class, ProgressGenerators.yesNos())
      .put(Indicator.class, ProgressGenerators.indicators())
      .put(Observation.class, ProgressGenerators.indicators().flatMap(ProgressGenerators::observations))
      .put(Target.class, ProgressGenerators.indicators().flatMap(ProgressGenerators::targets))
      .put(TaskStatus.class, Gen.elements(TaskStatus.values()))
      .put(Task.class, ProgressGenerators.tasks())
      .put(TaskGroup.class, ProgressGenerators.taskGroups())
      // Documents.
      .put(DocumentReference.class, DocumentGenerators.references())
      .put(DocumentNumber.class, Gen.oneOf(DocumentGenerators.numbers(), DocumentGenerators.numbers()
          .flatMap(DocumentGenerators::writtenForms).map(DocumentNumber::parse)))
      .put(DocumentType.class, Gen.elements(DocumentType.values()))
      .put(IssueDate.class, DocumentGenerators.issueDates())
      .put(ForceStatus.class, Gen.elements(ForceStatus.values()))
      .put(TerminationKind.class, Gen.elements(TerminationKind.values()))
      .put(RelationKind.class, Gen.elements(RelationKind.values()))
      .put(Occasion.class, DocumentGenerators.occasions())
      .put(DocumentKey.class, DOCUMENTS.map(Document::key))
      .put(Termination.class, Gen.oneOf(Gen.elements(BUILT_IN_TERMINATIONS), DocumentGenerators.documents()
          .flatMap(d -> Gen.elements(TerminationKind.SUPERSEDED, TerminationKind.REPEALED).map(kind -> Termination
              .builder().kind(kind).on(d.inForceFrom().latest().plusDays(1)).by(d.key()).build()))))
      .put(DocumentRelation.class, GeneratedValues.<DocumentRelation>anyOf(DocumentGenerators.registries()
          .map(r -> r.relations()))
          .flatMap(r -> Gen.elements(r, DocumentRelation.unverified(r.document(), r.kind(), r.target()))))
      .put(Document.class, DOCUMENTS)
      // Bodies.
      .put(BodyKind.class, Gen.elements(BodyKind.values()))
      .put(BodyLevel.class, Gen.elements(BodyLevel.values()))
      .put(BodyChange.Kind.class, Gen.elements(BodyChange.Kind.values()))
      .put(ParentLink.class, BodyGenerators.ids().flatMap(parent -> BodyGenerators.validities()
          .map(days -> ParentLink.of(parent, days))))
      .put(Body.class, BodyGenerators.bodies())
      .put(BodyChange.class, Gen.oneOf(BodyGenerators.changes(), BodyGenerators.changes()
          .flatMap(change -> DocumentGenerators.references().map(decision -> BodyChange.builder().from(change)
              .decision(decision).note("Theo Quyết định").build()))))
      // People, posts and tenures.
      .put(PostRole.class, Gen.elements(PostRole.values()))
      .put(PostSector.class, Gen.elements(PostSector.values()))
      .put(TenureBasis.class, Gen.elements(TenureBasis.values()))
      .put(Person.class, PersonGenerators.people())
      .put(Post.class, BodyGenerators.bodies().flatMap(PersonGenerators::postsIn))
      .put(Tenure.class, GeneratedValues.<Tenure>anyOf(PersonGenerators.staffed().map(s -> s.personnel().tenures()))
          .flatMap(t -> Gen.oneOf(Gen.constant(t), DocumentGenerators.references().map(t::withDecision))))
      // Meetings.
      .put(ConferenceKind.class, Gen.elements(ConferenceKind.values()))
      .put(AttendanceMode.class, Gen.elements(AttendanceMode.values()))
      .put(ParticipantRole.class, Gen.elements(ParticipantRole.values()))
      .put(PartOfDay.class, Gen.elements(PartOfDay.values()))
      .put(MeetingReference.Kind.class, Gen.elements(MeetingReference.Kind.values()))
      .put(TermYears.class, MeetingGenerators.congresses().map(c -> c.termYears().orElseThrow()))
      .put(MeetingTime.class, MeetingGenerators.meetingTimes())
      .put(Participant.class, Gen.elements(ParticipantRole.values()).flatMap(MeetingGenerators::participants))
      .put(BridgePoint.class, anyOf(MeetingGenerators.conferences().map(Conference::bridgePoints)))
      .put(BridgePointCount.class, anyOf(MeetingGenerators.bridgePointCounts()))
      .put(NamedEvent.class, Gen.oneOf(MeetingGenerators.namedEvents(), MeetingGenerators.namedEvents()
          .flatMap(event -> VocabularyGenerators.sources()
              .map(source -> NamedEvent.builder().from(event).source(source).build()))))
      .put(MeetingReference.class, MeetingGenerators.meetingReferences())
      .put(AgendaItem.class, anyOf(MeetingGenerators.conferences().map(Conference::agenda)))
      .put(Direction.class, anyOf(MeetingGenerators.conferences().map(Conference::directions)))
      .put(ElectedBody.class, anyOf(MeetingGenerators.congresses().map(Congress::elected)))
      .put(Leader.class, MeetingGenerators.leaders())
      .put(Conference.class, MeetingGenerators.conferences())
      .put(Congress.class, Gen.oneOf(MeetingGenerators.congresses(), Gen.elements(NationalCongresses.all())))
      .put(Plenum.class, MeetingGenerators.plenums())
      .put(Meeting.class, Gen.oneOf(MeetingGenerators.conferences(), MeetingGenerators.congresses(),
          MeetingGenerators.plenums()))
      .put(Term.class, Gen.oneOf(MeetingGenerators.terms(), Gen.elements(NationalCongresses.terms())))
      // The dataset document.
      .put(Dataset.class, DatasetGenerators.datasets())
      .buildOrThrow();

  /** {@return a generator of valid values for every type with a wire format, by type} */
  public static ImmutableMap<Class<?>, Gen<?>> all() {
    return ALL;
  }

  /**
   * Checks, for generated values of a type, that the entry point reads back what it wrote and writes that again
   * byte for byte, and that the mapper writes the same bytes and reads them back equal.
   *
   * @param binding the module
   * @param type a type with a wire format
   * @throws AssertionError with the smallest value found for which one of them does not hold
   */
  public static void checkRoundTrips(Binding binding, Class<?> type) {
    Gen<?> gen = ALL.get(type);
    if (gen == null) {
      throw new AssertionError("no generator for " + Fixtures.nameOf(type) + ": add one to GeneratedValues");
    }
    Property.forAll(gen).checkAssert(value -> roundTrip(binding, type, value));
  }

  private static void roundTrip(Binding binding, Class<?> type, Object value) {
    Codec<?> plain = binding.plain();
    byte[] bytes = plain.write(value);
    Object back = plain.read(type, bytes);
    require(back.equals(value), "read back another value", bytes);
    require(Arrays.equals(plain.write(back), bytes), "written again otherwise", bytes);
    require(Arrays.equals(binding.writeWithMapper(value), bytes), "written otherwise by the mapper", bytes);
    require(binding.readWithMapper(type, bytes).equals(value), "read otherwise by the mapper", bytes);
  }

  private static void require(boolean holds, String what, byte[] bytes) {
    if (!holds) {
      throw new AssertionError(what + ": " + new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
