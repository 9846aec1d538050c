package io.github.cpvmodel.mention;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.cpvmodel.RomanNumeral;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.Occasion;
import io.github.cpvmodel.meeting.MeetingReference;
import io.github.cpvmodel.mention.NameIndex.Category;
import io.github.cpvmodel.mention.NameIndex.Match;
import io.github.cpvmodel.mention.NameIndex.Named;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.Percentage;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.text.VietnameseText;
import java.text.ParsePosition;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import java.util.function.Function;

/**
 * One reading of one text: its words scanned once, then, word by word, the longest mention that starts there, found
 * by the parsers of the values (citations, period labels, occasions, figures) at the words that may start one and by
 * the {@link NameIndex} at every word; a mention found, the reading goes on after it, so mentions never overlap and
 * the outer one wins. Each parser reads a bounded stretch from where it starts, so the reading is linear in the
 * length of the text.
 */
final class Search {
  /** The first words of the names of document types: where a citation may start. */
  private static final ImmutableSet<String> TYPE_WORDS = Arrays.stream(DocumentType.values())
      .map(type -> VietnameseText.foldKey(type.label().vi()).split(" ")[0])
      .collect(ImmutableSet.toImmutableSet());

  /**
   * The fold keys of the names of document types, with the short and compound names citations use; each is one
   * {@link DocumentType#findByName} reads.
   */
  private static final ImmutableSet<String> TYPE_NAMES = Stream.concat(
          Arrays.stream(DocumentType.values()).map(type -> VietnameseText.foldKey(type.label().vi())),
          Stream.of("dieu le", "cuong linh", "thong bao ket luan"))
      .filter(key -> DocumentType.findByName(key).isPresent())
      .collect(ImmutableSet.toImmutableSet());

  /** The first words of the period labels of running text: "năm 2019", "quý IV", "giai đoạn 2016-2020" … */
  private static final Set<String> PERIOD_WORDS = Set.of("nam", "quy", "thang", "giai", "nhiem", "tu");

  /** Words before a day ("ngày 30/9", "chiều 30-9"): a ratio after them is a date. */
  private static final Set<String> DAY_WORDS = Set.of("ngay", "sang", "chieu", "toi", "trua", "dem", "hom");

  /** Words before a name that make it any of several ("các Tỉnh ủy"): a name without its place is then no mention. */
  private static final Set<String> PLURAL_WORDS = Set.of("cac", "nhung", "moi", "tung", "nhieu", "cung", "hai", "ba");

  /** Words that end what a figure counts: where the sentence goes on ("63/63 tỉnh đã xây dựng"). */
  private static final Set<String> COUNT_ENDS = Set.of("da", "dang", "se", "duoc", "co", "chua", "dat", "la",
      "hoan", "thuc", "tham", "trong", "tai", "ve", "voi", "cho", "theo", "nay", "do", "va", "bi");

  /** The most words of what a figure counts. */
  private static final int MOST_COUNTED_WORDS = 6;

  private final MentionContext context;
  private final NameIndex names;
  private final Resolver resolver;
  private final TextScan scan;
  private final String text;
  private final List<Mention> mentions = new ArrayList<>();
  /** The token after the last name without place that stood for several ("các Tỉnh ủy"), so that a list goes on. */
  private int pluralEnd = -1;

  Search(MentionContext context, NameIndex names, Resolver.Catalogue catalogue, String text) {
    this.context = context;
    this.names = names;
    this.text = text;
    this.scan = new TextScan(text);
    this.resolver = new Resolver(context, catalogue);
  }

  /** A mention that may be the one at a word: its span, its value, and how it resolves once chosen. */
  private static final class Candidate {
    final MentionKind kind;
    final int start;
    final int end;
    final Function<Mention.Builder, Resolution> value;

    Candidate(MentionKind kind, int start, int end, Function<Mention.Builder, Resolution> value) {
      this.kind = kind;
      this.start = start;
      this.end = end;
      this.value = value;
    }
  }

