package io.github.cpvmodel.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.Violation;
import io.github.cpvmodel.reference.PartyBodies;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The people of the 2019-09-30 briefing, as the article names them. */
class PersonnelTest {
  private static final LocalDate SEED_DAY = LocalDate.of(2019, 9, 30);
  private static final Validity ATTESTED = Validity.onlyOn(SEED_DAY);

  private static final Person CHINH = Person.of(Id.of("person/pham-minh-chinh"), "Phạm Minh Chính");
  private static final Person CUONG = Person.of(Id.of("person/nguyen-phu-cuong"), "Nguyễn Phú Cường");
  private static final Person RU = Person.of(Id.of("person/pham-van-ru"), "Phạm Văn Ru");

  private static final Post POLITBURO_MEMBER = party("cc/politburo/member", "cc/politburo", PostRole.MEMBER,
      "Ủy viên Bộ Chính trị", "Member of the Politburo");
  private static final Post CC_SECRETARY = party("cc/secretariat/member", "cc/secretariat", PostRole.MEMBER,
      "Bí thư Trung ương Đảng", "Secretary of the Party Central Committee");
  private static final Post COMMISSION_HEAD = party("cc/organisation-commission/head", "cc/organisation-commission",
      PostRole.HEAD, "Trưởng ban Tổ chức Trung ương", "Head of the Central Organisation Commission");
  private static final Post CC_MEMBER = party("cc/member", "cc", PostRole.MEMBER,
      "Ủy viên Ban Chấp hành Trung ương Đảng", "Member of the Party Central Committee");
  private static final Post PROVINCIAL_SECRETARY = party("party/dong-nai/committee/secretary",
      "party/dong-nai/committee", PostRole.SECRETARY, "Bí thư Tỉnh ủy Đồng Nai", "Secretary of the Đồng Nai "
          + "Provincial Party Committee");
  private static final Post COUNCIL_CHAIR = Post.of(Id.of("state/dong-nai/peoples-council/chair"),
      Id.of("state/dong-nai/peoples-council"), PostSector.STATE, PostRole.CHAIR,
      LocalizedName.of("Chủ tịch Hội đồng nhân dân tỉnh Đồng Nai", "Chairman of the Đồng Nai People's Council"));
  private static final Post STANDING_MEMBER = party("party/dong-nai/committee/standing-board/member",
      "party/dong-nai/committee/standing-board", PostRole.MEMBER, "Ủy viên Ban Thường vụ Tỉnh ủy Đồng Nai",
      "Member of the Standing Board of the Đồng Nai Provincial Party Committee");
  private static final Post PROVINCIAL_HEAD = party("party/dong-nai/committee/organisation-commission/head",
      "party/dong-nai/committee/organisation-commission", PostRole.HEAD, "Trưởng ban Tổ chức Tỉnh ủy Đồng Nai",
      "Head of the Organisation Commission of the Đồng Nai Provincial Party Committee");

  private static final List<Post> POSTS = List.of(POLITBURO_MEMBER, CC_SECRETARY, COMMISSION_HEAD, CC_MEMBER,
      PROVINCIAL_SECRETARY, COUNCIL_CHAIR, STANDING_MEMBER, PROVINCIAL_HEAD);

  private static final Personnel SEED = Personnel.of(List.of(CHINH, CUONG, RU), POSTS, List.of(
      held(CHINH, POLITBURO_MEMBER), held(CHINH, CC_SECRETARY), held(CHINH, COMMISSION_HEAD),
      held(CUONG, CC_MEMBER), held(CUONG, PROVINCIAL_SECRETARY), held(CUONG, COUNCIL_CHAIR),
      held(RU, STANDING_MEMBER), held(RU, PROVINCIAL_HEAD)));

  private static Post party(String id, String body, PostRole role, String vi, String en) {
    return Post.of(Id.of(id), Id.of(body), PostSector.PARTY, role, LocalizedName.of(vi, en));
  }

  private static Tenure held(Person person, Post post) {
    return Tenure.of(person.id(), post.id(), ATTESTED, TenureBasis.UNKNOWN);
  }

  @Test
  void theChairHeldThreePostsAtOnce() {
    assertThat(SEED.postsHeldOn(CHINH.id(), SEED_DAY)).extracting(p -> p.title().vi())
        .containsExactly("Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng ban Tổ chức Trung ương");
    assertThat(SEED.postsHeldOn(CHINH.id(), SEED_DAY.plusDays(1))).isEmpty();
  }

  @Test
  void theProvincialSecretaryAlsoHeldAStatePost() {
    assertThat(SEED.postsHeldOn(CUONG.id(), SEED_DAY)).containsExactly(CC_MEMBER, PROVINCIAL_SECRETARY,
        COUNCIL_CHAIR);
    assertThat(PartyBodies.hierarchy().contains(COUNCIL_CHAIR.organ())).isFalse();
  }

  @Test
  void whoHeldAPost() {
    assertThat(SEED.holdersOn(PROVINCIAL_HEAD.id(), SEED_DAY)).containsExactly(RU);
    assertThat(SEED.holdersOn(STANDING_MEMBER.id(), SEED_DAY)).containsExactly(RU);
    assertThat(SEED.findPerson(RU.id())).contains(RU);
    assertThat(SEED.findPost(PROVINCIAL_HEAD.id())).contains(PROVINCIAL_HEAD);
    assertThat(SEED.findPerson(Id.of("person/nobody"))).isEmpty();
    assertThat(SEED.findPost(Id.of("cc/nothing"))).isEmpty();
  }

