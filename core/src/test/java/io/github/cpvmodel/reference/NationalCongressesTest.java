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
      "12, 2016-01-20/2016-01-28, Hà Nội",
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
    assertThat(NationalCongresses.attestation(3)).isEqualTo(Attestation.UNVERIFIED);
    assertThat(NationalCongresses.note(3)).hasValueSatisfying(n -> assertThat(n).contains("5-12 September"));
    assertThat(NationalCongresses.attestation(4)).isEqualTo(Attestation.SECONDARY);
    assertThat(NationalCongresses.attestation(6)).isEqualTo(Attestation.SECONDARY);
    assertThat(NationalCongresses.attestation(7)).isEqualTo(Attestation.VERIFIED);
    assertThat(NationalCongresses.attestation(13)).isEqualTo(Attestation.VERIFIED);
    assertThat(NationalCongresses.note(13)).hasValueSatisfying(n -> assertThat(n).contains("closed a day early"));
    assertThat(NationalCongresses.note(12)).isEmpty();
  }

  @Test
  void termsRunFromTheDayAfterOneCongressClosedToTheCloseOfTheNext() {
    assertThat(NationalCongresses.terms()).hasSize(14);
    Term xii = NationalCongresses.terms().get(11);
    assertThat(xii.label().vi()).isEqualTo("khóa XII");
    assertThat(xii.validity()).isEqualTo(Validity.parse("2016-01-29/2021-02-01"));
    assertThat(xii.congress()).contains(NationalCongresses.byOrdinal(12).id());
    assertThat(NationalCongresses.terms().get(13).validity().isOpenEnded()).isTrue();
    assertThat(NationalCongresses.termOn(LocalDate.of(2019, 9, 30))).contains(xii);
    assertThat(NationalCongresses.termOn(LocalDate.of(2021, 2, 1)).map(Term::number)).contains(12);
    assertThat(NationalCongresses.termOn(LocalDate.of(2021, 2, 2)).map(Term::number)).contains(13);
    assertThat(NationalCongresses.termOn(LocalDate.of(1934, 1, 1))).isEmpty();
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
