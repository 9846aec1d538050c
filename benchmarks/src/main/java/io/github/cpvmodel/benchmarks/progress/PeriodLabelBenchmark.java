package io.github.cpvmodel.benchmarks.progress;

import io.github.cpvmodel.benchmarks.Comparison;
import io.github.cpvmodel.benchmarks.Workload;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.testkit.progress.ProgressGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Setup;

/**
 * Reading the Vietnamese labels of reporting periods as the library writes them and officials do ("năm 2019",
 * "6 tháng đầu năm 2019", "quý IV năm 2019", "tháng 9 năm 2019", "9 tháng đầu năm 2019", "giai đoạn 2016-2020",
 * "từ ngày 15/3/2019 đến ngày 20/10/2019"), for periods of every kind drawn from the testkit:
 * {@link ReportingPeriod#parseLabel} against one hand-written regular expression with an alternative per form,
 * compared by the first and last days they give. The library reads more than the baseline (any case, tones or none,
 * "quý 4/2019", English labels); the baseline reads exactly these forms.
 */
public class PeriodLabelBenchmark extends Comparison<String> {
  private static final Pattern LABEL = Pattern.compile(
      "giai đoạn (?<first>\\d{4})-(?<last>\\d{4})"
          + "|năm (?<year>\\d{4})"
          + "|(?<months>\\d{1,2}) tháng (?<side>đầu|cuối) năm (?<monthsYear>\\d{4})"
          + "|quý (?<quarter>IV|I{1,3}) năm (?<quarterYear>\\d{4})"
          + "|tháng (?<month>\\d{1,2}) năm (?<monthYear>\\d{4})"
          + "|từ ngày (?<d1>\\d{1,2})/(?<m1>\\d{1,2})/(?<y1>\\d{4})"
          + " đến ngày (?<d2>\\d{1,2})/(?<m2>\\d{1,2})/(?<y2>\\d{4})");

  private static final List<String> QUARTERS = List.of("I", "II", "III", "IV");

  /** A benchmark; JMH makes it. */
  public PeriodLabelBenchmark() {}

  /**
   * A period's first and last days.
   *
   * @param start the first day
   * @param end the last day
   */
  public record Days(LocalDate start, LocalDate end) {}

  /** Draws the labels and checks that both ways read the same days. */
  @Setup
  public void setUp() {
    RandomGenerator random = Workload.random("period-label");
    inputs = new String[INPUTS];
    for (int i = 0; i < INPUTS; i++) {
      inputs[i] = new String(ProgressGenerators.reportingPeriods().generate(random).label().vi().toCharArray());
    }
    requireSame("period label");
  }

  @Override
  protected Object library(String label) {
    return ReportingPeriod.parseLabel(label);
  }

  @Override
  protected Object asBaseline(Object result) {
    ReportingPeriod period = (ReportingPeriod) result;
    return new Days(period.start(), period.end());
  }

  /** One regular expression, then the days of the alternative that matched. */
  @Override
  protected Object baseline(String label) {
    Matcher m = LABEL.matcher(label);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + label + "' is not a period label");
    }
    if (m.group("first") != null) {
      return new Days(LocalDate.of(number(m, "first"), 1, 1), LocalDate.of(number(m, "last"), 12, 31));
    } else if (m.group("year") != null) {
      return new Days(LocalDate.of(number(m, "year"), 1, 1), LocalDate.of(number(m, "year"), 12, 31));
    } else if (m.group("months") != null) {
      int months = number(m, "months");
      int year = number(m, "monthsYear");
      if (m.group("side").equals("đầu")) {
        LocalDate start = LocalDate.of(year, 1, 1);
        return new Days(start, start.plusMonths(months).minusDays(1));
      }
      return new Days(LocalDate.of(year, 13 - months, 1), LocalDate.of(year, 12, 31));
    } else if (m.group("quarter") != null) {
      LocalDate start = LocalDate.of(number(m, "quarterYear"), QUARTERS.indexOf(m.group("quarter")) * 3 + 1, 1);
      return new Days(start, start.plusMonths(3).minusDays(1));
    } else if (m.group("month") != null) {
      LocalDate start = LocalDate.of(number(m, "monthYear"), number(m, "month"), 1);
      return new Days(start, start.plusMonths(1).minusDays(1));
    }
    return new Days(LocalDate.of(number(m, "y1"), number(m, "m1"), number(m, "d1")),
        LocalDate.of(number(m, "y2"), number(m, "m2"), number(m, "d2")));
  }

  private static int number(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }
}
