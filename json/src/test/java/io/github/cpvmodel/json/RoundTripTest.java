package io.github.cpvmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.github.cpvmodel.testkit.VocabularyGenerators;
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
    Property.forAll(gen).checkAssert(value -> {
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
    });
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
