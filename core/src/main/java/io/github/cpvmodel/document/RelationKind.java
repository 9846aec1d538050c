package io.github.cpvmodel.document;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;

/**
 * How one document relates to an earlier one: "<i>Hướng dẫn</i> 36-HD/VPTW <b>guides</b> 66-QĐ/TW".
 *
 * <p>Each kind reads from the later document (the one that states the relation) to the earlier one (its target);
 * {@link #inverseLabel()} reads the other way. {@link #SUMMARIZES} (<i>tổng kết</i>) is the Party's practice of
 * reviewing a document's implementation before issuing the next one: the review of <i>Chỉ thị 36</i> preceded
 * <i>Chỉ thị 35</i>.
 */
public enum RelationKind implements Coded {
  /** Gives guidance on carrying out the target (<i>hướng dẫn</i>). */
  @Code("guides") GUIDES("hướng dẫn", "guides", "được hướng dẫn bởi", "is guided by"),
  /** Carries out the target (<i>thực hiện</i>, <i>triển khai</i>). */
  @Code("implements") IMPLEMENTS("thực hiện", "implements", "được thực hiện bởi", "is implemented by"),
  /** Reviews how the target was carried out (<i>tổng kết</i>). */
  @Code("summarizes") SUMMARIZES("tổng kết", "summarizes", "được tổng kết bởi", "is summarized by"),
  /** Replaces the target (<i>thay thế</i>). */
  @Code("supersedes") SUPERSEDES("thay thế", "supersedes", "bị thay thế bởi", "is superseded by"),
  /** Amends or supplements the target (<i>sửa đổi, bổ sung</i>). */
  @Code("amends") AMENDS("sửa đổi, bổ sung", "amends", "được sửa đổi, bổ sung bởi", "is amended by"),
  /** Repeals the target (<i>bãi bỏ</i>). */
  @Code("repeals") REPEALS("bãi bỏ", "repeals", "bị bãi bỏ bởi", "is repealed by"),
  /** Cites the target as its basis (<i>căn cứ</i>). */
  @Code("based-on") BASED_ON("căn cứ", "is based on", "là căn cứ của", "is the basis of");

  /** A relation kind is written as its code. */
  public static final Rule CODE = Rule.of("relation-kind.code", "a relation kind is written as one of its codes");

  private final LocalizedName label;
  private final LocalizedName inverseLabel;

  RelationKind(String vi, String en, String inverseVi, String inverseEn) {
    this.label = LocalizedName.of(vi, en);
    this.inverseLabel = LocalizedName.of(inverseVi, inverseEn);
  }

  /** {@return the relation read from the later document: <i>thay thế</i> / "supersedes"} */
  public LocalizedName label() {
    return label;
  }

  /** {@return the relation read from the target: <i>bị thay thế bởi</i> / "is superseded by"} */
  public LocalizedName inverseLabel() {
    return inverseLabel;
  }

  /**
   * The relation kind a code names.
   *
   * @param code the code, e.g. {@code based-on}; white space around it is ignored
   * @return the relation kind
   * @throws ParseException if no relation kind has that code (rule {@link #CODE}); the message lists the codes
   */
  public static RelationKind parse(CharSequence code) {
    return Coded.parse(RelationKind.class, code, CODE);
  }
}
