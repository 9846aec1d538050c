package io.github.cpvmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.body.ParentLink;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.DocumentRelation;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.ForceStatus;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.document.Occasion;
import io.github.cpvmodel.document.RelationKind;
import io.github.cpvmodel.document.Termination;
import io.github.cpvmodel.document.TerminationKind;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.PostSector;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.progress.TaskStatus;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.testkit.VocabularyGenerators;
import io.github.cpvmodel.testkit.body.BodyGenerators;
import io.github.cpvmodel.testkit.document.DocumentGenerators;
import io.github.cpvmodel.testkit.person.PersonGenerators;
import io.github.cpvmodel.testkit.progress.ProgressGenerators;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Property;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
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
  void aRatioIsWrittenAsNumeratorAndDenominator() {
    assertThat(new String(JSON.write(io.github.cpvmodel.progress.Ratio.of(63, 63)), StandardCharsets.UTF_8))
        .isEqualTo("{\"numerator\":63,\"denominator\":63}");
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
