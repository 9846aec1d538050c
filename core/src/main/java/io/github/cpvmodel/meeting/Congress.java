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
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A congress (<i>đại hội</i>) of a Party organisation: the National Congress of the whole Party (<i>Đại hội đại
 * biểu toàn quốc</i>) or the congress of a provincial, grassroots or other Party organisation (<i>Đại hội Đảng bộ
 * tỉnh Đồng Nai lần thứ XI, nhiệm kỳ 2020-2025</i>). It is numbered in Roman numerals within its body, elects the
 * body's committee and opens a {@link Term term}; its {@link #leaders() leaders} are elected by it or by the new
 * committee's first plenum, or appointed (<i>chỉ định</i>) by a higher body.
 *
 * <p>A body born of a merger is a new body and numbers its congresses from I again, so the ordinal says nothing
 * about the bodies it came from.
 *
 * <pre>{@code
 * Congress xii = Congress.builder()
 *     .id(Id.of("cc/congress/12"))
 *     .body(PartyBodies.CENTRAL_COMMITTEE)
 *     .ordinal(12)
 *     .preparatorySession(LocalDate.of(2016, 1, 20))
 *     .time(MeetingTime.of(LocalDate.of(2016, 1, 21), LocalDate.of(2016, 1, 28)))
 *     .place(LocalizedName.of("Hà Nội", "Hanoi"))
 *     .build();
 * xii.label().vi(); // "Đại hội lần thứ XII"
 * xii.dates().equals(NationalCongresses.byOrdinal(12).dates()); // true: the built-in record
 * }</pre>
 *
 * <p>Rejects an ordinal below 1 (rule {@link #ORDINAL}), a number of delegates below 1 (rule {@link #DELEGATES}),
 * a preparatory session that is not before the opening day (rule {@link #PREPARATORY}), a body elected twice, a
 * person listed twice as leader in the same post or a document listed twice (rule {@link Meeting#DUPLICATE}) and a
 * document dated before the congress (rule {@link #ADOPTED}). Whether each {@link Leader leader} took the post is
 * checked by a {@link io.github.cpvmodel.dataset.Dataset}.
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class Congress implements Meeting {
  /** Congresses are numbered from I. */
  public static final Rule ORDINAL = Rule.of("congress.ordinal",
      "a congress is numbered from 1 (I) within its body; a body born of a merger starts again at I");

  /** A congress has delegates. */
  public static final Rule DELEGATES = Rule.of("congress.delegates",
      "the number of delegates is at least 1 (leave it out when the record does not give it)");

  /** The preparatory session comes before the opening. */
  public static final Rule PREPARATORY = Rule.of("congress.preparatory",
      "the preparatory session (phiên trù bị) is held before the opening day");

  /** A congress adopts documents dated from its first day on. */
  public static final Rule ADOPTED = Rule.of("congress.adopted",
      "a document a congress adopts is dated on or after the congress's first day");

  Congress() {}

  @Override
  public abstract Id id();

  /** {@return the id of the Party organisation holding the congress} */
  public abstract Id body();

  /** {@return the number of this congress among its body's congresses, at least 1} */
  public abstract int ordinal();

  /**
   * The term the congress opens, as it names it: "<i>nhiệm kỳ 2020-2025</i>".
   *
   * @return the term years, or empty
   */
  public abstract Optional<TermYears> termYears();

  /** {@return when the congress was held, from the opening to the closing session} */
  public abstract MeetingTime time();

  /**
   * The day of the preparatory session (<i>phiên trù bị</i>), when it was held on an earlier day.
   *
   * @return the day, or empty
   */
  public abstract Optional<LocalDate> preparatorySession();

  /** {@return where the congress was held, e.g. "Hà Nội", or empty} */
  public abstract Optional<LocalizedName> place();

  /** {@return the number of delegates (<i>đại biểu</i>), at least 1, or empty} */
  public abstract OptionalInt delegates();

  /**
   * The bodies the congress elected, with their sizes.
   *
   * @return the elected bodies, in the order listed
   */
  public abstract ImmutableList<ElectedBody> elected();

  /**
   * The leaders who came out of the congress: elected by it or by its committee's first plenum, or appointed or
   * assigned by a higher body for the term it opened.
   *
   * @return the leaders, in the order listed
   */
  public abstract ImmutableList<Leader> leaders();

  /**
   * The documents the congress adopted, such as its resolution.
   *
   * @return the keys of the documents, in the order listed
   */
  public abstract ImmutableList<DocumentKey> documents();

  /** {@return where the record of the congress comes from, or empty} */
  public abstract Optional<Source> source();

  /** {@return the ordinal as a Roman numeral, as congresses are numbered, e.g. {@code XIII}} */
  public RomanNumeral numeral() {
    return RomanNumeral.of(ordinal());
  }

  /** {@return the congress in words, without its body's name: "Đại hội lần thứ XIII" / "13th Congress"} */
  public LocalizedName label() {
    return label(ordinal());
  }

  /** The label of the congress numbered {@code ordinal}, for {@link #label()} and {@link MeetingReference}. */
  static LocalizedName label(int ordinal) {
    return LocalizedName.of("Đại hội lần thứ " + RomanNumeral.of(ordinal), Checks.englishOrdinal(ordinal)
        + " Congress");
  }

  @Override
  public Validity dates() {
    return time().dates();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Congress}; {@code build()} validates. */
  public static final class Builder extends ImmutableCongress.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ORDINAL.require(ordinal() >= 1, "ordinal", "ordinal '%d' is below 1", ordinal());
    delegates().ifPresent(n -> DELEGATES.require(n >= 1, "delegates", "'%d' delegates is below 1", n));
    preparatorySession().ifPresent(day -> PREPARATORY.require(day.isBefore(time().firstDay()),
        "preparatorySession", "preparatory session '%s' is not before the opening on '%s'", day,
        time().firstDay()));
    Checks.requireDistinct(elected().stream().map(ElectedBody::body).collect(ImmutableList.toImmutableList()),
        "elected");
    Checks.requireDistinct(leaders().stream().map(l -> l.person() + " as " + l.post())
        .collect(ImmutableList.toImmutableList()), "leaders");
    Checks.requireDistinct(documents(), "documents");
    for (int i = 0; i < documents().size(); i++) {
      DocumentKey key = documents().get(i);
      ADOPTED.require(!key.issued().isBefore(time().firstDay()), "documents[" + i + "]",
          "'%s' is dated before the congress opened on '%s'", key, time().firstDay());
    }
  }
}
