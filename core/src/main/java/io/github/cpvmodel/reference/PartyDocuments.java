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
import io.github.cpvmodel.document.RelationKind;
import java.net.URI;
import java.time.LocalDate;

/**
 * Well-known Party documents as reference data: those the Central Organisation Commission's briefing of
 * 2019-09-30 cites (<i>Chỉ thị 36</i>, <i>Chỉ thị 35</i>, <i>Chỉ thị 05</i>, the resolutions of the 4th plenums of
 * terms XI and XII, <i>Quy định 205-QĐ/TW</i>, <i>Quy định 08-QĐi/TW</i> on setting an example) and the 2024
 * <i>Chỉ thị 35-CT/TW</i> that reuses the number of the 2019 one.
 *
 * <pre>{@code
 * DocumentRegistry documents = PartyDocuments.registry();
 * documents.resolve(DocumentReference.parse("Chỉ thị 35"), LocalDate.of(2019, 9, 30)); // 35-CT/TW of 2019-05-30
 * documents.byKey(PartyDocuments.REGULATION_205).type(); // REGULATION, though numbered QĐ
 * PartyDocuments.DIRECTIVE_35_OF_2024.number(); // 35-CT/TW, the number of 2019 again
 * }</pre>
 *
 * <p>Every document carries its {@link Document#source() source}. Facts the sources do not confirm are listed in
 * {@link Document#unverified()} (the date and number of 12-NQ/TW, the full title of the 2024 35-CT/TW), and the
 * one relation recorded, that 35-CT/TW of 2019 summarizes 36-CT/TW, is {@linkplain DocumentRelation#verified()
 * unverified}: the briefing says the review of <i>Chỉ thị 36</i> preceded <i>Chỉ thị 35</i>, not that the directive
 * itself carries it. The documents are issued by {@link PartyBodies#CENTRAL_COMMITTEE} and
 * {@link PartyBodies#POLITBURO}; the constants of this class are their keys.
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

  /** <i>Nghị quyết 12-NQ/TW</i> of the Central Committee (4th plenum, term XI); number and day unverified. */
  public static final DocumentKey RESOLUTION_12 = key("12-NQ/TW", DocumentType.RESOLUTION,
      PartyBodies.CENTRAL_COMMITTEE, LocalDate.of(2012, 1, 16));

  /** <i>Nghị quyết 04-NQ/TW</i> of the Central Committee (4th plenum, term XII), 2016-10-30. */
  public static final DocumentKey RESOLUTION_04 = key("04-NQ/TW", DocumentType.RESOLUTION,
      PartyBodies.CENTRAL_COMMITTEE, LocalDate.of(2016, 10, 30));

  /** <i>Quy định 205-QĐ/TW</i> of the Politburo, 2019-09-23: a regulation numbered QĐ. */
  public static final DocumentKey REGULATION_205 = key("205-QĐ/TW", DocumentType.REGULATION, PartyBodies.POLITBURO,
      LocalDate.of(2019, 9, 23));

  /** <i>Quy định 08-QĐi/TW</i> of the Central Committee, 2018-10-25, on setting an example. */
  public static final DocumentKey REGULATION_08 = key("08-QĐi/TW", DocumentType.REGULATION,
      PartyBodies.CENTRAL_COMMITTEE, LocalDate.of(2018, 10, 25));

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
    // Title [V]; number [S] (secondary only); issued in 1/2012, the day 16 [U].
    Document resolution12 = document(RESOLUTION_12, "Một số vấn đề cấp bách về xây dựng Đảng hiện nay",
        "https://hatinh.dcs.vn/ho-chi-minh/12.html")
        .addUnverified("number", "issued")
        .build();
    Document resolution04 = document(RESOLUTION_04, "về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự "
            + "suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện \"tự diễn biến\", \"tự chuyển hóa\" "
            + "trong nội bộ",
        "https://lib.hutech.edu.vn/chi-tiet?id=487937")
        .build();
    // Signed by Nguyễn Phú Trọng; a regulation numbered QĐ, not QĐi.
    Document regulation205 = document(REGULATION_205,
        "về việc kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy quyền",
        "https://dangbo.uel.edu.vn/?ArticleId=b484eca5-3c17-4d4b-9a54-1af04c3329da")
        .build();
    // Adopted at the 8th plenum of the XII Central Committee.
    Document regulation08 = document(REGULATION_08, "về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy "
            + "viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương",
        "https://kienthuc.net.vn/xa-hoi/quy-dinh-trach-nhiem-neu-guong-cua-can-bo-dang-vien-1169970.html")
        .build();
    // Number, date and body [V] (cited in the text of 60-NQ/TW); the notes give the title only in short.
    Document directive35of2024 = Document.builder()
        .key(DIRECTIVE_35_OF_2024)
        .title(LocalizedName.of("về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của "
            + "Đảng"))
        .source(Source.builder().publication("Nghị quyết 60-NQ/TW").published(LocalDate.of(2025, 4, 12)).build())
        .addUnverified("title")
        .build();
    return DocumentRegistry.of(
        ImmutableList.of(resolution12, directive36, directive05, resolution04, regulation08, directive35,
            regulation205, directive35of2024),
        ImmutableList.of(DocumentRelation.unverified(DIRECTIVE_35_OF_2019, RelationKind.SUMMARIZES, DIRECTIVE_36)));
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
