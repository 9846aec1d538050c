package io.github.cpvmodel.testkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cpvmodel.testkit.property.FailureReports;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Property;
import io.github.cpvmodel.text.VietnameseText;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextGeneratorsTest {
  private static Set<String> sample(Gen<String> gen, int count) {
    SplittableRandom random = new SplittableRandom(2019);
    Set<String> values = new TreeSet<>();
    for (int i = 0; i < count; i++) {
      values.add(gen.generate(random));
    }
    return values;
  }

  @Test
  void everyTextIsNormalNfc() {
    Stream.of(TextGenerators.personNames(), TextGenerators.unitNames(), TextGenerators.documentTitles(),
        TextGenerators.meetingTitles()).forEach(gen -> Property.forAll(gen).check(text ->
            Normalizer.isNormalized(text, Normalizer.Form.NFC) && VietnameseText.normalize(text).equals(text)));
  }

  @Test
  void givenNamesCarryAllSixTonesAndEveryMarkedLetter() {
    String all = Normalizer.normalize(String.join(" ", sample(TextGenerators.givenNames(), 2000)),
        Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    // Huyền, sắc, hỏi, ngã, nặng as combining marks; ngang is a syllable with none of them ("An").
    assertThat(all).contains("\u0300", "\u0301", "\u0309", "\u0303", "\u0323");
    assertThat(sample(TextGenerators.givenNames(), 2000)).contains("An");
    // Ă, Â, Ê, Ô, Ơ, Ư decomposed, and Đ, which does not decompose.
    assertThat(all).contains("a\u0306", "a\u0302", "e\u0302", "o\u0302", "o\u031B", "u\u031B", "\u0111");
  }

  @Test
  void personNamesPutTheFamilyNameFirst() {
    Set<String> families = sample(TextGenerators.familyNames(), 2000);
    assertThat(families).contains("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Đỗ");
    Property.forAll(TextGenerators.personNames()).check(name -> {
      String[] words = name.split(" ");
      return words.length >= 2 && words.length <= 4 && families.contains(words[0]);
    });
    assertThat(sample(TextGenerators.personNames(), 500)).anyMatch(name -> name.split(" ").length == 4);
  }

  @Test
  void textShrinksTowardTheFirstOfEachList() {
    AssertionError failure = catchThrowableOfType(AssertionError.class,
        () -> Property.forAll(TextGenerators.personNames()).withSeed(7).check(name -> name.length() > 100));
    assertThat(FailureReports.shrunk(failure)).isEqualTo("\"Nguyễn An\"");
  }

  @Test
  void titlesReadLikeTheRealOnes() {
    assertThat(sample(TextGenerators.documentTitles(), 300))
        .anyMatch(t -> t.matches("Chỉ thị số \\d{2,3}-CT/[A-ZĐ]+ về .+"))
        .anyMatch(t -> t.matches("Nghị quyết Đại hội đại biểu Đảng bộ .+ lần thứ [IVX]+, nhiệm kỳ \\d{4}–\\d{4}"));
    assertThat(sample(TextGenerators.meetingTitles(), 300))
        .anyMatch(t -> t.startsWith("Hội nghị giao ban trực tuyến về "))
        .anyMatch(t -> t.matches("Hội nghị Ban Chấp hành Đảng bộ .+ lần thứ \\d+, khóa [IVX]+"));
  }

  @Test
  void romanNumeralsStayInTheirRange() {
    Property.forAll(TextGenerators.romanNumerals(1, 20)).check(n -> n.value() >= 1 && n.value() <= 20);
    assertThatThrownBy(() -> TextGenerators.romanNumerals(0, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("romanNumerals(0, 3): the range must lie in 1..3999");
  }

  @Test
  void encodingVariantsSpellTheSameTextOtherwise() {
    Set<String> variants = sample(TextGenerators.encodingVariants("Đồng Nai"), 500);
    assertThat(variants).contains("Đồng Nai", Normalizer.normalize("Đồng Nai", Normalizer.Form.NFD),
        "\u00D0ồng Nai", "Đồng\u00A0Nai", "Đồng  Nai", " \tĐồng Nai\u00A0 ");
    assertThat(variants).allMatch(v -> VietnameseText.normalize(v).equals("Đồng Nai"));
  }

  @Test
  void awkwardVariantsAlsoChangeCase() {
    Set<String> variants = sample(TextGenerators.awkwardVariants("Đồng Nai"), 1000);
    assertThat(variants).contains("ĐỒNG NAI", "đồng nai", "\u00D0\u1ED2NG NAI")
        .anyMatch(v -> !v.equals("Đồng Nai") && !v.equals("ĐỒNG NAI") && !v.equals("đồng nai")
            && VietnameseText.normalize(v).length() == "Đồng Nai".length());
    assertThat(variants).allMatch(v -> VietnameseText.foldKey(v).equals("dong nai"));
  }
}
