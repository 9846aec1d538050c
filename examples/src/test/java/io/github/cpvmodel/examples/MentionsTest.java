package io.github.cpvmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MentionsTest {
  private static String output;

  @BeforeAll
  static void run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Mentions.print(Mentions.seed(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    output = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsEveryMentionOfTheSeedArticleWithItsSpanAndResolution() {
    assertThat(output.lines()).hasSize(1 + 2 * 26).first()
        .isEqualTo("Đề cập trong bài ngày 2019-09-30 / Mentions in the article of 2019-09-30:");
    assertThat(output).contains(
        "body     [29, 51) Ban Tổ chức Trung ương\n"
            + "         -> resolved cc/organisation-commission (the one body so named on 2019-09-30)\n",
        "period   [382, 402) 9 tháng đầu năm 2019 = 2019-01-01/P9M (first 9 months of 2019)\n"
            + "         -> resolved (the label names its year)\n",
        "post     [592, 606) Bí thư Tỉnh ủy\n"
            + "         -> resolved party/dong-nai/committee/secretary (the place named last: Đồng Nai)\n",
        "post     [608, 626) Chủ tịch HĐND tỉnh\n"
            + "         -> unknown (a post of the State (HĐND tỉnh): the posts known are the Party's)\n",
        "document [980, 1007) Chỉ thị 35 của Bộ Chính trị\n"
            + "         -> resolved 35-CT/TW ngày 30/5/2019 (the registry's document for 'Chỉ thị 35 của Bộ Chính trị', "
            + "as cited on 2019-09-30)\n",
        "figure   [1117, 1122) 63/63 = 63/63 of tỉnh, thành phố trực thuộc\n"
            + "         -> resolved (a value in itself)\n",
        "document [1417, 1455) Nghị quyết Trung ương 4 (khóa XI, XII)\n"
            + "         -> resolved 12-NQ/TW tháng 1/2012, 04-NQ/TW ngày 30/10/2016 (the registry's documents for 2 "
            + "references, as cited on 2019-09-30)\n",
        "period   [2042, 2056) quý 4 năm 2019 = 2019-Q4 (Q4 2019)\n",
        "meeting  [2216, 2237) Đại hội XIII của Đảng\n"
            + "         -> resolved cc/congress/13 (the context's meeting)\n");
    assertThat(output).endsWith("document [2513, 2564) Quy định 205- QĐ/TW ngày 23-9-2019 của Bộ Chính trị\n"
        + "         -> resolved 205-QĐ/TW ngày 23/9/2019 (the registry's document for 'Quy định 205-QĐ/TW ngày "
        + "23/9/2019 của Bộ Chính trị', as cited on 2019-09-30)\n");
  }

  @Test
  void anArticleNeedsItsHeadersAndItsDay() {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Mentions.print("Chỉ thị 35", out)).hasMessageContaining("'---'");
    assertThatThrownBy(() -> Mentions.print("title: x\n---\nChỉ thị 35", out)).hasMessageContaining("date:");
  }
}