  ImmutableList<Mention> mentions() {
    int i = 0;
    while (i < scan.size()) {
      Candidate best = null;
      if (scan.isWord(i)) {
        String key = scan.key(i);
        if (TYPE_WORDS.contains(key) && startsCitation(i)) {
          best = longer(best, document(i));
        }
        if (startsOccasion(i)) {
          best = longer(best, meeting(i));
        } else if (isPair(i, "dai", "hoi")) {
          best = longer(best, localCongress(i));
        }
        if (names.startsName(key)) {
          best = longer(best, named(i));
        }
        best = longer(best, period(i));
        if (key.equals("khoa")) {
          best = longer(best, term(i));
        }
      } else if (scan.isNumber(i)) {
        if (isPartyNumber(i)) {
          best = longer(best, document(i));
        }
        best = longer(best, period(i));
        best = longer(best, figure(i));
      }
      if (best == null) {
        i++;
        continue;
      }
      emit(best);
      i = scan.tokenAt(best.end, i + 1);
    }
    return ImmutableList.copyOf(mentions);
  }

  private static Candidate longer(Candidate best, Candidate other) {
    return other != null && (best == null || other.end > best.end) ? other : best;
  }

  private void emit(Candidate candidate) {
    Mention.Builder mention = Mention.builder().kind(candidate.kind).start(candidate.start).end(candidate.end)
        .surface(text.substring(candidate.start, candidate.end));
    Resolution resolution = candidate.value.apply(mention);
    resolver.remember(resolution);
    mentions.add(mention.resolution(resolution).build());
  }

  private boolean isPair(int i, String first, String second) {
    return scan.isWord(i, first) && scan.isWord(i + 1, second);
  }

  // Documents.

  private Candidate document(int i) {
    ParsePosition position = new ParsePosition(scan.start(i));
    ImmutableList<DocumentReference> references = DocumentReference.find(text, position);
    if (references.isEmpty()) {
      return null;
    }
    DocumentReference first = references.get(0);
    if (first.number().isEmpty() && first.sequence().isEmpty() && first.occasion().isEmpty()) {
      return null; // a type with no number and no occasion cites no one document ("các nghị quyết của Bộ Chính trị")
    }
    int end = position.getIndex();
    int after = scan.tokenAt(end, i);
    OptionalInt term = OptionalInt.empty();
    if (first.issuingBody().isPresent()) {
      OptionalInt inParentheses = termInParentheses(after);
      if (inParentheses.isPresent()) {
        term = inParentheses;
        end = scan.end(after + 3);
      }
    }
    List<Body> issuers = List.of();
    if (first.issuingBody().isEmpty() && first.occasion().isEmpty() && scan.isWord(after, "cua")) {
      Optional<Match> issuer = longestName(after + 1, Category.BODY);
      if (issuer.isPresent()) {
        issuers = resolver.bodies(issuer.get().named()).bodies();
        end = scan.end(issuer.get().end() - 1);
      }
    }
    OptionalInt issuerTerm = term;
    List<Body> localIssuers = issuers;
    return new Candidate(MentionKind.DOCUMENT, scan.start(i), end, mention -> {
      mention.addAllDocuments(references);
      issuerTerm.ifPresent(mention::term);
      return resolver.documents(references, issuerTerm, localIssuers);
    });
  }

  /** "(khóa XII)" from token {@code i}: the term, if it is written so. */
  private OptionalInt termInParentheses(int i) {
    if (scan.isSign(i, '(') && scan.isWord(i + 1, "khoa") && scan.isSign(i + 3, ')')) {
      return numeral(i + 2);
    }
    return OptionalInt.empty();
  }

