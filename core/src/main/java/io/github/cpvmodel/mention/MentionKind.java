package io.github.cpvmodel.mention;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;

/**
 * What a {@link Mention} cites: a document, a reporting period, a Party body, a province, a meeting, a term, a post
 * or a figure. The codes are those of hand-annotated corpora of mentions.
 *
 * <pre>{@code
 * MentionKind.parse("document");     // DOCUMENT
 * MentionKind.PERIOD.label().en();   // Optional[reporting period]
 * }</pre>
 *
 * <p>{@link #parse} rejects a code that names no kind (rule {@link #CODE}).
 */
public enum MentionKind implements Coded {
  /** A document: "<i>Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị</i>", "<i>Điều lệ Đảng</i>". */
  @Code("document") DOCUMENT("văn bản", "document"),
  /** A reporting period: "<i>9 tháng đầu năm 2019</i>", "<i>quý IV</i>". */
  @Code("period") PERIOD("kỳ báo cáo", "reporting period"),
  /** A Party body by name: "<i>Bộ Chính trị</i>", "<i>Tỉnh ủy Đồng Nai</i>". */
  @Code("body") BODY("tổ chức đảng", "Party body"),
  /** A province or centrally-governed city by name: "<i>tỉnh Đồng Nai</i>", "<i>TP. Hồ Chí Minh</i>". */
  @Code("province") PROVINCE("tỉnh, thành phố", "province"),
  /** A congress or a plenum: "<i>Đại hội XIII</i>", "<i>Hội nghị Trung ương 4 khóa XII</i>". */
  @Code("meeting") MEETING("đại hội, hội nghị", "meeting"),
  /** A term written on its own: "<i>khóa XII</i>". */
  @Code("term") TERM("khóa", "term"),
  /** A post as the press writes it: "<i>Ủy viên Bộ Chính trị</i>", "<i>Bí thư Tỉnh ủy</i>". */
  @Code("post") POST("chức vụ", "post"),
  /** A ratio or a percentage: "<i>63/63</i>", "<i>95,5%</i>". */
  @Code("figure") FIGURE("số liệu", "figure");

  /** A mention kind is written as one of its codes. */
  public static final Rule CODE = Rule.of("mention-kind.code", "a mention kind is written as one of its codes");

  private final LocalizedName label;

  MentionKind(String vi, String en) {
    this.label = LocalizedName.of(vi, en);
  }

  /** {@return the name of the kind, e.g. "văn bản" / "document"} */
  public LocalizedName label() {
    return label;
  }

  /**
   * The mention kind a code names.
   *
   * @param code the code, e.g. {@code period}; white space around it is ignored
   * @return the kind
   * @throws ParseException if no kind has that code (rule {@link #CODE}); the message lists the codes
   */
  public static MentionKind parse(CharSequence code) {
    return Coded.parse(MentionKind.class, code, CODE);
  }
}
