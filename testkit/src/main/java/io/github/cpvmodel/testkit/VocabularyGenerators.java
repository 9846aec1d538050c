package io.github.cpvmodel.testkit;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.testkit.text.TextGenerators;
import io.github.cpvmodel.RomanNumeral;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Generators of the shared vocabulary of cpv-model ({@link Id}, {@link Validity}, {@link LocalizedName},
 * {@link Source}) and one {@link Mutation} per rule those types and {@link RomanNumeral} declare. Roman numerals
 * themselves come from {@link TextGenerators#romanNumerals()}.
 *
 * <p>Valid values are built directly, never by filtering, and shrink toward the simplest: one-segment ids, the
 * earliest dates, single-day intervals, names without an English rendering, sources known only by their
 * publication.
 *
 * <pre>{@code
 * Property.forAll(VocabularyGenerators.validities()).check(v -> Validity.parse(v.toString()).equals(v));
 * Property.rejects(VocabularyGenerators.mutations());
 * }</pre>
 */
public final class VocabularyGenerators {
  /** The earliest date generated: the year the Party was founded. */
  public static final LocalDate EARLIEST = LocalDate.of(1930, 1, 1);

  /** The latest date generated. */
  public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

  private static final int MAX_INTERVAL_DAYS = 40 * 366;

  private static final List<String> WORDS = List.of("cc", "province", "committee", "politburo", "secretariat",
      "organisation-commission", "person", "meeting", "document", "term", "xiii", "2019", "dong-nai", "35-ct-tw");

  private static final List<String> PUBLICATIONS = List.of("Báo Đồng Nai", "Báo Nhân Dân", "Tạp chí Cộng sản",
      "Báo Quân đội nhân dân", "Thông tấn xã Việt Nam", "Cổng Thông tin điện tử Đảng Cộng sản Việt Nam",
      "Ban Tổ chức Trung ương", "Vietnam News");

  private static final List<String> ENGLISH_BODIES = List.of("Party Committee", "Provincial Party Committee",
      "Standing Board", "Organisation Commission", "Inspection Commission", "Party Congress");

  private static final List<String> BLANKS = List.of("", " ", "\t", "\u00A0", "\u2003", " \n ", "\u3000\u00A0");

  private VocabularyGenerators() {}

  /**
   * Dates from {@link #EARLIEST} to {@link #LATEST}; shrinks toward {@link #EARLIEST}.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return Gen.dates(EARLIEST, LATEST);
  }

  /**
   * Ids of one to four segments, such as {@code party/dong-nai/committee}: scheme words, numbers and slugs of
   * Vietnamese place names; shrinks toward {@code cc}.
   *
   * @return the generator
   */
  public static Gen<Id> ids() {
    Gen<String> segment = Gen.frequency(new Gen.Weighted<>(3, Gen.elements(WORDS)),
        new Gen.Weighted<>(2, TextGenerators.placeNames().map(place -> Id.slug(place).value())),
        new Gen.Weighted<>(1, Gen.ints(1, 9999).map(String::valueOf)));
    return Gen.listOf(segment, 1, 4).map(segments -> Id.of(String.join("/", segments)));
  }

  /**
   * Intervals of every shape: closed (single days to forty years), open at the end, open at the start, and open
   * at both ends; shrinks toward a single day, {@link #EARLIEST}.
   *
   * @return the generator
   */
  public static Gen<Validity> validities() {
    Gen<Validity> closed = dates().flatMap(start ->
        Gen.ints(0, MAX_INTERVAL_DAYS).map(days -> Validity.closed(start, start.plusDays(days))));
    return Gen.frequency(new Gen.Weighted<>(4, closed), new Gen.Weighted<>(2, dates().map(Validity::startingOn)),
        new Gen.Weighted<>(2, dates().map(Validity::endingOn)), new Gen.Weighted<>(1, Gen.constant(Validity.always())));
  }

  /**
   * Names of people, units and bodies in Vietnamese, with an English rendering half of the time; shrinks toward
   * "Nguyễn An" without one.
   *
   * @return the generator
   */
  public static Gen<LocalizedName> localizedNames() {
    Gen<LocalizedName> bodies = TextGenerators.placeNames().flatMap(place -> Gen.elements(ENGLISH_BODIES).map(
        body -> LocalizedName.of("Đảng bộ " + place, place + " " + body)));
    Gen<LocalizedName> vietnameseOnly = Gen.oneOf(TextGenerators.personNames(), TextGenerators.unitNames(),
        TextGenerators.meetingTitles()).map(LocalizedName::of);
    return Gen.oneOf(vietnameseOnly, bodies);
  }

  /**
   * Sources: a publication and, each independently, a title, an https address, a date and an author; shrinks
   * toward "Báo Đồng Nai" alone.
   *
   * @return the generator
   */
  public static Gen<Source> sources() {
    Gen<String> publications = Gen.elements(PUBLICATIONS);
    Gen<Optional<String>> titles =
        Gen.optionalOf(Gen.oneOf(TextGenerators.documentTitles(), TextGenerators.meetingTitles()));
    Gen<Optional<URI>> urls = Gen.optionalOf(urls());
    Gen<Optional<LocalDate>> published = Gen.optionalOf(dates());
    Gen<Optional<String>> authors = Gen.optionalOf(TextGenerators.personNames());
    return random -> Source.builder()
        .publication(publications.generate(random))
        .title(titles.generate(random))
        .url(urls.generate(random))
        .published(published.generate(random))
        .author(authors.generate(random))
        .build();
  }

  /**
   * Absolute https addresses of news items, such as {@code https://dong-nai.example.vn/tin-tuc/1234.html}.
   *
   * @return the generator
   */
  public static Gen<URI> urls() {
    return Gen.ints(1, 999_999).flatMap(number -> TextGenerators.placeNames().map(
        place -> URI.create("https://" + Id.slug(place).value() + ".example.vn/tin-tuc/" + number + ".html")));
  }

  /**
   * Text that {@linkplain io.github.cpvmodel.text.VietnameseText#normalize normalises} to the empty string: the
   * empty string and runs of spaces, tabs, line breaks, no-break, em and ideographic spaces.
   *
   * @return the generator
   */
  public static Gen<String> blanks() {
    return Gen.elements(BLANKS);
  }

  /**
   * A mutation of the code rule of a {@linkplain Coded coded} enum: text that is no code of {@code type} but looks
   * like one (a code in upper case, with an underscore or a suffix, the Java name of a constant, blank text) is
   * given to {@code parse}.
   *
   * <pre>{@code
   * Property.rejects(VocabularyGenerators.unknownCodes(BodyKind.class, BodyKind.CODE, BodyKind::parse));
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
    Gen<String> unknown = Gen.oneOf(lookalikes, blanks()).filter(text -> Coded.find(type, text).isEmpty());
    return Mutation.of(rule, unknown.map(text -> Attempt.of(type.getSimpleName() + ".parse(" + Runner.show(text)
        + ")", () -> parse.apply(text))));
  }

  /**
   * One mutation per rule of the shared vocabulary: {@link Validity#ORDER}, {@link Validity#SYNTAX},
   * {@link RomanNumeral#RANGE}, {@link RomanNumeral#SYNTAX}, {@link Id#SYNTAX}, {@link LocalizedName#BLANK},
   * {@link Source#BLANK} and {@link Source#URL}.
   *
   * @return the mutations, in that order
   */
  public static ImmutableList<Mutation> mutations() {
    return ImmutableList.of(VocabularyMutations.validityOrder(), VocabularyMutations.validitySyntax(),
        VocabularyMutations.romanNumeralRange(), VocabularyMutations.romanNumeralSyntax(),
        VocabularyMutations.idSyntax(), VocabularyMutations.localizedNameBlank(), VocabularyMutations.sourceBlank(),
        VocabularyMutations.sourceUrl());
  }
}
