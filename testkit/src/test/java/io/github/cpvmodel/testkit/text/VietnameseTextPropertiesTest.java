package io.github.cpvmodel.testkit.text;

import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Property;
import io.github.cpvmodel.text.VietnameseText;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VietnameseTextPropertiesTest {
  private static final Comparator<CharSequence> ORDER = VietnameseText.order();

  /** Names, titles and their awkward spellings: everything normalisation has to cope with. */
  private static final Gen<String> TEXTS = Gen.oneOf(TextGenerators.personNames(), TextGenerators.unitNames(),
      TextGenerators.documentTitles(), TextGenerators.meetingTitles())
      .flatMap(TextGenerators::awkwardVariants);

  private static final List<String> ALPHABET = List.of("A", "Ă", "Â", "B", "C", "D", "Đ", "E", "Ê", "G", "H", "I",
      "K", "L", "M", "N", "O", "Ô", "Ơ", "P", "Q", "R", "S", "T", "U", "Ư", "V", "X", "Y");

  @Test
  void normalizeIsIdempotent() {
    Property.forAll(TEXTS).check(text ->
        VietnameseText.normalize(VietnameseText.normalize(text)).equals(VietnameseText.normalize(text)));
  }

  @Test
  void normalizeUndoesEncodingVariants() {
    Gen<String[]> pairs = TextGenerators.personNames().flatMap(name ->
        TextGenerators.encodingVariants(name).map(variant -> new String[] {name, variant}));
    Property.forAll(pairs).check(pair -> VietnameseText.normalize(pair[1]).equals(pair[0]));
  }

  @Test
  void foldKeyIsTheSameForEveryAwkwardVariant() {
    Gen<String> originals = Gen.oneOf(TextGenerators.personNames(), TextGenerators.unitNames(),
        TextGenerators.meetingTitles());
    Gen<String[]> pairs = originals.flatMap(text ->
        TextGenerators.awkwardVariants(text).map(variant -> new String[] {text, variant}));
    Property.forAll(pairs).check(pair -> VietnameseText.foldKey(pair[1]).equals(VietnameseText.foldKey(pair[0]))
        && VietnameseText.matches(pair[0], pair[1]));
  }

  @Test
  void foldKeyIsPlainLowerCaseAsciiForVietnamese() {
    Property.forAll(TEXTS).check(text -> VietnameseText.foldKey(text).matches("[a-z0-9]+( [a-z0-9]+)*"));
  }

  @Test
  void orderIgnoresTheEncoding() {
    Property.forAll(TEXTS, TEXTS).check((a, b) -> {
      int nfc = Integer.signum(ORDER.compare(a, b));
      return nfc == Integer.signum(ORDER.compare(nfd(a), nfd(b)))
          && nfc == Integer.signum(ORDER.compare(Normalizer.normalize(a, Normalizer.Form.NFC), nfd(b)))
          && ORDER.compare(a, nfd(a)) == 0;
    });
  }

  @Test
  void orderIsATotalPreorder() {
    Property.forAll(TEXTS, TEXTS).check((a, b) ->
        Integer.signum(ORDER.compare(a, b)) == -Integer.signum(ORDER.compare(b, a)));
    Gen<String> names = TextGenerators.personNames();
    Property.forAll(names, names, names).check((a, b, c) ->
        !(ORDER.compare(a, b) <= 0 && ORDER.compare(b, c) <= 0) || ORDER.compare(a, c) <= 0);
  }

  @Test
  void orderFollowsTheVietnameseAlphabet() {
    Gen<Integer> letters = Gen.ints(0, ALPHABET.size() - 1);
    Property.forAll(letters, letters, Gen.booleans()).check((i, j, lower) -> {
      String a = lower ? ALPHABET.get(i).toLowerCase(Locale.ROOT) + "n" : ALPHABET.get(i);
      String b = lower ? ALPHABET.get(j).toLowerCase(Locale.ROOT) + "n" : ALPHABET.get(j);
      return Integer.signum(ORDER.compare(a, b)) == Integer.signum(i - j)
          && Integer.signum(ORDER.compare(nfd(a), b)) == Integer.signum(i - j);
    });
  }

  private static String nfd(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD);
  }
}
