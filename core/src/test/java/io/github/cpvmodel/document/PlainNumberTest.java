package io.github.cpvmodel.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.ValidationException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A number written plainly ("205-QĐ/TW", "15/2020/NĐ-CP") is read without tokens; it reads to what the grammar over
 * tokens gives, and what that grammar rejects is rejected with its message.
 */
class PlainNumberTest {
  private static final String[] SEQUENCES = {"205", "08", "0", "1000000", "35", "1", "0000001", "12345678901"};
  private static final String[] YEARS = {"2020", "1945", "1900", "202", "99999"};
  private static final String[] CODES = {"QĐ", "QĐi", "qđ", "qdi", "CT", "NQ", "TW", "TƯ", "TU", "ĐU", "HU", "BTCTW",
      "VPTW", "NĐ", "CP", "TTr", "TTg", "UBND", "QH15", "TCKT", "X", "ſ", "Ü", "ab", "ABCDEFGHIJKLM", "BCĐTW"};
  private static final String[] ODD = {"", " ", "-", "/", "\u2013", "1a", "\u0301", "Số ", ":", "a1b"};

  private static String pick(SplittableRandom random, String[] values) {
    return random.nextInt(12) == 0 ? ODD[random.nextInt(ODD.length)] : values[random.nextInt(values.length)];
  }

  @Test
  void plainTextReadsAsTheGrammarReadsIt() {
    SplittableRandom random = new SplittableRandom(35);
    int read = 0;
    for (int i = 0; i < 200_000; i++) {
      String sequence = pick(random, SEQUENCES);
      String input;
      switch (random.nextInt(5)) {
        case 0:
          input = sequence + "/" + pick(random, YEARS) + "/" + pick(random, CODES) + "-" + pick(random, CODES);
          break;
        case 1:
          input = sequence + "/" + pick(random, YEARS) + "/" + pick(random, CODES);
          break;
        case 2:
          input = sequence + "/" + pick(random, CODES) + "-" + pick(random, CODES)
              + (random.nextBoolean() ? "-" + pick(random, CODES) : "");
          break;
        default:
          input = sequence + "-" + pick(random, CODES) + "/" + pick(random, CODES);
      }
      String byGrammar;
      try {
        DocumentNumber number = DocumentNumberParser.parseByGrammar(input);
        byGrammar = number + " " + number.system() + " " + number.original() + " " + number.typeCode()
            + " " + number.issuerCode();
        read++;
      } catch (ValidationException e) {
        byGrammar = e.getMessage();
      }
      String byPlainReader;
      try {
        DocumentNumber number = DocumentNumberParser.parse(input);
        byPlainReader = number + " " + number.system() + " " + number.original() + " " + number.typeCode()
            + " " + number.issuerCode();
      } catch (ValidationException e) {
        byPlainReader = e.getMessage();
      }
      assertThat(byPlainReader).as("'%s'", input).isEqualTo(byGrammar);
    }
    assertThat(read).isGreaterThan(10_000);
  }
}
