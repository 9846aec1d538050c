package io.github.cpvmodel.body;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyHierarchyTest {
  private static final LocalDate SEED_DAY = LocalDate.of(2019, 9, 30);
  private static final LocalDate MERGER_DAY = LocalDate.of(2025, 7, 1);

  private static final Body CC = Body.of(Id.of("cc"), BodyKind.CENTRAL_COMMITTEE, BodyLevel.CENTRAL,
      LocalizedName.of("Ban Chấp hành Trung ương Đảng", "Party Central Committee"), Validity.always());
  private static final Body OLD_DONG_NAI = organisation("party/dong-nai", "Đảng bộ tỉnh Đồng Nai",
      Validity.endingOn(MERGER_DAY.minusDays(1)));
  private static final Body BINH_PHUOC = organisation("party/binh-phuoc", "Đảng bộ tỉnh Bình Phước",
      Validity.endingOn(MERGER_DAY.minusDays(1)));
  private static final Body NEW_DONG_NAI = organisation("party/dong-nai-2025", "Đảng bộ tỉnh Đồng Nai",
      Validity.startingOn(MERGER_DAY));
  private static final Body COMMITTEE = Body.of(Id.of("party/dong-nai/committee"), BodyKind.PARTY_COMMITTEE,
      BodyLevel.PROVINCIAL, LocalizedName.of("Tỉnh ủy Đồng Nai"), Validity.endingOn(MERGER_DAY.minusDays(1)))
      .withParents(ParentLink.of(Id.of("party/dong-nai"), Validity.endingOn(MERGER_DAY.minusDays(1))));
  private static final Body COMMISSION = Body.of(Id.of("party/dong-nai/committee/organisation-commission"),
      BodyKind.ADVISORY_COMMISSION, BodyLevel.PROVINCIAL, LocalizedName.of("Ban Tổ chức Tỉnh ủy Đồng Nai"),
      Validity.endingOn(MERGER_DAY.minusDays(1)))
      .withParents(ParentLink.of(COMMITTEE.id(), Validity.endingOn(MERGER_DAY.minusDays(1))));

  private static final BodyHierarchy HIERARCHY =
      BodyHierarchy.of(ImmutableList.of(CC, OLD_DONG_NAI, BINH_PHUOC, NEW_DONG_NAI, COMMITTEE, COMMISSION));

  private static Body organisation(String id, String name, Validity validity) {
    return Body.of(Id.of(id), BodyKind.PARTY_ORGANISATION, BodyLevel.PROVINCIAL, LocalizedName.of(name), validity)
        .withParents(ParentLink.of(Id.of("cc"), validity));
  }

  @Test
  void childrenOnADateAreThoseLinkedThatDay() {
    assertThat(HIERARCHY.childrenOn(CC.id(), SEED_DAY)).containsExactly(OLD_DONG_NAI, BINH_PHUOC);
    assertThat(HIERARCHY.childrenOn(CC.id(), MERGER_DAY)).containsExactly(NEW_DONG_NAI);
    assertThat(HIERARCHY.childrenOn(CC.id(), MERGER_DAY).get(0).name().vi()).isEqualTo("Đảng bộ tỉnh Đồng Nai");
  }

  @Test
  void parentOnADateFollowsTheLinkOfThatDay() {
    assertThat(HIERARCHY.parentOn(COMMITTEE.id(), SEED_DAY)).contains(OLD_DONG_NAI);
    assertThat(HIERARCHY.parentOn(COMMITTEE.id(), MERGER_DAY)).isEmpty();
    assertThat(HIERARCHY.parentOn(CC.id(), SEED_DAY)).isEmpty();
  }

  @Test
  void ancestorsAndDescendantsWalkTheTreeOfThatDay() {
    assertThat(HIERARCHY.ancestorsOn(COMMISSION.id(), SEED_DAY)).containsExactly(COMMITTEE, OLD_DONG_NAI, CC);
    assertThat(HIERARCHY.descendantsOn(CC.id(), SEED_DAY))
        .containsExactly(OLD_DONG_NAI, COMMITTEE, COMMISSION, BINH_PHUOC);
    assertThat(HIERARCHY.on(MERGER_DAY)).containsExactly(CC, NEW_DONG_NAI);
  }

  @Test
  void aBodyCanMoveUnderAnotherParent() {
    Body moved = Body.of(Id.of("cc/some-commission"), BodyKind.ADVISORY_COMMISSION, BodyLevel.CENTRAL,
        LocalizedName.of("Ban X"), Validity.always()).withParents(
        ParentLink.of(Id.of("party/dong-nai"), Validity.endingOn(LocalDate.of(2020, 1, 1))),
        ParentLink.of(Id.of("cc"), Validity.startingOn(LocalDate.of(2020, 1, 2))));
    BodyHierarchy hierarchy = HIERARCHY.plus(ImmutableList.of(moved));
    assertThat(hierarchy.parentOn(moved.id(), SEED_DAY)).contains(OLD_DONG_NAI);
    assertThat(hierarchy.parentOn(moved.id(), LocalDate.of(2020, 1, 2))).contains(CC);
    assertThat(hierarchy.childrenOn(CC.id(), LocalDate.of(2020, 1, 2))).contains(moved);
  }

  @Test
  void aWellFormedHierarchyHasNoViolations() {
    assertThat(HIERARCHY.validate()).isEmpty();
  }

  @Test
  void rejectsDuplicateIds() {
    assertThatThrownBy(() -> BodyHierarchy.of(ImmutableList.of(CC, CC)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'cc'").hasMessageContaining("bodies[1].id")
        .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).rule())
            .isEqualTo(BodyHierarchy.DUPLICATE_ID));
  }

  @Test
  void rejectsQuestionsAboutUnknownBodies() {
    assertThatThrownBy(() -> HIERARCHY.childrenOn(Id.of("party/atlantis"), SEED_DAY))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'party/atlantis'")
        .hasMessageContaining(BodyHierarchy.UNKNOWN_BODY.description());
    assertThatThrownBy(() -> PartyBodies.hierarchy().byId(Id.of("party/dong-nai/comittee")))
        .hasMessageContaining("under 'party/dong-nai/' there are [party/dong-nai/committee]");
  }

  @Test
  void validateReportsUnknownAndAbsentParentsAndCycles() {
    Body orphan = COMMISSION.withParents(ParentLink.of(Id.of("party/atlantis"), Validity.always().withEnd(
        MERGER_DAY.minusDays(1))));
    Body late = organisation("party/late", "Đảng bộ muộn", Validity.always())
        .withParents(ParentLink.of(OLD_DONG_NAI.id(), Validity.always()));
    Body a = Body.of(Id.of("x/a"), BodyKind.CELL, BodyLevel.CELL, LocalizedName.of("Chi bộ A"), Validity.always())
        .withParents(ParentLink.of(Id.of("x/b"), Validity.startingOn(SEED_DAY)));
    Body b = Body.of(Id.of("x/b"), BodyKind.CELL, BodyLevel.CELL, LocalizedName.of("Chi bộ B"), Validity.always())
        .withParents(ParentLink.of(Id.of("x/a"), Validity.always()));
    ImmutableList<Violation> violations =
        BodyHierarchy.of(ImmutableList.of(CC, OLD_DONG_NAI, orphan, late, a, b)).validate();
    assertThat(violations).extracting(Violation::rule).containsExactly(BodyHierarchy.UNKNOWN_PARENT,
        BodyHierarchy.PARENT_ABSENT, BodyHierarchy.CYCLE, BodyHierarchy.CYCLE);
    assertThat(violations).extracting(Violation::path).containsExactly("bodies[2].parents[0].parent",
        "bodies[3].parents[0].validity", "bodies[4]", "bodies[5]");
    assertThat(violations.get(1).message()).contains("'party/dong-nai'").contains("'../2025-06-30'");
    assertThat(violations.get(2).message()).contains("'x/a' is its own ancestor on 2019-09-30");
  }

  @Test
  void validateFindsLoopsAmongParentsWhateverLeavesHangUnderThem() {
    Body a = cell("x/a", "x/c");
    Body b = cell("x/b", "x/a");
    Body c = cell("x/c", "x/b");
    List<Body> bodies = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      bodies.add(cell("x/leaf-" + i, i % 2 == 0 ? "x/a" : "cc"));
    }
    bodies.addAll(List.of(CC, a, b, c));
    ImmutableList<Violation> violations = BodyHierarchy.of(bodies).validate();
    assertThat(violations).extracting(Violation::rule).containsOnly(BodyHierarchy.CYCLE);
    assertThat(violations).extracting(Violation::path).containsExactly("bodies[51]", "bodies[52]", "bodies[53]");
    assertThat(violations.get(2).message()).contains("'x/c' is its own ancestor");
    bodies.set(bodies.indexOf(a), cell("x/a", "cc"));
    assertThat(BodyHierarchy.of(bodies).validate()).isEmpty();
  }

  private static Body cell(String id, String parent) {
    return Body.of(Id.of(id), BodyKind.CELL, BodyLevel.CELL, LocalizedName.of("Chi bộ"), Validity.always())
        .withParents(ParentLink.of(Id.of(parent), Validity.always()));
  }
}
