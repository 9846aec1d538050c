package io.github.cpvmodel.testkit.text;

import static java.util.Objects.requireNonNull;

import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.RomanNumeral;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Generators of realistic Vietnamese text, all in NFC, and of awkward spellings of a given text.
 *
 * <p>The word lists are chosen to exercise Vietnamese text handling, not to be statistics: together the given
 * names carry all six tones (<i>ngang, huyền, sắc, hỏi, ngã, nặng</i>) and every letter with a mark of its own
 * (Ă Â Đ Ê Ô Ơ Ư), and the family names include the pairs that regional spelling tells apart (Hoàng/Huỳnh,
 * Vũ/Võ). Everything shrinks toward the first entry of each list, so a shrunk counterexample reads
 * "Nguyễn An".
 *
 * <pre>{@code
 * Gen<String> names = TextGenerators.personNames();                // "Trần Thị Thu Hằng"
 * Gen<String> variants = TextGenerators.awkwardVariants("Đồng Nai"); // " ÐỒNG\u00A0NAI" (decomposed), ...
 * }</pre>
 */
public final class TextGenerators {
  private static final List<String> FAMILY_NAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh",
      "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Trương", "Lâm", "Mai",
      "Trịnh", "Đinh", "Lương", "Tô", "Hà", "Tạ", "Cao", "Quách", "Thái", "Kiều", "Ông");

  private static final List<String> MIDDLE_NAMES = List.of("Văn", "Thị", "Minh", "Phú", "Hữu", "Đức", "Ngọc",
      "Xuân", "Thanh", "Quốc", "Công", "Đình", "Thu", "Kim", "Bá", "Trọng", "Hồng", "Mạnh", "Thế", "Gia", "Bảo",
      "Khắc", "Tấn", "Mỹ", "Diệu", "Ánh");

  private static final List<String> GIVEN_NAMES = List.of("An", "Bình", "Cường", "Chính", "Dũng", "Đạt", "Giang",
      "Hà", "Hải", "Hạnh", "Hằng", "Hiếu", "Hoa", "Hòa", "Hùng", "Hưng", "Hương", "Huệ", "Khang", "Khuê", "Lan",
      "Linh", "Lợi", "Long", "Lực", "Mai", "Minh", "Mỹ", "Nga", "Ngân", "Nhân", "Phúc", "Phượng", "Quân", "Quế",
      "Quyên", "Ru", "Sơn", "Tâm", "Thắng", "Thảo", "Thịnh", "Thơ", "Thông", "Thư", "Thủy", "Tú", "Tuấn", "Vân",
      "Việt", "Vĩnh", "Xuân", "Yến", "Ân", "Ánh", "Ước", "Đăng", "Lễ", "Nghĩa", "Kỷ");

  private static final List<String> PLACES = List.of("Đồng Nai", "Hà Nội", "Huế", "Đà Nẵng", "Cần Thơ",
      "Biên Hòa", "Long Khánh", "Nhơn Trạch", "Phú Hữu", "Tân Phong", "Xuân Lộc", "Định Quán", "Thống Nhất",
      "Trảng Bom", "Vĩnh Cửu", "Cẩm Mỹ", "Long Thành", "Quảng Ngãi", "Khánh Hòa", "Hải Phòng", "Thái Bình",
      "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Lào Cai", "Điện Biên", "Sơn La", "Bắc Ninh", "Hưng Yên", "Ninh Bình",
      "Cà Mau", "Bạc Liêu", "Sóc Trăng", "Trà Vinh", "Vĩnh Long", "Bến Tre", "Tây Ninh", "Lâm Đồng", "Đắk Lắk",
      "Gia Lai", "Kon Tum", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh", "Ứng Hòa", "Ô Môn");

  private static final List<String> UNITS = List.of("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường",
      "thị trấn");

  private static final List<String> SUBJECTS = List.of("công tác tổ chức xây dựng Đảng",
      "chuẩn bị đại hội đảng bộ các cấp", "công tác cán bộ và bảo vệ chính trị nội bộ",
      "sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả", "trách nhiệm nêu gương của cán bộ, đảng viên",
      "công tác kiểm tra, giám sát và thi hành kỷ luật đảng", "công tác phát triển đảng viên");

  private static final List<String> DOCUMENT_TYPES = List.of("Nghị quyết", "Chỉ thị", "Kết luận", "Quy định",
      "Hướng dẫn", "Kế hoạch", "Thông báo", "Báo cáo");

  private static final List<String> ABBREVIATIONS = List.of("NQ", "CT", "KL", "QĐ", "HD", "KH", "TB", "BC");

  private static final List<String> ISSUERS = List.of("TW", "TU", "HU", "ĐU", "BTCTW", "VPTW");

  private static final List<String> MEETINGS = List.of("Hội nghị giao ban trực tuyến", "Hội nghị sơ kết",
      "Hội nghị tổng kết", "Hội nghị Ban Chấp hành", "Hội nghị Ban Thường vụ", "Hội nghị quán triệt");

  private TextGenerators() {}

  /** {@return a generator of family names, most common first: Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ,
   * Đặng, …}
   */
  public static Gen<String> familyNames() {
    return Gen.elements(FAMILY_NAMES);
  }

  /** {@return a generator of middle names: Văn, Thị, Minh, Phú, Hữu, Đức, Ngọc, …} */
  public static Gen<String> middleNames() {
    return Gen.elements(MIDDLE_NAMES);
  }

  /** {@return a generator of given names; together they carry all six tones and the letters Ă Â Đ Ê Ô Ơ Ư, in both
   * cases at the start}
   */
  public static Gen<String> givenNames() {
    return Gen.elements(GIVEN_NAMES);
  }

  /** {@return a generator of full names in Vietnamese order, family name first, with none to two middle names:
   * "Phạm Minh Chính", "Nguyễn Phú Cường", "Lê An"}
   */
  public static Gen<String> personNames() {
    return Gen.listOf(middleNames(), 0, 2).flatMap(middles -> familyNames().flatMap(family ->
        givenNames().map(given -> join(family, String.join(" ", middles), given))));
  }

  /** {@return a generator of proper names of places, of one to four syllables: "Đồng Nai", "Huế", "Bà Rịa - Vũng
   * Tàu"}
   */
  public static Gen<String> placeNames() {
    return Gen.elements(PLACES);
  }

  /** {@return a generator of names of administrative units, the kind of unit first in lower case as written in
   * running text: "tỉnh Đồng Nai", "thành phố Biên Hòa", "xã Phú Hữu"}
   */
  public static Gen<String> unitNames() {
    return Gen.elements(UNITS).flatMap(unit -> placeNames().map(place -> unit + " " + place));
  }

  /**
   * Titles of Party documents, with a number of the form {@code 35-CT/TW} in some of them: "Chỉ thị số 35-CT/TW về
   * chuẩn bị đại hội đảng bộ các cấp", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ XI, nhiệm kỳ
   * 2020–2025".
   *
   * @return the generator
   */
  public static Gen<String> documentTitles() {
    Gen<String> numbered = Gen.ints(0, DOCUMENT_TYPES.size() - 1).flatMap(type -> Gen.ints(1, 399).flatMap(
        number -> Gen.elements(ISSUERS).flatMap(issuer -> Gen.elements(SUBJECTS).map(subject ->
            DOCUMENT_TYPES.get(type) + " số " + String.format("%02d", number) + "-" + ABBREVIATIONS.get(type) + "/"
                + issuer + " về " + subject))));
    Gen<String> congress = unitNames().flatMap(unit -> romanNumerals(1, 20).flatMap(term ->
        Gen.ints(1990, 2030).map(year -> "Nghị quyết Đại hội đại biểu Đảng bộ " + unit + " lần thứ " + term
            + ", nhiệm kỳ " + year + "–" + (year + 5))));
    Gen<String> report = unitNames().flatMap(unit -> Gen.ints(1, 19).map(term -> "Báo cáo chính trị của Ban Chấp "
        + "hành Đảng bộ " + unit + " khóa " + RomanNumeral.of(term) + " trình Đại hội lần thứ "
        + RomanNumeral.of(term + 1)));
    return Gen.oneOf(numbered, congress, report);
  }

  /** {@return a generator of titles of meetings: "Hội nghị giao ban trực tuyến về công tác tổ chức xây dựng Đảng 9
   * tháng đầu năm 2019", "Hội nghị Ban Chấp hành Đảng bộ tỉnh Đồng Nai lần thứ 12, khóa XI"}
   */
  public static Gen<String> meetingTitles() {
    Gen<String> thematic = Gen.elements(MEETINGS).flatMap(meeting -> Gen.elements(SUBJECTS).flatMap(subject ->
        Gen.elements("6 tháng đầu năm", "9 tháng đầu năm", "năm").flatMap(period -> Gen.ints(1990, 2030).map(
            year -> meeting + " về " + subject + " " + period + " " + year))));
    Gen<String> plenum = unitNames().flatMap(unit -> Gen.ints(1, 40).flatMap(session -> romanNumerals(1, 20).map(
        term -> "Hội nghị Ban Chấp hành Đảng bộ " + unit + " lần thứ " + session + ", khóa " + term)));
    return Gen.oneOf(thematic, plenum);
  }

  /** {@return a generator of Roman numerals from I to MMMCMXCIX; shrinks toward I} */
  public static Gen<RomanNumeral> romanNumerals() {
    return romanNumerals(1, 3999);
  }

  /**
   * Roman numerals in a range, such as the numbers of congresses and terms (1 to 20); shrinks toward {@code min}.
   *
   * @param min the smallest value, at least 1
   * @param max the largest value, at most 3999 and not below {@code min}
   * @return the generator
   * @throws IllegalArgumentException if the range is empty or leaves 1..3999
   */
  public static Gen<RomanNumeral> romanNumerals(int min, int max) {
    if (min < 1 || max > 3999) {
      throw new IllegalArgumentException("romanNumerals(" + min + ", " + max + "): the range must lie in 1..3999");
    }
    return Gen.ints(min, max).map(RomanNumeral::of);
  }

  /**
   * The same text spelt in other code points: decomposed (NFD), with Ð/ð (U+00D0/U+00F0) for Đ/đ, with spaces
   * before, after and doubled, and with no-break spaces for spaces, in any combination. Every variant
   * {@linkplain io.github.cpvmodel.text.VietnameseText#normalize normalises} to the normalised text; shrinks
   * toward the text unchanged.
   *
   * @param text the text, for example a generated name
   * @return the generator of variants
   */
  public static Gen<String> encodingVariants(String text) {
    requireNonNull(text, "text");
    return random -> respell(text, random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
        random.nextBoolean(), random.nextBoolean());
  }

  /**
   * The same text spelt awkwardly: any {@linkplain #encodingVariants encoding variant}, also in upper case, lower
   * case or mixed case. Every variant has the text's
   * {@linkplain io.github.cpvmodel.text.VietnameseText#foldKey fold key}; shrinks toward the text unchanged.
   *
   * @param text the text, for example a generated name
   * @return the generator of variants
   */
  public static Gen<String> awkwardVariants(String text) {
    requireNonNull(text, "text");
    return random -> {
      String cased;
      switch (random.nextInt(4)) {
        case 1:
          cased = text.toUpperCase(Locale.ROOT);
          break;
        case 2:
          cased = text.toLowerCase(Locale.ROOT);
          break;
        case 3:
          cased = mixCase(text, random.nextLong());
          break;
        default:
          cased = text;
      }
      return encodingVariants(cased).generate(random);
    };
  }

  private static String respell(String text, boolean decompose, boolean eth, boolean pad, boolean doubleSpaces,
      boolean noBreak) {
    String s = eth ? text.replace('\u0110', '\u00D0').replace('\u0111', '\u00F0') : text;
    if (decompose) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD);
    }
    if (doubleSpaces) {
      s = s.replace(" ", "  ");
    }
    if (noBreak) {
      s = s.replace(' ', '\u00A0');
    }
    return pad ? " \t" + s + "\u00A0 " : s;
  }

  /** Flips the case of the letters whose bit in {@code pattern} is set (cycling through its 64 bits). */
  private static String mixCase(String text, long pattern) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean flip = (pattern >>> (i % Long.SIZE) & 1) == 1;
      out.append(!flip ? c : Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return out.toString();
  }

  private static String join(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (!part.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ").append(part);
      }
    }
    return out.toString();
  }
}
