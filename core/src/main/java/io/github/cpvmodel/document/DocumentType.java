package io.github.cpvmodel.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.text.VietnameseText;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kind of a Party text (<i>thể loại văn bản của Đảng</i>): <i>Nghị quyết</i> (resolution), <i>Chỉ thị</i>
 * (directive), <i>Quy định</i> (regulation) and the others listed by Quy định 66-QĐ/TW (2017) and Quy định
 * 399-QĐ/TW (2026), in the order of that list.
 *
 * <p>Each type has its Vietnamese and English name and the abbreviations seen in real document numbers. An
 * abbreviation does not always determine the type: "QĐ" is used for <i>Quy định</i> (205-QĐ/TW, 2019) as well as for
 * <i>Quyết định</i> (243-QĐ/TW, 2025), while 08-QĐi/TW (2018) writes <i>Quy định</i> as "QĐi". So a
 * {@link Document} keeps its type and its number separately, {@link #forAbbreviation} returns every candidate, and
 * the type of a text comes from its title ({@link #findByName}), never from a guess.
 *
 * <pre>{@code
 * DocumentType.forAbbreviation("QĐ");   // [DECISION, REGULATION]
 * DocumentType.forAbbreviation("qdi");  // [REGULATION]
 * DocumentType.findByName("QUY ĐỊNH"); // Optional[REGULATION]
 * }</pre>
 *
 * <p>The official abbreviation table (Hướng dẫn 36-HD/VPTW, 2018) was not available; the abbreviations here are
 * those attested in real numbers, except where {@link #isAbbreviationAttested()} is false (BC, TTr, ĐA, CTr, TT
 * are assumed from the State list and have not been seen in Party numbers). Types without an abbreviation have
 * none attested.
 */
public enum DocumentType implements Coded {
  /** <i>Cương lĩnh chính trị</i>: the Party's political platform. */
  @Code("political-platform") POLITICAL_PLATFORM("Cương lĩnh chính trị", "Political Platform", true),
  /** <i>Điều lệ Đảng</i>: the Party Charter. */
  @Code("charter") CHARTER("Điều lệ Đảng", "Party Charter", true),
  /** <i>Chiến lược</i>: a strategy. */
  @Code("strategy") STRATEGY("Chiến lược", "Strategy", true),
  /** <i>Nghị quyết</i>: a resolution, e.g. 60-NQ/TW. */
  @Code("resolution") RESOLUTION("Nghị quyết", "Resolution", true, "NQ"),
  /** <i>Quyết định</i>: a decision, e.g. 243-QĐ/TW; personnel decisions are numbered QĐNS (05-QĐNS/TW). */
  @Code("decision") DECISION("Quyết định", "Decision", true, "QĐ", "QĐNS"),
  /** <i>Chỉ thị</i>: a directive, e.g. 35-CT/TW. */
  @Code("directive") DIRECTIVE("Chỉ thị", "Directive", true, "CT"),
  /** <i>Kết luận</i>: a conclusion, e.g. 118-KL/TW. */
  @Code("conclusion") CONCLUSION("Kết luận", "Conclusion", true, "KL"),
  /** <i>Quy chế</i>: rules of procedure, e.g. 09-QC/TW. */
  @Code("rules-of-procedure") RULES_OF_PROCEDURE("Quy chế", "Rules of procedure", true, "QC"),
  /** <i>Quy định</i>: a regulation, numbered QĐi (08-QĐi/TW) or QĐ (205-QĐ/TW). */
  @Code("regulation") REGULATION("Quy định", "Regulation", true, "QĐi", "QĐ"),
  /** <i>Thông tri</i>: a circular; the abbreviation TT is assumed, not attested. */
  @Code("circular") CIRCULAR("Thông tri", "Circular", false, "TT"),
  /** <i>Hướng dẫn</i>: guidance, e.g. 36-HD/VPTW. */
  @Code("guidance") GUIDANCE("Hướng dẫn", "Guidance", true, "HD"),
  /** <i>Thông báo</i>: a notice, e.g. 05-TB/BCĐTW. */
  @Code("notice") NOTICE("Thông báo", "Notice", true, "TB"),
  /** <i>Thông cáo</i>: a communiqué. */
  @Code("communique") COMMUNIQUE("Thông cáo", "Communiqué", true),
  /** <i>Tuyên bố</i>: a declaration. */
  @Code("declaration") DECLARATION("Tuyên bố", "Declaration", true),
  /** <i>Lời kêu gọi</i>: an appeal. */
  @Code("appeal") APPEAL("Lời kêu gọi", "Appeal", true),
  /** <i>Báo cáo</i>: a report; the abbreviation BC is assumed, not attested. */
  @Code("report") REPORT("Báo cáo", "Report", false, "BC"),
  /** <i>Kế hoạch</i>: a plan, e.g. 01-KH/TW. */
  @Code("plan") PLAN("Kế hoạch", "Plan", true, "KH"),
  /** <i>Quy hoạch</i>: a master plan (also of cadres). */
  @Code("master-plan") MASTER_PLAN("Quy hoạch", "Master plan", true),
  /** <i>Chương trình</i>: a programme; the abbreviation CTr is assumed, not attested. */
  @Code("programme") PROGRAMME("Chương trình", "Programme", false, "CTr"),
  /** <i>Đề án</i>: a scheme; the abbreviation ĐA is assumed, not attested. */
  @Code("scheme") SCHEME("Đề án", "Scheme", false, "ĐA"),
  /** <i>Phương án</i>: an option plan. */
  @Code("option-plan") OPTION_PLAN("Phương án", "Option plan", true),
  /** <i>Dự án</i>: a project. */
  @Code("project") PROJECT("Dự án", "Project", true),
  /** <i>Tờ trình</i>: a submission; the abbreviation TTr is assumed, not attested. */
  @Code("submission") SUBMISSION("Tờ trình", "Submission", false, "TTr"),
  /** <i>Công văn</i>: an official letter, e.g. 540-CV/VPQU. */
  @Code("official-letter") OFFICIAL_LETTER("Công văn", "Official letter", true, "CV"),
  /** <i>Biên bản</i>: minutes. */
  @Code("minutes") MINUTES("Biên bản", "Minutes", true);

  /** A document type is written as its code. */
  public static final Rule CODE = Rule.of("document-type.code", "a document type is written as one of its codes");

  /** Other names citations give a type: the short names of the Charter and Platform, compound names. */
  private static final ImmutableMap<String, DocumentType> ALIASES = ImmutableMap.of(
      "Điều lệ", CHARTER,
      "Cương lĩnh", POLITICAL_PLATFORM,
      "Thông báo kết luận", NOTICE);

  private static final ImmutableMap<String, DocumentType> BY_NAME_KEY = byNameKey();

  private static final ImmutableSetMultimap<String, DocumentType> BY_ABBREVIATION_KEY = byAbbreviationKey();

  /** Fold keys of the abbreviations are unique apart from "QĐ"; each key has one canonical spelling. */
  private static final ImmutableMap<String, String> CANONICAL_ABBREVIATION = Arrays.stream(values())
      .flatMap(t -> t.abbreviations.stream())
      .distinct()
      .collect(ImmutableMap.toImmutableMap(VietnameseText::foldKey, Function.identity()));

  private final LocalizedName name;
  private final boolean abbreviationAttested;
  private final ImmutableList<String> abbreviations;

  DocumentType(String vi, String en, boolean abbreviationAttested, String... abbreviations) {
    this.name = LocalizedName.of(vi, en);
    this.abbreviationAttested = abbreviationAttested;
    this.abbreviations = ImmutableList.copyOf(abbreviations);
  }

  /** {@return the name of the type: <i>Chỉ thị</i> / "Directive"} */
  public LocalizedName label() {
    return name;
  }

  /** {@return the abbreviations of this type in Party numbers, the most usual first: [QĐi, QĐ] for
   *     {@link #REGULATION}; empty when none is attested} */
  public ImmutableList<String> abbreviations() {
    return abbreviations;
  }

  /**
   * Whether the abbreviations of this type have been seen in real Party numbers, rather than assumed from the
   * State list.
   *
   * @return false for the assumed abbreviations BC, TTr, ĐA, CTr and TT
   */
  public boolean isAbbreviationAttested() {
    return abbreviationAttested;
  }

  /**
   * The type with a stable code, if any: {@link #parse} for callers that treat an unknown code as absence.
   *
   * @param code the code, e.g. {@code directive}; white space around it is ignored
   * @return the type, or empty if no type has that code
   */
  public static Optional<DocumentType> findByCode(String code) {
    return Coded.find(DocumentType.class, code);
  }

  /**
   * The type a Vietnamese name denotes, matched by fold key (case, tones and marks ignored): how the type of a
   * text is read from its heading.
   *
   * @param name the name, e.g. "QUY ĐỊNH" or "Chỉ thị"; also the short names "Điều lệ" and "Cương lĩnh", and
   *     "Thông báo kết luận" (a notice of conclusions)
   * @return the type, or empty if the name is none of the types (at once for text longer than a name, 1,000
   *     characters)
   */
  public static Optional<DocumentType> findByName(CharSequence name) {
    if (requireNonNull(name, "name").length() > TextKind.NAME.maxLength()) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_NAME_KEY.get(VietnameseText.foldKey(name)));
  }

  /** The type whose name has a fold key, as a reader that has folded its words already asks. */
  static Optional<DocumentType> findByKey(String foldKey) {
    return Optional.ofNullable(BY_NAME_KEY.get(foldKey));
  }

  /**
   * Every type an abbreviation is used for, matched by fold key, so "QD" (no stroke) and "qđ" count as "QĐ".
   *
   * @param abbreviation the abbreviation, e.g. "QĐ"
   * @return the types in declaration order: two for "QĐ", one for most, none for an unknown abbreviation (at once
   *     for text longer than an identifier, 200 characters)
   */
  public static ImmutableSet<DocumentType> forAbbreviation(CharSequence abbreviation) {
    if (requireNonNull(abbreviation, "abbreviation").length() > TextKind.IDENTIFIER.maxLength()) {
      return ImmutableSet.of();
    }
    return BY_ABBREVIATION_KEY.get(VietnameseText.foldKey(abbreviation));
  }

  /** The canonical spelling of a known abbreviation matched by fold key ("qdi" gives "QĐi"). */
  static Optional<String> canonicalAbbreviation(String abbreviation) {
    return Optional.ofNullable(CANONICAL_ABBREVIATION.get(VietnameseText.foldKey(abbreviation)));
  }

  private static ImmutableMap<String, DocumentType> byNameKey() {
    ImmutableMap.Builder<String, DocumentType> map = ImmutableMap.builder();
    for (DocumentType type : values()) {
      map.put(VietnameseText.foldKey(type.name.vi()), type);
    }
    ALIASES.forEach((name, type) -> map.put(VietnameseText.foldKey(name), type));
    return map.build();
  }

  private static ImmutableSetMultimap<String, DocumentType> byAbbreviationKey() {
    ImmutableSetMultimap.Builder<String, DocumentType> map = ImmutableSetMultimap.builder();
    for (DocumentType type : values()) {
      for (String abbreviation : type.abbreviations) {
        map.put(VietnameseText.foldKey(abbreviation), type);
      }
    }
    return map.build();
  }

  /**
   * The document type a code names.
   *
   * @param code the code, e.g. {@code directive}; white space around it is ignored
   * @return the document type
   * @throws ParseException if no document type has that code (rule {@link #CODE}); the message lists the codes
   */
  public static DocumentType parse(CharSequence code) {
    return Coded.parse(DocumentType.class, code, CODE);
  }
}
