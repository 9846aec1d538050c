package io.github.cpvmodel.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.json.format.Formats;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The tests every JSON module runs, each through its own {@link Binding}: a module's test class extends this one, so
 * that both modules are held to the same fixtures and properties by the same code.
 */
public abstract class ConformanceTests {
  /** The fixtures, as seen from a module's directory, where its tests run. */
  private static final Fixtures FIXTURES = Fixtures.in(Path.of("../json-conformance/fixtures"));

  /** {@return the module under test} */
  protected abstract Binding binding();

  @Test
  public void everyTypeWithAWireFormatHasAValidFixture() {
    assertThat(FIXTURES.typesWithoutValidFixture()).as("types without a fixture under valid/").isEmpty();
    assertThat(FIXTURES.counts()).as("valid, pretty, invalid and NDJSON fixtures").allSatisfy(n ->
        assertThat(n).isPositive());
  }

  @Test
  public void validFixturesReadAndWriteBackByteForByte() {
    assertThat(FIXTURES.checkValid(binding())).isEmpty();
  }

  @Test
  public void prettyFixturesReadAndWriteBackByteForByte() {
    assertThat(FIXTURES.checkPretty(binding())).isEmpty();
  }

  @Test
  public void invalidFixturesGiveTheirProblems() {
    assertThat(FIXTURES.checkInvalid(binding())).isEmpty();
  }

  @Test
  public void ndjsonFixturesGiveTheirValuesAndProblems() {
    assertThat(FIXTURES.checkNdjson(binding())).isEmpty();
  }

  @TestFactory
  public Stream<DynamicTest> everyTypeReadsBackWhatItWrote() {
    return Formats.all().keySet().stream().map(type -> DynamicTest.dynamicTest(Fixtures.nameOf(type),
        () -> GeneratedValues.checkRoundTrips(binding(), type)));
  }
}
