package io.github.cpvmodel.mention;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.ValidationException;

/**
 * Finds what a Vietnamese text cites (<i>tìm các đề cập</i>): every document, reporting period, Party body,
 * province, meeting, term, post and figure it names, each with its span in the text as given, its value and what it
 * resolves to in a {@link MentionContext}.
 *
 * <pre>{@code
 * MentionFinder finder = MentionFinder.of(MentionContext.on(LocalDate.of(2019, 9, 30)));
 * List<Mention> mentions = finder.find("Đến nay, 63/63 tỉnh, thành phố trực thuộc đã xây dựng kế hoạch "
 *     + "thực hiện Chỉ thị 35 của Bộ Chính trị trong quý IV.");
 * mentions.get(0).figure();                  // Optional[63/63]
 * mentions.get(0).counted();                 // Optional[tỉnh, thành phố trực thuộc]
 * mentions.get(1).surface();                 // "Chỉ thị 35 của Bộ Chính trị"
 * mentions.get(2).period();                  // Optional[2019-Q4]: the year of the text's day
 * }</pre>
 *
 * <p><b>What a mention is.</b> A document cited by number ("Chỉ thị 35", "35-CT/TW", "NQ 57", "Quy định 205- QĐ/TW
 * ngày 23-9-2019 của Bộ Chính trị (khóa XII)", "Quyết định số 2136-QĐNS/TW ngày 20/5 của Bộ Chính trị", the issuer's
 * name run on when it is a body's: "của Tỉnh ủy Đồng Nai"), or by the congress or plenum that adopted it ("Nghị quyết
 * Trung ương 4 (khóa XI, XII)", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI"), or the Charter and the
 * Platform by name; a type with no number and no occasion ("các nghị quyết", "Quyết định của Bộ Chính trị") is none.
 * A reporting period as {@link io.github.cpvmodel.progress.ReportingPeriod#findLabel} reads it, the year implied by
 * the day of the text when the label leaves it out ("quý IV", "6 tháng đầu năm"), and a range of years on its own
 * ("2025 - 2030"); a day or a range of days is none. A body, a province or a post by its name, with or without its
 * place ("Tỉnh ủy Đồng Nai", "Tỉnh ủy", "Bí thư Tỉnh ủy", "Trưởng Ban Tổ chức Trung ương"), by the names of the
 * reference data and of {@link io.github.cpvmodel.reference.PressNames}, with the press's spellings (case, "Tỉnh uỷ"
 * or "Tỉnh ủy", Ð or Đ, NFC or NFD, "TP." for a city); a body also as a part of a body named after it ("Ban Chấp hành
 * Đảng bộ tỉnh", "BTV Tỉnh ủy") or below the provincial level ("Huyện ủy Trà Bồng", which is not built in); a post
 * also of the State ("Chủ tịch HĐND tỉnh", "Chủ tịch nước") or as a role alone in a list of titles ("…, Phó Bí thư,
 * …"). A name without its place after "các" is none, and a province's bare name counts when written with capitals
 * and not within a person's name. A congress or a plenum, of the Central Committee or of another body ("Đại hội XIII
 * của Đảng", "Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XIII", "Đại hội đại biểu Đảng bộ tỉnh Nghệ An
 * khóa XX", "Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh khoá XI"), a term on its own ("khóa XII", "khóa 14"), and a
 * ratio or a percentage that is not a date ("63/63", "2.107/2.734", "95,5%"), with what it counts when the words
 * after it say. Mentions never overlap: where one would sit inside another, only the outer one is found.
 *
 * <p><b>Resolution.</b> Each mention says whether it resolved, to what, or why not: see {@link Resolution}. Names
 * mean what they meant on the day of the text (the 63 provinces until 2025-06-30, the 34 from 2025-07-01); a citation
 * means the document of the term of that day; a name without its place means the place of the context, or the
 * province the text named last.
 *
 * <p><b>Cost.</b> The text is scanned once, names are looked up by fold key word by word, and each value is read by
 * its own parser over a bounded stretch from where it may start, so finding takes time linear in the length of the
 * text, whatever it holds. A finder is immutable and safe to share between threads; the built-in names are indexed
 * once for all finders.
 */
public final class MentionFinder {
  private final MentionContext context;
  private final NameIndex names;
  private final Resolver.Catalogue catalogue;

  private MentionFinder(MentionContext context) {
    this.context = context;
    this.names = NameIndex.of(context);
    this.catalogue = new Resolver.Catalogue(context);
  }

  /**
   * A finder that resolves mentions in a context.
   *
   * @param context the day of the texts and what their mentions resolve to
   * @return the finder
   */
  public static MentionFinder of(MentionContext context) {
    return new MentionFinder(requireNonNull(context, "context"));
  }

  /** {@return the context mentions are resolved in} */
  public MentionContext context() {
    return context;
  }

  /**
   * Every mention in a text, in the order of the text.
   *
   * @param text the text as given, in any normalisation; spans are offsets into it
   * @return the mentions, none overlapping another
   * @throws ValidationException if the text is longer than an article may be (1,000,000 chars, rule
   *     {@link TextKind#LENGTH}), at once
   */
  public ImmutableList<Mention> find(CharSequence text) {
    TextKind.ARTICLE.requireLength(requireNonNull(text, "text"), "text");
    return new Search(context, names, catalogue, text.toString()).mentions();
  }

  /** Returns e.g. {@code MentionFinder on 2019-09-30}. */
  @Override
  public String toString() {
    return "MentionFinder" + context.day().map(d -> " on " + d).orElse(" of undated texts");
  }
}
