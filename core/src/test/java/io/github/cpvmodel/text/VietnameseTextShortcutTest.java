package io.github.cpvmodel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of {@link VietnameseText} give what the full way gives: the fold key made by the table of chars, and
 * text taken as already normal.
 */
class VietnameseTextShortcutTest {
  @Test
  void everyCharFoldsAsByNormalizer() {
    List<String> differ = new ArrayList<>();
    for (int c = 0; c <= 0xFFFF; c++) {
      for (String text : List.of(String.valueOf((char) c), "a" + (char) c, (char) c + "b", "Đồ" + (char) c + "ng")) {
        if (!VietnameseText.foldKey(text).equals(VietnameseText.generalFoldKey(text))) {
          differ.add(String.format("U+%04X in '%s'", c, text));
        }
      }
    }
    assertThat(differ).isEmpty();
  }

  @Test
  void mixedTextFoldsAndNormalisesAsTheFullWay() {
    String[] pieces = {"a", "Đ", "đ", "\u00D0", "\u00F0", "ồ", "Ư", "ư", "ơ", "Ỹ", "ỹ", " ", "  ", "\u00A0", "\t", "-",
        "–", "/", ".", "9", "0", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031B",
        "\u0308", "\u034F", "Ü", "ü", "ß", "İ", "ſ", "K", "\u212A", "\u00C5", "中", "\uD835\uDC00", "ǘ", "ẁ", "Ω",
        "\u2126", "\u0000", "\u200B", "Nai", "Thừa Thiên-Huế"};
    SplittableRandom random = new SplittableRandom(2019);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(1, 12);
      for (int j = 0; j < length; j++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      for (String variant : List.of(s, Normalizer.normalize(s, Normalizer.Form.NFD),
          Normalizer.normalize(s, Normalizer.Form.NFC))) {
        assertThat(VietnameseText.foldKey(variant)).as("'%s'", variant)
            .isEqualTo(VietnameseText.generalFoldKey(variant));
        assertThat(VietnameseText.normalize(variant)).as("'%s'", variant).isEqualTo(VietnameseText.tidy(variant));
      }
    }
  }

  @Test
  void textTakenAsNormalIsWhatTheFullWayMakes() {
    for (int c = 0; c <= 0xFFFF; c++) {
      for (String text : List.of(String.valueOf((char) c), "a" + (char) c, (char) c + "\u0301", "Đồ" + (char) c + "ng",
          "x " + (char) c, "\u1100" + (char) c)) {
        assertThat(VietnameseText.normalize(text)).as("U+%04X in '%s'", c, text).isEqualTo(VietnameseText.tidy(text));
      }
    }
  }

  @Test
  void longRunsOfMarksFoldAsByNormalizer() {
    String marks = "\u0301\u0323".repeat(40);
    for (String text : List.of("a" + marks + "b", marks, "Đ" + marks + " x", "ü" + marks)) {
      assertThat(VietnameseText.foldKey(text)).isEqualTo(VietnameseText.generalFoldKey(text));
    }
  }
}
