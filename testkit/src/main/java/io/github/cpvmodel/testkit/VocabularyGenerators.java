package io.github.cpvmodel.testkit;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.text.TextGenerators;
import io.github.cpvmodel.RomanNumeral;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Generators of the shared vocabulary of cpv-model ({@link Id}, {@link Validity}, {@link LocalizedName},
 * {@link Source}); Roman numerals come from {@link TextGenerators#romanNumerals()}, and the mutations of these
 * types from {@link VocabularyMutations}.
 *
 * <p>Valid values are built directly, never by filtering, and shrink toward the simplest: one-segment ids, the
 * earliest dates, single-day intervals, names without an English rendering, sources known only by their
 * publication.
 *
 * <pre>{@code
 * Property.forAll(VocabularyGenerators.validities()).check(v -> Validity.parse(v.toString()).equals(v));
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

  /** {@return a generator of dates from {@link #EARLIEST} to {@link #LATEST}; shrinks toward {@link #EARLIEST}} */
  public static Gen<LocalDate> dates() {
    return Gen.dates(EARLIEST, LATEST);
  }

  /** {@return a generator of Ids of one to four segments, such as {@code party/dong-nai/committee}: scheme words,
   * numbers and slugs of Vietnamese place names; shrinks toward {@code cc}}
   */
  public static Gen<Id> ids() {
    Gen<String> segment = Gen.frequency(new Gen.Weighted<>(3, Gen.elements(WORDS)),
        new Gen.Weighted<>(2, TextGenerators.placeNames().map(place -> Id.slug(place).value())),
        new Gen.Weighted<>(1, Gen.ints(1, 9999).map(String::valueOf)));
    return Gen.listOf(segment, 1, 4).map(segments -> Id.of(String.join("/", segments)));
  }

  /** {@return a generator of intervals of every shape: closed (single days to forty years), open at the end, open
   * at the start, and open at both ends; shrinks toward a single day, {@link #EARLIEST}}
   */
  public static Gen<Validity> validities() {
    Gen<Validity> closed = dates().flatMap(start ->
        Gen.ints(0, MAX_INTERVAL_DAYS).map(days -> Validity.closed(start, start.plusDays(days))));
    return Gen.frequency(new Gen.Weighted<>(4, closed), new Gen.Weighted<>(2, dates().map(Validity::startingOn)),
        new Gen.Weighted<>(2, dates().map(Validity::endingOn)), new Gen.Weighted<>(1, Gen.constant(Validity.always())));
  }

  /** {@return a generator of names of people, units and bodies in Vietnamese, with an English rendering half of the
   * time; shrinks toward "Nguyễn An" without one}
   */
  public static Gen<LocalizedName> localizedNames() {
    Gen<LocalizedName> bodies = TextGenerators.placeNames().flatMap(place -> Gen.elements(ENGLISH_BODIES).map(
        body -> LocalizedName.of("Đảng bộ " + place, place + " " + body)));
    Gen<LocalizedName> vietnameseOnly = Gen.oneOf(TextGenerators.personNames(), TextGenerators.unitNames(),
        TextGenerators.meetingTitles()).map(LocalizedName::of);
    return Gen.oneOf(vietnameseOnly, bodies);
  }

  /** {@return a generator of sources: a publication and, each independently, a title, an https address, a date and
   * an author; shrinks toward "Báo Đồng Nai" alone}
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

  /** {@return a generator of absolute https addresses of news items, such as {@code
   * https://dong-nai.example.vn/tin-tuc/1234.html}}
   */
  public static Gen<URI> urls() {
    return Gen.ints(1, 999_999).flatMap(number -> TextGenerators.placeNames().map(
        place -> URI.create("https://" + Id.slug(place).value() + ".example.vn/tin-tuc/" + number + ".html")));
  }

  /** {@return a generator of text that {@linkplain io.github.cpvmodel.text.VietnameseText#normalize normalises} to
   * the empty string: the empty string and runs of spaces, tabs, line breaks, no-break, em and ideographic spaces}
   */
  public static Gen<String> blanks() {
    return Gen.elements(BLANKS);
  }
}
