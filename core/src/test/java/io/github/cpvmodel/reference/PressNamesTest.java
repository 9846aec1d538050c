package io.github.cpvmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.person.PostRole;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PressNamesTest {
  @Test
  void everyNameStandsForBuiltInBodiesOrPostsAndIsWrittenInNfc() {
    PressNames.bodies().forEach((name, id) -> assertThat(PartyBodies.hierarchy().contains(id)).as(name).isTrue());
    PressNames.posts().forEach((name, id) -> assertThat(PartyPosts.find(id)).as(name).isPresent());
    assertThat(PressNames.bodies().keySet()).allSatisfy(name ->
        assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue());
    assertThat(PressNames.stateBodies()).contains("HĐND tỉnh");
  }

  @Test
  void aNameForTheBodyOfEveryPlaceListsThatBodyOfEveryProvincialUnit() {
    assertThat(PressNames.bodies().get("Ban Bí thư")).containsExactly(PartyBodies.SECRETARIAT);
    assertThat(PressNames.bodies().get("Ban TVTU"))
        .hasSize(88)
        .allSatisfy(id -> assertThat(PartyBodies.hierarchy().byId(id).kind()).isEqualTo(BodyKind.STANDING_BOARD))
        .contains(Id.of("party/dong-nai/committee/standing-board"), Id.of("party/dong-nai-2025/committee/standing-board"));
    assertThat(PressNames.bodies().get("Ban TVTU").stream()
        .filter(id -> PartyBodies.hierarchy().byId(id).existsOn(LocalDate.of(2019, 9, 30)))).hasSize(63);
  }

  @Test
  void theRolesAreTheGenericNamesOfRolesAndThePressWords() {
    assertThat(PressNames.roles().get("Trưởng ban")).containsExactly(PostRole.HEAD);
    assertThat(PressNames.roles().get("Trưởng")).containsExactly(PostRole.HEAD);
    assertThat(PressNames.roles().get("Phó Trưởng ban Thường trực")).containsExactly(PostRole.STANDING_DEPUTY_HEAD);
    assertThat(PressNames.roles().get("Chủ nhiệm")).containsExactly(PostRole.CHAIR);
    assertThat(PressNames.posts().get("Ủy viên Trung ương Đảng")).containsExactly(PartyPosts.CENTRAL_COMMITTEE_MEMBER);
  }
}
