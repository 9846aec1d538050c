package io.github.cpvmodel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Vietnamese text under hostile input: no foreign letter folds into a Vietnamese one, and long runs of
 * combining marks are broken so that normalising, folding and sorting stay linear. */
class VietnameseTextHostileTest {
  @Test
  void foreignLettersKeepTheirMarksAndCase() {
    assertThat(VietnameseText.foldKey("35-CT/TÜ")).isEqualTo("35 ct t\u00FC".replace("\u00FC",
        Normalizer.normalize("\u00FC", Normalizer.Form.NFD)));
    assertThat(VietnameseText.matches("35-CT/TÜ", "35-CT/TU")).isFalse();
    assertThat(VietnameseText.matches("35-ČŤ/TW", "35-CT/TW")).isFalse();
    assertThat(VietnameseText.matches("yeſ", "yes")).isFalse();
    assertThat(VietnameseText.matches("\u0130", "I")).isFalse();
    // The Kelvin sign is canonically the letter K: NFC makes it one, as it does for every reader.
    assertThat(VietnameseText.matches("\u212Aiên Giang", "Kiên Giang")).isTrue();
  }

  @Test
  void whatVietnameseWritingVariesStillFolds() {
    assertThat(VietnameseText.matches("Ðồng Nai", "Đồng Nai")).isTrue();
    assertThat(VietnameseText.matches(Normalizer.normalize("Đồng Nai", Normalizer.Form.NFD), "dong nai")).isTrue();
    assertThat(VietnameseText.matches("ĐỒNG   NAI", "Đồng Nai")).isTrue();
    assertThat(VietnameseText.matches("Thừa Thiên-Huế", "thua thien hue")).isTrue();
    assertThat(VietnameseText.matches("Hoà", "Hòa")).isTrue();
  }

  @Test
  void aRunOfMoreThanThirtyMarksIsBrokenByAGraphemeJoiner() {
    String run = "a" + "\u0301\u0323".repeat(5_000);
    String normal = VietnameseText.normalize(run);
    assertThat(normal).contains("\u034F");
    int longest = 0;
    int current = 0;
    for (char c : normal.toCharArray()) {
      current = Character.getType(c) == Character.NON_SPACING_MARK && c != '\u034F' ? current + 1 : 0;
      longest = Math.max(longest, current);
    }
    assertThat(longest).isLessThanOrEqualTo(VietnameseText.MAX_COMBINING_RUN);
    assertThat(VietnameseText.normalize(normal)).isEqualTo(normal);
    assertThat(VietnameseText.foldKey(run)).isEqualTo("a");
    assertThat(VietnameseText.order().compare(run, run + "b")).isNegative();
  }

  @Test
  void aFlawIsNamedWithItsCodeAndIndex() {
    assertThat(VietnameseText.findFlaw("Đồng Nai")).isEmpty();
    assertThat(VietnameseText.findFlaw("  ")).isEmpty();
    assertThat(VietnameseText.findFlaw("Đồng\u200BNai")).hasValue("has U+200B, a format character, at index 4");
    assertThat(VietnameseText.findFlaw("a\uD800")).hasValue("has U+D800, an unpaired surrogate, at index 1");
    assertThat(VietnameseText.findFlaw("\u3164")).hasValue("has nothing visible");
    assertThat(VietnameseText.findFlaw("a" + "\u0301".repeat(31))).hasValue(
        "has more than 30 combining marks in a row at index 1");
    assertThat(VietnameseText.findFlaw("\uD835\uDFD8")).isEmpty();
  }
}
