package io.github.cpvmodel.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.RomanNumeral;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MutationTest {
  private static final LocalDate DAY = LocalDate.of(2020, 1, 2);
  private static final Mutation END_BEFORE_START = Mutation.of(Validity.ORDER, Gen.ints(1, 400).map(days ->
      Attempt.of("end " + days + " days before the start", () -> Validity.closed(DAY, DAY.minusDays(days)))));

  @Test
  void attemptRejectedForTheRulePasses() {
    assertThatCode(() -> END_BEFORE_START.assertRejects(Attempt.of("backwards", () -> Validity.parse(
        "2020-01-02/2020-01-01")))).doesNotThrowAnyException();
    assertThatCode(() -> Property.rejects(END_BEFORE_START)).doesNotThrowAnyException();
  }

  @Test
  void acceptedAttemptIsReportedWithWhatWasBuilt() {
    AssertionError e = catchThrowableOfType(AssertionError.class,
        () -> END_BEFORE_START.assertRejects(Attempt.of("a forward interval", () -> Validity.onlyOn(DAY))));
    assertThat(e).hasMessage("expected a forward interval to break rule validity.order, but it was accepted and "
        + "built 2020-01-02/2020-01-02");
  }

  @Test
  void rejectionForAnotherRuleIsReportedWithThatRule() {
    AssertionError e = catchThrowableOfType(AssertionError.class,
        () -> END_BEFORE_START.assertRejects(Attempt.of("'2020-13-01/..'", () -> Validity.parse("2020-13-01/.."))));
    assertThat(e.getMessage())
        .startsWith("expected '2020-13-01/..' to break rule validity.order, but it broke validity.syntax instead: ");
    assertThat(e).hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectionForAnotherRuleAsWellIsReportedWithThatRule() {
    AssertionError e = catchThrowableOfType(AssertionError.class, () -> END_BEFORE_START.assertRejects(
        Attempt.of("a backwards interval with a bad id", () -> {
          throw new ValidationException(List.of(Validity.ORDER.violation("end", "end '2020-01-01' is early"),
              Id.SYNTAX.violation("id", "'X' is not an id")));
        })));
    assertThat(e.getMessage()).startsWith("expected a backwards interval with a bad id to break rule validity.order "
        + "alone, but it broke id.syntax as well: ");
  }

  @Test
  void anotherExceptionIsReportedAsTheCause() {
    AssertionError e = catchThrowableOfType(AssertionError.class, () -> END_BEFORE_START.assertRejects(
        Attempt.of("a null start", () -> Validity.closed(null, DAY))));
    assertThat(e.getMessage()).startsWith(
        "expected a null start to break rule validity.order with a ValidationException, but it threw "
            + "java.lang.NullPointerException");
    assertThat(e).hasCauseInstanceOf(NullPointerException.class);
  }

  @Test
  void mutationWhoseAttemptsAreAcceptedFailsWithAShrunkAttempt() {
    Mutation wrong = Mutation.of(RomanNumeral.RANGE,
        Gen.ints(0, 5000).map(n -> Attempt.of("RomanNumeral.of(" + n + ")", () -> RomanNumeral.of(n))));
    AssertionError e = catchThrowableOfType(AssertionError.class, () -> Property.rejects(wrong));
    assertThat(FailureReports.shrunk(e)).isEqualTo("RomanNumeral.of(1)");
    assertThat(e.getMessage()).contains("but it was accepted and built I");
  }

  @Test
  void everyFailingMutationIsReportedTogether() {
    Mutation acceptsIds = Mutation.of(Id.SYNTAX, Gen.constant(Attempt.of("a good id", () -> Id.of("cc"))));
    Mutation acceptsNames =
        Mutation.of(LocalizedName.BLANK, Gen.constant(Attempt.of("a good name", () -> LocalizedName.of("Ban"))));
    AssertionError e = catchThrowableOfType(AssertionError.class,
        () -> Property.rejects(List.of(acceptsIds, END_BEFORE_START, acceptsNames)));
    assertThat(e.getMessage())
        .startsWith("2 of 3 mutations are not rejected for their rule:\n- mutation of rule id.syntax: ")
        .contains("\n- mutation of rule localized-name.blank: ");
    assertThat(e.getSuppressed()).hasSize(2);
  }

  @Test
  void declaredRulesAreFoundInDeclarationOrder() {
    assertThat(Rules.declaredIn(Validity.class, RomanNumeral.class))
        .containsExactly(Validity.ORDER, Validity.SYNTAX, RomanNumeral.RANGE, RomanNumeral.SYNTAX);
    assertThat(Rules.declaredIn(String.class)).isEmpty();
  }

  @Test
  void uncoveredRulesAreListed() {
    AssertionError e = catchThrowableOfType(AssertionError.class,
        () -> Rules.assertCovered(List.of(END_BEFORE_START), Validity.class, Id.class));
    Rule syntax = Validity.SYNTAX;
    assertThat(e).hasMessage("2 rule(s) have no mutation: " + syntax.code() + " (" + syntax.description() + "); "
        + Id.SYNTAX.code() + " (" + Id.SYNTAX.description() + ")");
    assertThatCode(() -> Rules.assertCovered(List.of(END_BEFORE_START), LocalDate.class))
        .doesNotThrowAnyException();
  }
}
