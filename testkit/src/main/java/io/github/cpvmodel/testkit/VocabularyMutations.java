package io.github.cpvmodel.testkit;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.MissingAttributeException;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.testkit.property.Attempt;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Show;
import io.github.cpvmodel.testkit.text.TextGenerators;
import io.github.cpvmodel.RomanNumeral;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One invalid {@link Mutation} per rule of the shared vocabulary, and the mutation of the code rule that every
 * {@linkplain Coded coded} enum of the library shares. Each mutation starts from valid parts and breaks one rule,
 * by every path that can break it (factories, parsers, builders, copies).
 *
 * <pre>{@code
 * Property.rejects(VocabularyMutations.all());
 * Rules.assertCovered(VocabularyMutations.all(), Validity.class, Id.class, RomanNumeral.class);
 * }</pre>
 */
public final class VocabularyMutations {
  private VocabularyMutations() {}

  /**
   * One mutation per rule of the shared vocabulary: {@link Validity#ORDER}, {@link Validity#SYNTAX},
   * {@link RomanNumeral#RANGE}, {@link RomanNumeral#SYNTAX}, {@link Id#SYNTAX}, {@link LocalizedName#BLANK},
   * {@link Source#BLANK}, {@link Source#URL}, {@link TextKind#LENGTH}, {@link TextKind#WRITTEN} and
   * {@link MissingAttributeException#REQUIRED}.
   *
   * @return the mutations, in that order
   */
  public static ImmutableList<Mutation> all() {
    return ImmutableList.of(validityOrder(), validitySyntax(), romanNumeralRange(), romanNumeralSyntax(), idSyntax(),
        localizedNameBlank(), sourceBlank(), sourceUrl(), textLength(), textWritten(), builderRequired());
  }

  /** Text one char longer than its kind allows, or much longer, given to each kind's entry points. */
  private static Mutation textLength() {
    Gen<Integer> extra = Gen.oneOf(Gen.constant(1), Gen.ints(2, 100_000));
    Gen<Attempt> attempts = extra.flatMap(more -> Gen.elements(
        Attempt.of("Validity.parse of " + (TextKind.LABEL.maxLength() + more) + " chars",
            () -> Validity.parse("2020-01-01/.." + " ".repeat(TextKind.LABEL.maxLength() - 13 + more))),
        Attempt.of("RomanNumeral.parse of " + (TextKind.NUMBER.maxLength() + more) + " chars",
            () -> RomanNumeral.parse("X".repeat(TextKind.NUMBER.maxLength() + more))),
        Attempt.of("a Vietnamese name of " + (TextKind.NAME.maxLength() + more) + " chars",
            () -> LocalizedName.of("Đồng Nai".repeat(TextKind.NAME.maxLength() / 8) + "a".repeat(more))),
        Attempt.of("a source titled with " + (TextKind.TEXT.maxLength() + more) + " chars",
            () -> Source.builder().publication("Báo Đồng Nai").title("a".repeat(TextKind.TEXT.maxLength() + more))
                .build()),
        Attempt.of("Id.slug of " + (TextKind.NAME.maxLength() + more) + " chars",
            () -> Id.slug("n".repeat(TextKind.NAME.maxLength() + more)))));
    return Mutation.of(TextKind.LENGTH, attempts);
  }

  /** A name, a title or an author with a character that is not fit to show, or with nothing visible. */
  private static Mutation textWritten() {
    Gen<String> unfit = Gen.elements("\u0000", "\u200B", "\uFEFF", "\u202E", "\u00AD", "\uD800", "\uDC00",
        "\uE000", "\u0007");
    Gen<String> invisible = Gen.elements("\u200B", "\u3164", "\u034F", "\u0301", "\u200B\u0301", "\u2800");
    Gen<String> names = Gen.oneOf(
        TextGenerators.placeNames().flatMap(name -> unfit.flatMap(c -> Gen.ints(0, name.length()).map(
            at -> name.substring(0, at) + c + name.substring(at)))),
        TextGenerators.placeNames().map(name -> name + "a" + "\u0301".repeat(31)),
        invisible);
    Gen<Attempt> attempts = names.flatMap(name -> Gen.elements(
        Attempt.of("LocalizedName.of(" + Show.value(name) + ")", () -> LocalizedName.of(name)),
        Attempt.of("LocalizedName.of(\"Đồng Nai\", " + Show.value(name) + ")",
            () -> LocalizedName.of("Đồng Nai", name)),
        Attempt.of("Source.of(" + Show.value(name) + ")", () -> Source.of(name)),
        Attempt.of("a source by " + Show.value(name),
            () -> Source.builder().publication("Báo Đồng Nai").author(name).build())));
    return Mutation.of(TextKind.WRITTEN, attempts);
  }

