package io.github.cpvmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The shared vocabulary under hostile input: huge, malformed and look-alike text. */
class HostileVocabularyTest {
  @Test
  void aNullChildSegmentIsNamedNotWrittenAsNull() {
    assertThatThrownBy(() -> Id.of("cc").child((CharSequence) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("segments");
  }

  @Test
  void aSlugOfANameWithALetterThatIsNotVietnameseSaysSo() {
    assertThatThrownBy(() -> Id.slug("Hà 中 Nội")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("'Hà 中 Nội' has '中', which is not a Vietnamese or ASCII letter or digit")
        .hasMessageEndingWith("[id.syntax]");
    assertThatThrownBy(() -> Id.slug("Müller")).hasMessageContaining("has 'ü'");
    assertThat(Id.slug("Thừa Thiên-Huế")).hasToString("thua-thien-hue");
  }

  @Test
  void anIdIsQuotedAsGivenNotHalfLowerCased() {
    assertThatThrownBy(() -> Id.of("Đồng Nai")).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("'Đồng Nai' has 'Đ' at index 0");
    assertThatThrownBy(() -> Id.of("  cc/Ủy-ban")).hasMessageStartingWith("'  cc/Ủy-ban' has 'Ủ' at index 5");
  }

  @Test
  void nullPartsAreNamed() {
    assertThatThrownBy(() -> LocalizedName.of(null, "Hanoi")).isInstanceOf(NullPointerException.class)
        .hasMessage("vi");
    assertThatThrownBy(() -> LocalizedName.of("Hà Nội", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("en");
    assertThatThrownBy(() -> Validity.closed(null, LocalDate.of(2020, 1, 1))).hasMessage("start");
    assertThatThrownBy(() -> Validity.closed(LocalDate.of(2020, 1, 1), null)).hasMessage("endInclusive");
  }

  @Test
  void aNumeralLongerThanANumberIsRejectedAtTheLimit() {
    String input = "M".repeat(5_000);
    ParseException e = catchThrowableOfType(ParseException.class, () -> RomanNumeral.parse(input));
    assertThat(e.errorIndex()).isEqualTo(TextKind.NUMBER.maxLength());
    assertThat(e.violations()).extracting(Violation::rule).containsOnly(TextKind.LENGTH);
  }
}