  @Test
  void theSeedIsConsistentWithTheBuiltInBodies() {
    assertThat(SEED.validate(PartyBodies.hierarchy())).isEmpty();
  }

  @Test
  void namesAreFamilyNameFirst() {
    assertThat(CHINH.familyName()).isEqualTo("Phạm");
    assertThat(CHINH.givenName()).isEqualTo("Chính");
    assertThat(CHINH.matches("PHAM MINH CHINH")).isTrue();
  }

  @Test
  void aSingleHolderPostKnowsIt() {
    assertThat(COMMISSION_HEAD.isSingleHolder()).isTrue();
    assertThat(POLITBURO_MEMBER.isSingleHolder()).isFalse();
  }

  @Test
  void aTenureEndingBeforeItStartsIsRejected() {
    assertThatThrownBy(() -> Tenure.of(CHINH.id(), COMMISSION_HEAD.id(), LocalDate.of(2021, 4, 1),
        LocalDate.of(2016, 2, 1), TenureBasis.APPOINTED))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("validity.end").hasMessageContaining("'2016-02-01'")
        .hasMessageContaining(Validity.ORDER.description());
  }

  @Test
  void aPostInABodyThatDidNotExistThenIsReported() {
    Post head = party("cc/external-relations-commission/head", "cc/external-relations-commission", PostRole.HEAD,
        "Trưởng ban Đối ngoại Trung ương", "Head of the Central Commission for External Relations");
    Personnel personnel = Personnel.of(List.of(CHINH), List.of(head),
        List.of(Tenure.of(CHINH.id(), head.id(), Validity.onlyOn(LocalDate.of(2025, 7, 1)), TenureBasis.APPOINTED)));
    ImmutableList<Violation> violations = personnel.validate(PartyBodies.hierarchy());
    assertThat(violations).extracting(Violation::rule).containsExactly(Personnel.BODY_ABSENT);
    assertThat(violations.get(0).path()).isEqualTo("tenures[0].validity");
    assertThat(violations.get(0).message()).contains("'2025-07-01/2025-07-01'")
        .contains("'cc/external-relations-commission'").contains(Personnel.BODY_ABSENT.description());
  }

  @Test
  void overlappingTenuresOfASingleSeatAreReported() {
    Personnel personnel = Personnel.of(List.of(CHINH, RU), List.of(COMMISSION_HEAD), List.of(
        held(CHINH, COMMISSION_HEAD), held(RU, COMMISSION_HEAD)));
    assertThat(personnel.validate(PartyBodies.hierarchy())).extracting(Violation::rule, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Personnel.SINGLE_HOLDER, "tenures[1].validity"));
    Personnel members = Personnel.of(List.of(CHINH, RU), List.of(POLITBURO_MEMBER), List.of(
        held(CHINH, POLITBURO_MEMBER), held(RU, POLITBURO_MEMBER)));
    assertThat(members.validate(PartyBodies.hierarchy())).isEmpty();
  }

  @Test
  void unknownReferencesAreReported() {
    Post nowhere = party("party/atlantis/committee/secretary", "party/atlantis/committee", PostRole.SECRETARY,
        "Bí thư", "Secretary");
    Personnel personnel = Personnel.of(List.of(CHINH), List.of(nowhere), List.of(
        Tenure.of(RU.id(), nowhere.id(), ATTESTED, TenureBasis.ELECTED),
        Tenure.of(CHINH.id(), Id.of("no/such/post"), ATTESTED, TenureBasis.ELECTED)));
    assertThat(personnel.validate(PartyBodies.hierarchy())).extracting(Violation::path)
        .containsExactly("posts[0].organ", "tenures[0].person", "tenures[1].post");
  }

  @Test
  void duplicateIdsAndUnknownQuestionsAreRejected() {
    assertThatThrownBy(() -> Personnel.of(List.of(CHINH, CHINH), List.of(), List.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("people[1].id")
        .hasMessageContaining("'person/pham-minh-chinh'");
    assertThatThrownBy(() -> SEED.holdersOn(Id.of("cc/nothing"), SEED_DAY))
        .isInstanceOf(ValidationException.class).hasMessageContaining("'cc/nothing'")
        .hasMessageContaining(Personnel.UNKNOWN_ID.description());
  }

  @Test
  void aBlankNameIsRejected() {
    assertThatThrownBy(() -> Person.of(Id.of("person/x"), "  "))
        .isInstanceOf(ValidationException.class).hasMessageContaining("fullName")
        .hasMessageContaining(Person.NAME.description());
  }

  @Test
  void aTenureEndsByACopyWithItsLastDay() {
    Tenure held = Tenure.of(CHINH.id(), COMMISSION_HEAD.id(), Validity.startingOn(LocalDate.of(2016, 4, 1)),
        TenureBasis.APPOINTED);
    Tenure ended = held.withValidity(held.validity().withEnd(LocalDate.of(2021, 4, 4)));
    assertThat(ended.validity()).hasToString("2016-04-01/2021-04-04");
    assertThat(ended.isHeldOn(LocalDate.of(2021, 4, 4))).isTrue();
    assertThat(ended.isHeldOn(LocalDate.of(2021, 4, 5))).isFalse();
  }
}
