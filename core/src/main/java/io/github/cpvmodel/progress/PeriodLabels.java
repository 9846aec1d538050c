package io.github.cpvmodel.progress;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.RomanNumeral;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.text.VietnameseText;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Writes and reads the labels of {@link ReportingPeriod}s. Reading works on words: runs of letters, digits and
 * combining marks, each compared by its {@linkplain VietnameseText#foldKey fold key}, so case, tones, "/" and "-"
 * between words do not matter ("Quý IV/2019", "quy iv nam 2019"); the position of each word in the input is kept
 * for error messages.
 */
final class PeriodLabels {
  /** The months by their English names in lower case, "january" to "december". */
  private static final Map<String, Month> ENGLISH_MONTHS = Arrays.stream(Month.values())
      .collect(Collectors.toUnmodifiableMap(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
          .toLowerCase(Locale.ROOT), m -> m));

  private PeriodLabels() {}

  static String vietnamese(ReportingPeriod p) {
    LocalDate s = p.start();
    String year = ReportingPeriod.fourDigits(s.getYear());
    switch (p.kind()) {
      case YEARS:
        return "giai đoạn " + english(p);
      case YEAR:
        return "năm " + year;
      case HALF:
        return (s.getMonthValue() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
      case QUARTER:
        return "quý " + RomanNumeral.of(s.getMonthValue() / 3 + 1) + " năm " + year;
      case MONTH:
        return "tháng " + s.getMonthValue() + " năm " + year;
      case FIRST_MONTHS:
        return p.end().getMonthValue() + " tháng đầu năm " + year;
      default:
        return "từ ngày " + VietnameseText.date(s) + " đến ngày " + VietnameseText.date(p.end());
    }
  }

  static String english(ReportingPeriod p) {
    LocalDate s = p.start();
    String year = ReportingPeriod.fourDigits(s.getYear());
    switch (p.kind()) {
      case YEARS:
        return year + "-" + ReportingPeriod.fourDigits(p.end().getYear());
      case YEAR:
        return year;
      case HALF:
        return (s.getMonthValue() == 1 ? "first half of " : "second half of ") + year;
      case QUARTER:
        return "Q" + (s.getMonthValue() / 3 + 1) + " " + year;
      case MONTH:
        return monthName(s.getMonth()) + " " + year;
      case FIRST_MONTHS:
        return "first " + p.end().getMonthValue() + " months of " + year;
      default:
        return englishDate(s) + " to " + englishDate(p.end());
    }
  }

  private static String englishDate(LocalDate d) {
    return d.getDayOfMonth() + " " + monthName(d.getMonth()) + " " + ReportingPeriod.fourDigits(d.getYear());
  }

  private static String monthName(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static ReportingPeriod parse(CharSequence label, Optional<Integer> referenceYear) {
    String input = requireNonNull(label, "label").toString();
    return new Reader(input, 0, input.length(), false, referenceYear).read();
  }

  /**
   * The label that starts at {@code position} in a longer text, if one does; moves the position to its end, or sets
   * the error index.
   */
  static Optional<ReportingPeriod> find(CharSequence text, ParsePosition position, Optional<Integer> referenceYear) {
    String input = requireNonNull(text, "text").toString();
    int from = requireNonNull(position, "position").getIndex();
    if (from < 0 || from > input.length()) {
      throw new IndexOutOfBoundsException("position " + from + " lies outside a text of " + input.length()
          + " chars");
    }
    Reader reader = new Reader(input, from, input.length(), true, referenceYear);
    try {
      ReportingPeriod period = reader.read();
      position.setIndex(reader.end());
      return Optional.of(period);
    } catch (ParseException e) {
      position.setErrorIndex(from + e.errorIndex());
      return Optional.empty();
    } catch (Stop e) {
      position.setErrorIndex(e.index);
      return Optional.empty();
    }
  }

  /**
   * Where reading a label in running text stopped making sense: a failure without a message or a stack trace, cheap
   * to throw, since reading at many places of a text fails at most of them.
   */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int index;

    Stop(int index) {
      super(null, null, false, false);
      this.index = index;
    }
  }

  /** A word of the input: its text, its fold key (folded when first asked for) and where it starts. */
  private static final class Word {
    final String text;
    final int index;
    private String key;

    Word(String text, int index) {
      this.text = text;
      this.index = index;
    }

    String key() {
      if (key == null) {
        key = isKey(text) ? text : VietnameseText.foldKey(text);
      }
      return key;
    }

    /** Whether a word is its own fold key, as numbers and words in lower-case ASCII are. */
    private static boolean isKey(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if ((c < 'a' || c > 'z') && (c < '0' || c > '9')) {
          return false;
        }
      }
      return true;
    }

    int end() {
      return index + text.length();
    }
  }

  /**
   * One reading of one label; not reusable. It reads the words of a region of its input: the whole input, or, in
   * <b>prefix</b> mode, the label that starts at the beginning of the region, whose words are joined only by white
   * space, "/" and dashes ("quý IV/2019", "giai đoạn 2016 - 2020"), at most {@value #MOST_WORDS} of them. Errors
   * quote the region read and count their index from its start.
   */
  private static final class Reader {
    /** The most words a label has: "từ ngày 15/3/2019 đến ngày 20/10/2019" has ten. */
    private static final int MOST_WORDS = 12;

    /** The numerals of the quarters, "I" to "IV". */
    private static final List<String> QUARTER_NUMERALS = List.of("I", "II", "III", "IV");

    private final String input;
    private final int from;
    private final int to;
    private final boolean prefix;
    private final Optional<Integer> referenceYear;
    private final List<Word> words = new ArrayList<>();
    private int next;

    Reader(String input, int from, int end, boolean prefix, Optional<Integer> referenceYear) {
      this.input = input;
      this.from = from;
      this.prefix = prefix;
      this.referenceYear = referenceYear;
      int start = -1;
      int i = from;
      for (; i <= end; i++) {
        char c = i < end ? input.charAt(i) : ' ';
        boolean inWord = i < end && isWordChar(c);
        if (inWord && start < 0) {
          if (prefix && words.size() == MOST_WORDS) {
            break;
          }
          start = i;
        } else if (!inWord && start >= 0) {
          words.add(new Word(input.substring(start, i), start));
          start = -1;
        }
        if (prefix && i < end && !inWord && !joins(c)) {
          break;
        }
      }
      this.to = prefix ? Math.min(i, end) : end;
    }

    /** Whether a char may stand between two words of a label in running text. */
    private static boolean joins(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '/' || c == '-' || c == '\u2013';
    }

    /** The end of the label read: after its last word. */
    int end() {
      return words.get(next - 1).end();
    }

    private static boolean isWordChar(char c) {
      if (c < 0x80) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      }
      int type = Character.getType(c);
      return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    ReportingPeriod read() {
      if (words.isEmpty()) {
        throw error(to, "it has no words");
      }
      ReportingPeriod period = readPeriod();
      if (next < words.size() && !prefix) {
        throw error(words.get(next).index, "'" + words.get(next).text + "' is not expected after the period");
      }
      return period;
    }

    private ReportingPeriod readPeriod() {
      Word first = take("a label");
      switch (first.key()) {
        case "nam":
          return period(first, () -> ReportingPeriod.year(yearOrReference()));
        case "quy":
          int quarter = smallNumber(true, "the quarter after 'quý'", "quarter", 4);
          int year = optionalYear("nam");
          return period(first, () -> ReportingPeriod.quarter(year, quarter));
        case "thang":
          return month();
        case "tu":
          return vietnameseRange();
        case "giai":
          expect("doan", "'đoạn' after 'giai'");
          return years(first);
        case "nhiem":
          expect("ky", "'kỳ' after 'nhiệm'");
          return years(first);
        case "first":
        case "second":
          return englishFirstOrSecond(first);
        case "from":
          return englishRange(take("a date after 'from'"));
        default:
          break;
      }
      if (first.key().length() == 2 && first.key().charAt(0) == 'q' && isDigits(first.key().substring(1))) {
        int quarter = inRange(first, first.key().charAt(1) - '0', "quarter", 4);
        int year = yearOrReference();
        return period(first, () -> ReportingPeriod.quarter(year, quarter));
      }
      Optional<Month> month = englishMonth(first.key());
      if (month.isPresent()) {
        int year = yearOrReference();
        return period(first, () -> ReportingPeriod.month(year, month.get().getValue()));
      }
      if (isDigits(first.key())) {
        return fromNumber(first);
      }
      throw error(first.index, "'" + first.text + "' does not start a period label");
    }

    /** "tháng 9 năm 2019", "tháng 09/2019", "tháng 9". */
    private ReportingPeriod month() {
      Word at = words.get(next - 1);
      int month = smallNumber(false, "the month after 'tháng'", "month", 12);
      int year = optionalYear("nam");
      return period(at, () -> ReportingPeriod.month(year, month));
    }

    /**
     * "2016-2020", "2020-2025 term", "10 năm 2011-2020", "10 years 2011-2020",
     * "6 tháng đầu năm 2019", "6 tháng cuối năm", "9 tháng năm 2019" (reports say this for the first nine months
     * of the year), "2019", "15 March 2019 to 20 October 2019".
     */
    private ReportingPeriod fromNumber(Word number) {
      if (number.key().length() == 4 && next == words.size()) {
        return period(number, () -> ReportingPeriod.year(year(number)));
      }
      String following = next < words.size() ? words.get(next).key() : "";
      if (number.key().length() == 4 && isDigits(following)) {
        next--;
        ReportingPeriod years = years(number);
        skip("term");
        return years;
      }
      if (following.equals("nam") || following.equals("years")) {
        next++;
        return countedYears(number);
      }
      if (next < words.size() && englishMonth(words.get(next).key()).isPresent()) {
        return englishRange(number);
      }
      int months = inRange(number, parseNumber(number, 2, "the number of months"), "number of months", 12);
      expect("thang", "'tháng' after the number of months");
      if (next < words.size() && words.get(next).key().equals("nam")) {
        next++;
        int year = yearOrReference();
        return period(number, () -> ReportingPeriod.firstMonths(year, months));
      }
      Word side = take("'đầu năm' or 'cuối năm'");
      if (!side.key().equals("dau") && !side.key().equals("cuoi")) {
        throw error(side.index, "'" + side.text + "' is neither 'đầu', 'cuối' nor 'năm'");
      }
      if (!skip("nam")) {
        expect("nam", "'năm' after '" + side.text + "'");
      }
      int year = yearOrReference();
      if (side.key().equals("dau")) {
        return period(number, () -> ReportingPeriod.firstMonths(year, months));
      }
      return period(number, () -> {
        LocalDate last = ReportingPeriod.year(year).end();
        return ReportingPeriod.closed(last.withDayOfMonth(1).minusMonths(months - 1), last);
      });
    }

    /**
     * The two years of "giai đoạn 2016-2020", "nhiệm kỳ 2020-2025" or "2016-2020", the label starting at
     * {@code at}.
     */
    private ReportingPeriod years(Word at) {
      int first = year("the first year");
      Word lastWord = take("the last year");
      int last = year(lastWord);
      if (last < first) {
        throw error(ReportingPeriod.ORDER, lastWord.index, "the last year " + lastWord.text + " is before the first "
            + first);
      }
      return period(at, () -> ReportingPeriod.years(first, last));
    }

    /** "10 năm 2011-2020", "10 years 2011-2020": the count is the number of years named. */
    private ReportingPeriod countedYears(Word count) {
      int n = parseNumber(count, 4, "the number of years");
      ReportingPeriod years = years(count);
      int named = years.end().getYear() - years.start().getYear() + 1;
      if (n != named) {
        throw error(ReportingPeriod.PART, count.index, n + " years are counted but " + named + " are named");
      }
      return years;
    }

    /** "từ ngày 15/3/2019 đến ngày 20/10/2019". */
    private ReportingPeriod vietnameseRange() {
      skip("ngay");
      LocalDate start = numericDate();
      expect("den", "'đến' between the two dates");
      skip("ngay");
      Word at = words.get(Math.min(next, words.size() - 1));
      LocalDate end = numericDate();
      return period(at, () -> ReportingPeriod.closed(start, end));
    }

    private LocalDate numericDate() {
      Word day = take("a date d/M/yyyy");
      int d = parseNumber(day, 2, "the day");
      int m = parseNumber(take("the month of the date"), 2, "the month");
      return date(day, year("the year of the date"), m, d);
    }

    /** "first half of 2019", "second half", "first 9 months of 2019". */
    private ReportingPeriod englishFirstOrSecond(Word ordinal) {
      Word what = take("'half' or a number of months after '" + ordinal.text + "'");
      if (what.key().equals("half")) {
        int year = optionalYear("of");
        return period(ordinal, () -> ReportingPeriod.half(year, ordinal.key().equals("first") ? 1 : 2));
      }
      if (!ordinal.key().equals("first") || !isDigits(what.key())) {
        throw error(what.index, "'" + what.text + "' is not expected after '" + ordinal.text + "'");
      }
      int months = inRange(what, parseNumber(what, 2, "the number of months"), "number of months", 12);
      Word unit = take("'months'");
      if (!unit.key().equals("months") && !unit.key().equals("month")) {
        throw error(unit.index, "'" + unit.text + "' is not 'months'");
      }
      int year = optionalYear("of");
      return period(ordinal, () -> ReportingPeriod.firstMonths(year, months));
    }

    /** "15 March 2019 to 20 October 2019". */
    private ReportingPeriod englishRange(Word day) {
      LocalDate start = englishDate(day);
      expect("to", "'to' between the two dates");
      Word at = take("the end date");
      LocalDate end = englishDate(at);
      return period(at, () -> ReportingPeriod.closed(start, end));
    }

    private LocalDate englishDate(Word day) {
      int d = parseNumber(day, 2, "the day");
      Word monthWord = take("a month name");
      Month month = englishMonth(monthWord.key())
          .orElseThrow(() -> error(monthWord.index, "'" + monthWord.text + "' is not an English month name"));
      return date(day, year("the year of the date"), month.getValue(), d);
    }

    private LocalDate date(Word at, int year, int month, int day) {
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw error(at.index, String.format(Locale.ROOT, "day %d of month %d of %04d does not exist", day, month,
            year));
      }
    }

    private static Optional<Month> englishMonth(String key) {
      return Optional.ofNullable(ENGLISH_MONTHS.get(key));
    }

    /**
     * A year, optionally after a joining word ("năm", "of"); if the label names none, the reference year. In running
     * text a joining word without a year belongs to what follows ("quý IV năm nay").
     */
    private int optionalYear(String joiner) {
      int before = next;
      skip(joiner);
      if (prefix && (next == words.size() || !isDigits(words.get(next).key()))) {
        next = before;
      }
      return yearOrReference();
    }

    /** The year the label names next, or else the reference year, checked at the place the year would be. */
    private int yearOrReference() {
      if (next < words.size() && isDigits(words.get(next).key())) {
        return year("the year");
      }
      int at = next < words.size() ? words.get(next).index : to;
      int year = referenceYear.orElseThrow(() -> error(ReportingPeriod.LABEL_YEAR, at, "it names no year"));
      if (year < 1 || year > 9999) {
        throw error(ReportingPeriod.YEAR, at, "the reference year " + year + " is out of range");
      }
      return year;
    }

    private int year(String what) {
      return year(take(what));
    }

    private int year(Word word) {
      if (word.key().length() != 4 || !isDigits(word.key())) {
        throw error(word.index, "'" + word.text + "' is not a four-digit year");
      }
      int year = Integer.parseInt(word.key());
      if (year < 1) {
        throw error(ReportingPeriod.YEAR, word.index, "year " + word.text + " is out of range");
      }
      return year;
    }

    /**
     * A number of one or two digits, or (if {@code roman}) a Roman numeral as in "quý IV", from 1 to {@code max}.
     */
    private int smallNumber(boolean roman, String what, String part, int max) {
      Word word = take(what);
      if (roman && !isDigits(word.key())) {
        int quarter = quarterNumeral(word.text);
        if (quarter > 0 && quarter <= max) {
          return quarter;
        }
        if (prefix && !word.text.chars().allMatch(c -> "IVXLCDMivxlcdm".indexOf(c) >= 0)) {
          throw error(word.index, "'" + word.text + "' is neither a number nor a Roman numeral");
        }
        int value;
        try {
          value = RomanNumeral.parse(word.text).value();
        } catch (ValidationException e) {
          throw error(word.index, "'" + word.text + "' is neither a number nor a Roman numeral");
        }
        return inRange(word, value, part, max);
      }
      return inRange(word, parseNumber(word, 2, what), part, max);
    }

    /**
     * The value of "I" to "IV" in any case of their ASCII letters, as {@link RomanNumeral#parse} reads them, or 0 for
     * any other text: the numerals of quarters, read without parsing.
     */
    private static int quarterNumeral(String text) {
      for (int value = 1; value <= QUARTER_NUMERALS.size(); value++) {
        String numeral = QUARTER_NUMERALS.get(value - 1);
        if (numeral.length() != text.length()) {
          continue;
        }
        boolean same = true;
        for (int i = 0; i < numeral.length() && same; i++) {
          char c = text.charAt(i);
          same = c == numeral.charAt(i) || c == numeral.charAt(i) + ('a' - 'A');
        }
        if (same) {
          return value;
        }
      }
      return 0;
    }

    /** Rejects a half, quarter, month or number of months that does not exist, at the word that names it. */
    private int inRange(Word word, int value, String part, int max) {
      if (value < 1 || value > max) {
        throw error(ReportingPeriod.PART, word.index, part + " " + value + " is out of range 1 to " + max);
      }
      return value;
    }

    private int parseNumber(Word word, int maxDigits, String what) {
      if (!isDigits(word.key()) || word.key().length() > maxDigits) {
        throw error(word.index, "'" + word.text + "' is not " + what + " (a number of at most " + maxDigits
            + " digits)");
      }
      return Integer.parseInt(word.key());
    }

    private static boolean isDigits(String s) {
      if (s.isEmpty()) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    private Word take(String what) {
      if (next >= words.size()) {
        throw error(to, "it ends where " + what + " should follow");
      }
      return words.get(next++);
    }

    private void expect(String key, String what) {
      Word word = take(what);
      if (!word.key().equals(key)) {
        throw error(word.index, "'" + word.text + "' is where " + what + " should be");
      }
    }

    /** Moves past the next word if it is {@code key}, and tells whether it did. */
    private boolean skip(String key) {
      if (next < words.size() && words.get(next).key().equals(key)) {
        next++;
        return true;
      }
      return false;
    }

    /** The period the words read so far name, or the rejection of it at the word {@code at} where it begins. */
    private ReportingPeriod period(Word at, Supplier<ReportingPeriod> build) {
      try {
        return build.get();
      } catch (ValidationException e) {
        throw prefix ? new Stop(at.index) : ParseException.of(region(), at.index - from, e);
      }
    }

    private RuntimeException error(int index, String why) {
      return error(ReportingPeriod.LABEL, index, why);
    }

    /** The rejection of the label at an index: a {@link ParseException}, or in prefix mode a {@link Stop}. */
    private RuntimeException error(Rule rule, int index, String why) {
      return prefix ? new Stop(index) : ParseException.of(rule, "a period label", region(), index - from, why);
    }

    /** The text read, which errors quote. */
    private String region() {
      return input.substring(from, to);
    }
  }
}
