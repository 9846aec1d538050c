package io.github.cpvmodel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {
  private static final String DONG_NAI = "Đồng Nai";

  @Test
  void normalisesToNfcWithDStrokeAndTidySpaces() {
    String nfd = Normalizer.normalize(DONG_NAI, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(DONG_NAI);
    assertThat(VietnameseText.normalize(nfd)).isEqualTo(DONG_NAI);
    assertThat(VietnameseText.normalize("\u00D0ồng Nai")).isEqualTo(DONG_NAI);
    assertThat(VietnameseText.normalize("\u00F0ảng")).isEqualTo("đảng");
    assertThat(VietnameseText.normalize(" \tĐồng\u00A0\u00A0 Nai \n")).isEqualTo(DONG_NAI);
    assertThat(VietnameseText.normalize("Ban Chấp hành Trung ương")).isEqualTo("Ban Chấp hành Trung ương");
    assertThat(VietnameseText.normalize("")).isEmpty();
  }

  @Test
  void normalisationIsIdempotentAndKeepsPlainAsciiAsIs() {
    String plain = "Central Committee";
    assertThat(VietnameseText.normalize(plain)).isSameAs(plain);
    String once = VietnameseText.normalize(" Hoà  Bình ");
    assertThat(VietnameseText.normalize(once)).isEqualTo(once);
  }

  @ParameterizedTest
  @CsvSource({
      "Đồng Nai, dong nai",
      "ĐỒNG NAI, dong nai",
      "dong nai, dong nai",
      "'  Dong   Nai ', dong nai",
      "Thừa Thiên-Huế, thua thien hue",
      "Hoà Bình, hoa binh",
      "Hòa Bình, hoa binh",
      "Bà Rịa – Vũng Tàu, ba ria vung tau",
      "Thành phố Hồ Chí Minh, thanh pho ho chi minh",
      "205-QĐ/TW, 205 qd tw"})
  void foldsCaseTonesAndMarks(String text, String key) {
    assertThat(VietnameseText.foldKey(text)).isEqualTo(key);
  }

  @Test
  void allSpellingsOfDongNaiMatch() {
    String nfdWithEth = Normalizer.normalize("\u00D0ồng Nai", Normalizer.Form.NFD);
    assertThat(VietnameseText.matches(DONG_NAI, "dong nai")).isTrue();
    assertThat(VietnameseText.matches(DONG_NAI, "ĐỒNG NAI")).isTrue();
    assertThat(VietnameseText.matches(DONG_NAI, nfdWithEth)).isTrue();
    assertThat(VietnameseText.matches(DONG_NAI, "Đồng Tháp")).isFalse();
  }

  @Test
  void sortsLettersInVietnameseAlphabeticalOrder() {
    List<String> letters = new ArrayList<>(List.of("Ư", "U", "Ơ", "Ô", "O", "Đ", "E", "Ê", "D", "Â", "Ă", "A", "B"));
    letters.sort(VietnameseText.order());
    assertThat(letters).containsExactly("A", "Ă", "Â", "B", "D", "Đ", "E", "Ê", "O", "Ô", "Ơ", "U", "Ư");
  }

  @Test
  void sortsNamesLetterFirstThenTone() {
    List<String> names = new ArrayList<>(List.of("Đà Nẵng", "Điện Biên", "Đắk Lắk", "Dương", "An Giang",
        "Bắc Ninh", "Bà Rịa", "Ấp", "Ánh", "Anh"));
    names.sort(VietnameseText.order());
    assertThat(names).containsExactly("An Giang", "Anh", "Ánh", "Ấp", "Bà Rịa", "Bắc Ninh", "Dương", "Đà Nẵng",
        "Đắk Lắk", "Điện Biên");
  }

  @Test
  void tonesDecideOnlyBetweenOtherwiseEqualWords() {
    List<String> tones = new ArrayList<>(List.of("mạ", "má", "mã", "mả", "mà", "ma"));
    tones.sort(VietnameseText.order());
    assertThat(tones.get(0)).isEqualTo("ma");
    assertThat(tones).containsExactlyInAnyOrder("ma", "mà", "mả", "mã", "má", "mạ");
    assertThat(VietnameseText.order().compare("mạ", "mai")).isNegative();
  }

  @Test
  void ordersNfdLikeNfc() {
    String nfd = Normalizer.normalize("Đắk Lắk", Normalizer.Form.NFD);
    assertThat(VietnameseText.order().compare(nfd, "Đắk Lắk")).isZero();
  }

  @Test
  void writesDatesWithoutLeadingZerosAndFourDigitYears() {
    assertThat(VietnameseText.date(java.time.LocalDate.of(2019, 9, 30))).isEqualTo("30/9/2019");
    assertThat(VietnameseText.date(java.time.LocalDate.of(2025, 1, 1))).isEqualTo("1/1/2025");
    assertThat(VietnameseText.date(java.time.LocalDate.of(945, 12, 5))).isEqualTo("5/12/0945");
  }

  @Test
  void foldsEveryLetterAloneAsInAnyTextAroundIt() {
    // A no-break space sends the whole text to the general fold; letters alone take the quick one.
    for (char c = 0; c < 0x2000; c++) {
      String word = "x" + c + "y";
      assertThat(VietnameseText.foldKey(word)).as("U+%04X", (int) c).isEqualTo(VietnameseText.foldKey(word + "\u00A0"));
    }
    assertThat(VietnameseText.foldKey("Ủy viên Ban Thường vụ Tỉnh uỷ ĐỒNG NAI")).isEqualTo(
        "uy vien ban thuong vu tinh uy dong nai");
  }
}
