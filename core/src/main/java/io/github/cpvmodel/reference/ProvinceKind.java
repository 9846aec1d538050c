package io.github.cpvmodel.reference;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;

/**
 * The kind of a provincial-level unit: a province (<i>tỉnh</i>) or a centrally-governed city (<i>thành phố trực
 * thuộc trung ương</i>). The kind decides the prefix of the full name ("Tỉnh Đồng Nai", "Thành phố Hà Nội") and the
 * name of the Party committee (<i>Tỉnh ủy</i>, <i>Thành ủy</i>).
 *
 * <pre>{@code
 * ProvinceKind.CITY.label().vi(); // "Thành phố"
 * }</pre>
 */
public enum ProvinceKind implements Coded {
  /** A province (<i>tỉnh</i>); its Party committee is a <i>Tỉnh ủy</i>. */
  @Code("province") PROVINCE(LocalizedName.of("Tỉnh", "Province"), "tỉnh", "Tỉnh ủy", "Provincial"),
  /**
   * A centrally-governed city (<i>thành phố trực thuộc trung ương</i>); its Party committee is a <i>Thành ủy</i>.
   */
  @Code("city") CITY(LocalizedName.of("Thành phố", "City"), "thành phố", "Thành ủy", "Municipal");

  /** A province kind is written as its code. */
  public static final Rule CODE = Rule.of("province-kind.code", "a province kind is written as one of its codes");

  private final LocalizedName label;
  private final String inPhrase;
  private final String committee;
  private final String adjective;

  ProvinceKind(LocalizedName label, String inPhrase, String committee, String adjective) {
    this.label = label;
    this.inPhrase = inPhrase;
    this.committee = committee;
    this.adjective = adjective;
  }

  /**
   * {@return the name of the kind, which is also the prefix of a unit's full name: <i>Tỉnh</i> / Province or <i>Thành
   * phố</i> / City}
   */
  public LocalizedName label() {
    return label;
  }

  /** The word inside a phrase, e.g. "Đảng bộ tỉnh Đồng Nai". */
  String inPhrase() {
    return inPhrase;
  }

  /** The Vietnamese word for the Party committee: Tỉnh ủy or Thành ủy. */
  String committee() {
    return committee;
  }

  /** The English adjective of the committee: Provincial or Municipal. */
  String adjective() {
    return adjective;
  }

  /**
   * The province kind a code names.
   *
   * @param code the code, e.g. {@code city}; white space around it is ignored
   * @return the province kind
   * @throws ParseException if no province kind has that code (rule {@link #CODE}); the message lists the codes
   */
  public static ProvinceKind parse(CharSequence code) {
    return Coded.parse(ProvinceKind.class, code, CODE);
  }
}
