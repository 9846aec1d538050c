package io.github.cpvmodel.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.text.VietnameseText;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The code after the slash of a Party document number (<i>ký hiệu cơ quan ban hành</i>): {@code TW} in
 * {@code 35-CT/TW}, {@code VPTW} in {@code 36-HD/VPTW}.
 *
 * <p>A code names a committee's series of numbers, not one organ: the Central Committee, the Politburo and the
 * Secretariat all number as {@code /TW} (216-QĐ/TW is headed "BỘ CHÍNH TRỊ"), so a {@link Document} records its
 * issuing body separately and {@link #bodies()} lists the bodies a central code can stand for. Local codes
 * ({@link #TU}, {@link #HU}, {@link #DU}) are shared by every provincial, district or grassroots committee, so their
 * body depends on the place and {@link #bodies()} is empty.
 *
 * <p>The bodies are those of {@link io.github.cpvmodel.reference.PartyBodies}, by id (this package does not
 * depend on the reference data, so the ids are written here, and a test checks that each names a body there).
 *
 * <pre>{@code
 * IssuerCode.findByCode("TƯ");    // Optional[TW]
 * IssuerCode.TW.bodies();          // [cc, cc/politburo, cc/secretariat]
 * }</pre>
 *
 * <p>Codes seen in use but not listed here (e.g. VPQU) are still accepted in numbers; they just map to no body.
 *
 * <p>Unlike the {@linkplain io.github.cpvmodel.Coded coded} enums, an issuer code is not a wire code of its own: it
 * is Vietnamese text printed in numbers ({@code BCĐTW}, {@code ĐU}), read tolerantly by {@link #findByCode}, and it
 * travels inside the {@link DocumentNumber} that carries it.
 */
public enum IssuerCode {
  /** <i>Trung ương</i>: the Central Committee, its Politburo and its Secretariat. */
  TW("TW", "Trung ương", "Central Committee", "cc", "cc/politburo", "cc/secretariat"),
  /** <i>Văn phòng Trung ương Đảng</i>: the Office of the Central Committee. */
  VPTW("VPTW", "Văn phòng Trung ương Đảng", "Office of the Party Central Committee", "cc/office"),
  /** <i>Ban Tổ chức Trung ương</i>: the Central Organisation Commission. */
  BTCTW("BTCTW", "Ban Tổ chức Trung ương", "Central Organisation Commission", "cc/organisation-commission"),
  /** <i>Ban Tuyên giáo Trung ương</i>: the Central Commission for Information and Education (until 2025-02). */
  BTGTW("BTGTW", "Ban Tuyên giáo Trung ương", "Central Commission for Information and Education",
      "cc/information-education-commission"),
  /** <i>Ủy ban Kiểm tra Trung ương</i>: the Central Inspection Commission. */
  UBKTTW("UBKTTW", "Ủy ban Kiểm tra Trung ương", "Central Inspection Commission", "cc/inspection-commission"),
  /** <i>Ban Chỉ đạo Trung ương</i>: a central steering committee; there are several, so no fixed body. */
  BCDTW("BCĐTW", "Ban Chỉ đạo Trung ương", "Central Steering Committee"),
  /** <i>Quân ủy Trung ương</i>: the Central Military Commission. */
  QUTW("QUTW", "Quân ủy Trung ương", "Central Military Commission", "party/army/committee"),
  /**
   * <i>Đảng ủy Quân sự Trung ương</i>, seen in a 2010 number; that it is the former name of the Central Military
   * Commission is unverified, so it maps to no body.
   */
  DUQSTW("ĐUQSTW", "Đảng ủy Quân sự Trung ương", "Central Military Party Committee"),
  /** <i>Đảng ủy Công an Trung ương</i>: the Central Public Security Party Committee (written ĐUCA, not ĐUCATW). */
  DUCA("ĐUCA", "Đảng ủy Công an Trung ương", "Central Public Security Party Committee",
      "party/public-security/committee"),
  /** <i>Tỉnh ủy</i>, also a centrally governed city's <i>Thành ủy</i>: a provincial Party committee. */
  TU("TU", "Tỉnh ủy", "Provincial Party Committee"),
  /** <i>Huyện ủy</i>: a district Party committee (the district level ended on 2025-07-01). */
  HU("HU", "Huyện ủy", "District Party Committee"),
  /** <i>Đảng ủy</i>: a Party committee of a commune, ward, agency, enterprise or bloc. */
  DU("ĐU", "Đảng ủy", "Party Committee");

  private static final ImmutableMap<String, IssuerCode> BY_KEY = Arrays.stream(values())
      .collect(ImmutableMap.toImmutableMap(c -> VietnameseText.foldKey(c.code), Function.identity()));

  private final String code;
  private final LocalizedName label;
  private final ImmutableSet<Id> bodies;

  IssuerCode(String code, String vi, String en, String... bodies) {
    this.code = code;
    this.label = LocalizedName.of(vi, en);
    this.bodies = Arrays.stream(bodies).map(Id::of).collect(ImmutableSet.toImmutableSet());
  }

  /** {@return the code as written in numbers, e.g. {@code BCĐTW}} */
  public String code() {
    return code;
  }

  /** {@return what the code stands for, e.g. <i>Văn phòng Trung ương Đảng</i>} */
  public LocalizedName label() {
    return label;
  }

  /**
   * The bodies that issue documents under this code, when that does not depend on the place.
   *
   * @return the ids of the bodies, e.g. [cc, cc/politburo, cc/secretariat] for {@link #TW}; empty for local codes
   *     and codes whose body is not fixed
   */
  public ImmutableSet<Id> bodies() {
    return bodies;
  }

  /**
   * The code written in a number, read tolerantly: case, a missing stroke on Đ ("BCDTW"), Ð (U+00D0) for Đ and
   * "TƯ" for "TW" (05-CT/TƯ) are all accepted. Letters outside the Vietnamese alphabet are never read as letters
   * of it: "TÜ" is not {@link #TU}, "ĐUQſTW" (a long s) is not {@link #DUQSTW}.
   *
   * @param text the code, e.g. "TƯ"
   * @return the code, or empty if it is not one of the codes listed here (at once for text longer than an
   *     identifier, 200 characters)
   */
  public static Optional<IssuerCode> findByCode(CharSequence text) {
    if (requireNonNull(text, "text").length() > TextKind.IDENTIFIER.maxLength()
        || DocumentNumber.indexOfForeignLetter(VietnameseText.normalize(text)) >= 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_KEY.get(VietnameseText.foldKey(spellTw(text))));
  }

  /**
   * Reads "TƯ" (<i>Trung ương</i> with its own letter) as "TW" before anything else, because folding Ư to U would
   * turn it into TU, the code of a provincial committee.
   */
  static String spellTw(CharSequence text) {
    return VietnameseText.normalize(text).toUpperCase(Locale.ROOT).replace("TƯ", "TW");
  }
}
