package io.github.cpvmodel.document;

import static io.github.cpvmodel.ParseAssertions.assertParseError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.cpvmodel.ParseAssertions;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.reference.PartyBodies;
import java.time.Duration;
import java.time.Year;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentNumberTest {
  /** The rules of parsing numbers and references, by the name a table of rejections gives them. */
  static final Map<String, Rule> RULES = Map.of("SYNTAX", DocumentNumber.SYNTAX, "SEQUENCE", DocumentNumber.SEQUENCE,
      "CODE", DocumentNumber.CODE, "PARTS", DocumentNumber.PARTS, "REFERENCE", DocumentReference.SYNTAX);

  static Stream<Arguments> writtenForms() {
    return Stream.of(
        Arguments.of("35-CT/TW", "35-CT/TW", NumberingSystem.PARTY),
        Arguments.of("205-QĐ/TW", "205-QĐ/TW", NumberingSystem.PARTY),
        Arguments.of("08-QĐi/TW", "08-QĐi/TW", NumberingSystem.PARTY),
        Arguments.of("36-HD/VPTW", "36-HD/VPTW", NumberingSystem.PARTY),
        Arguments.of("12-NQ/TW", "12-NQ/TW", NumberingSystem.PARTY),
        Arguments.of("205- QĐ/TW", "205-QĐ/TW", NumberingSystem.PARTY),
        Arguments.of(" 205 - QĐ / TW ", "205-QĐ/TW", NumberingSystem.PARTY),
        Arguments.of("205/QĐ-TW", "205-QĐ/TW", NumberingSystem.PARTY),
        Arguments.of("05-CT/TƯ", "05-CT/TW", NumberingSystem.PARTY),
        Arguments.of("05-CT/TU\u031B", "05-CT/TW", NumberingSystem.PARTY),
        Arguments.of("01-QĐi/UBKTTƯ", "01-QĐi/UBKTTW", NumberingSystem.PARTY),
        Arguments.of("35-ct/tw", "35-CT/TW", NumberingSystem.PARTY),
        Arguments.of("08-qđi/tw", "08-QĐi/TW", NumberingSystem.PARTY),
        Arguments.of("205-Q\u00D0/TW", "205-QĐ/TW", NumberingSystem.PARTY),
        Arguments.of("205-QD/TW", "205-QĐ/TW", NumberingSystem.PARTY),
        Arguments.of("08-QDi/TW", "08-QĐi/TW", NumberingSystem.PARTY),
        Arguments.of("05-QDNS/TW", "05-QĐNS/TW", NumberingSystem.PARTY),
        Arguments.of("05-TB/BCDTW", "05-TB/BCĐTW", NumberingSystem.PARTY),
        Arguments.of("20-HD/DUCA", "20-HD/ĐUCA", NumberingSystem.PARTY),
        Arguments.of("19-QĐi/TU", "19-QĐi/TU", NumberingSystem.PARTY),
        Arguments.of("540-CV/VPQU", "540-CV/VPQU", NumberingSystem.PARTY),
        Arguments.of("35–CT/TW", "35-CT/TW", NumberingSystem.PARTY),
        Arguments.of("8-QĐi/TW", "08-QĐi/TW", NumberingSystem.PARTY),
        Arguments.of("008-QĐi/TW", "08-QĐi/TW", NumberingSystem.PARTY),
        Arguments.of("000000035-CT/TW", "35-CT/TW", NumberingSystem.PARTY),
        Arguments.of("Số 35-CT/TW", "35-CT/TW", NumberingSystem.PARTY),
        Arguments.of("số: 205 - QĐ/TW", "205-QĐ/TW", NumberingSystem.PARTY),
        Arguments.of("Số 15/2020/NĐ-CP", "15/2020/NĐ-CP", NumberingSystem.STATE),
        Arguments.of("15/2020/NĐ-CP", "15/2020/NĐ-CP", NumberingSystem.STATE),
        Arguments.of("202/2025/QH15", "202/2025/QH15", NumberingSystem.STATE),
        Arguments.of("1673/NQ-UBTVQH15", "1673/NQ-UBTVQH15", NumberingSystem.STATE),
        Arguments.of("388/TTr-CP", "388/TTr-CP", NumberingSystem.STATE),
        Arguments.of("30/2020/N\u00D0-CP", "30/2020/NĐ-CP", NumberingSystem.STATE),
        Arguments.of("1/2021/QĐ-TTg", "01/2021/QĐ-TTg", NumberingSystem.STATE),
        Arguments.of("12/2024/QĐ-UBND-TCKT", "12/2024/QĐ-UBND-TCKT", NumberingSystem.STATE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writtenForms")
  void parsesEveryWrittenFormToItsCanonicalFormAndKeepsTheOriginal(String text, String canonical,
      NumberingSystem system) {
    DocumentNumber number = DocumentNumber.parse(text);
    assertThat(number).hasToString(canonical);
    assertThat(number.system()).isEqualTo(system);
    assertThat(number.original()).contains(text.strip());
    assertThat(DocumentNumber.parse(number.toString())).isEqualTo(number).hasSameHashCodeAs(number);
    assertThat(DocumentNumber.parse(canonical)).isEqualTo(number);
    assertThat(DocumentNumber.isValid(text)).isTrue();
  }

  @Test
  void theSeedsSpacedNumberEqualsTheCanonicalOneButRemembersHowItWasWritten() {
    DocumentNumber seed = DocumentNumber.parse("205- QĐ/TW");
    DocumentNumber canonical = DocumentNumber.of(205, "QĐ", "TW");
    assertThat(seed).isEqualTo(canonical);
    assertThat(seed.original()).contains("205- QĐ/TW");
    assertThat(canonical.original()).isEmpty();
    assertThat(seed.sequence()).isEqualTo(205);
    assertThat(seed.typeCode()).contains("QĐ");
    assertThat(seed.issuerCode()).isEqualTo("TW");
    assertThat(seed.year()).isEmpty();
  }

  @Test
  void leadingZerosAreNotPartOfTheNumber() {
    assertThat(DocumentNumber.parse("8-QĐi/TW")).isEqualTo(DocumentNumber.parse("08-QĐi/TW"));
    assertThat(DocumentNumber.of(8, "QĐi", "TW")).hasToString("08-QĐi/TW");
    assertThat(DocumentNumber.parse("8-QĐi/TW").original()).contains("8-QĐi/TW");
  }

  @Test
  void theAbbreviationGivesCandidateTypesNotAType() {
    assertThat(DocumentNumber.parse("205-QĐ/TW").types())
        .containsExactly(DocumentType.DECISION, DocumentType.REGULATION);
    assertThat(DocumentNumber.parse("08-QĐi/TW").types()).containsExactly(DocumentType.REGULATION);
    assertThat(DocumentNumber.parse("35-CT/TW").types()).containsExactly(DocumentType.DIRECTIVE);
    assertThat(DocumentNumber.parse("12-XYZ/TW").types()).isEmpty();
    assertThat(DocumentNumber.parse("15/2020/NĐ-CP").types()).isEmpty();
  }

  @Test
  void theIssuerCodeMapsToBodiesButNotToOne() {
    assertThat(DocumentNumber.parse("35-CT/TƯ").issuer()).contains(IssuerCode.TW);
    assertThat(IssuerCode.TW.bodies())
        .containsExactly(PartyBodies.CENTRAL_COMMITTEE, PartyBodies.POLITBURO, PartyBodies.SECRETARIAT);
    assertThat(DocumentNumber.parse("36-HD/VPTW").issuer().orElseThrow().bodies())
        .containsExactly(PartyBodies.OFFICE);
    assertThat(Arrays.stream(IssuerCode.values()).flatMap(c -> c.bodies().stream()))
        .allSatisfy(body -> assertThat(PartyBodies.hierarchy().contains(body)).as("%s", body).isTrue());
    assertThat(IssuerCode.findByCode("bcdtw")).contains(IssuerCode.BCDTW);
    assertThat(IssuerCode.findByCode("VPQU")).isEmpty();
    assertThat(DocumentNumber.parse("19-QĐi/TU").issuer().orElseThrow().bodies()).isEmpty();
    assertThat(DocumentNumber.parse("540-CV/VPQU").issuer()).isEmpty();
  }

  @Test
  void stateNumbersAreBuiltFromParts() {
    DocumentNumber decree = DocumentNumber.builder().system(NumberingSystem.STATE).sequence(15)
        .year(Year.of(2020)).typeCode("NĐ").issuerCode("CP").build();
    assertThat(decree).isEqualTo(DocumentNumber.parse("15/2020/NĐ-CP"));
    assertThat(decree.isParty()).isFalse();
    DocumentNumber law = DocumentNumber.parse("202/2025/QH15");
    assertThat(law.typeCode()).isEmpty();
    assertThat(law.year()).contains(Year.of(2025));
    assertThat(law.issuerCode()).isEqualTo("QH15");
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(delimiter = '|', value = {
      "''                  | SYNTAX   | 0",
      "CT/TW               | SYNTAX   | 0",
      "35                  | SYNTAX   | 2",
      "35-CT               | SYNTAX   | 5",
      "35-CT/              | SYNTAX   | 6",
      "35-/TW              | SYNTAX   | 3",
      "35-CT/TW/2019       | SYNTAX   | 8",
      "35-CT/TW x          | SYNTAX   | 9",
      "35.CT/TW            | SYNTAX   | 2",
      "35a-CT/TW           | SYNTAX   | 2",
      "35-CT/TW;           | SYNTAX   | 8",
      "Chỉ thị 35          | SYNTAX   | 0",
      "Số: : 35-CT/TW      | SYNTAX   | 4",
      "15/20/NĐ-CP         | SYNTAX   | 3",
      "388/TTr             | SYNTAX   | 7",
      "15/2020/NĐ/CP       | SYNTAX   | 10",
      "15/2020/NĐ-         | SYNTAX   | 11",
      "0-CT/TW             | SEQUENCE | 0",
      "1234567-CT/TW       | SEQUENCE | 0",
      "Số 000-CT/TW        | SEQUENCE | 3",
      "99999999999-CT/TW   | SEQUENCE | 0",
      "35-CT2/TW           | CODE     | 3",
      "35-CT/TW2           | CODE     | 6",
      "35-ABCDEFGHIJKLM/TW | CODE     | 3",
      "205/QĐ2-TW          | CODE     | 4",
      "15/2020/2NĐ-CP      | SYNTAX   | 8",
      "15/1890/NĐ-CP       | PARTS    | 3",
      "35-CT/TÜ            | CODE     | 6",
      "35-ČŤ/TW            | CODE     | 3",
      "35-ＣＴ/TW            | CODE     | 3",
      "Số 35-CT/Tſ         | CODE     | 9",
      "05-CT/TU\u0308      | CODE     | 6",
      "205/QĐ-TÜ           | CODE     | 7",
      "15/2020/NĐ-QH١٥     | SYNTAX   | 13",
      "01/CP               | SYNTAX   | 5"})
  void rejectsWhatIsNotANumberAtTheIndexWhereItStopsMakingSense(String text, String rule, int index) {
    ParseException e = assertParseError(() -> DocumentNumber.parse(text), text, index, RULES.get(rule));
    assertThat(e.getMessage()).contains("'" + text + "'", "at index " + index + ": ");
    assertThat(DocumentNumber.isValid(text)).isFalse();
  }

  /** The most characters a number's text may have: an identifier's. */
  private static final int LONGEST = TextKind.IDENTIFIER.maxLength();

  @Test
  void readsTextUpToTheLengthOfAnIdentifierAndRejectsLongerTextAtOnce() {
    String spaces = " ".repeat(LONGEST - 9);
    assertThat(DocumentNumber.parse(spaces + "35-CT/TW ")).hasToString("35-CT/TW");
    assertParseError(() -> DocumentNumber.parse(spaces + "x"), spaces + "x", LONGEST - 9, DocumentNumber.SYNTAX);
    String digits = "1".repeat(LONGEST - 6);
    assertParseError(() -> DocumentNumber.parse(digits + "-CT/TW"), digits + "-CT/TW", 0, DocumentNumber.SEQUENCE);
    assertTooLong(() -> DocumentNumber.parse("35-CT/TW" + " ".repeat(LONGEST)), LONGEST);
    String huge = "1".repeat(5_000_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertTooLong(() -> DocumentNumber.parse(huge), LONGEST));
  }

  /**
   * Asserts that text longer than its kind allows fails at once, at the index of the first char too many, with
   * the rule of lengths and a message that quotes only its beginning.
   */
  static void assertTooLong(ParseAssertions.Parsing parse, int maxLength) {
    ParseException e = catchThrowableOfType(ParseException.class, parse::parse);
    assertThat(e).isNotNull();
    assertThat(e.errorIndex()).isEqualTo(maxLength);
    assertThat(e.violations()).extracting(v -> v.rule()).containsOnly(TextKind.LENGTH);
    assertThat(e.getMessage()).contains("' stops making sense as ", " at index " + maxLength + ": it is "
        + e.input().length() + " characters long");
  }

  @Test
  void rejectsCodesLongerThanAnIdentifierAtOnce() {
    String code = "A".repeat(LONGEST + 1);
    assertRule(() -> DocumentNumber.builder().system(NumberingSystem.STATE).sequence(1).year(Year.of(2020))
        .issuerCode(code).build(), TextKind.LENGTH, "issuerCode: '");
    assertRule(() -> DocumentNumber.of(35, code, "TW"), TextKind.LENGTH, "typeCode: '");
    // Codes that fit one by one but not together: the text would be longer than parse reads.
    String half = "B".repeat(LONGEST / 2);
    assertRule(() -> DocumentNumber.builder().system(NumberingSystem.STATE).sequence(15).typeCode(half)
        .issuerCode(half).build(), TextKind.LENGTH, "issuerCode: '15/BBB");
  }

  @Test
  void rejectsLettersOutsideTheVietnameseAlphabetInsteadOfFoldingThemIntoAnotherCode() {
    // TÜ is not TU (a provincial committee), ČŤ is not CT, the long s is not an S.
    assertRule(() -> DocumentNumber.of(35, "CT", "TÜ"), DocumentNumber.CODE,
        "issuerCode: issuer code 'TÜ' has 'Ü' (U+00DC), which is not a letter of the Vietnamese alphabet");
    assertRule(() -> DocumentNumber.of(35, "ČŤ", "TW"), DocumentNumber.CODE, "typeCode: type code 'ČŤ' has 'Č'");
    assertRule(() -> DocumentNumber.of(1, "CT", "ĐUQſTW"), DocumentNumber.CODE, "has 'ſ' (U+017F)");
    assertRule(() -> DocumentNumber.of(1, "KL", "TUı"), DocumentNumber.CODE, "has 'ı' (U+0131)");
    assertThat(IssuerCode.findByCode("TÜ")).isEmpty();
    assertThat(IssuerCode.findByCode("ĐUQſTW")).isEmpty();
    assertThat(IssuerCode.findByCode("ĐUQSTW")).contains(IssuerCode.DUQSTW);
    assertThat(DocumentType.forAbbreviation("ČŤ")).isEmpty();
    assertThat(DocumentType.forAbbreviation("QĐı")).isEmpty();
    // Look-ups answer at once for text longer than a code or a name can be.
    assertThat(IssuerCode.findByCode("TW" + " ".repeat(LONGEST))).isEmpty();
    assertThat(DocumentType.forAbbreviation("QĐ" + " ".repeat(LONGEST))).isEmpty();
    assertThat(DocumentType.findByName("Chỉ thị" + " ".repeat(TextKind.NAME.maxLength()))).isEmpty();
    assertThat(DocumentType.findByName("Chỉ thị" + " ".repeat(TextKind.NAME.maxLength() - 10)))
        .contains(DocumentType.DIRECTIVE);
    // Every letter Vietnamese writes is a letter of a code: the vowels with their marks, Đ, and Ð for Đ.
    assertThat(DocumentNumber.of(1, "QĐi", "UBKTTƯ")).hasToString("01-QĐi/UBKTTW");
    assertThat(DocumentNumber.builder().system(NumberingSystem.STATE).sequence(1).year(Year.of(2020)).typeCode("ƯỚC")
        .issuerCode("N\u00D0Ặ").build()).hasToString("01/2020/ƯỚC-NĐẶ");
  }

  @Test
  void rejectsDigitsOtherThanZeroToNineInAStateCode() {
    assertRule(() -> DocumentNumber.builder().system(NumberingSystem.STATE).sequence(202).year(Year.of(2025))
        .issuerCode("QH١٥").build(), DocumentNumber.CODE, "issuerCode: issuer code 'QH١٥' has '١' (U+0661)");
    assertRule(() -> DocumentNumber.builder().system(NumberingSystem.STATE).sequence(202).year(Year.of(2025))
        .issuerCode("QH１５").build(), DocumentNumber.CODE, "has '１' (U+FF11)");
  }

  @Test
  void rejectsStateNumbersWhoseTextWouldNotReadBack() {
    // "01/CP" has no layout of its own: without a year the text needs a type.
    assertRule(() -> DocumentNumber.builder().system(NumberingSystem.STATE).sequence(1).issuerCode("CP").build(),
        DocumentNumber.PARTS, "typeCode: State number '01/CP' has neither a year nor a type code");
    // "01/QĐ-TW" is how some texts write the Party number 01-QĐ/TW.
    assertRule(() -> DocumentNumber.builder().system(NumberingSystem.STATE).sequence(1).typeCode("QĐ")
        .issuerCode("TW").build(), DocumentNumber.PARTS, "issuerCode: State number '01/QĐ-TW' has no year and the "
            + "Party issuer code 'TW', so its text reads as the Party number '01-QĐ/TW'");
    assertRule(() -> DocumentNumber.builder().system(NumberingSystem.STATE).sequence(7).typeCode("KH")
        .issuerCode("tư").build(), DocumentNumber.PARTS, "the Party number '07-KH/tư'");
    // With a year, or with an issuer that is no Party code, the State number reads back.
    for (DocumentNumber state : new DocumentNumber[] {
        DocumentNumber.builder().system(NumberingSystem.STATE).sequence(1).year(Year.of(2020)).typeCode("QĐ")
            .issuerCode("TW").build(),
        DocumentNumber.builder().system(NumberingSystem.STATE).sequence(1).year(Year.of(2020)).issuerCode("CP")
            .build(),
        DocumentNumber.builder().system(NumberingSystem.STATE).sequence(388).typeCode("TTr").issuerCode("CP")
            .build()}) {
      assertThat(DocumentNumber.parse(state.toString())).isEqualTo(state);
      assertThat(state.isParty()).isFalse();
    }
  }

  @Test
  void rejectsBadPartsBuiltByHand() {
    assertRule(() -> DocumentNumber.of(0, "CT", "TW"), DocumentNumber.SEQUENCE, "sequence: number '0'");
    assertRule(() -> DocumentNumber.of(35, "C T", "TW"), DocumentNumber.CODE, "typeCode: type code 'C T'");
    assertRule(() -> DocumentNumber.of(35, "CT", "T-W"), DocumentNumber.CODE, "issuerCode: issuer code 'T-W'");
    assertRule(() -> DocumentNumber.builder().system(NumberingSystem.PARTY).sequence(35).issuerCode("TW").build(),
        DocumentNumber.PARTS, "typeCode: Party number with issuer 'TW' has no type code");
    assertRule(() -> DocumentNumber.builder().system(NumberingSystem.PARTY).sequence(35).typeCode("CT")
        .issuerCode("TW").year(Year.of(2019)).build(), DocumentNumber.PARTS, "year: Party number '35' has year");
    assertRule(() -> DocumentNumber.builder().system(NumberingSystem.STATE).sequence(15).year(Year.of(1900))
        .typeCode("NĐ").issuerCode("CP").build(), DocumentNumber.PARTS, "year: year '1900' is out of range");
    assertRule(() -> DocumentNumber.builder().system(NumberingSystem.STATE).sequence(12).year(Year.of(2024))
        .issuerCode("UBND-TCKT").build(), DocumentNumber.PARTS,
        "issuerCode: State number '12' has no type code but issuer 'UBND-TCKT' has several parts");
  }

  static void assertRule(Runnable build, Rule rule, String message) {
    assertThatThrownBy(build::run)
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(message)
        .hasMessageEndingWith(rule.description() + " [" + rule.code() + "]")
        .asInstanceOf(type(ValidationException.class))
        .extracting(e -> e.violations().get(0).rule()).isEqualTo(rule);
  }

  @Test
  void isValidAcceptsWhatParseAccepts() {
    assertThat(DocumentNumber.isValid("35-CT/TW")).isTrue();
    assertThat(DocumentNumber.isValid("15/2020/NĐ-CP")).isTrue();
    assertThat(DocumentNumber.isValid("nonsense")).isFalse();
    assertThat(DocumentNumber.isValid("0-CT/TW")).isFalse();
  }
}