  /** The Roman numeral or number at token {@code i}, if it is one. */
  private OptionalInt numeral(int i) {
    if (scan.isNumber(i) && scan.key(i).length() <= 4) {
      int value = Integer.parseInt(scan.key(i));
      return value >= 1 ? OptionalInt.of(value) : OptionalInt.empty();
    }
    if (!scan.isWord(i) || !scan.isRomanNumeral(i)) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(RomanNumeral.parse(scan.written(i)).value());
    } catch (ValidationException e) {
      return OptionalInt.empty();
    }
  }

  // Meetings and terms.

  private Candidate meeting(int i) {
    ParsePosition position = new ParsePosition(scan.start(i));
    ImmutableList<Occasion> occasions = Occasion.find(text, position);
    if (!occasions.isEmpty()) {
      ImmutableList<MeetingReference> meetings = occasions.stream()
          .map(o -> o.isCongress() ? MeetingReference.congress(PartyBodies.CENTRAL_COMMITTEE, o.term())
              : MeetingReference.plenum(PartyBodies.CENTRAL_COMMITTEE, o.term(), o.plenum().getAsInt()))
          .collect(ImmutableList.toImmutableList());
      return new Candidate(MentionKind.MEETING, scan.start(i), position.getIndex(), mention -> {
        mention.addAllMeetings(meetings);
        return resolver.meetings(meetings);
      });
    }
    return isPair(i, "dai", "hoi") ? localCongress(i) : null;
  }

  // Where a value may start: each parser is asked only where the words could begin what it reads, so that a text
  // full of the words that begin values ("quý quý quý …") costs no failed reading per word.

  /** A type's name ("Chỉ thị", "Thông báo kết luận") followed by "số", a number or an occasion. */
  private boolean startsCitation(int i) {
    StringBuilder key = new StringBuilder();
    int typeEnd = -1;
    for (int k = i; k < i + 4 && scan.isWord(k); k++) {
      key.append(k == i ? "" : " ").append(scan.key(k));
      if (TYPE_NAMES.contains(key.toString())) {
        typeEnd = k + 1;
      }
    }
    return typeEnd > 0 && (scan.isNumber(typeEnd) || scan.isWord(typeEnd, "so") || isPair(typeEnd, "dai", "hoi")
        || isPair(typeEnd, "hoi", "nghi") || isPair(typeEnd, "trung", "uong"));
  }

  /** A Party number: "35-CT/TW", or "205/QĐ-TW" as some texts write it. */
  private boolean isPartyNumber(int i) {
    boolean dash = scan.isSign(i + 1, '-') || scan.isSign(i + 1, '\u2013');
    return dash && scan.isWord(i + 2) && scan.isSign(i + 3, '/') && scan.isWord(i + 4)
        || scan.isSign(i + 1, '/') && scan.isWord(i + 2) && scan.isSign(i + 3, '-') && scan.isWord(i + 4);
  }

  /** "Đại hội" or "Hội nghị" followed by what names the congress or the plenum of the Central Committee. */
  private boolean startsOccasion(int i) {
    if (isPair(i, "dai", "hoi")) {
      return numeral(i + 2).isPresent() || isPair(i + 2, "lan", "thu") || isPair(i + 2, "toan", "quoc")
          || isPair(i + 2, "dai", "bieu") && isPair(i + 4, "toan", "quoc")
          || isPair(i + 2, "dang", "toan") && scan.isWord(i + 4, "quoc");
    }
    return isPair(i, "hoi", "nghi") && (isPair(i + 2, "trung", "uong") || isPair(i + 2, "lan", "thu")
        || isPair(i + 2, "ban", "chap") || scan.isWord(i + 2, "bch"));
  }

  /**
   * "Đại hội [đại biểu] Đảng bộ tỉnh Đồng Nai lần thứ XI": the congress of a Party organisation named, with or
   * without its place.
   */
  private Candidate localCongress(int i) {
    int at = i + 2;
    if (isPair(at, "dai", "bieu")) {
      at += 2;
    }
    Optional<Match> organisation = longestName(at, Category.BODY)
        .filter(match -> match.named().targets(Body.class).stream()
            .allMatch(body -> body.kind() == BodyKind.PARTY_ORGANISATION));
    if (organisation.isEmpty()) {
      return null;
    }
    int after = organisation.get().end();
    if (!isPair(after, "lan", "thu")) {
      return null;
    }
    OptionalInt ordinal = numeral(after + 2);
    if (ordinal.isEmpty()) {
      return null;
    }
    Named named = organisation.get().named();
    return new Candidate(MentionKind.MEETING, scan.start(i), scan.end(after + 2), mention -> {
      Resolution body = resolver.bodies(named);
      if (!body.isResolved()) {
        return body;
      }
      MeetingReference congress = MeetingReference.congress(body.bodies().get(0).id(), ordinal.getAsInt());
      mention.addMeetings(congress);
      return resolver.meetings(List.of(congress));
    });
  }

  private Candidate term(int i) {
    OptionalInt number = numeral(i + 1);
    if (number.isEmpty() || scan.isNumber(i + 1)) {
      return null;
    }
    Mention previous = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
    boolean nationalAssembly = isPair(i - 2, "quoc", "hoi");
    int before = scan.isSign(i - 1, '(') ? i - 2 : i - 1;
    Optional<Resolution> of = Optional.ofNullable(previous)
        .filter(m -> m.kind() == MentionKind.BODY && before >= 0 && m.end() == scan.end(before))
        .map(Mention::resolution);
    return new Candidate(MentionKind.TERM, scan.start(i), scan.end(i + 1), mention -> {
      mention.term(number.getAsInt());
      return resolver.term(number.getAsInt(), of, nationalAssembly);
    });
  }

  // Names: bodies, provinces, posts, documents known by name.

  private Candidate named(int i) {
    Candidate best = null;
    List<Match> matches = names.namesAt(scan, i);
    for (int m = matches.size() - 1; m >= 0; m--) {
      Match match = matches.get(m);
      Named named = match.named();
      switch (named.category) {
        case ROLE:
          best = longer(best, post(i, match));
          break;
        case STATE_BODY:
          break;
        default:
          if (fits(i, match)) {
            best = longer(best, name(i, match));
          }
          break;
      }
    }
    return best;
  }

  /**
   * Whether a name is written as one: a bare province with capitals, a name without place with a capital and not
   * as one of several ("các Tỉnh ủy, Thành ủy").
   */
  private boolean fits(int i, Match match) {
    Named named = match.named();
    if (named.bare) {
      for (int k = i; k < match.end(); k++) {
        if (scan.isWord(k) && !scan.isCapitalised(k)) {
          return false;
        }
      }
    }
    if (!named.placeless) {
      return true;
    }
    if (isPlural(i)) {
      pluralEnd = Math.max(pluralEnd, match.end());
      return false;
    }
    return scan.isCapitalised(i);
  }

  /** Whether a name at {@code i} follows "các", or goes on a list of names that does. */
  private boolean isPlural(int i) {
    return scan.isWord(i - 1) && PLURAL_WORDS.contains(scan.key(i - 1))
        || (scan.isSign(i - 1, ',') || scan.isWord(i - 1, "va")) && pluralEnd == i - 1;
  }

  private Candidate name(int i, Match match) {
    Named named = match.named();
    int end = scan.end(match.end() - 1);
    switch (named.category) {
      case PROVINCE:
        return new Candidate(MentionKind.PROVINCE, scan.start(i), end, mention -> resolver.provinces(named));
      case BODY:
        return new Candidate(MentionKind.BODY, scan.start(i), end, mention -> resolver.bodies(named));
      case POST:
        return new Candidate(MentionKind.POST, scan.start(i), end, mention -> resolver.posts(named));
      default:
        return new Candidate(MentionKind.DOCUMENT, scan.start(i), end, mention -> {
          Resolution resolution = resolver.namedDocument(named);
          mention.addAllDocuments(resolver.namedReferences(named));
          return resolution;
        });
    }
  }

  /** A role and the body it is held in: "Bí thư Tỉnh ủy", "Trưởng Ban Tổ chức Trung ương", "Chủ tịch HĐND tỉnh". */
  private Candidate post(int i, Match role) {
    ImmutableList<PostRole> roles = NameIndex.roles(role.named());
    Candidate best = null;
    for (Match organ : names.namesAt(scan, role.end())) {
      Named named = organ.named();
      int end = scan.end(organ.end() - 1);
      if (named.category == Category.BODY && (!named.placeless || scan.isCapitalised(i) && !isPlural(i))) {
        best = longer(best, new Candidate(MentionKind.POST, scan.start(i), end,
            mention -> resolver.post(roles, named)));
      } else if (named.category == Category.STATE_BODY) {
        int stateEnd = end;
        Optional<Match> place = longestName(organ.end(), Category.PROVINCE);
        if (place.isPresent() && place.get().named().bare) {
          stateEnd = scan.end(place.get().end() - 1);
        }
        String organName = VietnameseText.normalize(text.substring(scan.start(role.end()), stateEnd));
        best = longer(best, new Candidate(MentionKind.POST, scan.start(i), stateEnd,
            mention -> resolver.statePost(organName)));
      }
    }
    return best;
  }

  /** The longest name of a category that starts at token {@code i}. */
  private Optional<Match> longestName(int i, Category category) {
    Match longest = null;
    if (scan.isWord(i)) {
      for (Match match : names.namesAt(scan, i)) {
        if (match.named().category == category && fits(i, match)) {
          longest = match;
        }
      }
    }
    return Optional.ofNullable(longest);
  }

  // Periods.

  private Candidate period(int i) {
    String key = scan.key(i);
    boolean number = scan.isNumber(i);
    if (!number && !PERIOD_WORDS.contains(key)) {
      return null;
    }
    boolean starts = number ? (scan.isWord(i + 1, "thang") || scan.isWord(i + 1, "nam") && scan.isNumber(i + 2))
        && !scan.isWord(i - 1, "ngay")
        : key.equals("quy") && (scan.isNumber(i + 1) || numeral(i + 1).isPresent())
            || (key.equals("nam") || key.equals("thang")) && scan.isNumber(i + 1)
            || (isPair(i, "giai", "doan") || isPair(i, "nhiem", "ky") || isPair(i, "tu", "ngay"))
            && scan.isNumber(i + 2);
    if (key.equals("thang") && scan.isNumber(i - 1) && scan.isWord(i - 2, "ngay")) {
      return null; // "ngày 30 tháng 9 năm 2019": a day
    }
    if (!starts || key.equals("nam") && scan.isNumber(i - 1) && scan.isWord(i - 2, "thang")) {
      return null;
    }
    ParsePosition position = new ParsePosition(scan.start(i));
    Optional<ReportingPeriod> named = ReportingPeriod.findLabel(text, position);
    if (named.isPresent()) {
      return new Candidate(MentionKind.PERIOD, scan.start(i), position.getIndex(), mention -> {
        mention.period(named.get());
        return resolver.period(false);
      });
    }
    if (key.equals("nam") || isPair(i, "giai", "doan") || isPair(i, "nhiem", "ky")) {
      return null; // "năm nay", "giai đoạn mới": these need their years
    }
    Optional<Year> year = context.year();
    position = new ParsePosition(scan.start(i));
    Optional<ReportingPeriod> implied = ReportingPeriod.findLabel(text, position, year.orElse(Year.of(2000)));
    if (implied.isEmpty()) {
      return null;
    }
    return new Candidate(MentionKind.PERIOD, scan.start(i), position.getIndex(), mention -> {
      year.ifPresent(y -> mention.period(implied.get()));
      return resolver.period(true);
    });
  }

  // Figures.

  private Candidate figure(int i) {
    if (scan.isSign(i + 1, '/') && scan.isNumber(i + 2) && exceeds(scan.key(i), scan.key(i + 2))) {
      return null; // "9/8" is no ratio of a part to a whole
    }
    ParsePosition position = new ParsePosition(scan.start(i));
    Optional<ObservedValue> value = ObservedValue.find(text, position)
        .filter(v -> v instanceof Ratio || v instanceof Percentage);
    if (value.isEmpty()) {
      return null;
    }
    int end = position.getIndex();
    int after = scan.tokenAt(end, i);
    boolean ratio = value.get() instanceof Ratio;
    if (ratio && (isDatePart(i - 1, i - 2) || isDatePart(after, after + 1) || DAY_WORDS.contains(scan.key(i - 1)))) {
      return null; // "30/09/2019", "ngày 30/9": a date
    }
    Optional<String> counted = counted(after);
    return new Candidate(MentionKind.FIGURE, scan.start(i), end, mention -> {
      mention.figure(value.get());
      counted.ifPresent(mention::counted);
      return resolver.figure();
    });
  }

  /** Whether the digits {@code a} name a larger number than the digits {@code b}. */
  private static boolean exceeds(String a, String b) {
    String x = withoutLeadingZeros(a);
    String y = withoutLeadingZeros(b);
    return x.length() != y.length() ? x.length() > y.length() : x.compareTo(y) > 0;
  }

  private static String withoutLeadingZeros(String digits) {
    int first = 0;
    while (first < digits.length() - 1 && digits.charAt(first) == '0') {
      first++;
    }
    return digits.substring(first);
  }

  /** Whether tokens {@code sign} and {@code number} are a "/" or "-" and a number, as in a date. */
  private boolean isDatePart(int sign, int number) {
    return (scan.isSign(sign, '/') || scan.isSign(sign, '-')) && scan.isNumber(number);
  }

  /** What a figure counts: the words that follow it up to where the sentence goes on, commas between them. */
  private Optional<String> counted(int i) {
    int last = -1;
    int k = i;
    int words = 0;
    while (words < MOST_COUNTED_WORDS && k < scan.size()) {
      if (scan.isWord(k) && !COUNT_ENDS.contains(scan.key(k))) {
        last = k;
        words++;
        k++;
      } else if (scan.isSign(k, ',') && last == k - 1 && scan.isWord(k + 1) && !COUNT_ENDS.contains(scan.key(k + 1))) {
        k++;
      } else {
        break;
      }
    }
    return last < 0 ? Optional.empty() : Optional.of(text.substring(scan.start(i), scan.end(last)));
  }
}
