package io.github.cpvmodel.mention;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import io.github.cpvmodel.RomanNumeral;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.Occasion;
import io.github.cpvmodel.meeting.MeetingReference;
import io.github.cpvmodel.mention.NameIndex.Category;
import io.github.cpvmodel.mention.NameIndex.Match;
import io.github.cpvmodel.mention.NameIndex.Named;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.progress.Count;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.Percentage;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.text.VietnameseText;
import java.nio.CharBuffer;
import java.text.ParsePosition;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One reading of one text: its words scanned once, then, word by word, the longest mention that starts there, found
 * by the parsers of the values (citations, period labels, occasions, figures) at the words that may start one and by
 * the {@link NameIndex} at every word; a mention found, the reading goes on after it, so mentions never overlap and
 * the outer one wins. Each parser reads a bounded stretch from where it starts, so the reading is linear in the
 * length of the text.
 *
 * <p>Besides the names of the index, a body is named by a part of a body named after it ("Ban Chấp hành Đảng bộ
 * tỉnh", "Ban Thường vụ Đảng ủy Công an Trung ương"), or as a body below the provincial level, which is not built in
 * ("Huyện ủy Trà Bồng", "Đảng bộ huyện Thanh Hà"); a congress or a plenum of a body other than the Central
 * Committee is "Đại hội" or "Hội nghị" with the name of the body and the ordinal; a resolution may be cited by such a
 * congress or plenum.
 */
final class Search {
  /** The first words of the names of document types: where a citation may start. */
  private static final ImmutableSet<String> TYPE_WORDS = Stream.concat(
          Arrays.stream(DocumentType.values()).map(type -> VietnameseText.foldKey(type.label().vi()).split(" ")[0]),
          Arrays.stream(DocumentType.values()).flatMap(type -> type.abbreviations().stream())
              .map(VietnameseText::foldKey))
      .collect(ImmutableSet.toImmutableSet());

  /**
   * The names of document types as the fold keys of their words, with the short and compound names citations use,
   * each one {@link DocumentType#findByName} reads, by their first word.
   */
  private static final ImmutableListMultimap<String, List<String>> TYPE_NAMES = Stream.concat(
          Arrays.stream(DocumentType.values()).map(type -> VietnameseText.foldKey(type.label().vi())),
          Stream.of("dieu le", "cuong linh", "thong bao ket luan"))
      .filter(key -> DocumentType.findByName(key).isPresent())
      .map(key -> List.of(key.split(" ")))
      .collect(ImmutableListMultimap.toImmutableListMultimap(words -> words.get(0), words -> words));

  /** The first words of the period labels of running text: "năm 2019", "quý IV", "giai đoạn 2016-2020" … */
  private static final Set<String> PERIOD_WORDS = Set.of("nam", "quy", "thang", "giai", "nhiem");

  /** Words before a day ("ngày 30/9", "chiều 30-9"): a ratio after them is a date. */
  private static final Set<String> DAY_WORDS = Set.of("ngay", "sang", "chieu", "toi", "trua", "dem", "hom");

  /** Words before a name that make it any of several ("các Tỉnh ủy"): a name without its place is then no mention. */
  private static final Set<String> PLURAL_WORDS = Set.of("cac", "nhung", "moi", "tung", "nhieu", "cung", "hai", "ba");

  /** Words that end what a figure counts: where the sentence goes on ("63/63 tỉnh đã xây dựng"). */
  private static final Set<String> COUNT_ENDS = Set.of("da", "dang", "se", "duoc", "co", "chua", "dat", "la",
      "hoan", "thuc", "tham", "trong", "tai", "ve", "voi", "cho", "theo", "nay", "do", "va", "bi");

  /** The most words of what a figure counts, and of the proper name of a body below the provincial level. */
  private static final int MOST_COUNTED_WORDS = 6;
  private static final int MOST_NAME_WORDS = 4;

  /**
   * The committees of the levels below the province, which are not built in, by the first word of their name
   * (<i>Huyện ủy</i>, <i>Quận ủy</i>, <i>Thị ủy</i>, and <i>Đảng ủy</i> of a commune, a bloc, an agency or an
   * enterprise; http://thinhvuongvietnam.com/Content/to-chuc-co-so-dang-40449), and the units whose Party
   * organisations are named "Đảng bộ huyện …".
   */
  private static final Set<String> LOCAL_COMMITTEES = Set.of("huyen", "quan", "thi", "dang");

  /** The first words of the names of bodies that are not names of the index: parts of bodies, local bodies. */
  private static final Set<String> BODY_WORDS = Set.of("ban", "bch", "btv", "huyen", "quan", "thi", "dang");
  private static final List<List<String>> LOCAL_UNITS = List.of(List.of("huyen"), List.of("quan"), List.of("thi", "xa"),
      List.of("thanh", "pho"), List.of("xa"), List.of("phuong"), List.of("thi", "tran"));

  private final MentionContext context;
  private final NameIndex names;
  private final Resolver resolver;
  private final TextScan scan;
  private final String text;
  private final List<Mention> mentions = new ArrayList<>();
  /** The token after the last name without place that stood for several ("các Tỉnh ủy"), so that a list goes on. */
  private int pluralEnd = -1;
  /** The bodies named at each token asked about, for the names that hold a body name. */
  private final Map<Integer, List<BodyPhrase>> bodies = new HashMap<>();

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

  /**
   * A body named at a place of the text: the token after its name, whether the name leaves out its place, the kind
   * of body it names if known, and how it resolves, asked when the mention that holds it is chosen.
   */
  private record BodyPhrase(int end, boolean placeless, Optional<BodyKind> kind, Supplier<Resolution> resolution) {}

  /** An ordinal read at a place of the text: its number and the token after it. */
  private record Ordinal(int value, int end) {}

  ImmutableList<Mention> mentions() {
    int i = 0;
    while (i < scan.size()) {
      Candidate best = null;
      if (scan.isWord(i)) {
        String key = scan.key(i);
        if (TYPE_WORDS.contains(key) && typeNameEnd(i) > 0) {
          best = longer(best, document(i));
        }
        if (isPair(i, "dai", "hoi") || isPair(i, "hoi", "nghi")) {
          best = longer(best, meeting(i));
        }
        best = longer(best, named(i));
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

  private boolean isTriple(int i, String first, String second, String third) {
    return isPair(i, first, second) && scan.isWord(i + 2, third);
  }

  // Documents.

  private Candidate document(int i) {
    ParsePosition position = new ParsePosition(scan.start(i));
    ImmutableList<DocumentReference> references = scan.isWord(i) && !startsCitation(i) ? ImmutableList.of()
        : DocumentReference.find(text, position);
    if (references.isEmpty() || scan.isWord(i) && references.get(0).occasion().map(Occasion::isCongress)
        .orElse(false)) {
      Candidate local = scan.isWord(i) ? resolutionOfMeeting(i) : null;
      if (references.isEmpty() || local != null && local.end > scan.end(scan.tokenAt(position.getIndex(), i) - 1)) {
        return local;
      }
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
    List<Supplier<Resolution>> issuers = new ArrayList<>();
    if (first.issuingBody().isEmpty() && first.occasion().isEmpty() && scan.isWord(after, "cua")) {
      Optional<BodyPhrase> issuer = longestBody(after + 1, kind -> true);
      if (issuer.isPresent()) {
        issuers.add(issuer.get().resolution());
        end = scan.end(issuer.get().end() - 1);
      }
    }
    OptionalInt issuerTerm = term;
    return new Candidate(MentionKind.DOCUMENT, scan.start(i), end, mention -> {
      mention.addAllDocuments(references);
      issuerTerm.ifPresent(mention::term);
      List<Body> localIssuers = issuers.isEmpty() ? List.of() : issuers.get(0).get().bodies();
      return resolver.documents(references, issuerTerm, localIssuers);
    });
  }

  /**
   * "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ X": a document named by the congress or plenum of a body other
   * than the Central Committee that adopted it, which a registry knows only by its number.
   */
  private Candidate resolutionOfMeeting(int i) {
    int typeEnd = typeNameEnd(i);
    Candidate occasion = isPair(typeEnd, "dai", "hoi") ? localCongress(typeEnd)
        : isPair(typeEnd, "hoi", "nghi") ? localPlenum(typeEnd) : null;
    if (occasion == null) {
      return null;
    }
    return new Candidate(MentionKind.DOCUMENT, scan.start(i), occasion.end, mention -> {
      Mention.Builder meeting = Mention.builder();
      occasion.value.apply(meeting);
      List<MeetingReference> meetings = meeting.kind(MentionKind.MEETING).start(0).end(0).surface("")
          .resolution(resolver.figure()).build().meetings();
      mention.addAllMeetings(meetings);
      return resolver.documentOfMeeting();
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

  /** The ordinal after "lần thứ" at token {@code i}: a Roman numeral, digits, or a number in words. */
  private Optional<Ordinal> ordinal(int i) {
    if (scan.isWord(i) && scan.isWord(i + 1)) {
      OptionalInt two = VietnameseText.findOrdinal(scan.key(i) + " " + scan.key(i + 1));
      if (two.isPresent()) {
        return Optional.of(new Ordinal(two.getAsInt(), i + 2));
      }
    }
    OptionalInt one = scan.isWord(i) ? VietnameseText.findOrdinal(scan.key(i)) : OptionalInt.empty();
    if (one.isEmpty()) {
      one = numeral(i);
    }
    return one.isPresent() ? Optional.of(new Ordinal(one.getAsInt(), i + 1)) : Optional.empty();
  }

  // Where a value may start: each parser is asked only where the words could begin what it reads, so that a text
  // full of the words that begin values ("quý quý quý …") costs no failed reading per word.

  /** The token after the name of a document type that starts at {@code i}, or -1. */
  private int typeNameEnd(int i) {
    int typeEnd = -1;
    for (List<String> name : TYPE_NAMES.get(scan.key(i))) {
      int k = 0;
      while (k < name.size() && scan.isWord(i + k, name.get(k))) {
        k++;
      }
      if (k == name.size()) {
        typeEnd = Math.max(typeEnd, i + k);
      }
    }
    if (typeEnd < 0 && scan.isCapitalised(i) && scan.written(i).chars().allMatch(Character::isUpperCase)
        && DocumentType.forAbbreviation(scan.written(i)).size() == 1 && scan.isNumber(i + 1)) {
      typeEnd = i + 1; // "NQ 57"
    }
    return typeEnd;
  }

  /** A type's name followed by "số", a number or an occasion. */
  private boolean startsCitation(int i) {
    int typeEnd = typeNameEnd(i);
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
      return scan.isRomanNumeral(i + 2) || isPair(i + 2, "lan", "thu") || isPair(i + 2, "toan", "quoc")
          || isPair(i + 2, "dai", "bieu") && isPair(i + 4, "toan", "quoc")
          || isPair(i + 2, "dang", "toan") && scan.isWord(i + 4, "quoc");
    }
    return isPair(i, "hoi", "nghi") && (isPair(i + 2, "trung", "uong") || isPair(i + 2, "lan", "thu")
        || isPair(i + 2, "ban", "chap") || scan.isWord(i + 2, "bch"));
  }

  // Meetings and terms.

  private Candidate meeting(int i) {
    if (startsOccasion(i)) {
      ParsePosition position = new ParsePosition(scan.start(i));
      ImmutableList<Occasion> occasions = Occasion.find(text, position);
      if (!occasions.isEmpty()) {
        ImmutableList<MeetingReference> meetings = occasions.stream()
            .map(o -> o.isCongress() ? MeetingReference.congress(PartyBodies.CENTRAL_COMMITTEE, o.term())
                : MeetingReference.plenum(PartyBodies.CENTRAL_COMMITTEE, o.term(), o.plenum().getAsInt()))
            .collect(ImmutableList.toImmutableList());
        Candidate central = new Candidate(MentionKind.MEETING, scan.start(i), position.getIndex(), mention -> {
          mention.addAllMeetings(meetings);
          return resolver.meetings(meetings);
        });
        // "Đại hội lần thứ XVII Đảng bộ thành phố Hà Nội": the congress of the organisation named after it.
        return occasions.get(0).isCongress() ? longer(central, localCongress(i)) : central;
      }
    }
    return isPair(i, "dai", "hoi") ? localCongress(i) : localPlenum(i);
  }

  /**
   * "Đại hội [đại biểu] Đảng bộ tỉnh Đồng Nai lần thứ XI", "Đại hội lần thứ XVII Đảng bộ thành phố Hà Nội", "Đại hội
   * đại biểu Đảng bộ tỉnh Nghệ An khóa XX", "Đại hội Đảng bộ huyện Ia Grai": the congress of a Party organisation
   * named, with or without its place and its ordinal.
   */
  private Candidate localCongress(int i) {
    int at = i + 2;
    if (isPair(at, "dai", "bieu")) {
      at += 2;
    }
    Optional<Ordinal> ordinal = isPair(at, "lan", "thu") ? ordinal(at + 2) : Optional.empty();
    if (ordinal.isPresent()) {
      at = ordinal.get().end();
    }
    Optional<BodyPhrase> organisation = longestBody(at, kind -> kind == BodyKind.PARTY_ORGANISATION);
    if (organisation.isEmpty()) {
      return null;
    }
    int end = organisation.get().end();
    if (ordinal.isEmpty() && isPair(end, "lan", "thu")) {
      ordinal = ordinal(end + 2);
      end = ordinal.map(Ordinal::end).orElse(end);
    } else if (ordinal.isEmpty() && scan.isWord(end, "khoa") && numeral(end + 1).isPresent()) {
      ordinal = Optional.of(new Ordinal(numeral(end + 1).getAsInt(), end + 2));
      end += 2;
    }
    Supplier<Resolution> body = organisation.get().resolution();
    OptionalInt number = ordinal.map(o -> OptionalInt.of(o.value())).orElse(OptionalInt.empty());
    return new Candidate(MentionKind.MEETING, scan.start(i), scan.end(end - 1), mention -> {
      Resolution organised = body.get();
      if (!organised.isResolved() || organised.bodies().size() != 1 || number.isEmpty()) {
        return resolver.meetingOf(organised, number.isPresent());
      }
      MeetingReference congress = MeetingReference.congress(organised.bodies().get(0).id(), number.getAsInt());
      mention.addMeetings(congress);
      return resolver.meetings(List.of(congress));
    });
  }

  /**
   * "Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh khoá XI", "Hội nghị Tỉnh ủy lần thứ 8", "Hội nghị lần thứ tám, khoá
   * XI": a plenum of a Party committee other than the Central Committee, the committee named or left to the text.
   */
  private Candidate localPlenum(int i) {
    int at = i + 2;
    Optional<Ordinal> ordinal = isPair(at, "lan", "thu") ? ordinal(at + 2) : Optional.empty();
    if (ordinal.isPresent()) {
      at = ordinal.get().end();
      if (scan.isSign(at, ',') && scan.isWord(at + 1)) {
        at++;
      }
    }
    Optional<BodyPhrase> committee = longestBody(at, kind -> kind == BodyKind.PARTY_COMMITTEE);
    if (committee.isPresent()) {
      at = committee.get().end();
    } else if (ordinal.isPresent() && scan.isSign(at - 1, ',')) {
      at--;
    }
    if (ordinal.isEmpty() && isPair(at, "lan", "thu")) {
      ordinal = ordinal(at + 2);
      at = ordinal.map(Ordinal::end).orElse(at);
    }
    int termAt = scan.isSign(at, ',') ? at + 1 : at;
    OptionalInt term = scan.isWord(termAt, "khoa") ? numeral(termAt + 1) : OptionalInt.empty();
    if (ordinal.isEmpty() || committee.isEmpty() && term.isEmpty()) {
      return null;
    }
    int end = term.isPresent() ? termAt + 2 : at;
    int plenum = ordinal.get().value();
    Optional<Supplier<Resolution>> body = committee.map(BodyPhrase::resolution);
    return new Candidate(MentionKind.MEETING, scan.start(i), scan.end(end - 1), mention -> {
      Resolution held = body.map(Supplier::get).orElseGet(resolver::noCommittee);
      if (!held.isResolved() || held.bodies().size() != 1 || term.isEmpty()) {
        return resolver.meetingOf(held, term.isPresent());
      }
      MeetingReference reference = MeetingReference.plenum(held.bodies().get(0).id(), term.getAsInt(), plenum);
      mention.addMeetings(reference);
      return resolver.meetings(List.of(reference));
    });
  }

  private Candidate term(int i) {
    OptionalInt number = numeral(i + 1);
    if (number.isEmpty() || scan.isNumber(i + 1) && scan.key(i + 1).length() > 2) {
      return null;
    }
    Mention previous = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
    boolean nationalAssembly = isPair(i - 2, "quoc", "hoi");
    int before = scan.isSign(i - 1, '(') || scan.isSign(i - 1, ',') ? i - 2 : i - 1;
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
    List<Match> matches = names.startsName(scan.key(i)) ? names.namesAt(scan, i) : List.of();
    for (int m = matches.size() - 1; m >= 0; m--) {
      Match match = matches.get(m);
      Named named = match.named();
      int end = scan.end(match.end() - 1);
      switch (named.category) {
        case ROLE:
          best = longer(best, post(i, match));
          break;
        case PROVINCE:
          if (fits(i, match) && !(named.bare && inPersonName(i))) {
            best = longer(best, new Candidate(MentionKind.PROVINCE, scan.start(i), end,
                mention -> resolver.provinces(named)));
          }
          break;
        case POST:
          if (fits(i, match)) {
            best = longer(best, new Candidate(MentionKind.POST, scan.start(i), end, mention -> resolver.posts(named)));
          }
          break;
        case STATE_TITLE:
          String title = VietnameseText.normalize(text.substring(scan.start(i), end));
          best = longer(best, new Candidate(MentionKind.POST, scan.start(i), end,
              mention -> resolver.statePost(title)));
          break;
        case DOCUMENT:
          best = longer(best, new Candidate(MentionKind.DOCUMENT, scan.start(i), end, mention -> {
            mention.addAllDocuments(resolver.namedReferences(named));
            return resolver.namedDocument(named);
          }));
          break;
        default:
          break;
      }
    }
    for (BodyPhrase body : bodiesAt(i)) {
      if (!body.placeless() || fitsWithoutPlace(i, body.end())) {
        best = longer(best, new Candidate(MentionKind.BODY, scan.start(i), scan.end(body.end() - 1),
            mention -> body.resolution().get()));
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
    return !named.placeless || fitsWithoutPlace(i, match.end());
  }

  /** Whether a name without its place, at {@code i} and ending before {@code end}, stands for one body. */
  private boolean fitsWithoutPlace(int i, int end) {
    if (isPlural(i)) {
      pluralEnd = Math.max(pluralEnd, end);
      return false;
    }
    return scan.isCapitalised(i);
  }

  /** Whether a name at {@code i} follows "các", or goes on a list of names that does. */
  private boolean isPlural(int i) {
    return scan.isWord(i - 1) && PLURAL_WORDS.contains(scan.key(i - 1))
        || (scan.isSign(i - 1, ',') || scan.isWord(i - 1, "va")) && pluralEnd == i - 1;
  }

  /** Whether the word before {@code i} is a capitalised word within a sentence: a name there goes on a person's. */
  private boolean inPersonName(int i) {
    return scan.isCapitalised(i - 1) && scan.isWord(i - 2);
  }

  /**
   * The bodies named at token {@code i}: by a name of the index, by a part of a body named after it ("Ban Chấp hành"
   * of a Party organisation, "Ban Thường vụ" or "BTV" of a committee), or below the provincial level. Whether a name
   * without its place stands for one body here is the asker's to check: within a post, the post's first word decides.
   */
  private List<BodyPhrase> bodiesAt(int i) {
    if (!scan.isWord(i) || !names.startsName(scan.key(i)) && !BODY_WORDS.contains(scan.key(i))) {
      return List.of();
    }
    List<BodyPhrase> found = bodies.get(i);
    if (found != null) {
      return found;
    }
    found = new ArrayList<>();
    if (scan.isWord(i)) {
      if (names.startsName(scan.key(i))) {
        for (Match match : names.namesAt(scan, i)) {
          Named named = match.named();
          if (named.category == Category.BODY) {
            found.add(new BodyPhrase(match.end(), named.placeless, kindOf(named), () -> resolver.bodies(named)));
          }
        }
      }
      partOfABody(i, found);
      belowTheProvince(i).ifPresent(found::add);
    }
    bodies.put(i, found);
    return found;
  }

  /**
   * "Ban Chấp hành Đảng bộ tỉnh", "BTV Tỉnh ủy", "Ban Thường vụ Đảng ủy Công an Trung ương", "Ban Tổ chức Huyện ủy
   * Trà Bồng": the committee of an organisation, the standing board or the organisation commission of a committee.
   */
  private void partOfABody(int i, List<BodyPhrase> found) {
    boolean committee = isTriple(i, "ban", "chap", "hanh") || scan.isWord(i, "bch");
    boolean standingBoard = isTriple(i, "ban", "thuong", "vu") || scan.isWord(i, "btv");
    boolean organisation = isTriple(i, "ban", "to", "chuc");
    if (!(committee || standingBoard || organisation)) {
      return;
    }
    int after = scan.isWord(i, "bch") || scan.isWord(i, "btv") ? i + 1 : i + 3;
    BodyKind part = committee ? BodyKind.PARTY_COMMITTEE
        : standingBoard ? BodyKind.STANDING_BOARD : BodyKind.ADVISORY_COMMISSION;
    BodyKind whole = committee ? BodyKind.PARTY_ORGANISATION : BodyKind.PARTY_COMMITTEE;
    for (BodyPhrase inner : bodiesAt(after)) {
      if (inner.kind().equals(Optional.of(whole))) {
        found.add(new BodyPhrase(inner.end(), inner.placeless(), Optional.of(part),
            () -> resolver.part(inner.resolution().get(), part)));
      }
    }
  }

  /**
   * "Huyện ủy Trà Bồng", "Huyện ủy", "Đảng ủy", "Đảng bộ huyện Thanh Hà": the committee or Party organisation of a
   * unit below the province (or of a grassroots organisation), with the unit's name when written.
   */
  private Optional<BodyPhrase> belowTheProvince(int i) {
    if (!scan.isCapitalised(i) || isPlural(i)) {
      return Optional.empty();
    }
    if (LOCAL_COMMITTEES.contains(scan.key(i)) && scan.isWord(i + 1, "uy")) {
      int end = properName(i + 2);
      return Optional.of(new BodyPhrase(end, false, Optional.of(BodyKind.PARTY_COMMITTEE), resolver::belowTheProvince));
    }
    if (isPair(i, "dang", "bo")) {
      for (List<String> unit : LOCAL_UNITS) {
        int at = i + 2;
        boolean matches = true;
        for (String word : unit) {
          matches &= scan.isWord(at++, word);
        }
        int end = properName(at);
        if (matches && end > at) {
          return Optional.of(new BodyPhrase(end, false, Optional.of(BodyKind.PARTY_ORGANISATION),
              resolver::belowTheProvince));
        }
      }
    }
    return Optional.empty();
  }

  /** The token after a proper name of up to four capitalised words from {@code i}, or {@code i} if none starts. */
  private int properName(int i) {
    int end = i;
    while (end < i + MOST_NAME_WORDS && scan.isCapitalised(end) && !scan.isRomanNumeral(end)) {
      end++;
    }
    return end;
  }

  private static Optional<BodyKind> kindOf(Named named) {
    List<Body> bodies = named.targets(Body.class);
    return bodies.isEmpty() || bodies.stream().anyMatch(b -> b.kind() != bodies.get(0).kind()) ? Optional.empty()
        : Optional.of(bodies.get(0).kind());
  }

  /** The longest body named at {@code i} whose kind passes {@code kinds}. */
  private Optional<BodyPhrase> longestBody(int i, java.util.function.Predicate<BodyKind> kinds) {
    BodyPhrase longest = null;
    for (BodyPhrase phrase : bodiesAt(i)) {
      if (phrase.kind().map(kinds::test).orElse(false) && (longest == null || phrase.end() > longest.end())) {
        longest = phrase;
      }
    }
    return Optional.ofNullable(longest);
  }

  /**
   * A role and the body it is held in: "Bí thư Tỉnh ủy", "Trưởng Ban Tổ chức Trung ương", "Chủ tịch HĐND tỉnh";
   * or, standing alone in a list of titles or before "và" or "khác", the role itself ("…, Phó Bí thư, …", "3 Phó Bí
   * thư khác").
   */
  private Candidate post(int i, Match role) {
    ImmutableList<PostRole> roles = NameIndex.roles(role.named());
    Candidate best = null;
    for (BodyPhrase body : bodiesAt(role.end())) {
      if (!body.placeless() || fitsWithoutPlace(i, body.end())) {
        best = longer(best, new Candidate(MentionKind.POST, scan.start(i), scan.end(body.end() - 1),
            mention -> resolver.post(roles, body.resolution().get())));
      }
    }
    if (names.startsName(scan.key(role.end()))) {
      for (Match organ : names.namesAt(scan, role.end())) {
        if (organ.named().category == Category.STATE_BODY) {
          int stateEnd = scan.end(organ.end() - 1);
          Optional<Match> place = longestName(organ.end(), Category.PROVINCE);
          if (place.isPresent() && place.get().named().bare) {
            stateEnd = scan.end(place.get().end() - 1);
          }
          String organName = VietnameseText.normalize(text.substring(scan.start(role.end()), stateEnd));
          best = longer(best, new Candidate(MentionKind.POST, scan.start(i), stateEnd,
              mention -> resolver.statePost(organName)));
        }
      }
    }
    int next = role.end();
    boolean alone = next == scan.size() || scan.isSign(next, ',') || scan.isSign(next, ';') || scan.isSign(next, '.')
        || scan.isWord(next, "va") || scan.isWord(next, "khac");
    if (best == null && alone && scan.isCapitalised(i) && next - i >= 2 && !isPlural(i)
        && !roles.contains(PostRole.PERMANENT_MEMBER)) {
      best = new Candidate(MentionKind.POST, scan.start(i), scan.end(role.end() - 1), mention -> resolver.bareRole());
    }
    return best;
  }

  /** The longest name of a category that starts at token {@code i}. */
  private Optional<Match> longestName(int i, Category category) {
    Match longest = null;
    if (scan.isWord(i) && names.startsName(scan.key(i))) {
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
    boolean yearRange = number && key.length() == 4 && (scan.isSign(i + 1, '-') || scan.isSign(i + 1, '\u2013'))
        && scan.isNumber(i + 2) && scan.key(i + 2).length() == 4 && !isDatePart(i - 1, i - 2);
    boolean starts = number ? yearRange || (scan.isWord(i + 1, "thang")
        || scan.isWord(i + 1, "nam") && scan.isNumber(i + 2)) && !scan.isWord(i - 1, "ngay")
        : key.equals("quy") && (scan.isNumber(i + 1) || numeral(i + 1).isPresent())
            || (key.equals("nam") || key.equals("thang")) && scan.isNumber(i + 1)
            || (isPair(i, "giai", "doan") || isPair(i, "nhiem", "ky")) && scan.isNumber(i + 2);
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
    if (key.equals("nam") || isPair(i, "giai", "doan") || isPair(i, "nhiem", "ky") || yearRange) {
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
    if (DAY_WORDS.contains(scan.key(i - 1)) || isDatePart(i - 1, i - 2)) {
      return null; // "ngày 30/9", "30/09/2019": a date
    }
    if (scan.isSign(i + 1, '/') && scan.isNumber(i + 2) && exceeds(scan.key(i), scan.key(i + 2))) {
      return comparison(i);
    }
    ParsePosition position = new ParsePosition(scan.start(i));
    Optional<ObservedValue> value = ObservedValue.find(text, position);
    if (value.isEmpty()) {
      return comparison(i);
    }
    if (!(value.get() instanceof Ratio || value.get() instanceof Percentage)) {
      return null;
    }
    int end = position.getIndex();
    int after = scan.tokenAt(end, i);
    if (value.get() instanceof Ratio && isDatePart(after, after + 1)) {
      return null;
    }
    Optional<String> counted = counted(after);
    return new Candidate(MentionKind.FIGURE, scan.start(i), end, mention -> {
      mention.figure(value.get());
      counted.ifPresent(mention::counted);
      return resolver.figure();
    });
  }

  /**
   * "8.793/6.500": an actual over a target, written as a ratio whose numerator is the larger; no date ("30/9": a day
   * and a month). It has no ratio for its value.
   */
  private Candidate comparison(int i) {
    int k = i;
    while (scan.isSign(k + 1, '.') && scan.isNumber(k + 2) && scan.key(k + 2).length() == 3) {
      k += 2;
    }
    if (!scan.isSign(k + 1, '/') || !scan.isNumber(k + 2)) {
      return null;
    }
    int slash = scan.start(k + 1);
    Optional<ObservedValue> numerator = ObservedValue.find(CharBuffer.wrap(text, 0, slash),
        new ParsePosition(scan.start(i)));
    ParsePosition after = new ParsePosition(slash + 1);
    Optional<ObservedValue> denominator = ObservedValue.find(text, after);
    if (!(numerator.orElse(null) instanceof Count) || !(denominator.orElse(null) instanceof Count)) {
      return null;
    }
    long actual = ((Count) numerator.get()).value();
    long target = ((Count) denominator.get()).value();
    int end = after.getIndex();
    int next = scan.tokenAt(end, i);
    if (actual <= target || actual <= 31 && target <= 12 || isDatePart(next, next + 1)) {
      return null;
    }
    Optional<String> counted = counted(next);
    return new Candidate(MentionKind.FIGURE, scan.start(i), end, mention -> {
      counted.ifPresent(mention::counted);
      return resolver.comparison(actual, target);
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
