package io.github.cpvmodel.progress;

import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The span of days a report covers (<i>kỳ báo cáo</i>): several years ("<i>giai đoạn 2016-2020</i>"), a year, a
 * half, a quarter, a month, the first months of a year ("9 tháng đầu năm 2019") or any other range of days. Both
 * ends are inclusive dates.
 *
 * <p>A period <em>is</em> its days: two periods are equal when they start and end on the same days, and the
 * {@linkplain #kind() kind} and text are derived from the days, taking the most specific name that fits. So the
 * first six months of a year are its first half ({@code 2019-H1}, "6 tháng đầu năm 2019", as Party reports call
 * the half-year review), the first three months its first quarter, and a range from 1 to 30 September 2019 is the
 * month {@code 2019-09}.
 *
 * <p>The canonical text, which {@link #parse} reads and {@link #toString()} writes:
 * <table>
 *   <caption>Text forms</caption>
 *   <tr><th>kind</th><th>text</th><th>Vietnamese label</th><th>English label</th></tr>
 *   <tr><td>year</td><td>{@code 2019}</td><td>năm 2019</td><td>2019</td></tr>
 *   <tr><td>half</td><td>{@code 2019-H1}</td><td>6 tháng đầu năm 2019</td><td>first half of 2019</td></tr>
 *   <tr><td>quarter</td><td>{@code 2019-Q4}</td><td>quý IV năm 2019</td><td>Q4 2019</td></tr>
 *   <tr><td>month</td><td>{@code 2019-09}</td><td>tháng 9 năm 2019</td><td>September 2019</td></tr>
 *   <tr><td>first months</td><td>{@code 2019-01-01/P9M}</td><td>9 tháng đầu năm 2019</td>
 *       <td>first 9 months of 2019</td></tr>
 *   <tr><td>range</td><td>{@code 2019-03-15/2019-10-20}</td><td>từ ngày 15/3/2019 đến ngày 20/10/2019</td>
 *       <td>15 March 2019 to 20 October 2019</td></tr>
 * </table>
 * The years form is the ISO 8601-2 interval of two years. Reports name several years in three ways, which
 * {@link #parseLabel} reads and this class writes: "<i>giai đoạn 2016-2020</i>" ({@link #label()}), "<i>nhiệm kỳ
 * 2020-2025</i>" ({@link #termLabel()}) and "<i>10 năm 2011-2020</i>" ({@link #countedLabel()}), whose count must
 * be the number of years named. All three are the whole calendar years they name, so they are equal when the
 * years are: the days of a term of office itself, from one congress to the next, are those of a
 * {@link io.github.cpvmodel.meeting.Term}, not of a period.
 * The first-months form is the SDMX time range (a start date and an ISO 8601 duration); {@link #parse} reads any
 * such range ({@code 2019-10-01/P3M} is {@code 2019-Q4}). {@link #parseLabel} reads the labels in either language
 * and the common variants officials write ("quý 4/2019", "Quý IV năm 2019", "tháng 09/2019"); a label without a
 * year ("6 tháng đầu năm") needs {@linkplain #parseLabel(CharSequence, Year) a reference year}.
 *
 * <pre>{@code
 * ReportingPeriod p = ReportingPeriod.parseLabel("9 tháng đầu năm 2019");
 * p.toString();                         // "2019-01-01/P9M"
 * p.end();                              // 2019-09-30
 * p.contains(LocalDate.of(2019, 9, 30)); // true
 * ReportingPeriod.quarter(2019, 4).label().vi(); // "quý IV năm 2019"
 * ReportingPeriod.parseLabel("10 năm 2011–2020").toString(); // "2011/2020"
 * ReportingPeriod.years(2020, 2025).termLabel().orElseThrow().vi(); // "nhiệm kỳ 2020-2025"
 * }</pre>
 *
 * <p>Periods are ordered by start, then by end, so the first quarter of a year comes before its first half, which
 * comes before the year. Rejects an end before the start ({@link #ORDER}), years outside 1..9999
 * ({@link #YEAR}), a half, quarter, month or number of months out of range ({@link #PART}), malformed text
 * ({@link #SYNTAX}), unreadable labels ({@link #LABEL}) and yearless labels without a reference year
 * ({@link #LABEL_YEAR}).
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract class ReportingPeriod implements Comparable<ReportingPeriod> {
  /** The end is not before the start. */
  public static final Rule ORDER = Rule.of("reporting-period.order", "a period must not end before it starts");

  /** Years have four digits. */
  public static final Rule YEAR = Rule.of("reporting-period.year",
      "a period lies within the years 1 to 9999, which the text forms write with four digits");

  /** Halves, quarters, months and numbers of months are in range. */
  public static final Rule PART = Rule.of("reporting-period.part",
      "a half is 1 or 2, a quarter 1 to 4, a month 1 to 12, the number of first months of a year 1 to 12, and "
          + "the number of years a label counts ('10 năm 2011-2020') is the number of years it names");

  /** The canonical text is well formed. */
  public static final Rule SYNTAX = Rule.of("reporting-period.syntax",
      "write a period as '2016/2020' (several years), '2019', '2019-H1', '2019-Q4', '2019-09', 'start/duration' such as '2019-01-01/P9M', "
          + "or 'start/end' such as '2019-03-15/2019-10-20'");

  /** A label is readable. */
  public static final Rule LABEL = Rule.of("reporting-period.label",
      "write a label as officials do, e.g. 'giai đoạn 2016-2020', 'nhiệm kỳ 2020-2025', '10 năm 2011-2020', "
          + "'năm 2019', '6 tháng đầu năm 2019', '6 tháng cuối năm 2019', "
          + "'quý IV năm 2019', 'quý 4/2019', 'tháng 9 năm 2019', '9 tháng đầu năm 2019', "
          + "'từ ngày 15/3/2019 đến ngày 20/10/2019', or in English 'first half of 2019', 'Q4 2019', "
          + "'September 2019', 'first 9 months of 2019', '15 March 2019 to 20 October 2019', "
          + "'2016-2020', '2020-2025 term', '10 years 2011-2020'");

  /** A label names its year, or a reference year is given. */
  public static final Rule LABEL_YEAR = Rule.of("reporting-period.label-year",
      "a label without a year, such as '6 tháng đầu năm', needs a reference year: "
          + "call parseLabel(text, year) or write the year into the label");

  private static final Comparator<ReportingPeriod> ORDERING =
      Comparator.comparing(ReportingPeriod::start).thenComparing(ReportingPeriod::end);

  /** What a period is called, from the broadest fixed name to an arbitrary range. */
  public enum Kind {
    /** Two or more whole calendar years ({@code 2016/2020}, <i>giai đoạn 2016-2020</i>). */
    YEARS,
    /** A calendar year ({@code 2019}, <i>năm 2019</i>). */
    YEAR,
    /** The first or second half of a year ({@code 2019-H1}, <i>6 tháng đầu năm 2019</i>). */
    HALF,
    /** A calendar quarter ({@code 2019-Q4}, <i>quý IV năm 2019</i>). */
    QUARTER,
    /** A calendar month ({@code 2019-09}, <i>tháng 9 năm 2019</i>). */
    MONTH,
    /**
     * The first months of a year that are not a half, a quarter or a month ({@code 2019-01-01/P9M},
     * <i>9 tháng đầu năm 2019</i>).
     */
    FIRST_MONTHS,
    /** Any other range of days ({@code 2019-03-15/2019-10-20}). */
    RANGE
  }

  ReportingPeriod() {}

  /** {@return the first day, inclusive} */
  @Value.Parameter
  public abstract LocalDate start();

  /** {@return the last day, inclusive} */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * A calendar year.
   *
   * @param year the year, 1 to 9999
   * @return the period {@code year}
   * @throws ValidationException if the year is out of range (rule {@link #YEAR})
   */
  public static ReportingPeriod year(int year) {
    return firstMonths(year, 12);
  }

  /**
   * Whole calendar years, from the first day of {@code first} to the last day of {@code last}: "<i>giai đoạn
   * 2016-2020</i>" is {@code years(2016, 2020)}.
   *
   * @param first the first year, 1 to 9999
   * @param last the last year, 1 to 9999, not before {@code first}; equal to it for a single year
   * @return the period, e.g. {@code 2016/2020}
   * @throws ValidationException if a year is out of range (rule {@link #YEAR}) or {@code last} is before
   *     {@code first} (rule {@link #ORDER})
   */
  public static ReportingPeriod years(int first, int last) {
    // Tested before the messages are made, which would box the years.
    if (first < 1 || first > 9999) {
      YEAR.require(false, "first", "year %d is out of range", first);
    }
    if (last < 1 || last > 9999) {
      YEAR.require(false, "last", "year %d is out of range", last);
    }
    if (last < first) {
      ORDER.require(false, "last", "last year %d is before first year %d", last, first);
    }
    return closed(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
  }

  /**
   * A half of a year.
   *
   * @param year the year, 1 to 9999
   * @param half 1 for January to June, 2 for July to December
   * @return the period, e.g. {@code 2019-H1}
   * @throws ValidationException if the year or the half is out of range (rules {@link #YEAR}, {@link #PART})
   */
  public static ReportingPeriod half(int year, int half) {
    if (half != 1 && half != 2) {
      PART.require(false, "half", "half %d is out of range", half);
    }
    return months(year, half * 6 - 5, 6);
  }

  /**
   * A calendar quarter.
   *
   * @param year the year, 1 to 9999
   * @param quarter the quarter, 1 to 4
   * @return the period, e.g. {@code 2019-Q4}
   * @throws ValidationException if the year or the quarter is out of range (rules {@link #YEAR},
   *     {@link #PART})
   */
  public static ReportingPeriod quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      PART.require(false, "quarter", "quarter %d is out of range", quarter);
    }
    return months(year, quarter * 3 - 2, 3);
  }

  /**
   * A calendar month.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @return the period, e.g. {@code 2019-09}
   * @throws ValidationException if the year or the month is out of range (rules {@link #YEAR}, {@link #PART})
   */
  public static ReportingPeriod month(int year, int month) {
    if (month < 1 || month > 12) {
      PART.require(false, "month", "month %d is out of range", month);
    }
    return months(year, month, 1);
  }

  /**
   * A calendar month.
   *
   * @param month the month of a year from 1 to 9999
   * @return the period, e.g. {@code 2019-09}
   * @throws ValidationException if the year is out of range (rule {@link #YEAR})
   */
  public static ReportingPeriod month(YearMonth month) {
    return month(month.getYear(), month.getMonthValue());
  }

  /**
   * The first months of a year: "9 tháng đầu năm 2019" is {@code firstMonths(2019, 9)}. Six months are the first
   * half, three the first quarter, one January and twelve the year.
   *
   * @param year the year, 1 to 9999
   * @param months how many months from January, 1 to 12
   * @return the period, e.g. {@code 2019-01-01/P9M}
   * @throws ValidationException if the year or the number of months is out of range (rules {@link #YEAR},
   *     {@link #PART})
   */
  public static ReportingPeriod firstMonths(int year, int months) {
    if (months < 1 || months > 12) {
      PART.require(false, "months", "%d first months are out of range", months);
    }
    return months(year, 1, months);
  }

  /**
   * The days from {@code start} to {@code endInclusive}, both included (unlike java.time's {@code between}, which
   * excludes its end). The result takes the most specific name that fits: {@code closed(2019-07-01, 2019-12-31)}
   * is {@code 2019-H2}.
   *
   * @param start the first day
   * @param endInclusive the last day, not before {@code start}
   * @return the period
   * @throws ValidationException if {@code endInclusive} is before {@code start} (rule {@link #ORDER}) or a year is
   *     out of range (rule {@link #YEAR})
   */
  public static ReportingPeriod closed(LocalDate start, LocalDate endInclusive) {
    return ImmutableReportingPeriod.of(start, endInclusive);
  }

  private static ReportingPeriod months(int year, int firstMonth, int count) {
    if (year < 1 || year > 9999) {
      YEAR.require(false, "year", "year %d is out of range", year);
    }
    LocalDate start = LocalDate.of(year, firstMonth, 1);
    return closed(start, start.plusMonths(count).minusDays(1));
  }

  /**
   * Parses the canonical text (see the {@linkplain ReportingPeriod table above}), ignoring surrounding white space
   * and the case of letters; {@code start/duration} takes any ISO 8601 duration ({@code P9M}, {@code P1Y},
   * {@code P10D}).
   *
   * @param text the text, e.g. {@code 2019-Q4} or {@code 2019-01-01/P9M}
   * @return the period
   * @throws ParseException if the text is malformed (rule {@link #SYNTAX}), names a half, quarter, month or year
   *     that does not exist (rules {@link #PART}, {@link #YEAR}) or an impossible range (rules {@link #ORDER},
   *     {@link #YEAR}, at the index of its end)
   */
  public static ReportingPeriod parse(CharSequence text) {
    return PeriodParser.parse(text);
  }

  /**
   * Reads a label in Vietnamese or English (see the {@linkplain ReportingPeriod table above}), ignoring case,
   * tones and marks, as in "Quý IV năm 2019", "quy 4/2019" or "9 tháng đầu năm 2019". The label must name its
   * year.
   *
   * @param label the label
   * @return the period
   * @throws ParseException if the label is unreadable (rule {@link #LABEL}, at the first word that does not fit),
   *     names no year (rule {@link #LABEL_YEAR}), or an impossible part or date (rules {@link #PART},
   *     {@link #ORDER}, {@link #YEAR})
   */
  public static ReportingPeriod parseLabel(CharSequence label) {
    return PeriodLabels.parse(label, Optional.empty());
  }

  /**
   * Reads a label in Vietnamese or English that may leave its year out, as reports do when the year is clear
   * from the context: "6 tháng đầu năm" in a report on 2019 is {@code 2019-H1}. A year written in the label
   * wins over the reference year.
   *
   * @param label the label, e.g. "6 tháng đầu năm" or "quý 4"
   * @param referenceYear the year the label speaks of when it names none
   * @return the period
   * @throws ParseException if the label is unreadable (rule {@link #LABEL}), or names an impossible part or date
   *     (rules {@link #PART}, {@link #ORDER}, {@link #YEAR}; a reference year outside 1..9999 at the end of the
   *     label)
   */
  public static ReportingPeriod parseLabel(CharSequence label, Year referenceYear) {
    return PeriodLabels.parse(label, Optional.of(referenceYear.getValue()));
  }

  /**
   * The period a longer text names at a place: the label that starts at {@code position}, read as
   * {@link #parseLabel(CharSequence)} reads it, as far as it makes sense: "… kế hoạch công tác năm 2019. Nổi bật …"
   * names "năm 2019". In running text the words of a label are joined only by white space, "/" and dashes, so a
   * label ends at any other sign, and a joining word that no year follows belongs to the text after it ("quý IV năm
   * nay" names "quý IV"). The label must name its year.
   *
   * <pre>{@code
   * String text = "trong quý 4 năm 2019, ngành phải";
   * ParsePosition at = new ParsePosition(6);
   * ReportingPeriod.findLabel(text, at);  // Optional[2019-Q4]
   * text.substring(6, at.getIndex());     // "quý 4 năm 2019"
   * ReportingPeriod.findLabel("quý IV tới", new ParsePosition(0));  // Optional.empty: no year
   * }</pre>
   *
   * @param text the text
   * @param position where the label starts; on success moved to its end, else left there with its
   *     {@linkplain ParsePosition#getErrorIndex() error index} set
   * @return the period, or empty if no label that names its year starts there
   * @throws IndexOutOfBoundsException if the position lies outside the text
   */
  public static Optional<ReportingPeriod> findLabel(CharSequence text, ParsePosition position) {
    return PeriodLabels.find(text, position, Optional.empty());
  }

  /**
   * The period a longer text names at a place, as {@link #findLabel(CharSequence, ParsePosition)} reads it, with a
   * year for a label that leaves it out ("6 tháng đầu năm" in a report on 2019 is {@code 2019-H1}).
   *
   * <pre>{@code
   * String text = "kết quả 6 tháng đầu năm, nhiệm vụ";
   * ParsePosition at = new ParsePosition(8);
   * ReportingPeriod.findLabel(text, at, Year.of(2019)); // Optional[2019-H1]
   * text.substring(8, at.getIndex());                  // "6 tháng đầu năm"
   * }</pre>
   *
   * @param text the text
   * @param position where the label starts; on success moved to its end, else left there with its error index set
   * @param referenceYear the year the label speaks of when it names none
   * @return the period, or empty if no label starts there
   * @throws IndexOutOfBoundsException if the position lies outside the text
   */
  public static Optional<ReportingPeriod> findLabel(CharSequence text, ParsePosition position, Year referenceYear) {
    return PeriodLabels.find(text, position, Optional.of(referenceYear.getValue()));
  }

  @Value.Check
  void check() {
    // Tested before the messages are made: every period of the model passes here.
    if (start().getYear() < 1) {
      YEAR.require(false, "start", "start '%s' is before the year 1", start());
    }
    if (end().getYear() > 9999) {
      YEAR.require(false, "end", "end '%s' is after the year 9999", end());
    }
    if (end().isBefore(start())) {
      ORDER.require(false, "end", "end '%s' is before start '%s'", end(), start());
    }
  }

  /** {@return what this period is called: the most specific kind that fits its days} */
  public Kind kind() {
    LocalDate s = start();
    LocalDate e = end();
    if (s.getYear() < e.getYear() && s.getDayOfYear() == 1 && e.getMonthValue() == 12 && e.getDayOfMonth() == 31) {
      return Kind.YEARS;
    }
    boolean wholeMonths = s.getDayOfMonth() == 1 && e.getDayOfMonth() == e.lengthOfMonth()
        && s.getYear() == e.getYear();
    if (!wholeMonths) {
      return Kind.RANGE;
    }
    int first = s.getMonthValue();
    int count = e.getMonthValue() - first + 1;
    if (count == 12) {
      return Kind.YEAR;
    } else if (count == 6 && first % 6 == 1) {
      return Kind.HALF;
    } else if (count == 3 && first % 3 == 1) {
      return Kind.QUARTER;
    } else if (count == 1) {
      return Kind.MONTH;
    }
    return first == 1 ? Kind.FIRST_MONTHS : Kind.RANGE;
  }

  /**
   * Whether {@code day} lies in this period.
   *
   * @param day the day
   * @return whether start &lt;= day &lt;= end
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /**
   * Whether every day of {@code other} lies in this period: the year contains its quarters.
   *
   * @param other another period
   * @return whether {@code other} lies within this one
   */
  public boolean encloses(ReportingPeriod other) {
    return contains(other.start()) && contains(other.end());
  }

  /** {@return the same days as a closed {@link Validity}} */
  public Validity toValidity() {
    return Validity.closed(start(), end());
  }

  /**
   * The label officials write, in Vietnamese and English: "quý IV năm 2019" / "Q4 2019".
   *
   * @return the label; {@link #parseLabel} reads either language back to this period
   */
  public LocalizedName label() {
    return LocalizedName.of(PeriodLabels.vietnamese(this), PeriodLabels.english(this));
  }

  /**
   * The label of several years as a term of office names them: "<i>nhiệm kỳ 2020-2025</i>" / "2020-2025 term",
   * as {@link io.github.cpvmodel.meeting.TermYears#label()} writes them.
   *
   * @return the label, for a period of {@link Kind#YEARS} only; {@link #parseLabel} reads it back to this period
   */
  public Optional<LocalizedName> termLabel() {
    return kind() == Kind.YEARS ? Optional.of(LocalizedName.of("nhiệm kỳ " + PeriodLabels.english(this),
        PeriodLabels.english(this) + " term")) : Optional.empty();
  }

  /**
   * The label of several years that counts them: "<i>10 năm 2011-2020</i>" / "10 years 2011-2020".
   *
   * @return the label, for a period of {@link Kind#YEARS} only; {@link #parseLabel} reads it back to this period
   */
  public Optional<LocalizedName> countedLabel() {
    int count = end().getYear() - start().getYear() + 1;
    return kind() == Kind.YEARS ? Optional.of(LocalizedName.of(count + " năm " + PeriodLabels.english(this),
        count + " years " + PeriodLabels.english(this))) : Optional.empty();
  }

  /** Orders by start, then by end (the shorter of two periods that start together comes first). */
  @Override
  public int compareTo(ReportingPeriod other) {
    return ORDERING.compare(this, other);
  }

  /** Returns the canonical text, e.g. {@code 2016/2020}, {@code 2019}, {@code 2019-H1}, {@code 2019-Q4}, {@code 2019-01-01/P9M}. */
  @Override
  public String toString() {
    // Written by hand rather than by a formatter: the JSON writer asks for it of every observation it writes.
    String year = fourDigits(start().getYear());
    switch (kind()) {
      case YEARS:
        return year + "/" + fourDigits(end().getYear());
      case YEAR:
        return year;
      case HALF:
        return year + "-H" + (start().getMonthValue() / 6 + 1);
      case QUARTER:
        return year + "-Q" + (start().getMonthValue() / 3 + 1);
      case MONTH:
        int month = start().getMonthValue();
        return year + (month < 10 ? "-0" : "-") + month;
      case FIRST_MONTHS:
        return start() + "/P" + end().getMonthValue() + "M";
      default:
        return start() + "/" + end();
    }
  }

  /** A year of 1 to 9999 in four digits, as the text forms and the labels write it. */
  static String fourDigits(int year) {
    String digits = Integer.toString(year);
    return digits.length() >= 4 ? digits : "0000".substring(digits.length()) + digits;
  }
}
