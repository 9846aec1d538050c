package io.github.cpvmodel.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.meeting.Congress;
import io.github.cpvmodel.meeting.ElectedBody;
import io.github.cpvmodel.meeting.MeetingTime;
import io.github.cpvmodel.meeting.Term;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The National Congresses of the Party (<i>Đại hội đại biểu toàn quốc</i>), I (Macau, 1935) to XIV (Hà Nội,
 * 2026), and the terms (<i>khóa</i>) of the Central Committee they opened: the Central Committee elected at
 * congress N is that of term N.
 *
 * <p>A National Congress is held by the Party as a whole, whose body at the top of the
 * {@linkplain PartyBodies#hierarchy() hierarchy} is the {@linkplain PartyBodies#CENTRAL_COMMITTEE Central
 * Committee}, so that is each congress's {@link Congress#body() body}. Its ids are {@code cc/congress/13} and
 * {@code cc/term/13}.
 *
 * <p><b>Terms.</b> A term's first day is a recorded fact ({@link #termStartAttestation(int)}, {@link
 * Term#firstDaySource()}), not a derivation, and each term runs to the day before the next one's first day (the
 * days within which Party document numbers run). Hướng dẫn 36-HD/VPTW (2018) starts a term the day after the
 * congress closes, except that when the new Central Committee holds its first plenum during the congress the term
 * starts on that plenum's opening day: so term XIII starts on 2021-01-31 and term XIV on 2026-01-23 (verified).
 * <b>Term XII</b> is taken to start on 2016-01-27, the opening day of its first plenum, held during the congress
 * (verified), reading the 2018 guidance as applying back to 2016; the other reading, the day after the congress
 * (2016-01-29), is not taken, and the start is marked {@link Attestation#UNVERIFIED}. Terms I to XI start the day
 * after their congress closed, the rule's general case applied back (unverified: whether a first plenum met during
 * those congresses is not recorded).
 *
 * <p>Not every date is equally certain: {@link #attestation(int)} says how well a congress's dates are
 * established and {@link #note(int)} where sources disagree. The dates of congresses III to VI are confirmed by
 * the news agency (TTXVN) and the Party press.
 *
 * <pre>{@code
 * NationalCongresses.byOrdinal(13).dates();                 // 2021-01-26/2021-02-01
 * NationalCongresses.termOn(LocalDate.of(2019, 9, 30))
 *     .map(t -> t.label().vi());                           // "khóa XII"
 * NationalCongresses.terms().get(12).validity();            // 2021-01-31/2026-01-22: term XIII
 * NationalCongresses.termStartAttestation(12);              // UNVERIFIED: the 2018 rule applied back
 * }</pre>
 *
 * <p>All lists are immutable, built once on first use and safe to share between threads.
 */
public final class NationalCongresses {
  /** The ordinal is that of a National Congress this class knows. */
  public static final Rule UNKNOWN = Rule.of("national-congresses.unknown",
      "National Congresses are numbered from I (1935) to XIV (2026)");

  private NationalCongresses() {}

  /** {@return every National Congress, I to XIV, in order} */
  public static ImmutableList<Congress> all() {
    return Data.INSTANCE.congresses;
  }

  /**
   * The National Congress of an ordinal, if there is one.
   *
   * @param ordinal the ordinal, e.g. 13
   * @return the congress, or empty if there is no such congress (yet)
   */
  public static Optional<Congress> findByOrdinal(int ordinal) {
    return ordinal >= 1 && ordinal <= all().size() ? Optional.of(all().get(ordinal - 1)) : Optional.empty();
  }

  /**
   * The National Congress of an ordinal.
   *
   * @param ordinal the ordinal, e.g. 13
   * @return the congress
   * @throws ValidationException if there is no such congress (rule {@link #UNKNOWN})
   */
  public static Congress byOrdinal(int ordinal) {
    return findByOrdinal(ordinal).orElseThrow(() -> new ValidationException(UNKNOWN.violation("ordinal",
        String.format("there is no National Congress '%d': the known ones are 1 to %d", ordinal, all().size()))));
  }

  /**
   * The latest National Congress that had opened by a day.
   *
   * @param day the day
   * @return the congress, or empty before 1935-03-27
   */
  public static Optional<Congress> latestOn(LocalDate day) {
    return all().reverse().stream().filter(c -> !c.time().firstDay().isAfter(day)).findFirst();
  }

  /** {@return the terms of the Central Committee, I to XIV, in order, each tied to the congress that opened it} */
  public static ImmutableList<Term> terms() {
    return Data.INSTANCE.terms;
  }

  /**
   * The term of the Central Committee in which a day falls.
   *
   * @param day the day
   * @return the term, or empty on or before the close of the I Congress
   */
  public static Optional<Term> termOn(LocalDate day) {
    return terms().stream().filter(t -> t.validity().contains(day)).findFirst();
  }

  /**
   * How well the dates of a congress are established.
   *
   * @param ordinal the ordinal of the congress
   * @return the attestation
   * @throws ValidationException if there is no such congress (rule {@link #UNKNOWN})
   */
  public static Attestation attestation(int ordinal) {
    return Data.INSTANCE.attestations.get(byOrdinal(ordinal).id());
  }

  /**
   * How well the first day of a term is established (see the class description).
   *
   * @param ordinal the ordinal of the term
   * @return the attestation: VERIFIED for XIII and XIV, UNVERIFIED for I to XII
   * @throws ValidationException if there is no such term (rule {@link #UNKNOWN})
   */
  public static Attestation termStartAttestation(int ordinal) {
    return Data.INSTANCE.termStartAttestations.get(byOrdinal(ordinal).id());
  }

  /**
   * What the sources say beyond the dates: where they disagree, what was planned.
   *
   * @param ordinal the ordinal of the congress
   * @return the note in English, or empty
   * @throws ValidationException if there is no such congress (rule {@link #UNKNOWN})
   */
  public static Optional<String> note(int ordinal) {
    return Optional.ofNullable(Data.INSTANCE.notes.get(byOrdinal(ordinal).id()));
  }

  /** The loaded data; the holder idiom makes loading lazy, once and thread-safe. */
  private static final class Data {
    static final Data INSTANCE = load();

    final ImmutableList<Congress> congresses;
    final ImmutableList<Term> terms;
    final ImmutableMap<Id, Attestation> attestations;
    final ImmutableMap<Id, String> notes;
    final ImmutableMap<Id, Attestation> termStartAttestations;

    private Data(ImmutableList<Congress> congresses, ImmutableMap<Id, Attestation> attestations,
        ImmutableMap<Id, String> notes, List<LocalDate> termStarts, List<Source> termSources,
        ImmutableMap<Id, Attestation> termStartAttestations) {
      this.congresses = congresses;
      this.attestations = attestations;
      this.notes = notes;
      this.termStartAttestations = termStartAttestations;
      ImmutableList.Builder<Term> terms = ImmutableList.builder();
      for (int i = 0; i < congresses.size(); i++) {
        Congress opening = congresses.get(i);
        LocalDate start = termStarts.get(i);
        Validity validity = i + 1 < congresses.size()
            ? Validity.closed(start, termStarts.get(i + 1).minusDays(1)) : Validity.startingOn(start);
        terms.add(Term.builder()
            .id(PartyBodies.CENTRAL_COMMITTEE.child("term/" + opening.ordinal()))
            .body(PartyBodies.CENTRAL_COMMITTEE)
            .number(opening.ordinal())
            .congress(opening.id())
            .validity(validity)
            .firstDaySource(termSources.get(i))
            .build());
      }
      this.terms = terms.build();
    }

    private static Data load() {
      ImmutableList.Builder<Congress> congresses = ImmutableList.builder();
      ImmutableMap.Builder<Id, Attestation> attestations = ImmutableMap.builder();
      ImmutableMap.Builder<Id, String> notes = ImmutableMap.builder();
      List<LocalDate> termStarts = new ArrayList<>();
      List<Source> termSources = new ArrayList<>();
      ImmutableMap.Builder<Id, Attestation> termStartAttestations = ImmutableMap.builder();
      for (ReferenceFile.Row row : ReferenceFile.load("national-congresses.csv").rows()) {
        int ordinal = row.get("ordinal", Integer::parseInt);
        Id id = PartyBodies.CENTRAL_COMMITTEE.child("congress/" + ordinal);
        Congress.Builder congress = Congress.builder()
            .id(id)
            .body(PartyBodies.CENTRAL_COMMITTEE)
            .ordinal(ordinal)
            .time(MeetingTime.of(row.getDate("first"), row.getDate("last")))
            .preparatorySession(row.findDate("preparatory"))
            .place(LocalizedName.of(row.get("place_vi"), row.get("place_en")));
        URI url = row.get("source", URI::create);
        congress.source(Source.builder().publication(url.getHost()).url(url).build());
        row.find("central_committee", size -> {
          String[] parts = size.split("\\+", -1);
          if (parts.length != 2) {
            throw new IllegalArgumentException("not full + alternate members, e.g. 180+20");
          }
          return ElectedBody.of(PartyBodies.CENTRAL_COMMITTEE, Integer.parseInt(parts[0]),
              Integer.parseInt(parts[1]));
        }).ifPresent(congress::addElected);
        congresses.add(congress.build());
        attestations.put(id, row.get("attestation", Attestation::parse));
        row.find("note").ifPresent(note -> notes.put(id, note));
        termStarts.add(row.getDate("term_start"));
        termStartAttestations.put(id, row.get("term_start_attestation", Attestation::parse));
        termSources.add(Source.builder().publication(row.get("term_start_source")).build());
      }
      return new Data(congresses.build(), attestations.build(), notes.build(), termStarts, termSources,
          termStartAttestations.build());
    }
  }
}
