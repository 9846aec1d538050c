package io.github.cpvmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class LocalizedNameTest {
  @Test
  void normalisesBothNamesBeforeStoringThem() {
    String nfd = Normalizer.normalize("Ban  Tổ chức Trung ương ", Normalizer.Form.NFD);
    LocalizedName name = LocalizedName.of(nfd, " Central  Organisation Commission");
    assertThat(name.vi()).isEqualTo("Ban Tổ chức Trung ương");
    assertThat(Normalizer.isNormalized(name.vi(), Normalizer.Form.NFC)).isTrue();
    assertThat(name.en()).contains("Central Organisation Commission");
    assertThat(name).isEqualTo(LocalizedName.of("Ban Tổ chức Trung ương", "Central Organisation Commission"));
  }

  @Test
  void readsEthAsDStroke() {
    assertThat(LocalizedName.of("\u00D0ảng bộ tỉnh \u00D0ồng Nai").vi()).isEqualTo("Đảng bộ tỉnh Đồng Nai");
  }

  @Test
  void builderNormalisesToo() {
    LocalizedName built = LocalizedName.builder().vi(" Bộ Chính trị ").en("Politburo").build();
    assertThat(built).isEqualTo(LocalizedName.of("Bộ Chính trị", "Politburo"));
    assertThat(built.withEn("Political Bureau").en()).contains("Political Bureau");
  }

  @Test
  void matchesByFoldKeyInEitherLanguage() {
    LocalizedName name = LocalizedName.of("Bộ Chính trị", "Politburo");
    assertThat(name.matches("bo chinh tri")).isTrue();
    assertThat(name.matches("BỘ CHÍNH TRỊ")).isTrue();
    assertThat(name.matches("POLITBURO")).isTrue();
    assertThat(name.matches("Ban Bí thư")).isFalse();
    assertThat(LocalizedName.of("Ban Bí thư").matches("Secretariat")).isFalse();
  }

  @Test
  void rejectsBlankNamesNamingTheField() {
    assertThatThrownBy(() -> LocalizedName.of(" \u00A0 "))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("vi: Vietnamese name ' \u00A0 ' is blank")
        .hasMessageEndingWith("[localized-name.blank]");
    assertThatThrownBy(() -> LocalizedName.of("Bộ Chính trị", ""))
        .hasMessageStartingWith("en: English name '' is blank: a name must have at least one visible character");
  }

  @Test
  void builderWithoutVietnameseNameSaysWhichAttributeIsMissing() {
    assertThatThrownBy(() -> LocalizedName.builder().en("Politburo").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vi");
  }

  @Test
  void printsVietnameseFirst() {
    assertThat(LocalizedName.of("Bộ Chính trị", "Politburo")).hasToString("Bộ Chính trị (Politburo)");
    assertThat(LocalizedName.of("Bộ Chính trị")).hasToString("Bộ Chính trị");
  }
}
