package io.github.cpvmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.meeting.Congress;
import io.github.cpvmodel.meeting.Term;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalCongressesTest {
  @Test
  void knowsFourteenCongressesInOrderEachOfTheCentralCommittee() {
    assertThat(NationalCongresses.all()).hasSize(14);
    for (int n = 1; n <= 14; n++) {
      Congress congress = NationalCongresses.byOrdinal(n);
      assertThat(congress.ordinal()).isEqualTo(n);
      assertThat(congress.body()).isEqualTo(PartyBodies.CENTRAL_COMMITTEE);
      assertThat(congress.id()).hasToString("cc/congress/" + n);
      assertThat(congress.source()).isPresent();
    }
    assertThat(NationalCongresses.all()).isSortedAccordingTo((a, b) -> a.time().compareTo(b.time()));
  }

  @ParameterizedTest
  @CsvSource({
      "1, 1935-03-27/1935-03-31, Ma Cao",
      "2, 1951-02-11/1951-02-19, 'Vinh Quang, Chiêm Hóa, Tuyên Quang'",
      "8, 1996-06-28/1996-07-01, Hà Nội",
      "12, 2016-01-21/2016-01-28, Hà Nội",
      "13, 2021-01-26/2021-02-01, Hà Nội",
      "14, 2026-01-20/2026-01-23, Hà Nội"})
  void carriesTheDatesAndPlaceOfTheNotes(int ordinal, String dates, String place) {
    Congress congress = NationalCongresses.byOrdinal(ordinal);
    assertThat(congress.dates()).isEqualTo(Validity.parse(dates));
    assertThat(congress.place().map(LocalizedName::vi)).contains(place);
  }

  @Test
  void keepsThePreparatorySessionsAndTheElectedCentralCommittee() {
    assertThat(NationalCongresses.byOrdinal(13).preparatorySession()).contains(LocalDate.of(2021, 1, 25));
    assertThat(NationalCongresses.byOrdinal(14).preparatorySession()).contains(LocalDate.of(2026, 1, 19));
    assertThat(NationalCongresses.byOrdinal(14).elected()).singleElement().satisfies(cc -> {
      assertThat(cc.members()).isEqualTo(180);
      assertThat(cc.alternates()).hasValue(20);
    });
    assertThat(NationalCongresses.byOrdinal(12).elected()).isEmpty();
  }

  @Test
  void carriesTheVerificationMarksOfTheNotesHonestly() {
    assertThat(NationalCongresses.note(3)).hasValueSatisfying(n -> assertThat(n).contains("5-12 September"));
    assertThat(NationalCongresses.attestation(7)).isEqualTo(Attestation.VERIFIED);
    assertThat(NationalCongresses.attestation(13)).isEqualTo(Attestation.VERIFIED);
    assertThat(NationalCongresses.note(13)).hasValueSatisfying(n -> assertThat(n).contains("closed a day early"));
    assertThat(NationalCongresses.note(12)).isEmpty();
  }

  @Test
  void termsRunFromTheirRecordedFirstDayToTheDayBeforeTheNextOne() {
    assertThat(NationalCongresses.terms()).hasSize(14);
    Term xii = NationalCongresses.terms().get(11);
    assertThat(xii.label().vi()).isEqualTo("khóa XII");
    assertThat(xii.validity()).isEqualTo(Validity.parse("2016-01-27/2021-01-30"));
    assertThat(xii.congress()).contains(NationalCongresses.byOrdinal(12).id());
    assertThat(NationalCongresses.terms().get(13).validity().isOpenEnded()).isTrue();
    assertThat(NationalCongresses.termOn(LocalDate.of(2019, 9, 30))).contains(xii);
    assertThat(NationalCongresses.termOn(LocalDate.of(2021, 1, 30)).map(Term::number)).contains(12);
    assertThat(NationalCongresses.termOn(LocalDate.of(2021, 1, 31)).map(Term::number)).contains(13);
    assertThat(NationalCongresses.termOn(LocalDate.of(1934, 1, 1))).isEmpty();
    // Terms I-XI: the day after the congress closed.
    assertThat(NationalCongresses.terms().get(10).validity().start()).contains(LocalDate.of(2011, 1, 20));
  }

  /** Hướng dẫn 36-HD/VPTW (2018): a term starts on its first plenum's opening day when it meets during the congress. */
  @Test
  void termsXiiiAndXivStartOnTheirFirstPlenumDuringTheCongressAsVerified() {
    Term xiii = NationalCongresses.terms().get(12);
    assertThat(xiii.validity()).isEqualTo(Validity.parse("2021-01-31/2026-01-22"));
    assertThat(NationalCongresses.termStartAttestation(13)).isEqualTo(Attestation.VERIFIED);
    assertThat(xiii.firstDaySource().orElseThrow().publication()).contains("vovworld.vn", "40E5A");
    assertThat(NationalCongresses.terms().get(13).validity().start()).contains(LocalDate.of(2026, 1, 23));
    assertThat(NationalCongresses.termStartAttestation(14)).isEqualTo(Attestation.VERIFIED);
  }

  /** The reading taken for term XII: the 2018 guidance applied back to its first plenum of 2016-01-27 (baodautu). */
  @Test
  void termXiiStartsOnItsFirstPlenumAReadingMarkedUnverified() {
    assertThat(NationalCongresses.terms().get(11).validity().start()).contains(LocalDate.of(2016, 1, 27));
    assertThat(NationalCongresses.termStartAttestation(12)).isEqualTo(Attestation.UNVERIFIED);
    assertThat(NationalCongresses.terms().get(11).firstDaySource().orElseThrow().publication())
        .contains("baodautu.vn");
    assertThat(NationalCongresses.termStartAttestation(11)).isEqualTo(Attestation.UNVERIFIED);
  }

  /** XII: preparatory session 2016-01-20, opening 2016-01-21 (TTXVN via kinhdoanhnet.vn). */
  @Test
  void congressXiiHadAPreparatorySessionTheDayBeforeItOpened() {
    assertThat(NationalCongresses.byOrdinal(12).preparatorySession()).contains(LocalDate.of(2016, 1, 20));
    assertThat(NationalCongresses.byOrdinal(12).time().firstDay()).isEqualTo(LocalDate.of(2016, 1, 21));
  }

  /** XI: preparatory session 2011-01-11 (en.vietnamplus.vn). */
  @Test
  void congressXiHadAPreparatorySession() {
    assertThat(NationalCongresses.byOrdinal(11).preparatorySession()).contains(LocalDate.of(2011, 1, 11));
  }

  /** III (5-10/9/1960) and IV-VI: TTXVN (nvsk.vnanet.vn) and QĐND; the weak self.gutenberg.org source is dropped. */
  @ParameterizedTest
  @CsvSource({
      "3, 1960-09-05/1960-09-10, nvsk.vnanet.vn",
      "4, 1976-12-14/1976-12-20, nvsk.vnanet.vn",
      "5, 1982-03-27/1982-03-31, nvsk.vnanet.vn",
      "6, 1986-12-15/1986-12-18, www.qdnd.vn"})
  void congressesIiiToViAreConfirmedByPrimaryPress(int ordinal, String dates, String host) {
    Congress congress = NationalCongresses.byOrdinal(ordinal);
    assertThat(congress.dates()).isEqualTo(Validity.parse(dates));
    assertThat(NationalCongresses.attestation(ordinal)).isEqualTo(Attestation.VERIFIED);
    assertThat(congress.source().flatMap(s -> s.url()).map(u -> u.getHost())).contains(host);
  }

  @Test
  void findsTheLatestCongressByADay() {
    assertThat(NationalCongresses.latestOn(LocalDate.of(2019, 9, 30)).map(Congress::ordinal)).contains(12);
    assertThat(NationalCongresses.latestOn(LocalDate.of(2021, 1, 26)).map(Congress::ordinal)).contains(13);
    assertThat(NationalCongresses.latestOn(LocalDate.of(1930, 2, 3))).isEmpty();
  }

  @Test
  void rejectsAnOrdinalItDoesNotKnow() {
    assertThat(NationalCongresses.findByOrdinal(15)).isEmpty();
    assertThat(NationalCongresses.findByOrdinal(0)).isEmpty();
    assertThatThrownBy(() -> NationalCongresses.byOrdinal(15))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ordinal: there is no National Congress '15': the known ones are 1 to 14: National Congresses "
            + "are numbered from I (1935) to XIV (2026) [national-congresses.unknown]");
  }
}
