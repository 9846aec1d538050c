package io.github.cpvmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.ValidationException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProvincesTest {
  private static final LocalDate SEED_DAY = LocalDate.of(2019, 9, 30);
  private static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);
  private static final LocalDate MERGER_DAY = LocalDate.of(2025, 7, 1);

  @Test
  void countsOfUnitsInForce() {
    assertThat(Provinces.on(SEED_DAY)).hasSize(63);
    assertThat(Provinces.on(LAST_OLD_DAY)).hasSize(63);
    assertThat(Provinces.on(MERGER_DAY)).hasSize(34);
    assertThat(Provinces.on(MERGER_DAY).stream().filter(p -> p.kind() == ProvinceKind.CITY)).hasSize(6);
    assertThat(Provinces.on(LocalDate.of(2008, 7, 31))).isEmpty();
  }

  @Test
  void everyCodeOf2008MapsToExactlyOneUnitOf2025() {
    for (Province old : Provinces.on(SEED_DAY)) {
      assertThat(Provinces.successorsOn(old, MERGER_DAY)).as(old.toString()).hasSize(1);
    }
    Province binhPhuoc = Provinces.byCode("70", SEED_DAY);
    assertThat(Provinces.successorsOn(binhPhuoc, MERGER_DAY)).extracting(Province::id)
        .containsExactly(Id.of("province/dong-nai-2025"));
  }

  @Test
  void noUnitOf2025IsWithoutAPredecessor() {
    Set<Province> covered = Provinces.on(MERGER_DAY).stream()
        .peek(p -> assertThat(Provinces.predecessorsOn(p, LAST_OLD_DAY)).as(p.toString()).isNotEmpty())
        .flatMap(p -> Provinces.predecessorsOn(p, LAST_OLD_DAY).stream()).collect(Collectors.toSet());
    assertThat(covered).containsExactlyInAnyOrderElementsOf(Provinces.on(LAST_OLD_DAY));
  }

  @Test
  void theMergerMapReadsBothWays() {
    Province dongNai = Provinces.byCode("75", MERGER_DAY);
    assertThat(Provinces.predecessors(dongNai)).extracting(Province::name).containsExactly("Bình Phước", "Đồng Nai");
    assertThat(Provinces.successors(Provinces.byCode("70", SEED_DAY))).containsExactly(dongNai);
    Province haNoi = Provinces.byCode("01", SEED_DAY);
    assertThat(Provinces.byCode("01", MERGER_DAY)).isEqualTo(haNoi);
    assertThat(Provinces.successors(haNoi)).isEmpty();
  }

  @Test
  void codesAreNotIdentityAcrossEras() {
    Province yenBai = Provinces.byCode("15", SEED_DAY);
    Province laoCai = Provinces.byCode("15", MERGER_DAY);
    assertThat(yenBai.name()).isEqualTo("Yên Bái");
    assertThat(laoCai.name()).isEqualTo("Lào Cai");
    assertThat(laoCai.id()).isEqualTo(Id.of("province/lao-cai-2025"));
    assertThat(Provinces.findByName("Lào Cai")).extracting(Province::code).containsExactly("10", "15");
    assertThat(Provinces.predecessors(laoCai)).containsExactly(Provinces.byCode("10", SEED_DAY), yenBai);
  }

  @Test
  void code46ChangesKindOnTheFirstDayOf2025() {
    Province province = Provinces.byCode("46", LocalDate.of(2024, 12, 31));
    Province city = Provinces.byCode("46", LocalDate.of(2025, 1, 1));
    assertThat(province.fullName().vi()).isEqualTo("Tỉnh Thừa Thiên Huế");
    assertThat(province.kind()).isEqualTo(ProvinceKind.PROVINCE);
    assertThat(city.fullName().vi()).isEqualTo("Thành phố Huế");
    assertThat(city.kind()).isEqualTo(ProvinceKind.CITY);
    assertThat(Provinces.successors(province)).containsExactly(city);
    assertThat(Provinces.byCode("46", MERGER_DAY)).isEqualTo(city);
    assertThat(city.validity().toString()).isEqualTo("2025-01-01/..");
  }

  @Test
  void dongNaiBecomingACityIsCarriedAsASecondarySourceFact() {
    Province tinh = Provinces.byCode("75", MERGER_DAY);
    Province city = Provinces.byCode("75", LocalDate.of(2026, 4, 30));
    assertThat(tinh.attestation()).isEqualTo(Attestation.VERIFIED);
    assertThat(city.attestation()).isEqualTo(Attestation.SECONDARY);
    assertThat(city.fullName().vi()).isEqualTo("Thành phố Đồng Nai");
    assertThat(Provinces.on(LocalDate.of(2026, 5, 1))).hasSize(34);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dong Nai", "ĐỒNG NAI", "Ðồng Nai", "Tỉnh Đồng Nai", "dong nai province"})
  void namesMatchWhateverTheSpelling(String name) {
    assertThat(Provinces.byName(name, SEED_DAY).code()).isEqualTo("75");
    assertThat(Provinces.byName(name, MERGER_DAY).code()).isEqualTo("75");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "TP Hồ Chí Minh",
      "Tp.Hồ Chí Minh", "tp. ho chi minh", "Hồ Chí Minh City"})
  void aCityAnswersToItsNameWithTheFullOrAbbreviatedPrefix(String name) {
    assertThat(Provinces.byName(name, SEED_DAY).code()).isEqualTo("79");
    assertThat(Provinces.byName(name, MERGER_DAY).code()).isEqualTo("79");
  }

  @Test
  void theCityAbbreviationDoesNotNameAProvince() {
    assertThat(Provinces.findByName("TP. Đồng Nai", SEED_DAY)).isEmpty();
    assertThat(Provinces.findByName("TP. Huế", LocalDate.of(2024, 12, 31))).isEmpty();
    assertThat(Provinces.findByName("TP. Huế", LocalDate.of(2025, 1, 1))).map(Province::code).contains("46");
  }

  @Test
  void anNfdSpelledNameWithTheEthMatches() {
    String nfd = Normalizer.normalize("\u00D0ồng Nai", Normalizer.Form.NFD);
    assertThat(Provinces.byName(nfd, SEED_DAY).code()).isEqualTo("75");
  }

  @Test
  void theFullNameKeepsThePrefix() {
    assertThat(Provinces.byCode("79", SEED_DAY).fullName().vi()).isEqualTo("Thành phố Hồ Chí Minh");
    assertThat(Provinces.byCode("79", SEED_DAY).fullName().en()).contains("Hồ Chí Minh City");
  }

  @ParameterizedTest
  @CsvSource({"03, 2019-09-30", "02, 2025-07-01", "75, 2008-07-31"})
  void anUnknownCodeIsRejectedNamingValueAndRule(String code, LocalDate day) {
    assertThatThrownBy(() -> Provinces.byCode(code, day))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'" + code + "'").hasMessageContaining(day.toString())
        .hasMessageContaining(Provinces.UNKNOWN_CODE.description())
        .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).rule())
            .isEqualTo(Provinces.UNKNOWN_CODE));
  }

  @Test
  void anUnknownCodeSaysWhatTheCodeMeantOnOtherDays() {
    assertThatThrownBy(() -> Provinces.byCode("10", MERGER_DAY))
        .hasMessageContaining("code '10' means no provincial-level unit on 2025-07-01")
        .hasMessageContaining("it meant Tỉnh Lào Cai on 2008-08-01/2025-06-30");
    assertThatThrownBy(() -> Provinces.byCode("46", LocalDate.of(2008, 7, 31)))
        .hasMessageContaining("Tỉnh Thừa Thiên Huế on 2008-08-01/2024-12-31, Thành phố Huế on 2025-01-01/..");
    assertThatThrownBy(() -> Provinces.byCode("03", SEED_DAY)).hasMessageNotContaining("it meant");
  }

  @ParameterizedTest
  @ValueSource(strings = {"7", "075", "ab", "７５"})
  void aMalformedCodeIsRejected(String code) {
    assertThatThrownBy(() -> Provinces.byCode(code, SEED_DAY))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'" + code + "'").hasMessageContaining(Province.CODE.description());
  }

  @Test
  void anUnknownNameIsRejected() {
    assertThatThrownBy(() -> Provinces.byName("Bình Phước", MERGER_DAY))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'Bình Phước'").hasMessageContaining(Provinces.UNKNOWN_NAME.description())
        .hasMessageContaining("it meant Tỉnh Bình Phước on 2008-08-01/2025-06-30");
  }

  @Test
  void theDataIsTheSameObjectEveryTime() {
    assertThat(Provinces.all()).isSameAs(Provinces.all());
    assertThat(Provinces.all().stream().map(Province::id).distinct()).hasSize(Provinces.all().size());
  }

  @Test
  void aNullArgumentIsRejectedAtOnceNamingTheParameter() {
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> Provinces.findByName(null, java.time.LocalDate.of(2019, 9, 30))).withMessage("name");
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> Provinces.byCode("75", null)).withMessage("day");
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> io.github.cpvmodel.text.VietnameseText.foldKey(null)).withMessage("text");
  }
}
