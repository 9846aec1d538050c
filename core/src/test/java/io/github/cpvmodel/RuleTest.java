package io.github.cpvmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleTest {
  private static final Rule RATIO = Rule.of("observation.ratio", "the numerator must not exceed the denominator");

  @Test
  void requireThrowsOnlyWhenTheRuleIsBroken() {
    assertThatCode(() -> RATIO.require(true, "value", "unused")).doesNotThrowAnyException();
    assertThatThrownBy(() -> RATIO.require(false, "value", "%d/%d", 64, 63))
        .isInstanceOf(ValidationException.class)
        .hasMessage("value: 64/63: the numerator must not exceed the denominator [observation.ratio]");
  }

  @Test
  void rejectsMalformedCodes() {
    assertThatThrownBy(() -> Rule.of("Observation Ratio", "x"))
        .hasMessage("Rule code 'Observation Ratio' is invalid: use lower-case ASCII words joined by '.' or '-'");
    assertThatThrownBy(() -> Rule.of("a.b", " ")).hasMessage("Rule 'a.b' has a blank description");
  }

  @Test
  void rulesAreEqualByCode() {
    assertThat(Rule.of("a.b", "one")).isEqualTo(Rule.of("a.b", "two")).hasToString("a.b");
  }

  @Test
  void violationPathsGrowFromTheOutside() {
    Violation v = RATIO.violation("value", "64/63");
    assertThat(v.withPathPrefix("observations[3]").path()).isEqualTo("observations[3].value");
    assertThat(RATIO.violation("", "x").withPathPrefix("observations[3]").path()).isEqualTo("observations[3]");
    assertThat(RATIO.violation("[2]", "x").withPathPrefix("coChairs").path()).isEqualTo("coChairs[2]");
    assertThat(v.withPathPrefix("")).isSameAs(v);
  }

  @Test
  void anExceptionCarriesEveryViolation() {
    ValidationException e = new ValidationException(ImmutableList.of(
        RATIO.violation("a", "64/63"), Validity.ORDER.violation("b", "end before start")));
    assertThat(e.violations()).hasSize(2);
    assertThat(e.getMessage()).startsWith("2 violations:\n  a: 64/63").contains("\n  b: end before start");
    assertThat(e.withPathPrefix("x").violations()).extracting(Violation::path).containsExactly("x.a", "x.b");
    assertThatThrownBy(() -> new ValidationException(ImmutableList.of()))
        .hasMessage("A ValidationException needs at least one violation");
  }

  @Test
  void collectedViolationsAreThrownTogetherOrNotAtAll() {
    assertThatCode(() -> ValidationException.requireNone(ImmutableList.of())).doesNotThrowAnyException();
    Violation first = Validity.ORDER.violation("a", "'x' is wrong");
    Violation second = Id.SYNTAX.violation("b", "'Y' is wrong");
    assertThatThrownBy(() -> ValidationException.requireNone(ImmutableList.of(first, second)))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).containsExactly(first, second));
  }

  @Test
  void indexesByAUniqueKeyKeepingTheFirstAndReportingEveryLaterDuplicate() {
    Rule unique = Rule.of("test.duplicate-id", "each value has its own id");
    List<Violation> found = new ArrayList<>();
    ImmutableMap<Id, String> index = unique.index(List.of("cc", "cc/politburo", "cc", "cc"), Id::of, "ids[%d]",
        found::add);
    assertThat(index).containsExactly(Map.entry(Id.of("cc"), "cc"), Map.entry(Id.of("cc/politburo"), "cc/politburo"));
    assertThat(found).extracting(Violation::path).containsExactly("ids[2]", "ids[3]");
    assertThat(found.get(0).message()).startsWith("'cc' is used twice, first at ids[0]");
    assertThat(found).extracting(Violation::rule).containsOnly(unique);
  }
}
