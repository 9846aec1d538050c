package io.github.cpvmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TimeQuestionsTest {
  private static List<String> lines;

  /** Runs the program's main path, as the demonstration does, and keeps what it printed. */
  @BeforeAll
  static void run() {
    PrintStream stdout = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      TimeQuestions.main(new String[0]);
    } finally {
      System.setOut(stdout);
    }
    lines = bytes.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
  }

  @Test
  void countsTheProvincesOfEachEraAndNamesTheFirstByCode() {
    assertThat(lines.get(0)).isEqualTo("Câu hỏi theo thời gian / Questions about time");
    assertThat(lines).contains(
        "1. Tỉnh, thành phố trực thuộc trung ương / Provincial-level units",
        "   ngày 30/9/2019 / on 2019-09-30: 63 (01 Hà Nội, 02 Hà Giang, 04 Cao Bằng, …)",
        "   ngày 1/7/2025 / on 2025-07-01: 34 (01 Hà Nội, 04 Cao Bằng, 08 Tuyên Quang, …)");
  }

  @Test
  void followsTheOldCodesThroughTheMerger() {
    assertThat(lines).containsSubsequence(
        "   70 Tỉnh Bình Phước (2008-08-01/2025-06-30) → 75 Tỉnh Đồng Nai / Đồng Nai Province (2025-07-01/2026-04-29)",
        "     mã 70 ngày 1/7/2025 / code 70 on 2025-07-01: không dùng cho tỉnh nào / names no unit",
        "   75 Tỉnh Đồng Nai (2008-08-01/2025-06-30) → 75 Tỉnh Đồng Nai / Đồng Nai Province (2025-07-01/2026-04-29)",
        "     mã 75 ngày 1/7/2025 / code 75 on 2025-07-01: Tỉnh Đồng Nai / Đồng Nai Province",
        "   Tỉnh Đồng Nai hợp nhất từ / merged from: 70 Bình Phước, 75 Đồng Nai");
  }

  @Test
  void namesTheTermAndTheOrganisationsDirectlyUnderTheCentralCommitteeOnEachDay() {
    assertThat(lines).containsSubsequence(
        "   ngày 30/9/2019 / on 2019-09-30: khóa XII / 12th term (2016-01-27/2021-01-30)",
        "     67 đảng bộ: 63 tỉnh, thành phố và 4 đảng bộ khác / 67 organisations: 63 provincial and 4 others:",
        "     - Đảng bộ Quân đội / Party Organisation of the Army",
        "     - Đảng bộ Khối Doanh nghiệp Trung ương / Party Organisation of the Central Enterprises Bloc",
        "   ngày 1/7/2025 / on 2025-07-01: khóa XIII / 13th term (2021-01-31/2026-01-22)",
        "     40 đảng bộ: 34 tỉnh, thành phố và 6 đảng bộ khác / 40 organisations: 34 provincial and 6 others:",
        "     - Đảng bộ Chính phủ / Party Organisation of the Government");
  }

  @Test
  void resolvesDirective35ByTheTermOfTheDayAndTellsWhetherItWasInForce() {
    assertThat(lines).containsSubsequence(
        "4. \"Chỉ thị 35\" là văn bản nào / Which document \"Chỉ thị 35\" means",
        "   không kèm ngày / without a day: chưa xác định được / ambiguous, 2 văn bản / documents: 35-CT/TW "
            + "30/5/2019, 35-CT/TW 14/6/2024",
        "   ngày 1/10/2019 / on 2019-10-01, khóa XII / 12th term: một văn bản / one document",
        "     Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị",
        "     ban hành trong khóa XII / issued in the 12th term",
        "     về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
        "     không rõ hiệu lực / not known to be in force",
        "   ngày 24/9/2025 / on 2025-09-24, khóa XIII / 13th term: một văn bản / one document",
        "     Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị",
        "     ban hành trong khóa XIII / issued in the 13th term",
        "     hết hiệu lực / not in force — từ / from 2025-04-14, thay bằng / replaced by 45-CT/TW");
  }

  @Test
  void tellsWhoHeldEachPostNamedAtTheBriefing() {
    assertThat(lines).containsSubsequence(
        "5. Ai giữ chức nào tại hội nghị ngày 30/9/2019 / Who held each post named at the meeting of 2019-09-30",
        "   Ủy viên Bộ Chính trị / Member of the Politburo: Phạm Minh Chính",
        "   Trưởng ban Tổ chức Trung ương / Head of the Central Organisation Commission: Phạm Minh Chính",
        "   Bí thư Tỉnh ủy Đồng Nai / Secretary of the Đồng Nai Provincial Party Committee: Nguyễn Phú Cường",
        "   Trưởng ban Tổ chức Tỉnh ủy Đồng Nai / Head of the Organisation Commission of the Đồng Nai Provincial "
            + "Party Committee: Phạm Văn Ru");
    assertThat(lines.get(lines.size() - 1)).endsWith(": Phạm Văn Ru");
  }
}
