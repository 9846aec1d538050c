package io.github.cpvmodel.meeting;

import static io.github.cpvmodel.ParseAssertions.assertParseError;
import static io.github.cpvmodel.meeting.ConferenceTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.reference.PartyDocuments;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CongressPlenumTermTest {
  private static final DocumentKey RESOLUTION_04 = PartyDocuments.RESOLUTION_04;

  /** The XI congress of a provincial Party organisation, without delegates, elected bodies or leaders. */
  static Congress.Builder dongNaiXi() {
    return Congress.builder()
        .id(Id.of("party/dong-nai/congress/11"))
        .body(Id.of("party/dong-nai"))
        .ordinal(11)
        .termYears(TermYears.of(2020, 2025))
        .time(MeetingTime.of(LocalDate.of(2020, 10, 14), LocalDate.of(2020, 10, 16)));
  }

  @Test
  void holdsACongressOfAProvinceWithItsTermElectedBodiesAndDelegates() {
    Congress congress = dongNaiXi()
        .delegates(350)
        .addElected(ElectedBody.of(Id.of("party/dong-nai/committee"), 55))
        .build();
    assertThat(congress.numeral()).hasToString("XI");
    assertThat(congress.label()).isEqualTo(LocalizedName.of("Đại hội lần thứ XI", "11th Congress"));
    assertThat(congress.termYears().orElseThrow().label().vi()).isEqualTo("nhiệm kỳ 2020-2025");
    assertThat(congress.dates()).isEqualTo(Validity.parse("2020-10-14/2020-10-16"));
  }

  @Test
  void aBodyBornOfAMergerStartsAgainAtOne() {
    Congress first = dongNaiXi().id(Id.of("party/dong-nai-2025/congress/1")).body(Id.of("party/dong-nai-2025"))
        .ordinal(1).termYears(TermYears.of(2025, 2030))
        .time(MeetingTime.of(LocalDate.of(2025, 9, 25), LocalDate.of(2025, 9, 27))).build();
    assertThat(first.label().vi()).isEqualTo("Đại hội lần thứ I");
  }

  @Test
  void rejectsOrdinalZeroNamingTheFieldAndWhatIsValid() {
    assertRejected(() -> dongNaiXi().ordinal(0).build(), Congress.ORDINAL, "ordinal", "ordinal '0' is below 1");
    assertThat(Congress.ORDINAL.description()).contains("a body born of a merger starts again at I");
  }

  @Test
  void rejectsNoDelegatesAPreparatorySessionAfterTheOpeningAndABodyElectedTwice() {
    assertRejected(() -> dongNaiXi().delegates(0).build(), Congress.DELEGATES, "delegates",
        "'0' delegates is below 1");
    assertRejected(() -> dongNaiXi().preparatorySession(LocalDate.of(2020, 10, 14)).build(), Congress.PREPARATORY,
        "preparatorySession", "preparatory session '2020-10-14' is not before the opening on '2020-10-14'");
    ElectedBody committee = ElectedBody.of(Id.of("party/dong-nai/committee"), 55);
    assertRejected(() -> dongNaiXi().addElected(committee, committee).build(), Meeting.DUPLICATE, "elected[1]",
        "'party/dong-nai/committee' is used twice, first at elected[0]");
  }

  @Test
  void anElectedBodyCountsAlternatesAndRejectsAnEmptyOne() {
    assertThat(ElectedBody.of(Id.of("cc"), 180, 20).size()).isEqualTo(200);
    assertRejected(() -> ElectedBody.of(Id.of("cc"), 0), ElectedBody.SIZE, "members", "'0' members is below 1");
    assertRejected(() -> ElectedBody.of(Id.of("cc"), 180, -1), ElectedBody.SIZE, "alternates",
        "'-1' alternates is negative");
  }

  @ParameterizedTest
  @CsvSource({"2020-2025, 2020-2025", "' 2020 - 2025 ', 2020-2025", "2020\u20132025, 2020-2025"})
  void termYearsParseAndFormat(String text, String canonical) {
    assertThat(TermYears.parse(text)).hasToString(canonical).isEqualTo(TermYears.of(2020, 2025));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2020|4", "2020-25|7", "20a0-2025|2", "2020-20255|9", "-2025|0",
      "20202025|4", "2020/2025|4", "2020 2025|4", "2020\u20142025|4", "''|0"})
  void termYearsRejectMalformedTextAtTheIndex(String text, int index) {
    assertParseError(() -> TermYears.parse(text), text, index, TermYears.SYNTAX);
  }

  @Test
  void termYearsRejectTextOfAnEmptyOrReversedSpanAtTheOffendingYear() {
    assertParseError(() -> TermYears.parse("2025 - 2020"), "2025 - 2020", 7, TermYears.ORDER);
    assertParseError(() -> TermYears.parse("1900-1905"), "1900-1905", 0, TermYears.RANGE);
    assertParseError(() -> TermYears.parse("2020-1925"), "2020-1925", 5, TermYears.RANGE);
  }

  @Test
  void termYearsRejectAnEmptyOrReversedSpan() {
    assertRejected(() -> TermYears.of(2025, 2020), TermYears.ORDER, "last",
        "last year '2020' is not after first year '2025'");
    assertRejected(() -> TermYears.of(1900, 1905), TermYears.RANGE, "first", "first year '1900' is out of range");
  }

  @Test
  void holdsTheFourthPlenumOfTheTwelfthTerm() {
    Plenum plenum = Plenum.builder()
        .id(Id.of("cc/term/12/plenum/4"))
        .body(Id.of("cc"))
        .term(12)
        .ordinal(4)
        .time(MeetingTime.of(LocalDate.of(2016, 10, 9), LocalDate.of(2016, 10, 12)))
        .addAdopted(RESOLUTION_04)
        .build();
    assertThat(plenum.label())
        .isEqualTo(LocalizedName.of("Hội nghị lần thứ 4 khóa XII", "4th plenum of the 12th term"));
    assertThat(plenum.termNumeral()).hasToString("XII");
    assertRejected(() -> Plenum.builder().from(plenum).ordinal(0).build(), Plenum.ORDINAL, "ordinal", "plenum ordinal '0' is below 1");
    assertRejected(() -> Plenum.builder().from(plenum).term(0).build(), Plenum.TERM, "term", "term number '0' is below 1");
    assertRejected(() -> Plenum.builder().from(plenum).time(MeetingTime.of(LocalDate.of(2016, 11, 1),
        LocalDate.of(2016, 11, 2))).build(), Plenum.ADOPTED, "adopted[0]",
        "'04-NQ/TW of 2016-10-30 (resolution, cc)' is dated before the plenum opened on '2016-11-01'");
  }

  @Test
  void aTermIsNumberedAndStarts() {
    Term term = Term.builder().id(Id.of("cc/term/13")).body(Id.of("cc")).number(13)
        .congress(Id.of("party/congress/13")).validity(Validity.parse("2021-02-02/2026-01-23")).build();
    assertThat(term.label()).isEqualTo(LocalizedName.of("khóa XIII", "13th term"));
    assertRejected(() -> Term.builder().from(term).number(0).build(), Term.NUMBER, "number", "term number '0' is below 1");
    assertRejected(() -> Term.builder().from(term).validity(Validity.endingOn(LocalDate.of(2026, 1, 23))).build(), Term.START,
        "validity.start", "validity '../2026-01-23' has no start");
  }
}
