package io.github.cpvmodel.reference;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.DocumentRelation;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.document.Occasion;
import io.github.cpvmodel.document.RelationKind;
import io.github.cpvmodel.document.Termination;
import io.github.cpvmodel.meeting.Term;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Well-known Party documents as reference data: those the Central Organisation Commission's briefing of
 * 2019-09-30 cites (<i>Chỉ thị 36</i>, <i>Chỉ thị 35</i>, <i>Chỉ thị 05</i>, the resolutions of the 4th plenums of
 * terms XI and XII, <i>Quy định 205-QĐ/TW</i>, <i>Quy định 08-QĐi/TW</i> on setting an example), the 2024
 * <i>Chỉ thị 35-CT/TW</i> that reuses the number of the 2019 one, the documents that replaced two of them
 * (<i>Quy định 114-QĐ/TW</i> of 2023-07-11 replaced 205-QĐ/TW; <i>Chỉ thị 45-CT/TW</i> of 2025-04-14 replaced
 * 35-CT/TW of 2024), and two documents without a number: the Party Charter (<i>Điều lệ Đảng</i>) and the Political
 * Platform (<i>Cương lĩnh</i>, as supplemented in 2011), both adopted by the XI National Congress (12-19/1/2011; the
 * day of adoption is not recorded, so their date of issue is the days of the congress).
 *
 * <pre>{@code
 * DocumentRegistry documents = PartyDocuments.registry();
 * documents.resolve(DocumentReference.parse("Chỉ thị 35"), LocalDate.of(2019, 9, 30)); // 35-CT/TW of 2019-05-30
 * documents.resolve(DocumentReference.parse("Chỉ thị 35"), LocalDate.of(2025, 6, 1));  // 35-CT/TW of 2024-06-14,
 * // issued in that term, though replaced by 45-CT/TW on 2025-04-14
 * documents.byKey(PartyDocuments.REGULATION_205).type(); // REGULATION, though numbered QĐ
 * documents.resolve(DocumentReference.parse("Điều lệ Đảng")).document(); // the Charter of 2011
 * PartyDocuments.DIRECTIVE_35_OF_2024.number(); // Optional[35-CT/TW], the number of 2019 again
 * }</pre>
 *
 * <p>Every document carries its {@link Document#source() source}. Facts the sources do not confirm are listed in
 * {@link Document#unverified()} (the number of 12-NQ/TW, whose month of issue, 1/2012, is all that is recorded;
 * the issuing body and title of 114-QĐ/TW and 45-CT/TW), and the relation that 35-CT/TW of 2019 summarizes
 * 36-CT/TW is {@linkplain DocumentRelation#verified() unverified}: the briefing says the review of <i>Chỉ thị
 * 36</i> preceded <i>Chỉ thị 35</i>, not that the directive itself carries it. The registry resolves citations
 * by the {@linkplain NationalCongresses#terms() terms of the Central Committee}. The constants of this class are the
 * documents' keys.
 *
 * <p>The data is built once, on first use, and is immutable and safe to share between threads.
 */
public final class PartyDocuments {
  /** <i>Chỉ thị 36-CT/TW</i> of the Politburo, 2014-05-30, on the congresses toward the XII National Congress. */
  public static final DocumentKey DIRECTIVE_36 = key("36-CT/TW", DocumentType.DIRECTIVE, PartyBodies.POLITBURO,
      LocalDate.of(2014, 5, 30));

  /** <i>Chỉ thị 35-CT/TW</i> of the Politburo, 2019-05-30, on the congresses toward the XIII National Congress. */
  public static final DocumentKey DIRECTIVE_35_OF_2019 = key("35-CT/TW", DocumentType.DIRECTIVE,
      PartyBodies.POLITBURO, LocalDate.of(2019, 5, 30));

  /** <i>Chỉ thị 35-CT/TW</i> of the Politburo, 2024-06-14, on the congresses toward the XIV National Congress. */
  public static final DocumentKey DIRECTIVE_35_OF_2024 = key("35-CT/TW", DocumentType.DIRECTIVE,
      PartyBodies.POLITBURO, LocalDate.of(2024, 6, 14));

  /** <i>Chỉ thị 05-CT/TW</i> of the Politburo, 2016-05-15, on studying and following Hồ Chí Minh. */
  public static final DocumentKey DIRECTIVE_05 = key("05-CT/TW", DocumentType.DIRECTIVE, PartyBodies.POLITBURO,
      LocalDate.of(2016, 5, 15));

  /**
   * <i>Nghị quyết 12-NQ/TW</i> of the Central Committee (4th plenum, term XI), issued in 1/2012; the day is not
   * recorded and the number is unverified.
   */
  public static final DocumentKey RESOLUTION_12 = DocumentKey.of(DocumentNumber.parse("12-NQ/TW"),
      DocumentType.RESOLUTION, PartyBodies.CENTRAL_COMMITTEE, IssueDate.of(YearMonth.of(2012, 1)));

  /** <i>Nghị quyết 04-NQ/TW</i> of the Central Committee (4th plenum, term XII), 2016-10-30. */
  public static final DocumentKey RESOLUTION_04 = key("04-NQ/TW", DocumentType.RESOLUTION,
      PartyBodies.CENTRAL_COMMITTEE, LocalDate.of(2016, 10, 30));

  /** <i>Quy định 205-QĐ/TW</i> of the Politburo, 2019-09-23: a regulation numbered QĐ. */
  public static final DocumentKey REGULATION_205 = key("205-QĐ/TW", DocumentType.REGULATION, PartyBodies.POLITBURO,
      LocalDate.of(2019, 9, 23));

  /** <i>Quy định 08-QĐi/TW</i> of the Central Committee, 2018-10-25, on setting an example. */
  public static final DocumentKey REGULATION_08 = key("08-QĐi/TW", DocumentType.REGULATION,
      PartyBodies.CENTRAL_COMMITTEE, LocalDate.of(2018, 10, 25));

  /** <i>Quy định 114-QĐ/TW</i>, 2023-07-11, in force on signing: it replaced 205-QĐ/TW. */
  public static final DocumentKey REGULATION_114 = key("114-QĐ/TW", DocumentType.REGULATION, PartyBodies.POLITBURO,
      LocalDate.of(2023, 7, 11));

  /** <i>Chỉ thị 45-CT/TW</i>, 2025-04-14: it replaced 35-CT/TW of 2024. */
  public static final DocumentKey DIRECTIVE_45 = key("45-CT/TW", DocumentType.DIRECTIVE, PartyBodies.POLITBURO,
      LocalDate.of(2025, 4, 14));

  /** The days of the XI National Congress, which adopted the current Charter and Platform. */
  private static final IssueDate XI_CONGRESS = IssueDate.between(LocalDate.of(2011, 1, 12), LocalDate.of(2011, 1, 19));

  /** The Party Charter (<i>Điều lệ Đảng</i>) adopted by the XI National Congress, 1/2011: unnumbered. */
  public static final DocumentKey CHARTER = DocumentKey.unnumbered(DocumentType.CHARTER, PartyBodies.CENTRAL_COMMITTEE,
      XI_CONGRESS, "Điều lệ Đảng Cộng sản Việt Nam");

  /**
   * The Political Platform as supplemented and developed by the XI National Congress, 1/2011 (<i>Cương lĩnh xây
   * dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011)</i>): unnumbered.
   */
  public static final DocumentKey POLITICAL_PLATFORM = DocumentKey.unnumbered(DocumentType.POLITICAL_PLATFORM,
      PartyBodies.CENTRAL_COMMITTEE, XI_CONGRESS,
      "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011)");

  private PartyDocuments() {}

  /**
   * The documents and their relations.
   *
   * @return the registry, the same instance on every call
   */
  public static DocumentRegistry registry() {
    return Holder.REGISTRY;
  }

  /** Lazy holder: the data is built when first asked for, once. */
  private static final class Holder {
    static final DocumentRegistry REGISTRY = build();
  }

  // Each document cites the source its facts were checked against; a fact not checked there is marked unverified.
  private static DocumentRegistry build() {
    Document directive36 = document(DIRECTIVE_36,
        "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng",
        "https://luatminhkhue.vn/chi-thi-36-ct-tw-nam-2014-ve-dai-hoi-dang-bo-cac-cap-tien-toi-dai-hoi-dai-bieu-"
            + "toan-quoc-lan-thu-xii-cua-dang-do-ban-chap-hanh-trung-uong-ban-hanh.aspx")
        .build();
    // One site names the Central Committee as the issuer; the directive is the Politburo's.
    Document directive35 = document(DIRECTIVE_35_OF_2019,
        "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
        "http://cuuchienbinh.vn/chi-thi-cua-bo-chinh-tri-ve-dai-hoi-dang-bo-cac-cap-tien-toi-dai-hoi-dai-bieu-"
            + "toan-quoc-lan-thu-xiii-cua-dang/")
        .build();
    Document directive05 = document(DIRECTIVE_05,
        "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "https://hdndtuyenquang.gov.vn/tin-hoat-dong/trang-402.html")
        .build();
    // Title [V]; number [S] (secondary only); issued in 1/2012 (the day is not recorded); the 4th plenum of term XI
    // opened on 2011-12-26 (baomoi.com).
    Document resolution12 = document(RESOLUTION_12, "Một số vấn đề cấp bách về xây dựng Đảng hiện nay",
        "https://hatinh.dcs.vn/ho-chi-minh/12.html")
        .adoptedAt(Occasion.plenum(4, 11))
        .addUnverified("number")
        .build();
    Document resolution04 = document(RESOLUTION_04, "về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự "
            + "suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện \"tự diễn biến\", \"tự chuyển hóa\" "
            + "trong nội bộ",
        "https://lib.hutech.edu.vn/chi-tiet?id=487937")
        .adoptedAt(Occasion.plenum(4, 12))
        .build();
    // Signed by Nguyễn Phú Trọng; a regulation numbered QĐ, not QĐi. Replaced by 114-QĐ/TW of 2023-07-11, in force
    // on signing (baohaiduong.vn, tapchitoaan.vn).
    Document regulation205 = document(REGULATION_205,
        "về việc kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy quyền",
        "https://dangbo.uel.edu.vn/?ArticleId=b484eca5-3c17-4d4b-9a54-1af04c3329da")
        .termination(Termination.superseded(LocalDate.of(2023, 7, 11), REGULATION_114))
        .build();
    // Number, date, in force on signing and the replacement of 205-QĐ/TW [V]; body and title are not in the sources
    // recorded.
    Document regulation114 = Document.builder()
        .key(REGULATION_114)
        .title(LocalizedName.of("về kiểm soát quyền lực và phòng, chống tham nhũng, tiêu cực trong công tác cán bộ"))
        .source(Source.builder().publication("baohaiduong.vn; tapchitoaan.vn").build())
        .addUnverified("issuingBody", "title")
        .build();
    // Adopted at the 8th plenum of the XII Central Committee.
    Document regulation08 = document(REGULATION_08, "về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy "
            + "viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương",
        "https://kienthuc.net.vn/xa-hoi/quy-dinh-trach-nhiem-neu-guong-cua-can-bo-dang-vien-1169970.html")
        .adoptedAt(Occasion.plenum(8, 12))
        .build();
    // Number, date, body and title [V] (cited in the text of 60-NQ/TW); replaced by 45-CT/TW of 2025-04-14
    // (baotintuc.vn, angiang.dcs.vn).
    Document directive35of2024 = Document.builder()
        .key(DIRECTIVE_35_OF_2024)
        .title(LocalizedName.of("về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của "
            + "Đảng"))
        .source(Source.builder().publication("Nghị quyết 60-NQ/TW").published(LocalDate.of(2025, 4, 12)).build())
        .termination(Termination.superseded(LocalDate.of(2025, 4, 14), DIRECTIVE_45))
        .build();
    // Number, date and the replacement of 35-CT/TW of 2024 [V]; body and title are not in the sources recorded.
    Document directive45 = Document.builder()
        .key(DIRECTIVE_45)
        .title(LocalizedName.of("về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của "
            + "Đảng"))
        .source(Source.builder().publication("baotintuc.vn; angiang.dcs.vn").build())
        .addUnverified("issuingBody", "title")
        .build();
    // Adopted by the XI Congress (12-19/1/2011) [V]; the XIV Congress (2026-01-20) reviewed fifteen years of applying
    // this Charter, 2011-2025 [V] (viettimes.vn), so it was in force on that day.
    Document charter = document(CHARTER, "Điều lệ Đảng Cộng sản Việt Nam",
        "https://aseanvietnam.vn/post/djai-hoi-djai-bieu-toan-quoc-lan-thu-xi-nam-2011-djay-manh-toan-dien-cong-cuoc-"
            + "djoi-moi")
        .adoptedAt(Occasion.congress(11))
        .confirmedInForceOn(LocalDate.of(2026, 1, 20))
        .build();
    // Adopted by the XI Congress [V]; the congress left the final text to the Politburo to complete and issue
    // (baomoi.com), so the day it was issued in final form is not recorded.
    Document platform = document(POLITICAL_PLATFORM, POLITICAL_PLATFORM.title().orElseThrow(),
        "https://aseanvietnam.vn/post/djai-hoi-djai-bieu-toan-quoc-lan-thu-xi-nam-2011-djay-manh-toan-dien-cong-cuoc-"
            + "djoi-moi")
        .adoptedAt(Occasion.congress(11))
        .build();
    return DocumentRegistry.builder()
        .addDocuments(charter, platform, resolution12, directive36, directive05, resolution04, regulation08,
            directive35, regulation205, regulation114, directive35of2024, directive45)
        .addRelations(DocumentRelation.unverified(DIRECTIVE_35_OF_2019, RelationKind.SUMMARIZES, DIRECTIVE_36),
            DocumentRelation.of(REGULATION_114, RelationKind.SUPERSEDES, REGULATION_205),
            DocumentRelation.of(DIRECTIVE_45, RelationKind.SUPERSEDES, DIRECTIVE_35_OF_2024))
        .addAllTerms(NationalCongresses.terms().stream().map(Term::validity).collect(ImmutableList.toImmutableList()))
        .build();
  }

  private static DocumentKey key(String number, DocumentType type, Id body, LocalDate issued) {
    return DocumentKey.of(DocumentNumber.parse(number), type, body, issued);
  }

  private static Document.Builder document(DocumentKey key, String title, String url) {
    URI address = URI.create(url);
    return Document.builder()
        .key(key)
        .title(LocalizedName.of(title))
        .source(Source.builder().publication(address.getHost()).url(address).build());
  }
}
