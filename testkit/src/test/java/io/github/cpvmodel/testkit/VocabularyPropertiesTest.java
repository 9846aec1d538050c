package io.github.cpvmodel.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.MissingAttributeException;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.testkit.contract.MutationsContract;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Property;
import io.github.cpvmodel.testkit.text.TextGenerators;
import io.github.cpvmodel.RomanNumeral;
import io.github.cpvmodel.text.VietnameseText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VocabularyPropertiesTest extends MutationsContract {
  static final Class<?>[] FOUNDATION =
      {Id.class, Validity.class, LocalizedName.class, Source.class, RomanNumeral.class, VietnameseText.class,
          TextKind.class, MissingAttributeException.class};

  VocabularyPropertiesTest() {
    super(300, FOUNDATION);
  }

  @Test
  void textFormsParseBackToTheSameValue() {
    Property.forAll(VocabularyGenerators.validities()).check(v -> Validity.parse(v.toString()).equals(v));
    Property.forAll(TextGenerators.romanNumerals()).check(n -> RomanNumeral.parse(n.toString()).equals(n));
    Property.forAll(VocabularyGenerators.ids()).check(id -> Id.of(id.toString()).equals(id));
  }

  @Test
  void textFormsParseBackFromTheirAwkwardSpellings() {
    Property.forAll(TextGenerators.romanNumerals(), Gen.booleans()).check((n, lower) ->
        RomanNumeral.parse(" " + (lower ? n.toString().toLowerCase(Locale.ROOT) : n.toString()) + "\t").equals(n));
    Property.forAll(VocabularyGenerators.ids())
        .check(id -> Id.of("  " + id.toString().toUpperCase(Locale.ROOT) + " ").equals(id));
    Property.forAll(VocabularyGenerators.validities()).check(v -> Validity.parse(" " + v + "\n").equals(v));
  }

  @Test
  void equalValuesHaveEqualHashCodes() {
    Property.forAll(VocabularyGenerators.validities()).check(v -> sameValue(v, Validity.of(v.start(), v.end())));
    Property.forAll(TextGenerators.romanNumerals()).check(n -> sameValue(n, RomanNumeral.of(n.value())));
    Property.forAll(VocabularyGenerators.ids()).check(id -> sameValue(id, Id.of(id.value())));
    Property.forAll(VocabularyGenerators.sources()).check(s -> sameValue(s, Source.builder().from(s).build()));
    Property.forAll(VocabularyGenerators.localizedNames()).check(name ->
        sameValue(name, LocalizedName.builder().from(name).build()));
  }

  @Test
  void namesSpeltAwkwardlyAreEqualOnceNormalised() {
    Gen<LocalizedName[]> respelt = VocabularyGenerators.localizedNames().flatMap(name ->
        TextGenerators.encodingVariants(name.vi()).map(vi -> new LocalizedName[] {name,
            name.en().isPresent() ? LocalizedName.of(vi, name.en().get()) : LocalizedName.of(vi)}));
    Property.forAll(respelt).check(pair -> sameValue(pair[0], pair[1]));
    Gen<Boolean> matchesVariant = VocabularyGenerators.localizedNames().flatMap(name ->
        TextGenerators.awkwardVariants(name.vi()).map(name::matches));
    Property.forAll(matchesVariant).check(matches -> matches);
  }

  @Test
  void slugsIgnoreHowANameIsSpelt() {
    Gen<String[]> spellings = Gen.oneOf(TextGenerators.placeNames(), TextGenerators.personNames()).flatMap(name ->
        TextGenerators.awkwardVariants(name).map(variant -> new String[] {name, variant}));
    Property.forAll(spellings).check(pair -> Id.slug(pair[1]).equals(Id.slug(pair[0])));
  }

  @Test
  void equalityIsSymmetricAndAgreesWithOrder() {
    Property.forAll(VocabularyGenerators.ids(), VocabularyGenerators.ids()).check((a, b) ->
        a.equals(b) == b.equals(a) && a.equals(b) == (a.compareTo(b) == 0)
            && Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a)));
    Property.forAll(TextGenerators.romanNumerals(1, 20), TextGenerators.romanNumerals(1, 20)).check((a, b) ->
        a.equals(b) == (a.compareTo(b) == 0) && (!a.equals(b) || a.hashCode() == b.hashCode()));
  }

  @Test
  void intervalRelationsAreConsistent() {
    Gen<Validity> validities = VocabularyGenerators.validities();
    Property.forAll(validities, validities).check((a, b) ->
        a.overlaps(b) == b.overlaps(a) && !(a.precedes(b) && a.overlaps(b)) && !(a.precedes(b) && b.precedes(a)));
    Property.forAll(validities, validities, validities)
        .check((a, b, c) -> !(a.precedes(b) && b.precedes(c)) || a.precedes(c));
    Property.forAll(validities, VocabularyGenerators.dates()).check((v, day) ->
        v.contains(day) == v.overlaps(Validity.onlyOn(day)));
  }

  @Override
  protected List<Mutation> mutations() {
    return VocabularyMutations.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void rejectionsQuoteTheValueAndSayWhatIsValid(Mutation mutation) {
    Rule rule = mutation.rule();
    Property.forAll(mutation.attempts()).check(attempt -> {
      try {
        attempt.run();
        return false;
      } catch (ValidationException e) {
        return e.violations().stream().allMatch(v -> v.rule().equals(rule) && v.message().contains("'")
            && v.message().endsWith(": " + rule.description()));
      }
    });
  }

  private static boolean sameValue(Object a, Object b) {
    return a.equals(b) && b.equals(a) && a.hashCode() == b.hashCode()
        && a.toString().equals(b.toString());
  }
}