  /** A builder not given a required attribute. */
  private static Mutation builderRequired() {
    return Mutation.of(MissingAttributeException.REQUIRED, Gen.elements(
        Attempt.of("Source.builder().title(\"Tin\").build()", () -> Source.builder().title("Tin").build()),
        Attempt.of("LocalizedName.builder().en(\"Dong Nai\").build()",
            () -> LocalizedName.builder().en("Dong Nai").build()),
        Attempt.of("LocalizedName.builder().build()", () -> LocalizedName.builder().build())));
  }

  /**
   * A mutation of the code rule of a {@linkplain Coded coded} enum: text that is no code of {@code type} but looks
   * like one (a code in upper case, with an underscore or a suffix, the Java name of a constant, blank text) is
   * given to {@code parse}.
   *
   * <pre>{@code
   * Property.rejects(VocabularyMutations.unknownCodes(BodyKind.class, BodyKind.CODE, BodyKind::parse));
   * }</pre>
   *
   * @param type the enum
   * @param rule the rule its {@code parse} reports for an unknown code, e.g. {@code BodyKind.CODE}
   * @param parse its {@code parse}, e.g. {@code BodyKind::parse}
   * @param <E> the enum
   * @return the mutation
   */
  public static <E extends Enum<E> & Coded> Mutation unknownCodes(Class<E> type, Rule rule,
      Function<? super String, E> parse) {
    Gen<String> lookalikes = Gen.elements(type.getEnumConstants()).flatMap(constant -> Gen.elements(
        constant.code().toUpperCase(Locale.ROOT), constant.code().replace('-', '_'), constant.code() + "-x",
        constant.code() + "s", "-" + constant.code(), constant.name(), constant.name().toLowerCase(Locale.ROOT)));
    Gen<String> unknown = Gen.oneOf(lookalikes, VocabularyGenerators.blanks())
        .filter(text -> Coded.find(type, text).isEmpty());
    return Mutation.of(rule, unknown.map(text -> Attempt.of(type.getSimpleName() + ".parse(" + Show.value(text)
        + ")", () -> parse.apply(text))));
  }

  private static Mutation validityOrder() {
    Gen<Attempt> attempts = VocabularyGenerators.dates().flatMap(start -> Gen.ints(1, 20_000).flatMap(days -> {
      LocalDate end = start.minusDays(days);
      return Gen.elements(
          Attempt.of("Validity.closed(" + start + ", " + end + ")", () -> Validity.closed(start, end)),
          Attempt.of("Validity.parse(" + Show.value(start + "/" + end) + ")", () -> Validity.parse(start + "/" + end)),
          Attempt.of("Validity.startingOn(" + start + ").withEnd(" + end + ")",
              () -> Validity.startingOn(start).withEnd(end)),
          Attempt.of("Validity.endingOn(" + end + ").withStart(" + start + ")",
              () -> Validity.endingOn(end).withStart(start)),
          Attempt.of("Validity.of(" + start + ", " + end + ")",
              () -> Validity.of(Optional.of(start), Optional.of(end))));
    }));
    return Mutation.of(Validity.ORDER, attempts);
  }

