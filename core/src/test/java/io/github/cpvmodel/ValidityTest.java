package io.github.cpvmodel;

import static io.github.cpvmodel.ParseAssertions.assertParseError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidityTest {
  private static final LocalDate MERGER_EVE = LocalDate.of(2025, 6, 30);
  private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
  private static final Validity SIXTY_THREE = Validity.closed(LocalDate.of(2008, 8, 1), MERGER_EVE);
  private static final Validity THIRTY_FOUR = Validity.startingOn(MERGER);

  @Test
  void containsBothEndsInclusively() {
    assertThat(SIXTY_THREE.contains(LocalDate.of(2008, 8, 1))).isTrue();
    assertThat(SIXTY_THREE.contains(MERGER_EVE)).isTrue();
    assertThat(SIXTY_THREE.contains(MERGER)).isFalse();
    assertThat(SIXTY_THREE.contains(LocalDate.of(2008, 7, 31))).isFalse();
    assertThat(THIRTY_FOUR.contains(LocalDate.of(2999, 1, 1))).isTrue();
    assertThat(Validity.endingOn(MERGER_EVE).contains(LocalDate.of(1930, 2, 3))).isTrue();
    assertThat(Validity.always().contains(LocalDate.MIN)).isTrue();
  }

  @Test
  void consecutiveIntervalsPrecedeAndDoNotOverlap() {
    assertThat(SIXTY_THREE.precedes(THIRTY_FOUR)).isTrue();
    assertThat(THIRTY_FOUR.precedes(SIXTY_THREE)).isFalse();
    assertThat(SIXTY_THREE.overlaps(THIRTY_FOUR)).isFalse();
    assertThat(SIXTY_THREE.overlaps(SIXTY_THREE.withEnd(MERGER))).isTrue();
    assertThat(SIXTY_THREE.withEnd(MERGER).overlaps(THIRTY_FOUR)).isTrue();
    assertThat(Validity.always().overlaps(SIXTY_THREE)).isTrue();
    assertThat(Validity.onlyOn(MERGER).overlaps(THIRTY_FOUR)).isTrue();
    assertThat(Validity.endingOn(MERGER_EVE).precedes(Validity.startingOn(MERGER))).isTrue();
  }

  @ParameterizedTest(name = "{0} encloses {1}: {2}")
  @CsvSource({
      "2008-08-01/2025-06-30, 2008-08-01/2025-06-30, true",
      "2008-08-01/2025-06-30, 2019-09-30/2019-09-30, true",
      "2008-08-01/2025-06-30, 2008-07-31/2019-09-30, false",
      "2008-08-01/2025-06-30, 2019-09-30/2025-07-01, false",
      "2008-08-01/2025-06-30, ../2019-09-30, false",
      "2008-08-01/2025-06-30, 2019-09-30/.., false",
      "../2025-06-30, ../2019-09-30, true",
      "../2025-06-30, 1930-02-03/2025-06-30, true",
      "2025-07-01/.., 2025-07-01/.., true",
      "2025-07-01/.., 2030-01-01/2030-12-31, true",
      "2025-07-01/.., 2025-06-30/.., false",
      "../.., ../.., true",
      "../.., 2008-08-01/2025-06-30, true",
      "2008-08-01/2025-06-30, ../.., false"})
  void enclosesCountingOpenEndsAsUnbounded(String outer, String inner, boolean encloses) {
    assertThat(Validity.parse(outer).encloses(Validity.parse(inner))).isEqualTo(encloses);
  }

  @Test
  void openEnds() {
    assertThat(THIRTY_FOUR.isOpenEnded()).isTrue();
    assertThat(SIXTY_THREE.isOpenEnded()).isFalse();
    assertThat(Validity.always().start()).isEmpty();
    assertThat(THIRTY_FOUR.withEnd(LocalDate.of(2030, 1, 1)).isOpenEnded()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
      "2008-08-01/2025-06-30, 2008-08-01/2025-06-30",
      "2025-07-01/.., 2025-07-01/..",
      "../2025-06-30, ../2025-06-30",
      "../.., ../..",
      "'  2019-09-30/2019-09-30 ', 2019-09-30/2019-09-30"})
  void parsesAndFormatsTheTextForm(String text, String canonical) {
    Validity parsed = Validity.parse(text);
    assertThat(parsed).hasToString(canonical);
    assertThat(Validity.parse(parsed.toString())).isEqualTo(parsed);
  }

  @Test
  void equalityIsByEnds() {
    assertThat(Validity.parse("2008-08-01/2025-06-30")).isEqualTo(SIXTY_THREE).hasSameHashCodeAs(SIXTY_THREE);
    assertThat(Validity.onlyOn(MERGER)).isEqualTo(Validity.closed(MERGER, MERGER));
  }

  @Test
  void rejectsAnEndBeforeTheStartNamingBothAndTheRule() {
    assertThatThrownBy(() -> Validity.closed(MERGER, MERGER_EVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end: end '2025-06-30' is before start '2025-07-01': the end must not be before the start"
            + " [validity.order]")
        .asInstanceOf(type(ValidationException.class))
        .satisfies(e -> assertThat(e.violations()).singleElement()
            .satisfies(v -> assertThat(v.rule()).isEqualTo(Validity.ORDER)));
    assertThatThrownBy(() -> THIRTY_FOUR.withEnd(MERGER_EVE)).hasMessageContaining("[validity.order]");
    assertThatThrownBy(() -> Validity.parse("2025-07-01/2025-06-30")).hasMessageContaining("[validity.order]");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2019-09-30|10", "2019-9-30/..|5", "2019-09-30/open|11", "/..|0", "' 2019-09-30 / ..'|11"})
  void rejectsMalformedTextQuotingItAndTheIndex(String text, int index) {
    assertParseError(() -> Validity.parse(text), text, index, Validity.SYNTAX);
  }

  @Test
  void rejectsAnEndBeforeTheStartAtTheIndexOfTheEnd() {
    ParseException e = assertParseError(() -> Validity.parse("2025-07-01/2025-06-30"), "2025-07-01/2025-06-30", 11,
        Validity.ORDER);
    assertThat(e.violations().get(0).path()).isEqualTo("end");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-02-30/..", "../2019-13-01"})
  void rejectsImpossibleDates(String text) {
    assertThatThrownBy(() -> Validity.parse(text)).hasMessageContaining("[validity.syntax]");
  }

  @Test
  void rejectsNullArgumentsAtOnce() {
    assertThatThrownBy(() -> Validity.startingOn(null)).isInstanceOf(NullPointerException.class);
  }
}
