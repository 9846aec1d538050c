package io.github.cpvmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.reference.Provinces;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The limits on text of each kind, and the rejection of written text that is not fit to show. */
class TextKindTest {
  /** The entry points of written text, each given a name. */
  private static final List<Consumer<String>> NAMED = List.of(
      LocalizedName::of,
      name -> LocalizedName.of("Đồng Nai", name),
      Source::of,
      name -> Source.builder().publication("Báo Đồng Nai").title(name).build(),
      name -> Source.builder().publication("Báo Đồng Nai").author(name).build(),
      name -> Person.builder().id(Id.of("person/a")).fullName(name).build(),
      name -> PartyBodies.all().get(0).withAbbreviation(name),
      name -> PartyDocuments.registry().byKey(PartyDocuments.DIRECTIVE_36).withSubject(name));

  @Test
  void theLimitsAreTheDocumentedOnes() {
    assertThat(TextKind.IDENTIFIER.maxLength()).isEqualTo(200);
    assertThat(TextKind.NUMBER.maxLength()).isEqualTo(100);
    assertThat(TextKind.LABEL.maxLength()).isEqualTo(300);
    assertThat(TextKind.NAME.maxLength()).isEqualTo(1_000);
    assertThat(TextKind.TEXT.maxLength()).isEqualTo(10_000);
    assertThat(TextKind.ARTICLE.maxLength()).isEqualTo(1_000_000);
  }

  @Test
  void textAtItsLimitIsReadAndOneCharMoreIsRejectedAtTheLimitQuotingOnlyItsBeginning() {
    assertThat(LocalizedName.of("a".repeat(1_000)).vi()).hasSize(1_000);
    String input = "x".repeat(1_000_000);
    ParseException e = catchThrowableOfType(ParseException.class, () -> Validity.parse(input));
    assertThat(e.errorIndex()).isEqualTo(300);
    assertThat(e.input()).isSameAs(input);
    assertThat(e.violations()).extracting(Violation::rule).containsOnly(TextKind.LENGTH);
    assertThat(e.getMessage()).hasSizeLessThan(1_000).contains("1000000 characters long, more than the 300");
    assertThatThrownBy(() -> LocalizedName.of("a".repeat(1_001))).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("vi: '" + "a".repeat(300) + "…' is 1001 characters long").hasMessageEndingWith(
            "[text.length]");
  }

  @Test
  void aLookUpByAMegabyteOfNameIsRejectedAtOnceAndAFindFindsNothing() {
    String name = "Đồng Nai ".repeat(120_000);
    assertThatThrownBy(() -> Provinces.byName(name, LocalDate.of(2019, 9, 30)))
        .isInstanceOf(ValidationException.class).hasMessageEndingWith("[text.length]");
    assertThat(Provinces.findByName(name)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200B", "\u0000", "\uFEFF", "\u202E", "\u00AD", "\u3164", "\u034F", "\uD800", "\u0301",
      "\u200B\u0301", "Đồng\u0000Nai", "Đồng Nai\u202E", "Hà\uDC00Nội"})
  void namesWithNothingVisibleOrAnUnfitCharAreRejectedByEveryEntryPoint(String name) {
    for (Consumer<String> entry : NAMED) {
      ValidationException e = catchThrowableOfType(ValidationException.class, () -> entry.accept(name));
      assertThat(e).as("%s given %s", entry, name).isNotNull();
      assertThat(e.violations()).extracting(Violation::rule).containsOnly(TextKind.WRITTEN);
    }
  }

  @Test
  void whiteSpaceOnlyIsStillEachTypesBlankRule() {
    assertThatThrownBy(() -> LocalizedName.of("  ")).hasMessageEndingWith("[localized-name.blank]");
    assertThatThrownBy(() -> PartyDocuments.registry().byKey(PartyDocuments.DIRECTIVE_36).withSubject(" ")).hasMessageEndingWith("[document.blank]");
  }

  @Test
  void aBuilderMissingAttributesNamesEachWithTheRule() {
    MissingAttributeException e = catchThrowableOfType(MissingAttributeException.class,
        () -> Body.builder().build());
    assertThat(e.violations()).isNotEmpty().extracting(Violation::rule).containsOnly(
        MissingAttributeException.REQUIRED);
    assertThat(e.violations()).extracting(Violation::path).contains("id", "name");
    assertThat(e.getMessage()).contains("'id' is not set");
    assertThatThrownBy(() -> Document.builder().build()).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Source.builder().title("Tin").build()).isInstanceOf(MissingAttributeException.class)
        .hasMessage("publication: 'publication' is not set: " + MissingAttributeException.REQUIRED.description()
            + " [builder.required]");
  }
}
