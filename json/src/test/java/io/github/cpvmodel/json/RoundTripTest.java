package io.github.cpvmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.body.ParentLink;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.PostSector;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.progress.TaskStatus;
import io.github.cpvmodel.testkit.VocabularyGenerators;
import io.github.cpvmodel.testkit.body.BodyGenerators;
import io.github.cpvmodel.testkit.document.DocumentGenerators;
import io.github.cpvmodel.testkit.person.PersonGenerators;
import io.github.cpvmodel.testkit.progress.ProgressGenerators;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Property;
import java.nio.charset.StandardCharsets;
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
