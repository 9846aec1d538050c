package io.github.cpvmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.PostSector;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartyPostsTest {
  private static final LocalDate SEED_DAY = LocalDate.of(2019, 9, 30);
  private static final LocalDate MERGER_DAY = LocalDate.of(2025, 7, 1);

  @Test
  void theSeedChairsThreePostsAreBuiltIn() {
    assertThat(PartyPosts.find(PartyPosts.POLITBURO_MEMBER).orElseThrow().title().vi())
        .isEqualTo("Ủy viên Bộ Chính trị");
    assertThat(PartyPosts.find(PartyPosts.SECRETARIAT_MEMBER).orElseThrow().title().vi())
        .isEqualTo("Bí thư Trung ương Đảng");
    Post head = PartyPosts.find(PartyBodies.ORGANISATION_COMMISSION, PostRole.HEAD).orElseThrow();
    assertThat(head.id()).isEqualTo(Id.of("cc/organisation-commission/head"));
    assertThat(head.title().vi()).isEqualTo("Trưởng Ban Tổ chức Trung ương");
    assertThat(head.title().en()).contains("Head of the Central Organisation Commission");
    assertThat(head.isSingleHolder()).isTrue();
    assertThat(head.sector()).isEqualTo(PostSector.PARTY);
  }

  @Test
  void centralSeatsHaveTheTitlesThePressWrites() {
    assertThat(PartyPosts.find(PartyPosts.GENERAL_SECRETARY).orElseThrow())
        .satisfies(p -> assertThat(p.title().vi()).isEqualTo("Tổng Bí thư"))
        .satisfies(p -> assertThat(p.organ()).isEqualTo(PartyBodies.CENTRAL_COMMITTEE))
        .satisfies(p -> assertThat(p.isSingleHolder()).isTrue());
    assertThat(PartyPosts.find(PartyPosts.CENTRAL_COMMITTEE_ALTERNATE_MEMBER).orElseThrow().role())
        .isEqualTo(PostRole.ALTERNATE_MEMBER);
    assertThat(PartyPosts.find(PartyPosts.CENTRAL_COMMITTEE_MEMBER).orElseThrow().isSingleHolder()).isFalse();
    assertThat(PartyPosts.find(PartyPosts.SECRETARIAT_PERMANENT_MEMBER).orElseThrow().title().vi())
        .isEqualTo("Thường trực Ban Bí thư");
    assertThat(PartyPosts.find(PartyPosts.INSPECTION_COMMISSION_CHAIR).orElseThrow().title().vi())
        .isEqualTo("Chủ nhiệm Ủy ban Kiểm tra Trung ương");
    assertThat(PartyPosts.find(Id.of("cc/organisation-commission/standing-deputy-head")).orElseThrow().title().vi())
        .isEqualTo("Phó Trưởng ban Thường trực Ban Tổ chức Trung ương");
    assertThat(PartyPosts.findAttestation(PartyPosts.POLITBURO_MEMBER)).contains(Attestation.VERIFIED);
    assertThat(PartyPosts.findAttestation(Id.of("cc/economic-commission/head"))).contains(Attestation.SECONDARY);
    assertThat(PartyPosts.findAttestation(Id.of("cc/no-such-post"))).isEmpty();
  }

  @Test
  void postsLiveAsLongAsTheirBodies() {
    Id economicHead = Id.of("cc/economic-commission/head");
    Id policyHead = Id.of("cc/policy-strategy-commission/head");
    assertThat(PartyPosts.on(SEED_DAY)).extracting(Post::id).contains(economicHead).doesNotContain(policyHead);
    assertThat(PartyPosts.on(MERGER_DAY)).extracting(Post::id).contains(policyHead).doesNotContain(economicHead);
    assertThat(PartyPosts.all()).allSatisfy(post -> assertThat(PartyBodies.hierarchy().contains(post.organ()))
        .isTrue());
    assertThat(PartyPosts.all()).extracting(Post::id).doesNotHaveDuplicates();
  }

  @Test
  void everyProvincialCommitteeOfBothErasHasItsSecretaryDeputiesAndStandingBoard() {
    for (LocalDate day : new LocalDate[] {SEED_DAY, MERGER_DAY}) {
      int units = Provinces.on(day).size();
      assertThat(PartyPosts.on(day)).filteredOn(p -> p.role() == PostRole.SECRETARY
          && PartyBodies.provinceOn(p.organ(), day).isPresent()).hasSize(units);
      assertThat(PartyPosts.on(day)).filteredOn(p -> p.role() == PostRole.DEPUTY_SECRETARY).hasSize(units);
      assertThat(PartyPosts.on(day)).filteredOn(p -> p.role() == PostRole.MEMBER
          && PartyBodies.provinceOn(p.organ(), day).isPresent()).hasSize(units);
    }
    Province dongNai = Provinces.byCode("75", SEED_DAY);
    Id committee = PartyBodies.committeeOf(dongNai).id();
    assertThat(PartyPosts.postsOf(committee)).extracting(p -> p.title().vi())
        .containsExactly("Bí thư Tỉnh ủy Đồng Nai", "Phó Bí thư Tỉnh ủy Đồng Nai");
    assertThat(PartyPosts.postsOf(committee.child("standing-board"))).extracting(p -> p.title().vi())
        .containsExactly("Ủy viên Ban Thường vụ Tỉnh ủy Đồng Nai");
    assertThat(PartyPosts.find(committee, PostRole.SECRETARY).orElseThrow().id())
        .isEqualTo(Id.of("party/dong-nai/committee/secretary"));
    assertThat(PartyPosts.postsOf(Id.of("party/no-such-body"))).isEmpty();
  }

  @Test
  void postsAreInTheOrderOfTheirBodies() {
    assertThat(PartyPosts.all().get(0).id()).isEqualTo(PartyPosts.GENERAL_SECRETARY);
    java.util.List<Id> order = PartyBodies.all().stream().map(b -> b.id()).collect(java.util.stream.Collectors.toList());
    assertThat(PartyPosts.all()).extracting(p -> order.indexOf(p.organ())).isSorted();
  }
}
