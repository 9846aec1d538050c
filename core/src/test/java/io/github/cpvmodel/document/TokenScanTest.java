package io.github.cpvmodel.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.document.DocumentNumberParser.Kind;
import io.github.cpvmodel.document.DocumentNumberParser.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written scanner of citations reads the tokens the grammar's regular expression defines. */
class TokenScanTest {
  /** The definition: one token per match, white space skipped. */
  private static final Pattern TOKEN = Pattern.compile(
      "(?<space>[\\p{javaWhitespace}\\p{javaSpaceChar}]++)"
          + "|(?<number>[0-9]++)"
          + "|(?<word>\\p{javaLetter}[\\p{javaLetter}\\p{Mn}\\p{Mc}0-9]*+)"
          + "|(?<sign>.)",
      Pattern.DOTALL);

  private static List<String> byRegex(String input) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(input);
    while (m.find()) {
      if (m.start("space") < 0) {
        String kind = m.start("number") >= 0 ? "NUMBER" : m.start("word") >= 0 ? "WORD" : "SIGN";
        tokens.add(kind + ":" + m.group() + "@" + m.start() + "-" + m.end());
      }
    }
    tokens.add("END@" + input.length());
    return tokens;
  }

  private static List<String> byScanner(String input) {
    List<String> tokens = new ArrayList<>();
    for (Token t : DocumentNumberParser.scan(input, 0, input.length())) {
      String kind = t.kind() == Kind.NUMBER || t.kind() == Kind.WORD ? t.kind().name() : "SIGN";
      tokens.add(t.kind() == Kind.END ? "END@" + t.start() : kind + ":" + t.text() + "@" + t.start() + "-" + t.end());
    }
    return tokens;
  }

  @Test
  void everyCharIsReadAsTheGrammarSays() {
    for (int c = 0; c <= 0xFFFF; c++) {
      for (String input : List.of(String.valueOf((char) c), "a" + (char) c + "1", "1" + (char) c + " x",
          (char) c + "b")) {
        assertThat(byScanner(input)).as("U+%04X in '%s'", c, input).isEqualTo(byRegex(input));
      }
    }
  }

  @Test
  void citationsAreReadAsTheGrammarSays() {
    String[] pieces = {"Số", "số:", " ", "\u00A0", "\u3000", "\t", "35", "0", "-", "\u2013", "/", ":", ",", ".", "CT",
        "QĐ", "QĐi", "TƯ", "TU\u031B", "Đ", "\u00D0", "\u0301", "\u0903", "ab1", "2020", "\uD835\uDC00", "\uD800",
        "\uDC00", "\uD835\uDFCE", "Nghị quyết", "khóa XII", "ngày 30/9/2019", "²", "٣"};
    SplittableRandom random = new SplittableRandom(205);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder input = new StringBuilder();
      int length = random.nextInt(1, 10);
      for (int j = 0; j < length; j++) {
        input.append(pieces[random.nextInt(pieces.length)]);
      }
      assertThat(byScanner(input.toString())).as("'%s'", input).isEqualTo(byRegex(input.toString()));
    }
  }
}
