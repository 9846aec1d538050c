package io.github.cpvmodel.meeting;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.RomanNumeral;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A term (<i>khóa</i>) of a Party committee: the Central Committee of term XII (<i>Ban Chấp hành Trung ương
 * khóa XII</i>) is the one elected by the XII National Congress. A term is opened by a {@link Congress} and runs
 * until the next one; its days matter because document numbers restart with every term.
 *
 * <p>The first day is a fact to record, with where it comes from ({@link #firstDaySource()}), not only a
 * derivation from the congress: under Hướng dẫn 36-HD/VPTW (2018) a term starts the day after the congress closes,
 * or on the opening day of the new committee's first plenum when that plenum meets during the congress (term XIII
 * starts on 2021-01-31, the day before the XIII Congress closed). The built-in terms
 * ({@code NationalCongresses.terms()}) say which reading they take for term XII.
 *
 * <pre>{@code
 * Term xii = Term.builder()
 *     .id(Id.of("cc/term/12"))
 *     .body(PartyBodies.CENTRAL_COMMITTEE)
 *     .number(12)
 *     .congress(Id.of("cc/congress/12"))
 *     .validity(Validity.parse("2016-01-27/2021-01-30"))
 *     .build();
 * xii.label().vi(); // "khóa XII"
 * }</pre>
 *
 * <p>Rejects a number below 1 (rule {@link #NUMBER}) and a validity without a start (rule {@link #START}). A
 * {@link io.github.cpvmodel.dataset.Dataset} checks that the congress is the congress of the same number of the
 * committee, or of the Party organisation the committee stands under on the term's first day.
 */
@Value.Immutable
@ModelStyle
public abstract class Term {
  /** Terms are numbered from I. */
  public static final Rule NUMBER = Rule.of("term.number", "a term is numbered from 1 (I)");

  /** A term has a first day. */
  public static final Rule START = Rule.of("term.start",
      "a term has a first day (the day after the congress that opened it closed, or the day it was opened)");

  Term() {}

  /** {@return the identifier of this term} */
  public abstract Id id();

  /** {@return the id of the committee whose term this is} */
  public abstract Id body();

  /** {@return the number of the term, the ordinal of the congress that opened it, at least 1} */
  public abstract int number();

  /** {@return the id of the congress that opened the term, or empty when it is not recorded} */
  public abstract Optional<Id> congress();

  /** {@return the days of the term, with a start; open-ended for the current one} */
  public abstract Validity validity();

  /** {@return where the first day of the term is recorded, if given} */
  public abstract Optional<Source> firstDaySource();

  /** {@return the number as a Roman numeral, e.g. {@code XII}} */
  public RomanNumeral numeral() {
    return RomanNumeral.of(number());
  }

  /** {@return the term in words: "khóa XII" / "12th term"} */
  public LocalizedName label() {
    return LocalizedName.of("khóa " + numeral(), Checks.englishOrdinal(number()) + " term");
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Term}; {@code build()} validates. */
  public static final class Builder extends ImmutableTerm.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    NUMBER.require(number() >= 1, "number", "term number '%d' is below 1", number());
    START.require(validity().start().isPresent(), "validity.start", "validity '%s' has no start", validity());
  }
}
