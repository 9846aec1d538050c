package io.github.cpvmodel.testkit.mention;

import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.mention.MentionContext;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyPosts;
import io.github.cpvmodel.reference.Province;
import io.github.cpvmodel.reference.Provinces;
import io.github.cpvmodel.testkit.document.DocumentGenerators;
import io.github.cpvmodel.testkit.progress.ProgressGenerators;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.text.TextGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Texts that cite the values of the model the way the press writes them, and contexts to read them in: the input of
 * a {@link io.github.cpvmodel.mention.MentionFinder} in properties and in the fuzz tier.
 *
 * <pre>{@code
 * String text = MentionGenerators.texts().generate(new SplittableRandom(7));
 * // e.g. "Đến nay, thực hiện Chỉ thị 35 ngày 30/5/2019 về quý IV năm 2019 tại tỉnh Đồng Nai."
 * MentionFinder.of(MentionGenerators.contexts().generate(new SplittableRandom(7))).find(text);
 * }</pre>
 */
public final class MentionGenerators {
  /** Words between mentions, none of which continues a citation, a label or a name. */
  private static final List<String> FILLERS = List.of("Đến nay,", "thực hiện", "về", "tại", "đồng chí", "và",
      "các cấp", "đã triển khai", "trong", ";", ".", "theo", "tiến tới", "cho ý kiến về", "Hội nghị giao ban");

  private static final LocalDate FIRST_DAY = LocalDate.of(2008, 8, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);

  private MentionGenerators() {}

  /**
   * The citations of documents in every form {@link DocumentGenerators#references()} writes them.
   *
   * @return the generator, e.g. "Chỉ thị 35", "Quy định 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị"
   */
  public static Gen<String> citations() {
    return DocumentGenerators.references().map(DocumentReference::toString);
  }

  /**
   * The Vietnamese labels of reporting periods of every kind.
   *
   * @return the generator, e.g. "quý IV năm 2019", "9 tháng đầu năm 2019", "giai đoạn 2016-2020"
   */
  public static Gen<String> periodLabels() {
    return ProgressGenerators.reportingPeriods().map(period -> period.label().vi());
  }

  /**
   * Names of the built-in bodies, provinces and posts, with and without the place of a provincial one.
   *
   * @return the generator, e.g. "Tỉnh ủy Đồng Nai", "tỉnh Bà Rịa - Vũng Tàu", "Bí thư Tỉnh ủy", "Ban Bí thư"
   */
  public static Gen<String> names() {
    List<String> bodies = PartyBodies.all().stream().map(Body::name).map(n -> n.vi()).collect(Collectors.toList());
    List<String> provinces = Provinces.all().stream().map(Province::fullName).map(n -> n.vi())
        .collect(Collectors.toList());
    List<String> posts = PartyPosts.all().stream().map(Post::title).map(t -> t.vi()).collect(Collectors.toList());
    return Gen.oneOf(Gen.elements(bodies), Gen.elements(provinces), Gen.elements(posts),
        Gen.elements("Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "Bí thư Tỉnh ủy", "Ban Bí thư", "Ủy viên Trung ương Đảng",
            "TP. Hồ Chí Minh", "Chủ tịch HĐND tỉnh"));
  }

  /**
   * Congresses, plenums, terms and figures as reports write them.
   *
   * @return the generator, e.g. "Đại hội XIII của Đảng", "Hội nghị Trung ương 4 (khóa XI, XII)", "63/63", "95,5%"
   */
  public static Gen<String> occasionsAndFigures() {
    Gen<String> numerals = Gen.elements("IX", "X", "XI", "XII", "XIII", "XIV");
    return Gen.oneOf(
        numerals.map(n -> "Đại hội " + n + " của Đảng"),
        numerals.map(n -> "Đại hội đại biểu toàn quốc lần thứ " + n),
        Gen.ints(1, 15).flatMap(p -> numerals.map(n -> "Hội nghị Trung ương " + p + " khóa " + n)),
        Gen.ints(1, 15).flatMap(p -> numerals.map(n -> "Hội nghị lần thứ " + p + " Ban Chấp hành Trung ương Đảng khóa "
            + n)),
        numerals.map(n -> "khóa " + n),
        Gen.ints(0, 63).map(n -> n + "/63"),
        Gen.ints(0, 100).flatMap(n -> Gen.ints(0, 9).map(d -> n == 100 ? "100%" : n + "," + d + "%")));
  }

  /**
   * Texts of one to twelve pieces, each a citation, a period label, a name, an occasion or a figure, or words
   * between them, joined by spaces: what a report of Party work reads like, mentions close together.
   *
   * @return the generator
   */
  public static Gen<String> texts() {
    Gen<String> piece = Gen.frequency(new Gen.Weighted<>(3, Gen.elements(FILLERS)),
        new Gen.Weighted<>(1, TextGenerators.documentTitles()), new Gen.Weighted<>(2, citations()),
        new Gen.Weighted<>(2, periodLabels()), new Gen.Weighted<>(2, names()),
        new Gen.Weighted<>(2, occasionsAndFigures()));
    return Gen.listOf(piece, 1, 12).map(pieces -> String.join(" ", pieces));
  }

  /**
   * Contexts of a day from 2008-08-01, when the province data begins, to the end of 2026, with the built-in
   * reference data.
   *
   * @return the generator
   */
  public static Gen<MentionContext> contexts() {
    return Gen.dates(FIRST_DAY, LAST_DAY).map(MentionContext::on);
  }
}
