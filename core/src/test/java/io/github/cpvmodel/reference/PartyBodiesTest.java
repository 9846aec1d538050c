package io.github.cpvmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.Violation;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.IssuerCode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyBodiesTest {
  private static final LocalDate SEED_DAY = LocalDate.of(2019, 9, 30);
  private static final LocalDate MERGER_DAY = LocalDate.of(2025, 7, 1);

  @Test
  void provincialOrganisationsUnderTheCentralCommittee() {
    assertThat(PartyBodies.provincialOrganisationsOn(SEED_DAY)).hasSize(63)
        .allSatisfy(b -> assertThat(b.parentOn(SEED_DAY)).contains(PartyBodies.CENTRAL_COMMITTEE));
    assertThat(PartyBodies.provincialOrganisationsOn(MERGER_DAY)).hasSize(34);
    assertThat(PartyBodies.hierarchy().childrenOn(PartyBodies.CENTRAL_COMMITTEE, SEED_DAY).stream()
        .filter(PartyBodies::isProvincialOrganisation)).hasSize(63);
    assertThat(PartyBodies.provincialOrganisationsOn(SEED_DAY)).allMatch(PartyBodies::isProvincialOrganisation);
  }

  /**
   * 67 in 2015 is verified ("67 tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
   * https://hatinh24h.com.vn/tag/dai-hoi-diem); that they were the 63 provinces' and these four is an inference.
   */
  @Test
  void sixtySevenOrganisationsDirectlyUnderTheCentralCommitteeIn2019AreTheProvincesAndFourOthers() {
    assertThat(PartyBodies.directOrganisationsOn(SEED_DAY)).hasSize(63 + 4)
        .allSatisfy(b -> assertThat(b.parentOn(SEED_DAY)).contains(PartyBodies.CENTRAL_COMMITTEE))
        .allSatisfy(b -> assertThat(b.kind()).isEqualTo(BodyKind.PARTY_ORGANISATION))
        .allSatisfy(b -> assertThat(b.level()).isEqualTo(BodyLevel.PROVINCIAL))
        .filteredOn(b -> !PartyBodies.isProvincialOrganisation(b)).extracting(Body::id)
        .containsExactly(PartyBodies.ARMY, PartyBodies.PUBLIC_SECURITY, PartyBodies.CENTRAL_AGENCIES_BLOC,
            PartyBodies.CENTRAL_ENTERPRISES_BLOC);
    assertThat(PartyBodies.hierarchy().childrenOn(PartyBodies.CENTRAL_COMMITTEE, SEED_DAY).stream()
        .filter(b -> b.kind() == BodyKind.PARTY_ORGANISATION)).hasSize(67);
  }

  @Test
  void fortyOrganisationsDirectlyUnderTheCentralCommitteeAfterTheMergers() {
    assertThat(PartyBodies.directOrganisationsOn(MERGER_DAY)).hasSize(34 + 2 + 4)
        .containsAll(PartyBodies.provincialOrganisationsOn(MERGER_DAY))
        .filteredOn(b -> !PartyBodies.isProvincialOrganisation(b)).extracting(b -> b.name().vi())
        .containsExactly("Đảng bộ Quân đội", "Đảng bộ Công an Trung ương", "Đảng bộ các cơ quan Đảng Trung ương",
            "Đảng bộ Chính phủ", "Đảng bộ Quốc hội", "Đảng bộ Mặt trận Tổ quốc Việt Nam, các đoàn thể Trung ương");
  }

  @ParameterizedTest
  @CsvSource({"2025-02-02, 63, 67", "2025-02-03, 63, 69", "2025-06-30, 63, 69", "2025-07-01, 34, 40"})
  void theCentralBlocsGiveWayToTheFourNewOrganisationsOnTheDayTheyWereAnnounced(LocalDate day, int provincial,
      int direct) {
    assertThat(PartyBodies.provincialOrganisationsOn(day)).hasSize(provincial);
    assertThat(PartyBodies.directOrganisationsOn(day)).hasSize(direct);
    List<Id> blocs = List.of(PartyBodies.CENTRAL_AGENCIES_BLOC, PartyBodies.CENTRAL_ENTERPRISES_BLOC);
    List<Id> newOnes = List.of(PartyBodies.CENTRAL_PARTY_AGENCIES, PartyBodies.GOVERNMENT,
        PartyBodies.NATIONAL_ASSEMBLY, PartyBodies.FATHERLAND_FRONT);
    boolean reorganised = !day.isBefore(LocalDate.of(2025, 2, 3));
    for (Id id : blocs) {
      assertThat(PartyBodies.hierarchy().byId(id).existsOn(day)).as(id.toString()).isEqualTo(!reorganised);
      assertThat(PartyBodies.hierarchy().byId(id.child("committee")).existsOn(day)).isEqualTo(!reorganised);
    }
    for (Id id : newOnes) {
      assertThat(PartyBodies.hierarchy().byId(id).existsOn(day)).as(id.toString()).isEqualTo(reorganised);
    }
  }

  @Test
  void theArmyAndPublicSecurityCommitteesAreTheBodiesOfTheirIssuerCodes() {
    assertThat(IssuerCode.QUTW.bodies()).containsExactly(PartyBodies.ARMY_COMMITTEE);
    assertThat(IssuerCode.DUCA.bodies()).containsExactly(PartyBodies.PUBLIC_SECURITY_COMMITTEE);
    Body army = PartyBodies.hierarchy().byId(IssuerCode.QUTW.bodies().iterator().next());
    assertThat(army.name().vi()).isEqualTo("Quân ủy Trung ương");
    assertThat(army.kind()).isEqualTo(BodyKind.PARTY_COMMITTEE);
    assertThat(army.parentOn(MERGER_DAY)).contains(PartyBodies.ARMY);
    assertThat(PartyBodies.hierarchy().byId(IssuerCode.DUCA.bodies().iterator().next()).name().vi())
        .isEqualTo("Đảng ủy Công an Trung ương");
    assertThat(PartyBodies.hierarchy().byId(PartyBodies.GOVERNMENT.child("committee")).name().vi())
        .isEqualTo("Đảng ủy Chính phủ");
    assertThat(PartyBodies.isProvincialOrganisation(PartyBodies.hierarchy().byId(PartyBodies.ARMY))).isFalse();
  }

  @Test
  void noChangeLinksTheBlocsToTheNewOrganisations() {
    var history = PartyBodies.history();
    BodyChange end = history.endOf(PartyBodies.CENTRAL_AGENCIES_BLOC).orElseThrow();
    assertThat(end.kind()).isEqualTo(BodyChange.Kind.DISSOLVED);
    assertThat(end.date()).isEqualTo(LocalDate.of(2025, 2, 3));
    assertThat(end.successors()).isEmpty();
    assertThat(end.note().orElseThrow()).contains("not verified", "not recorded");
    assertThat(history.endOf(PartyBodies.CENTRAL_ENTERPRISES_BLOC.child("committee"))).contains(end);
    assertThat(history.predecessors(PartyBodies.NATIONAL_ASSEMBLY)).isEmpty();
    assertThat(history.predecessors(PartyBodies.GOVERNMENT)).isEmpty();
    assertThat(history.changes()).filteredOn(c -> c.successors().contains(PartyBodies.GOVERNMENT)).singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(BodyChange.Kind.ESTABLISHED))
        .satisfies(c -> assertThat(c.decision().orElseThrow().number())
            .contains(DocumentNumber.parse("243-QĐ/TW")));
    assertThat(history.endOf(PartyBodies.ARMY)).isEmpty();
  }

  @Test
  void theDongNaiBodiesOfTheSeed() {
    Province dongNai = Provinces.byCode("75", SEED_DAY);
    Body organisation = PartyBodies.organisationOf(dongNai);
    assertThat(organisation.id()).isEqualTo(Id.of("party/dong-nai"));
    assertThat(organisation.name().vi()).isEqualTo("Đảng bộ tỉnh Đồng Nai");
    assertThat(PartyBodies.committeeOf(dongNai).name().vi()).isEqualTo("Tỉnh ủy Đồng Nai");
    assertThat(PartyBodies.hierarchy().childrenOn(Id.of("party/dong-nai/committee"), SEED_DAY))
        .extracting(b -> b.name().vi())
        .containsExactly("Ban Thường vụ Tỉnh ủy Đồng Nai", "Ban Tổ chức Tỉnh ủy Đồng Nai");
    assertThat(PartyBodies.committeeOf(Provinces.byCode("79", SEED_DAY)).name().vi())
        .isEqualTo("Thành ủy Thành phố Hồ Chí Minh");
  }

  @Test
  void theHoChiMinhCityBodiesAreNamedAsTheCityInBothLanguages() {
    Province city = Provinces.byCode("79", SEED_DAY);
    assertThat(PartyBodies.committeeOf(city).name().en()).contains("Hồ Chí Minh City Party Committee");
    assertThat(PartyBodies.hierarchy().byId(Id.of("party/ho-chi-minh/committee/organisation-commission")).name()
        .en()).contains("Organisation Commission of the Hồ Chí Minh City Party Committee");
    assertThat(PartyBodies.committeeOf(Provinces.byCode("01", SEED_DAY)).name().en())
        .contains("Hà Nội Municipal Party Committee");
    assertThat(PartyBodies.committeeOf(Provinces.byCode("75", SEED_DAY)).name().en())
        .contains("Đồng Nai Provincial Party Committee");
  }

  @ParameterizedTest
  @CsvSource({"x/atlantis, 75, Atlantis", "province/atlantis, 75, Atlantis", "province/dong-nai, 75, Atlantis",
      "province/dong-nai, 76, Đồng Nai"})
  void theBodiesOfAUnitThatIsNotBuiltInAreRejected(String id, String code, String name) {
    Province unit = Province.of(Id.of(id), code, name, ProvinceKind.PROVINCE, Validity.always(),
        Attestation.VERIFIED);
    for (ThrowingCallable call : List.<ThrowingCallable>of(() -> PartyBodies.organisationOf(unit),
        () -> PartyBodies.committeeOf(unit))) {
      assertThatThrownBy(call).isInstanceOf(ValidationException.class)
          .hasMessageStartingWith("unit: ").hasMessageContaining("'" + id + "'")
          .hasMessageContaining(PartyBodies.UNKNOWN_UNIT.description())
          .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::rule)
              .containsExactly(PartyBodies.UNKNOWN_UNIT));
    }
  }

  @Test
  void theBuiltInBodiesAndChangesAreConsistent() {
    assertThat(PartyBodies.hierarchy().validate()).isEmpty();
    assertThat(PartyBodies.history().validate(PartyBodies.hierarchy())).isEmpty();
  }

  /** The ids are constants in code and rows in {@code party-bodies.csv}: both must say the same. */
  @Test
  void everyIdConstantNamesABodyOfTheDataFile() throws IllegalAccessException {
    int constants = 0;
    for (Field field : PartyBodies.class.getFields()) {
      if (field.getType() == Id.class && Modifier.isStatic(field.getModifiers())) {
        Id id = (Id) field.get(null);
        assertThat(PartyBodies.hierarchy().find(id)).as(field.getName()).isPresent();
        constants++;
      }
    }
    assertThat(constants).isEqualTo(23);
    assertThat(PartyBodies.central()).hasSize(13);
  }

  @Test
  void theCentralChangesOf2025() {
    var history = PartyBodies.history();
    assertThat(history.successors(PartyBodies.INFORMATION_COMMISSION))
        .containsExactly(PartyBodies.INFORMATION_MASS_MOBILISATION_COMMISSION);
    assertThat(history.predecessors(PartyBodies.INFORMATION_MASS_MOBILISATION_COMMISSION))
        .containsExactly(PartyBodies.INFORMATION_COMMISSION, PartyBodies.MASS_MOBILISATION_COMMISSION);
    assertThat(history.successors(PartyBodies.ECONOMIC_COMMISSION))
        .containsExactly(PartyBodies.POLICY_STRATEGY_COMMISSION);
    assertThat(history.endOf(PartyBodies.EXTERNAL_RELATIONS_COMMISSION).orElseThrow().successors()).isEmpty();
    assertThat(PartyBodies.hierarchy().childrenOn(PartyBodies.CENTRAL_COMMITTEE, SEED_DAY))
        .extracting(b -> b.name().vi()).contains("Ban Kinh tế Trung ương").doesNotContain(
            "Ban Chính sách, chiến lược Trung ương");
    assertThat(PartyBodies.hierarchy().childrenOn(PartyBodies.CENTRAL_COMMITTEE, MERGER_DAY))
        .extracting(b -> b.name().vi()).contains("Ban Chính sách, chiến lược Trung ương")
        .doesNotContain("Ban Đối ngoại Trung ương", "Ban Tuyên giáo Trung ương");
    assertThat(PartyBodies.hierarchy().byId(PartyBodies.ORGANISATION_COMMISSION).abbreviation()).contains("BTCTW");
  }

  @Test
  void theProvincialMergerIsInTheHistory() {
    var history = PartyBodies.history();
    assertThat(history.predecessors(Id.of("party/dong-nai-2025")))
        .containsExactly(Id.of("party/binh-phuoc"), Id.of("party/dong-nai"));
    assertThat(history.successors(Id.of("party/binh-phuoc/committee/organisation-commission")))
        .containsExactly(Id.of("party/dong-nai-2025/committee/organisation-commission"));
    assertThat(history.endOf(Id.of("party/dong-nai")).orElseThrow().decision().orElseThrow().number())
        .contains(DocumentNumber.parse("60-NQ/TW"));
    assertThat(history.successors(Id.of("party/thua-thien-hue"))).containsExactly(Id.of("party/hue"));
    assertThat(history.latestForms(Id.of("party/dong-nai"))).containsExactly(Id.of("party/dong-nai-2026"));
    assertThat(history.endOf(Id.of("party/dong-nai-2025")).orElseThrow().note().orElseThrow())
        .contains("secondary");
  }

  @Test
  void provincialBodiesLeadToTheirProvinceOnADayAndBack() {
    Province binhPhuoc = Provinces.byCode("70", SEED_DAY);
    Province dongNai2025 = Provinces.byCode("75", MERGER_DAY);
    assertThat(PartyBodies.provinceOn(Id.of("party/binh-phuoc/committee"), SEED_DAY)).contains(binhPhuoc);
    assertThat(PartyBodies.provinceOn(Id.of("party/binh-phuoc"), SEED_DAY)).contains(binhPhuoc);
    assertThat(PartyBodies.provinceOn(Id.of("party/binh-phuoc/committee/standing-board"), SEED_DAY))
        .contains(binhPhuoc);
    assertThat(PartyBodies.provinceOn(Id.of("party/binh-phuoc/committee"), MERGER_DAY)).isEmpty();
    assertThat(PartyBodies.provinceOn(Id.of("party/dong-nai-2025/committee"), MERGER_DAY)).contains(dongNai2025);
    assertThat(PartyBodies.provinceOn(PartyBodies.ARMY, SEED_DAY)).isEmpty();
    assertThat(PartyBodies.provinceOn(PartyBodies.ORGANISATION_COMMISSION, SEED_DAY)).isEmpty();

    assertThat(PartyBodies.organisationOn(binhPhuoc.id(), SEED_DAY)).contains(PartyBodies.organisationOf(binhPhuoc));
    assertThat(PartyBodies.committeeOn(binhPhuoc.id(), SEED_DAY).orElseThrow().name().vi())
        .isEqualTo("Tỉnh ủy Bình Phước");
    assertThat(PartyBodies.organisationOn(binhPhuoc.id(), MERGER_DAY)).isEmpty();
    assertThat(PartyBodies.committeeOn(dongNai2025.id(), MERGER_DAY).orElseThrow().id())
        .isEqualTo(Id.of("party/dong-nai-2025/committee"));
    assertThat(PartyBodies.organisationOn(Id.of("province/nowhere"), SEED_DAY)).isEmpty();
    for (LocalDate day : List.of(SEED_DAY, MERGER_DAY)) {
      for (Province unit : Provinces.on(day)) {
        assertThat(PartyBodies.provinceOn(PartyBodies.committeeOn(unit.id(), day).orElseThrow().id(), day))
            .contains(unit);
      }
    }
  }

  @Test
  void provincialBodiesStandInTheCodeOrderOfTheirUnitsOnEveryDay() {
    for (LocalDate day : List.of(SEED_DAY, LocalDate.of(2025, 1, 1), MERGER_DAY, LocalDate.of(2026, 5, 1))) {
      List<String> codes = PartyBodies.provincialOrganisationsOn(day).stream()
          .map(b -> PartyBodies.provinceOn(b.id(), day).orElseThrow().code()).collect(java.util.stream.Collectors.toList());
      assertThat(codes).isSorted();
      assertThat(PartyBodies.hierarchy().childrenOn(PartyBodies.CENTRAL_COMMITTEE, day).stream()
          .filter(PartyBodies::isProvincialOrganisation)).containsExactlyElementsOf(
              PartyBodies.provincialOrganisationsOn(day));
    }
  }
}
