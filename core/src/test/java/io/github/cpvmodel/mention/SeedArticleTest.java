package io.github.cpvmodel.mention;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.reference.PartyDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Đồng Nai newspaper's report of the Organisation Commission's briefing of 2019-09-30, the article the library
 * started from: the finder finds exactly the mentions a careful reader finds, at their spans, of their kinds, with
 * their values and what they resolve to on the day of the article.
 */
class SeedArticleTest {
  static final LocalDate DAY = LocalDate.of(2019, 9, 30);

  /** Every mention of the article: kind, span, surface | outcome, what it resolves to | value read. */
  private static final List<String> EXPECTED = List.of(
      "body 29 51 Ban Tổ chức Trung ương | RESOLVED [cc/organisation-commission]",
      "post 204 224 Ủy viên Bộ Chính trị | RESOLVED [cc/politburo/member]",
      "post 226 248 Bí thư Trung ương Đảng | RESOLVED [cc/secretariat/member]",
      // The article writes no-break spaces in this title.
      "post 250 279 Trưởng ban\u00A0Tổ chức Trung\u00A0ương | RESOLVED [cc/organisation-commission/head]",
      "period 382 402 9 tháng đầu năm 2019 | RESOLVED [] | 2019-01-01/P9M",
      "province 430 438 Đồng Nai | RESOLVED [province/dong-nai]",
      "province 477 485 Đồng Nai | RESOLVED [province/dong-nai]",
      "province 522 530 Đồng Nai | RESOLVED [province/dong-nai]",
      "post 567 590 Ủy viên Trung ương Đảng | RESOLVED [cc/member]",
      "post 592 606 Bí thư Tỉnh ủy | RESOLVED [party/dong-nai/committee/secretary]",
      "post 608 626 Chủ tịch HĐND tỉnh | UNKNOWN []",
      "post 641 657 Ủy viên Ban TVTU | RESOLVED [party/dong-nai/committee/standing-board/member]",
      "post 659 685 Trưởng ban Tổ chức Tỉnh ủy | UNKNOWN [party/dong-nai/committee/organisation-commission]",
      "period 867 875 năm 2019 | RESOLVED [] | 2019",
      "body 911 923 Bộ Chính trị | RESOLVED [cc/politburo]",
      "body 925 935 Ban Bí thư | RESOLVED [cc/secretariat]",
      "document 957 967 Chỉ thị 36 | RESOLVED [36-CT/TW ngày 30/5/2014] | [Chỉ thị 36]",
      "document 980 1007 Chỉ thị 35 của Bộ Chính trị | RESOLVED [35-CT/TW ngày 30/5/2019] | [Chỉ thị 35 của Bộ Chính trị]",
      "meeting 1046 1067 Đại hội XIII của Đảng | RESOLVED [cc/congress/13] | [congress 13 of cc]",
      "figure 1117 1122 63/63 | RESOLVED [] | 63/63 of 'tỉnh, thành phố trực thuộc'",
      "document 1417 1455 Nghị quyết Trung ương 4 (khóa XI, XII) | RESOLVED [12-NQ/TW tháng 1/2012, 04-NQ/TW ngày "
          + "30/10/2016] | [Nghị quyết Trung ương 4 khóa XI, Nghị quyết Trung ương 4 khóa XII]",
      "document 1475 1502 Chỉ thị 05 của Bộ Chính trị | RESOLVED [05-CT/TW ngày 15/5/2016] | [Chỉ thị 05 của Bộ Chính trị]",
      "post 1906 1935 Trưởng ban Tổ chức Trung ương | RESOLVED [cc/organisation-commission/head]",
      "period 2042 2056 quý 4 năm 2019 | RESOLVED [] | 2019-Q4",
      "meeting 2216 2237 Đại hội XIII của Đảng | RESOLVED [cc/congress/13] | [congress 13 of cc]",
      "document 2513 2564 Quy định 205- QĐ/TW ngày 23-9-2019 của Bộ Chính trị | RESOLVED [205-QĐ/TW ngày 23/9/2019] | "
          + "[Quy định 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị]");

  /** The body of the article, after its headers: the text the offsets count in. */
  static String body() {
    try (InputStream in = SeedArticleTest.class.getResourceAsStream("seed.txt")) {
      String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return file.substring(file.indexOf("\n---\n") + "\n---\n".length());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A mention as the expected list writes it. */
  static String describe(Mention m) {
    String value = m.period().map(Object::toString)
        .or(() -> m.figure().map(f -> f + m.counted().map(c -> " of '" + c + "'").orElse("")))
        .or(() -> m.documents().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(m.documents().toString()))
        .or(() -> m.meetings().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(m.meetings().stream()
            .map(r -> r.kind().code() + " " + r.ordinal().getAsInt() + r.term().stream().mapToObj(t -> " term " + t)
                .collect(Collectors.joining()) + " of " + r.body().orElseThrow())
            .collect(Collectors.joining(", ", "[", "]"))))
        .map(v -> " | " + v).orElse("");
    return m.kind().code() + " " + m.start() + " " + m.end() + " " + m.surface() + " | " + m.resolution().outcome()
        + " " + m.resolution().targets() + value;
  }

  @Test
  void findsExactlyTheMentionsACarefulReaderFinds() {
    String body = body();
    List<Mention> mentions = MentionFinder.of(MentionContext.on(DAY)).find(body);
    assertThat(mentions).extracting(SeedArticleTest::describe).containsExactlyElementsOf(EXPECTED);
    assertThat(mentions).allSatisfy(m -> assertThat(body.substring(m.start(), m.end())).isEqualTo(m.surface()));
  }

  @Test
  void resolvesTheDirectiveOfTheTermOfTheDayAndTheSeatsOfTheDongNaiCoChairs() {
    List<Mention> mentions = MentionFinder.of(MentionContext.on(DAY)).find(body());
    Mention directive = mentions.get(17);
    assertThat(directive.resolution().documents()).singleElement()
        .satisfies(d -> assertThat(d.key()).isEqualTo(PartyDocuments.DIRECTIVE_35_OF_2019));
    assertThat(mentions.get(9).resolution().reason()).isEqualTo("the place named last: Đồng Nai");
    assertThat(mentions.get(10).resolution().reason()).contains("a post of the State (HĐND tỉnh)");
  }

  @Test
  void findsTheSameMentionsInTheArticleDecomposedWithTheIcelandicEthAndOldToneMarks() {
    String body = body();
    String messy = Normalizer.normalize(body.replace("Tỉnh ủy", "Tỉnh uỷ"), Normalizer.Form.NFD)
        .replace('\u0110', '\u00D0');
    List<Mention> expected = MentionFinder.of(MentionContext.on(DAY)).find(body);
    List<Mention> found = MentionFinder.of(MentionContext.on(DAY)).find(messy);
    assertThat(found).hasSameSizeAs(expected);
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      assertThat(m.surface()).isEqualTo(messy.substring(m.start(), m.end()));
      assertThat(Normalizer.normalize(m.surface().replace('\u00D0', '\u0110'), Normalizer.Form.NFC)
          .replace("uỷ", "ủy")).isEqualTo(expected.get(i).surface());
      assertThat(m.kind()).isEqualTo(expected.get(i).kind());
      assertThat(m.resolution()).isEqualTo(expected.get(i).resolution());
    }
  }
}
