package io.github.cpvmodel.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpvmodel.progress.ReportingPeriod;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-annotated mention corpus is well-formed: every text has its headers, a date that parses, a known kind and
 * an NFC body, and every annotation covers exactly the text it claims, inside the body, without overlapping another.
 */
class CorpusFilesTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);

  static List<CorpusText> texts() {
    return CorpusText.all();
  }

  @Test
  void holdsAtLeastTwentyTextsWithEveryKindOfMention() {
    List<CorpusText> texts = texts();
    assertThat(texts).hasSizeGreaterThanOrEqualTo(20);
    Set<String> kinds = new TreeSet<>();
    texts.forEach(text -> text.annotations().forEach(a -> kinds.add(a.kind())));
    assertThat(kinds).isEqualTo(new TreeSet<>(CorpusText.MENTION_KINDS));
    assertThat(texts).extracting(CorpusText::kind).containsAll(CorpusText.TEXT_KINDS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void hasItsHeadersAndAnNfcBody(CorpusText text) {
    assertThat(text.source().getScheme()).as("%s source", text.number()).isIn("http", "https");
    assertThat(text.source().getHost()).as("%s source", text.number()).isNotBlank();
    assertThat(text.date()).as("%s date", text.number()).isBetween(FIRST_DAY, LAST_DAY);
    assertThat(text.kind()).as("%s kind", text.number()).isIn(CorpusText.TEXT_KINDS);
    assertThat(text.title()).as("%s title", text.number()).isNotBlank();
    assertThat(text.body()).as("%s body", text.number()).isNotBlank().doesNotContain("\r");
    assertThat(Normalizer.isNormalized(text.body(), Normalizer.Form.NFC)).as("%s body is NFC", text.number())
        .isTrue();
    // The README promises offsets that are code point offsets too, which holds while no char is a surrogate.
    assertThat(text.body().codePoints().count()).as("%s body has only BMP chars", text.number())
        .isEqualTo(text.body().length());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void annotatesWhatTheBodySaysWithoutOverlap(CorpusText text) {
    assertThat(text.annotations()).as("%s annotations", text.number()).isNotEmpty();
    int previousEnd = 0;
    for (CorpusText.Annotation a : text.annotations()) {
      String where = text.number() + ".tsv " + a;
      assertThat(a.kind()).as(where).isIn(CorpusText.MENTION_KINDS);
      assertThat(a.start()).as(where).isGreaterThanOrEqualTo(previousEnd);
      assertThat(a.end()).as(where).isGreaterThan(a.start()).isLessThanOrEqualTo(text.body().length());
      assertThat(text.body().substring(a.start(), a.end())).as(where).isEqualTo(a.surface());
      assertThat(a.surface()).as(where).isEqualTo(a.surface().strip());
      previousEnd = a.end();
    }
  }

  /** A period is what {@link ReportingPeriod#parseLabel} reads; a label without its year takes the text's year. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void annotatesOnlyPeriodsTheLibraryReads(CorpusText text) {
    Year year = Year.from(text.date());
    for (CorpusText.Annotation a : text.annotations()) {
      if (a.kind().equals("period")) {
        assertThatCode(() -> ReportingPeriod.parseLabel(a.surface(), year)).as("%s.tsv %s", text.number(), a)
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void namesTheFileOfABrokenLayout() {
    assertThatThrownBy(() -> CorpusText.load("00")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("00.txt is missing");
  }
}
