package io.github.cpvmodel.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BodyTest {
  private static final Id CC = Id.of("cc");
  private static final LocalDate END_OF_DISTRICTS = LocalDate.of(2025, 6, 30);

  private static Body district(Validity validity) {
    return Body.of(Id.of("party/dong-nai/bien-hoa"), BodyKind.PARTY_ORGANISATION, BodyLevel.DISTRICT,
        LocalizedName.of("Đảng bộ thành phố Biên Hòa"), validity);
  }

  private static void rejects(Supplier<?> build, Rule rule, String path, String value) {
    assertThatThrownBy(build::get).isInstanceOf(ValidationException.class)
        .hasMessageContaining(value).hasMessageContaining(rule.description())
        .satisfies(e -> {
          ValidationException v = (ValidationException) e;
          assertThat(v.violations().get(0).rule()).isEqualTo(rule);
          assertThat(v.violations().get(0).path()).isEqualTo(path);
        });
  }

  @Test
  void theDistrictLevelEndsOn2025_06_30() {
    assertThat(BodyLevel.DISTRICT.isInForceOn(END_OF_DISTRICTS)).isTrue();
    assertThat(BodyLevel.DISTRICT.isInForceOn(END_OF_DISTRICTS.plusDays(1))).isFalse();
    assertThat(BodyLevel.PROVINCIAL.isInForceOn(END_OF_DISTRICTS.plusDays(1))).isTrue();
    assertThat(district(Validity.endingOn(END_OF_DISTRICTS)).existsOn(LocalDate.of(2019, 9, 30))).isTrue();
    rejects(() -> district(Validity.always()), Body.LEVEL_ENDED, "validity", "'../..'");
    rejects(() -> district(Validity.startingOn(LocalDate.of(2025, 7, 1))), Body.LEVEL_ENDED, "validity",
        "'2025-07-01/..'");
  }

  @Test
  void parentLinksMustNotOverlapLeaveTheLifeOrPointToItself() {
    Body body = district(Validity.closed(LocalDate.of(2010, 1, 1), END_OF_DISTRICTS));
    rejects(() -> body.withParents(ParentLink.of(body.id(), body.validity())), Body.PARENT_SELF,
        "parents[0].parent", "'party/dong-nai/bien-hoa'");
    rejects(() -> body.withParents(ParentLink.of(CC, Validity.always())), Body.PARENT_OUTSIDE,
        "parents[0].validity", "'../..'");
    rejects(() -> body.withParents(ParentLink.of(CC, body.validity()),
        ParentLink.of(Id.of("party/dong-nai"), Validity.onlyOn(LocalDate.of(2019, 9, 30)))), Body.PARENT_OVERLAP,
        "parents[1].validity", "'2019-09-30/2019-09-30'");
  }

  @Test
  void aBodyEndsByACopyWithItsLastDayAndCannotOutliveItsLevel() {
    Body body = district(Validity.startingOn(LocalDate.of(2010, 1, 1)).withEnd(END_OF_DISTRICTS));
    Body ended = body.withValidity(body.validity().withEnd(LocalDate.of(2020, 12, 31)));
    assertThat(ended.validity()).hasToString("2010-01-01/2020-12-31");
    assertThat(ended.withName(LocalizedName.of("Đảng bộ huyện", "District Party organisation")).name().en())
        .contains("District Party organisation");
    rejects(() -> body.withValidity(Validity.startingOn(LocalDate.of(2010, 1, 1))), Body.LEVEL_ENDED, "validity",
        "'2010-01-01/..'");
  }

  @Test
  void aBlankAbbreviationIsRejectedAndOneWithSpacesIsTidied() {
    Body body = district(Validity.endingOn(END_OF_DISTRICTS));
    assertThat(body.withAbbreviation("  BCH   TW ").abbreviation()).contains("BCH TW");
    rejects(() -> body.withAbbreviation(" "), Body.ABBREVIATION, "abbreviation", "' '");
  }

  @ParameterizedTest
  @EnumSource(BodyChange.Kind.class)
  void aChangeOfNoBodiesIsRejected(BodyChange.Kind kind) {
    rejects(() -> BodyChange.builder().kind(kind).date(LocalDate.of(2025, 7, 1)).build(), BodyChange.ARITY,
        kind == BodyChange.Kind.ESTABLISHED ? "successors" : "predecessors", "'" + kind.code() + "'");
  }

  @Test
  void aMergerNeedsTwoPredecessorsAndNoBodyTwice() {
    rejects(() -> BodyChange.builder().kind(BodyChange.Kind.MERGED).date(LocalDate.of(2025, 7, 1))
        .addPredecessor(Id.of("a")).addSuccessor(Id.of("b")).build(), BodyChange.ARITY, "predecessors", "'merged'");
    rejects(() -> BodyChange.builder().kind(BodyChange.Kind.DISSOLVED).date(LocalDate.of(2025, 2, 3))
        .addPredecessor(Id.of("a")).addSuccessor(Id.of("b")).build(), BodyChange.ARITY, "successors",
        "1 successors [b]");
    rejects(() -> BodyChange.builder().kind(BodyChange.Kind.RENAMED).date(LocalDate.of(2025, 7, 1))
        .addPredecessor(Id.of("a")).addSuccessor(Id.of("a")).build(), BodyChange.REPEATED, "successors[0]",
        "'a'");
  }

  @Test
  void aHistoryRejectsABodyEndedTwiceAndChecksDates() {
    BodyChange dissolved = BodyChange.builder().kind(BodyChange.Kind.DISSOLVED).date(LocalDate.of(2025, 2, 3))
        .addPredecessor(Id.of("a")).decision(DocumentReference.parse("Quyết định 1-QĐ/TW ngày 3/2/2025")).build();
    rejects(() -> BodyHistory.of(java.util.List.of(dissolved, dissolved)), BodyHistory.ENDED_TWICE, "changes[1]",
        "'a'");
    Body a = Body.of(Id.of("a"), BodyKind.OFFICE, BodyLevel.CENTRAL, LocalizedName.of("A"),
        Validity.endingOn(LocalDate.of(2025, 2, 3)));
    assertThat(BodyHistory.of(java.util.List.of(dissolved)).validate(BodyHierarchy.of(java.util.List.of(a))))
        .extracting(v -> v.rule()).containsExactly(BodyHistory.PREDECESSOR_END);
    assertThat(BodyHistory.of(java.util.List.of(dissolved)).validate(BodyHierarchy.empty()))
        .extracting(v -> v.rule()).containsExactly(BodyHistory.UNKNOWN_BODY);
  }
}
