package io.github.cpvmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {
  @Test
  void keepsEveryPartNormalised() {
    Source source = Source.builder()
        .publication(" Báo  Đồng Nai")
        .title("Tham mưu tốt cho công tác chuẩn bị Đại hội Đảng các cấp")
        .url(URI.create("https://baodongnai.com.vn/"))
        .published(LocalDate.of(2019, 9, 30))
        .author("Nguyệt Hà ")
        .build();
    assertThat(source.publication()).isEqualTo("Báo Đồng Nai");
    assertThat(source.author()).contains("Nguyệt Hà");
    assertThat(source.published()).contains(LocalDate.of(2019, 9, 30));
    assertThat(Source.of("Báo Đồng Nai").title()).isEmpty();
  }

  @Test
  void rejectsBlankTexts() {
    assertThatThrownBy(() -> Source.of("  "))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("publication: publication '  ' is blank")
        .hasMessageEndingWith("[source.blank]");
    assertThatThrownBy(() -> Source.builder().publication("Nhân Dân").author("").build())
        .hasMessageStartingWith("author: author '' is blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.org/x", "/relative/path", "mailto:toasoan@example.org"})
  void rejectsAddressesThatAreNotAbsoluteHttp(String url) {
    assertThatThrownBy(() -> Source.builder().publication("Nhân Dân").url(URI.create(url)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("url: address '" + url + "' is not usable")
        .hasMessageEndingWith("[source.url]");
  }
}
