package io.github.cpvmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdTest {
  @ParameterizedTest
  @ValueSource(strings = {"cc", "cc/politburo", "cc/organisation-commission", "province/75/2008", "a1/b-2-c"})
  void acceptsTheScheme(String text) {
    Id id = Id.of(text);
    assertThat(id.value()).isEqualTo(text);
    assertThat(Id.of(id.toString())).isEqualTo(id);
  }

  @Test
  void normalisesCaseAndSpaceBeforeValidating() {
    assertThat(Id.of("  CC/Politburo ")).isEqualTo(Id.of("cc/politburo"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|'' is empty",
      "cc//politburo|'cc//politburo' has '/' at index 3",
      "/cc|'/cc' has '/' at index 0",
      "cc/|'cc/' ends with '/'",
      "cc/po--litburo|'cc/po--litburo' has '-' at index 6",
      "cc/politburo-|'cc/politburo-' ends with '-'",
      "cc politburo|'cc politburo' has ' ' at index 2",
      "cc_politburo|'cc_politburo' has '_' at index 2",
      "bộ-chính-trị|'bộ-chính-trị' has 'ộ' at index 1"})
  void rejectsAnythingElseNamingTheIndex(String text, String detail) {
    assertThatThrownBy(() -> Id.of(text))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(detail + ": an id is 1 to 200 characters")
        .hasMessageEndingWith("[id.syntax]");
  }

  @Test
  void changesTheCaseOfAsciiLettersOnly() {
    // The Kelvin sign and the dotted capital I lower-case to ASCII letters (plus a mark) outside ASCII.
    assertThatThrownBy(() -> Id.of("\u212Ac")).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("'\u212Ac' has '\u212A' at index 0");
    assertThatThrownBy(() -> Id.of("c\u0130")).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("'c\u0130' has '\u0130' at index 1");
  }

  @Test
  void rejectsOverlongIds() {
    assertThatThrownBy(() -> Id.of("a".repeat(201))).hasMessageContaining("is 201 characters long");
    assertThat(Id.of("a".repeat(200)).value()).hasSize(200);
  }

  @Test
  void slugsVietnameseNames() {
    assertThat(Id.slug("Đồng Nai")).isEqualTo(Id.of("dong-nai"));
    assertThat(Id.slug("Thành phố Hồ Chí Minh")).hasToString("thanh-pho-ho-chi-minh");
    assertThat(Id.slug("Thừa Thiên - Huế")).hasToString("thua-thien-hue");
    assertThat(Id.slug(Normalizer.normalize("Ðồng Nai", Normalizer.Form.NFD))).hasToString("dong-nai");
    assertThatThrownBy(() -> Id.slug(" – ")).hasMessageContaining("has no letter or digit");
  }

  @Test
  void childrenAppendSegments() {
    assertThat(Id.of("province").child(Id.slug("Đồng Nai")).child("committee"))
        .hasToString("province/dong-nai/committee");
    assertThatThrownBy(() -> Id.of("cc").child("")).hasMessageContaining("ends with '/'");
  }

  @Test
  void ordersByText() {
    assertThat(Id.of("cc").compareTo(Id.of("cc/politburo"))).isNegative();
  }
}
