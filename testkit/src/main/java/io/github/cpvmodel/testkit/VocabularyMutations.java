package io.github.cpvmodel.testkit;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.testkit.text.TextGenerators;
import io.github.cpvmodel.RomanNumeral;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The mutations behind {@link VocabularyGenerators#mutations()}: each starts from valid parts and breaks one
 * rule, by every path that can break it (factories, parsers, builders, copies).
 */
final class VocabularyMutations {
  private VocabularyMutations() {}

  static Mutation validityOrder() {
    Gen<Attempt> attempts = VocabularyGenerators.dates().flatMap(start -> Gen.ints(1, 20_000).flatMap(days -> {
      LocalDate end = start.minusDays(days);
      return Gen.elements(
          Attempt.of("Validity.closed(" + start + ", " + end + ")", () -> Validity.closed(start, end)),
          Attempt.of("Validity.parse(\"" + start + "/" + end + "\")", () -> Validity.parse(start + "/" + end)),
          Attempt.of("Validity.startingOn(" + start + ").withEnd(" + end + ")", () -> Validity.startingOn(start).withEnd(end)),
          Attempt.of("Validity.endingOn(" + end + ").withStart(" + start + ")",
              () -> Validity.endingOn(end).withStart(start)),
          Attempt.of("Validity.of(" + start + ", " + end + ")",
              () -> Validity.of(Optional.of(start), Optional.of(end))));
    }));
    return Mutation.of(Validity.ORDER, attempts);
  }

  static Mutation validitySyntax() {
    Gen<String> valid = VocabularyGenerators.validities().map(Validity::toString);
    Gen<LocalDate> dates = VocabularyGenerators.dates();
    Gen<String> malformed = Gen.oneOf(
        valid.map(text -> text.replace("/", "")),
        valid.map(text -> text.replace('/', ' ')),
        valid.map(text -> text.replace("/", "/x")),
        valid.map(text -> text + "/.."),
        dates.flatMap(date -> Gen.elements(date + "/", "/" + date, date + "/.", "./" + date, date + "/...",
            date.toString().replace('-', '.') + "/..", date.toString().substring(2) + "/..", date + "T00:00/..")),
        Gen.ints(13, 99).map(month -> "2020-" + month + "-01/.."),
        Gen.ints(30, 31).map(day -> "2021-02-" + day + "/.."),
        Gen.elements("", " ", "/", "..", "2020", "always", "2020-01-01 - 2020-12-31", "01/01/2020"));
    return Mutation.of(Validity.SYNTAX,
        malformed.map(text -> Attempt.of("Validity.parse(" + Runner.show(text) + ")", () -> Validity.parse(text))));
  }

  static Mutation romanNumeralRange() {
    Gen<Integer> outside = Gen.oneOf(Gen.ints(4000, 1_000_000), Gen.ints(0, 1_000_000).map(n -> -n));
    return Mutation.of(RomanNumeral.RANGE,
        outside.map(n -> Attempt.of("RomanNumeral.of(" + n + ")", () -> RomanNumeral.of(n))));
  }

  static Mutation romanNumeralSyntax() {
    Gen<String> canonical = TextGenerators.romanNumerals().map(RomanNumeral::toString);
    Gen<String> foreign = Gen.elements("A", "Z", "0", "-", ".", "Đ", "\u216B", "_");
    Gen<String> malformed = Gen.oneOf(
        canonical.flatMap(text -> foreign.flatMap(c -> Gen.ints(0, text.length()).map(
            at -> text.substring(0, at) + c + text.substring(at)))),
        canonical.flatMap(text -> canonical.map(other -> text + " " + other)),
        Gen.elements("IIII", "VV", "XXXX", "LL", "CCCC", "DD", "MMMM", "IC", "IL", "VX", "XM", "LC", "DM", "IIV",
            "IXI", "XCX", "", "   ", "XLX"));
    return Mutation.of(RomanNumeral.SYNTAX, malformed.map(
        text -> Attempt.of("RomanNumeral.parse(" + Runner.show(text) + ")", () -> RomanNumeral.parse(text))));
  }

  static Mutation idSyntax() {
    Gen<String> valid = VocabularyGenerators.ids().map(Id::toString);
    Gen<String> foreign = Gen.elements("_", ".", "@", "+", "đ", "é", "ư", "\\", ":", "--", "//", "-/", "/-");
    Gen<String> malformed = Gen.oneOf(
        valid.flatMap(text -> foreign.flatMap(c -> Gen.ints(0, text.length()).map(
            at -> text.substring(0, at) + c + text.substring(at)))),
        valid.flatMap(a -> Gen.elements(" ", "\t", "\u00A0").flatMap(space -> valid.map(b -> a + space + b))),
        valid.flatMap(text -> Gen.elements("/" + text, text + "/", "-" + text, text + "-")),
        Gen.ints(201, 400).map("a"::repeat),
        VocabularyGenerators.blanks());
    Gen<Attempt> of = malformed.map(text -> Attempt.of("Id.of(" + Runner.show(text) + ")", () -> Id.of(text)));
    Gen<Attempt> slug = Gen.elements("", " - ", "!?", "—").map(
        name -> Attempt.of("Id.slug(" + Runner.show(name) + ")", () -> Id.slug(name)));
    Gen<Attempt> child = VocabularyGenerators.ids().flatMap(parent -> Gen.elements("", "/", "a//b", "Đồng Nai")
        .map(segment -> Attempt.of(parent + ".child(" + Runner.show(segment) + ")", () -> parent.child(segment))));
    return Mutation.of(Id.SYNTAX, Gen.frequency(new Gen.Weighted<>(4, of), new Gen.Weighted<>(1, slug),
        new Gen.Weighted<>(1, child)));
  }

  static Mutation localizedNameBlank() {
    Gen<String> blanks = VocabularyGenerators.blanks();
    Gen<Attempt> vi = blanks.map(
        blank -> Attempt.of("LocalizedName.of(" + Runner.show(blank) + ")", () -> LocalizedName.of(blank)));
    Gen<Attempt> en = TextGenerators.unitNames().flatMap(name -> blanks.map(blank -> Attempt.of(
        "LocalizedName.of(" + Runner.show(name) + ", " + Runner.show(blank) + ")",
        () -> LocalizedName.of(name, blank))));
    Gen<Attempt> both = blanks.flatMap(blank -> TextGenerators.placeNames().map(place -> Attempt.of(
        "LocalizedName.of(" + Runner.show(blank) + ", " + Runner.show(place) + ")",
        () -> LocalizedName.of(blank, place))));
    return Mutation.of(LocalizedName.BLANK, Gen.oneOf(vi, en, both));
  }

  static Mutation sourceBlank() {
    Gen<Attempt> attempts = VocabularyGenerators.sources().flatMap(source -> VocabularyGenerators.blanks().flatMap(
        blank -> Gen.elements(
            Attempt.of("Source.of(" + Runner.show(blank) + ")", () -> Source.of(blank)),
            Attempt.of("source with publication " + Runner.show(blank),
                () -> Source.builder().from(source).publication(blank).build()),
            Attempt.of("source with title " + Runner.show(blank),
                () -> Source.builder().from(source).title(blank).build()),
            Attempt.of("source with author " + Runner.show(blank),
                () -> Source.builder().from(source).author(blank).build()))));
    return Mutation.of(Source.BLANK, attempts);
  }

  static Mutation sourceUrl() {
    Gen<URI> unusable = Gen.elements("ftp://ftp.example.vn/tai-lieu.pdf", "mailto:toasoan@example.vn",
        "/tin-tuc/1234.html", "www.example.vn/tin-tuc", "file:///tmp/tin.html", "http:///tin-tuc",
        "https:tin-tuc", "urn:isbn:9786045700000", "javascript:alert(1)").map(URI::create);
    Gen<Attempt> attempts = VocabularyGenerators.sources().flatMap(source -> unusable.map(url -> Attempt.of(
        "source with address '" + url + "'", () -> Source.builder().from(source).url(url).build())));
    return Mutation.of(Source.URL, attempts);
  }
}
