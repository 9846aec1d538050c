package io.github.cpvmodel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fold key made by the table of chars is the key the definition gives, by Normalizer. */
class FoldTableTest {
  @Test
  void everyCharFoldsAsByNormalizer() {
    List<String> differ = new ArrayList<>();
    for (int c = 0; c <= 0xFFFF; c++) {
      for (String text : List.of(String.valueOf((char) c), "a" + (char) c, (char) c + "b", "Đồ" + (char) c + "ng")) {
        if (!VietnameseText.foldKey(text).equals(VietnameseText.foldKeyByNormalizer(text))) {
          differ.add(String.format("U+%04X in '%s'", c, text));
        }
      }
    }
    assertThat(differ).isEmpty();
  }

  @Test
  void mixedTextFoldsAsByNormalizer() {
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
            .isEqualTo(VietnameseText.foldKeyByNormalizer(variant));
      }
    }
  }

  @Test
  void longRunsOfMarksFoldAsByNormalizer() {
    String marks = "\u0301\u0323".repeat(40);
    for (String text : List.of("a" + marks + "b", marks, "Đ" + marks + " x", "ü" + marks)) {
      assertThat(VietnameseText.foldKey(text)).isEqualTo(VietnameseText.foldKeyByNormalizer(text));
    }
  }
}
