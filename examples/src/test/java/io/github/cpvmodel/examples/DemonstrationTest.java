package io.github.cpvmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.meeting.Conference;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemonstrationTest {
  private static Dataset seed;
  private static String summary;

  @BeforeAll
  static void run() {
    seed = Demonstration.seed();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demonstration.summarise(seed, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    summary = bytes.toString(StandardCharsets.UTF_8);
  }

  /** The JSON fixture of the seed, read by the json module's tests too; see {@link #theSeedIsWrittenAsTheFixture}. */
  static final Path FIXTURE = Path.of("..", "json", "src", "test", "resources", "io", "github", "cpvmodel", "json",
      "seed-briefing-2019-09-30.json");

  /**
   * The seed written as JSON is the committed fixture, byte for byte. After a deliberate change of the seed or the
   * format, write the fixture anew with {@code -Dcpvmodel.fixture.write=true} and review the difference.
   */
  @Test
  void theSeedIsWrittenAsTheFixture() throws IOException {
    byte[] json = Demonstration.seedJson();
    if (Boolean.getBoolean("cpvmodel.fixture.write")) {
      Files.write(FIXTURE, json);
    }
    assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo(Files.readString(FIXTURE));
  }

  @Test
  void theMainPathPrintsTheSummaryOfTheDatasetReadBackFromJson() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      Demonstration.main(new String[0]);
    } finally {
      System.setOut(stdout);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith(summary);
    assertThat(printed.substring(summary.length()).strip()).isEqualTo(String.format(
        "JSON: %,d bytes (schemaVersion 1), read back and checked: the same dataset",
        Demonstration.seedJson().length));
  }

  @Test
  void theSeedIsAValidDatasetWithOneBridgePointPerProvinceOfTheDay() {
    Conference briefing = seed.conferences().get(0);
    assertThat(briefing.bridgePoints()).hasSize(64);
    assertThat(briefing.centralBridgePoint()).isPresent();
    assertThat(briefing.citedDocuments()).hasSize(7);
    assertThat(briefing.directions()).hasSize(2);
  }

  @Test
  void printsWhenWhoOrganisedAndWhoChairedWithHisPosts() {
    assertThat(summary).startsWith("Hội nghị giao ban trực tuyến Ban Tổ chức Trung ương / Online briefing of the "
        + "Central Organisation Commission\n");
    assertThat(summary).contains(
        "Thời gian / Time: chiều 30/9/2019 / afternoon of 30 September 2019\n",
        "Đơn vị tổ chức / Organiser: Ban Tổ chức Trung ương / Central Organisation Commission\n",
        "Hình thức / Mode: trực tuyến / online\n",
        "Kỳ báo cáo / Period under review: 9 tháng đầu năm 2019 / first 9 months of 2019\n",
        "Chủ trì / Chair: Phạm Minh Chính\n"
            + "    - Ủy viên Bộ Chính trị / Member of the Politburo\n"
            + "    - Bí thư Trung ương Đảng / Secretary of the Party Central Committee\n"
            + "    - Trưởng ban Tổ chức Trung ương / Head of the Central Organisation Commission\n");
  }

  @Test
  void printsTheBridgePointsAndTheDongNaiCoChairsWithTheirPosts() {
    assertThat(summary).contains(
        "Số điểm cầu / Bridge points: 64 (1 Trung ương / central, 63 tỉnh, thành phố / provinces)\n",
        "Điểm cầu Đồng Nai / Đồng Nai bridge point — đồng chủ trì / co-chairs:\n"
            + "  Nguyễn Phú Cường\n"
            + "    - Ủy viên Trung ương Đảng / Member of the Party Central Committee\n"
            + "    - Bí thư Tỉnh ủy Đồng Nai / Secretary of the Đồng Nai Provincial Party Committee\n"
            + "    - Chủ tịch Hội đồng nhân dân tỉnh Đồng Nai / Chairman of the Đồng Nai Provincial People's Council\n"
            + "  Phạm Văn Ru\n"
            + "    - Ủy viên Ban Thường vụ Tỉnh ủy Đồng Nai / Member of the Standing Board of the Đồng Nai "
            + "Provincial Party Committee\n"
            + "    - Trưởng ban Tổ chức Tỉnh ủy Đồng Nai / Head of the Organisation Commission of the Đồng Nai "
            + "Provincial Party Committee\n",
        "Nhóm nhiệm vụ, giải pháp / Groups of tasks: 8\n");
  }

  @Test
  void printsTheDocumentsFromTheReferenceDataWithTheirDatesAndIssuers() {
    assertThat(summary).contains(
        "  - Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu "
            + "toàn quốc lần thứ XIII của Đảng\n    Directive 35-CT/TW of 2019-05-30 (Politburo)\n",
        "  - Quy định 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị về việc kiểm soát quyền lực trong công tác cán bộ "
            + "và chống chạy chức, chạy quyền\n",
        "Chỉ thị 36-CT/TW ngày 30/5/2014", "Chỉ thị 05-CT/TW ngày 15/5/2016", "Nghị quyết 04-NQ/TW ngày 30/10/2016",
        "Quy định 08-QĐi/TW ngày 25/10/2018",
        "Nghị quyết 12-NQ/TW tháng 1/2012",
        "Resolution 12-NQ/TW of 2012-01 (Central Committee of the Communist Party of Vietnam) "
            + "[chưa kiểm chứng / unverified: number]");
  }

  @Test
  void printsTheDirectionsForTheFourthQuarterAndTheCheck() {
    assertThat(summary).contains(
        "  1. [quý IV năm 2019 / Q4 2019] Tập trung rà soát những nhiệm vụ còn lại",
        "  2. Tiếp tục tham mưu thực hiện hiệu quả các nghị quyết Trung ương",
        "Nguồn / Source: Báo Đồng Nai, Tham mưu tốt cho công tác chuẩn bị Đại hội Đảng các cấp, 30/9/2019, "
            + "Nguyệt Hà\n",
        "Kiểm tra / Check: bộ dữ liệu hợp lệ / the dataset is valid");
  }

  @Test
  void rollsTheProvincesPlansUpToTheArticles63Of63() {
    assertThat(seed.observations()).hasSize(63);
    assertThat(summary).contains("Tiến độ / Progress: 63/63 tỉnh, thành phố đã xây dựng kế hoạch của các tiểu ban "
        + "chuẩn bị đại hội / provinces have built the plan for the congress-preparation subcommittees\n");
  }

  @Test
  void aProvinceWithoutItsObservationIsReportedMissing() {
    Dataset withoutOne = Dataset.builder().from(seed)
        .observations(seed.observations().subList(1, seed.observations().size()))
        .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demonstration.summarise(withoutOne, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Tiến độ / Progress: 62/63 tỉnh, thành phố", "(chưa báo cáo / not reported: "
            + seed.hierarchy().byId(seed.observations().get(0).subject()).name().vi() + ")");
  }
}
