package io.github.cpvmodel.meeting;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.RomanNumeral;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A plenum of a Party committee (<i>hội nghị Ban Chấp hành</i>), numbered within the committee's term: "<i>Hội
 * nghị Trung ương lần thứ 4 khóa XII</i>" (<i>Hội nghị Trung ương 4 khóa XII</i>) is the 4th plenum of the
 * Central Committee of term XII, which adopted Resolution 04-NQ/TW on 30 October 2016. Not to be confused with
 * the IV Congress: the plenum's ordinal is Arabic, the term's Roman.
 *
 * <pre>{@code
 * Plenum first = Plenum.builder() // held during the XII Congress, on 27 January 2016
 *     .id(Id.of("cc/term/12/plenum/1"))
 *     .body(PartyBodies.CENTRAL_COMMITTEE)
 *     .term(12)
 *     .ordinal(1)
 *     .time(MeetingTime.of(LocalDate.of(2016, 1, 27), LocalDate.of(2016, 1, 27)))
 *     .build();
 * first.label().vi(); // "Hội nghị lần thứ 1 khóa XII"
 * }</pre>
 *
 * <p>Rejects an ordinal or a term number below 1 (rules {@link #ORDINAL}, {@link #TERM}) and a document listed
 * twice (rule {@link Meeting#DUPLICATE}) or dated before the plenum (rule {@link #ADOPTED}).
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class Plenum implements Meeting {
  /** Plenums are numbered from 1 within a term. */
  public static final Rule ORDINAL = Rule.of("plenum.ordinal", "the plenums of a term are numbered from 1");

  /** Terms are numbered from I. */
  public static final Rule TERM = Rule.of("plenum.term", "a plenum's term is numbered from 1 (I)");

  /** A plenum adopts documents dated from its first day on. */
  public static final Rule ADOPTED = Rule.of("plenum.adopted",
      "a document a plenum adopts is dated on or after the plenum's first day");

  Plenum() {}

  @Override
  public abstract Id id();

  /** {@return the id of the committee meeting in plenum, e.g. the Central Committee} */
  public abstract Id body();

  /**
   * The number of the committee's term (<i>khóa</i>).
   *
   * @return the term number, at least 1
   */
  public abstract int term();

  /** {@return the number of this plenum within the term (<i>lần thứ</i>), at least 1} */
  public abstract int ordinal();

  /** {@return when the plenum was held} */
  public abstract MeetingTime time();

  /**
   * The documents the plenum adopted.
   *
   * @return the keys of the documents, in the order listed
   */
  public abstract ImmutableList<DocumentKey> adopted();

  /** {@return where the record of the plenum comes from, or empty} */
  public abstract Optional<Source> source();

  /** {@return the term as a Roman numeral, e.g. {@code XII}} */
  public RomanNumeral termNumeral() {
    return RomanNumeral.of(term());
  }

  /**
   * The plenum in words, without the committee's name: "Hội nghị lần thứ 4 khóa XII" / "4th plenum of the 12th
   * term".
   *
   * @return the label
   */
  public LocalizedName label() {
    return label(term(), ordinal());
  }

  /** The label of plenum {@code ordinal} of term {@code term}, for {@link #label()} and {@link MeetingReference}. */
  static LocalizedName label(int term, int ordinal) {
    return LocalizedName.of("Hội nghị lần thứ " + ordinal + " khóa " + RomanNumeral.of(term),
        Checks.englishOrdinal(ordinal) + " plenum of the " + Checks.englishOrdinal(term) + " term");
  }

  @Override
  public Validity dates() {
    return time().dates();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plenum}; {@code build()} validates. */
  public static final class Builder extends ImmutablePlenum.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ORDINAL.require(ordinal() >= 1, "ordinal", "plenum ordinal '%d' is below 1", ordinal());
    TERM.require(term() >= 1, "term", "term number '%d' is below 1", term());
    Checks.requireDistinct(adopted(), "adopted");
    for (int i = 0; i < adopted().size(); i++) {
      DocumentKey key = adopted().get(i);
      ADOPTED.require(!key.issued().isBefore(time().firstDay()), "adopted[" + i + "]",
          "'%s' is dated before the plenum opened on '%s'", key, time().firstDay());
    }
  }
}