  private static Mutation validitySyntax() {
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
        malformed.map(text -> Attempt.of("Validity.parse(" + Show.value(text) + ")", () -> Validity.parse(text))));
  }

  private static Mutation romanNumeralRange() {
    Gen<Integer> outside = Gen.oneOf(Gen.ints(4000, 1_000_000), Gen.ints(0, 1_000_000).map(n -> -n));
    return Mutation.of(RomanNumeral.RANGE,
        outside.map(n -> Attempt.of("RomanNumeral.of(" + n + ")", () -> RomanNumeral.of(n))));
  }

  private static Mutation romanNumeralSyntax() {
    Gen<String> canonical = TextGenerators.romanNumerals().map(RomanNumeral::toString);
    Gen<String> foreign = Gen.elements("A", "Z", "0", "-", ".", "Đ", "\u216B", "_");
    Gen<String> malformed = Gen.oneOf(
        canonical.flatMap(text -> foreign.flatMap(c -> Gen.ints(0, text.length()).map(
            at -> text.substring(0, at) + c + text.substring(at)))),
        canonical.flatMap(text -> canonical.map(other -> text + " " + other)),
        Gen.elements("IIII", "VV", "XXXX", "LL", "CCCC", "DD", "MMMM", "IC", "IL", "VX", "XM", "LC", "DM", "IIV",
            "IXI", "XCX", "", "   ", "XLX"));
    return Mutation.of(RomanNumeral.SYNTAX, malformed.map(
        text -> Attempt.of("RomanNumeral.parse(" + Show.value(text) + ")", () -> RomanNumeral.parse(text))));
  }

  private static Mutation idSyntax() {
    Gen<String> valid = VocabularyGenerators.ids().map(Id::toString);
    Gen<String> foreign = Gen.elements("_", ".", "@", "+", "đ", "é", "ư", "\\", ":", "--", "//", "-/", "/-");
    Gen<String> malformed = Gen.oneOf(
        valid.flatMap(text -> foreign.flatMap(c -> Gen.ints(0, text.length()).map(
            at -> text.substring(0, at) + c + text.substring(at)))),
        valid.flatMap(a -> Gen.elements(" ", "\t", "\u00A0").flatMap(space -> valid.map(b -> a + space + b))),
        valid.flatMap(text -> Gen.elements("/" + text, text + "/", "-" + text, text + "-")),
        Gen.ints(201, 400).map("a"::repeat),
        VocabularyGenerators.blanks());
    Gen<Attempt> of = malformed.map(text -> Attempt.of("Id.of(" + Show.value(text) + ")", () -> Id.of(text)));
    Gen<Attempt> slug = Gen.elements("", " - ", "!?", "—").map(
        name -> Attempt.of("Id.slug(" + Show.value(name) + ")", () -> Id.slug(name)));
    Gen<Attempt> child = VocabularyGenerators.ids().flatMap(parent -> Gen.elements("", "/", "a//b", "Đồng Nai")
        .map(segment -> Attempt.of(parent + ".child(" + Show.value(segment) + ")", () -> parent.child(segment))));
    return Mutation.of(Id.SYNTAX, Gen.frequency(new Gen.Weighted<>(4, of), new Gen.Weighted<>(1, slug),
        new Gen.Weighted<>(1, child)));
  }

  private static Mutation localizedNameBlank() {
    Gen<String> blanks = VocabularyGenerators.blanks();
    Gen<Attempt> vi = blanks.map(
        blank -> Attempt.of("LocalizedName.of(" + Show.value(blank) + ")", () -> LocalizedName.of(blank)));
    Gen<Attempt> en = TextGenerators.unitNames().flatMap(name -> blanks.map(blank -> Attempt.of(
        "LocalizedName.of(" + Show.value(name) + ", " + Show.value(blank) + ")",
        () -> LocalizedName.of(name, blank))));
    Gen<Attempt> both = blanks.flatMap(blank -> TextGenerators.placeNames().map(place -> Attempt.of(
        "LocalizedName.of(" + Show.value(blank) + ", " + Show.value(place) + ")",
        () -> LocalizedName.of(blank, place))));
    return Mutation.of(LocalizedName.BLANK, Gen.oneOf(vi, en, both));
  }

  private static Mutation sourceBlank() {
    Gen<Attempt> attempts = VocabularyGenerators.sources().flatMap(source -> VocabularyGenerators.blanks().flatMap(
        blank -> Gen.elements(
            Attempt.of("Source.of(" + Show.value(blank) + ")", () -> Source.of(blank)),
            Attempt.of("source with publication " + Show.value(blank),
                () -> Source.builder().from(source).publication(blank).build()),
            Attempt.of("source with title " + Show.value(blank),
                () -> Source.builder().from(source).title(blank).build()),
            Attempt.of("source with author " + Show.value(blank),
                () -> Source.builder().from(source).author(blank).build()))));
    return Mutation.of(Source.BLANK, attempts);
  }

  private static Mutation sourceUrl() {
    Gen<URI> unusable = Gen.elements("ftp://ftp.example.vn/tai-lieu.pdf", "mailto:toasoan@example.vn",
        "/tin-tuc/1234.html", "www.example.vn/tin-tuc", "file:///tmp/tin.html", "http:///tin-tuc",
        "https:tin-tuc", "urn:isbn:9786045700000", "javascript:alert(1)").map(URI::create);
    Gen<Attempt> attempts = VocabularyGenerators.sources().flatMap(source -> unusable.map(url -> Attempt.of(
        "source with address '" + url + "'", () -> Source.builder().from(source).url(url).build())));
    return Mutation.of(Source.URL, attempts);
  }
}
