package io.github.cpvmodel.examples;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.ForceStatus;
import io.github.cpvmodel.document.Lookup;
import io.github.cpvmodel.meeting.Conference;
import io.github.cpvmodel.meeting.Participant;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Personnel;
import io.github.cpvmodel.reference.NationalCongresses;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.reference.Province;
import io.github.cpvmodel.reference.Provinces;
import io.github.cpvmodel.text.VietnameseText;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Questions whose answer depends on the day they are asked about, answered from the built-in reference data and the
 * seed dataset of the {@link Demonstration}, in Vietnamese with English beside it: which provinces stood on a day,
 * where an old province code went in the merger of 2025-07-01, which term (<i>khóa</i>) and which Party
 * organisations directly under the Central Committee (<i>đảng bộ trực thuộc Trung ương</i>) stood on a day, which
 * document "Chỉ thị 35" means when cited on a day, and who held each post named at the briefing of 2019-09-30.
 *
 * <p>Nothing here is a fact typed in: every answer is a query of the library's public API on a day.
 *
 * <pre>{@code
 * TimeQuestions.answer(Demonstration.seed(), System.out);
 * }</pre>
 */
public final class TimeQuestions {
  /** The day of the seed briefing, when the 63 provinces stood. */
  public static final LocalDate BRIEFING = Demonstration.DAY;

  /** The day the 34 provincial-level units of the 2025 merger began. */
  public static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

  /** The days "Chỉ thị 35" is resolved on: in term XII, and in term XIII after the 2024 directive was replaced. */
  public static final List<LocalDate> CITATION_DAYS = List.of(LocalDate.of(2019, 10, 1), LocalDate.of(2025, 9, 24));

  /** The old codes whose fate in the merger is asked: Bình Phước's and Đồng Nai's in 2019. */
  public static final List<String> OLD_CODES = List.of("70", "75");

  /** How many units are named beside a count. */
  private static final int NAMED = 3;

  private TimeQuestions() {}

  /**
   * Prints the answers to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    answer(Demonstration.seed(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Prints the answers, one question after another.
   *
   * @param seed the dataset holding the briefing of 2019-09-30, as {@link Demonstration#seed()} builds it
   * @param out where to print
   */
  public static void answer(Dataset seed, PrintStream out) {
    out.println("Câu hỏi theo thời gian / Questions about time");
    provinces(out);
    mergerMap(out);
    termsAndOrganisations(out);
    directive35(out);
    postHolders(seed, out);
  }

  private static void provinces(PrintStream out) {
    out.println();
    out.println("1. Tỉnh, thành phố trực thuộc trung ương / Provincial-level units");
    for (LocalDate day : List.of(BRIEFING, MERGER)) {
      List<Province> units = Provinces.on(day);
      out.println("   " + on(day) + ": " + units.size() + " (" + units.stream().limit(NAMED)
          .map(p -> p.code() + " " + p.name()).collect(Collectors.joining(", ")) + ", …)");
    }
  }

  private static void mergerMap(PrintStream out) {
    out.println();
    out.println("2. Mã tỉnh cũ " + String.join(", ", OLD_CODES) + " sau hợp nhất ngày " + VietnameseText.date(MERGER)
        + " / Old province codes " + String.join(" and ", OLD_CODES) + " after the merger of " + MERGER);
    Set<Province> successors = new LinkedHashSet<>();
    for (String code : OLD_CODES) {
      Province old = Provinces.byCode(code, BRIEFING);
      List<Province> became = Provinces.successorsOn(old, MERGER);
      successors.addAll(became);
      out.println("   " + old.code() + " " + old.fullName().vi() + " (" + old.validity() + ") → " + became.stream()
          .map(p -> p.code() + " " + p.fullName().vi() + " / " + p.fullName().en().orElse(p.name()) + " ("
              + p.validity() + ")")
          .collect(Collectors.joining(", ")));
      out.println("     mã " + code + " ngày " + VietnameseText.date(MERGER) + " / code " + code + " on " + MERGER + ": "
          + Provinces.findByCode(code, MERGER).map(p -> p.fullName().vi() + " / " + p.fullName().en().orElse(p.name()))
              .orElse("không dùng cho tỉnh nào / names no unit"));
    }
    for (Province unit : successors) {
      out.println("   " + unit.fullName().vi() + " hợp nhất từ / merged from: " + Provinces.predecessorsOn(unit,
          MERGER.minusDays(1)).stream().map(p -> p.code() + " " + p.name()).collect(Collectors.joining(", ")));
    }
  }

  private static void termsAndOrganisations(PrintStream out) {
    out.println();
    out.println("3. Khóa và đảng bộ trực thuộc Trung ương / Term and Party organisations directly under the Central "
        + "Committee");
    for (LocalDate day : List.of(BRIEFING, MERGER)) {
      out.println("   " + on(day) + ": " + term(day) + " (" + NationalCongresses.termOn(day).map(t -> t.validity()
          .toString()).orElse("?") + ")");
      List<Body> direct = PartyBodies.directOrganisationsOn(day);
      List<Body> others = direct.stream().filter(b -> !PartyBodies.isProvincialOrganisation(b))
          .collect(Collectors.toList());
      int provincial = direct.size() - others.size();
      out.println("     " + direct.size() + " đảng bộ: " + provincial + " tỉnh, thành phố và " + others.size()
          + " đảng bộ khác / " + direct.size() + " organisations: " + provincial + " provincial and " + others.size()
          + " others:");
      others.forEach(b -> out.println("     - " + b.name().vi() + " / " + b.name().en().orElse(b.name().vi())));
    }
  }

  private static void directive35(PrintStream out) {
    out.println();
    DocumentReference directive35 = DocumentReference.parse("Chỉ thị 35");
    DocumentRegistry documents = PartyDocuments.registry();
    BodyHierarchy bodies = PartyBodies.hierarchy();
    out.println("4. \"" + directive35 + "\" là văn bản nào / Which document \"" + directive35 + "\" means");
    Lookup undated = documents.resolve(directive35);
    out.println("   không kèm ngày / without a day: " + outcome(undated.outcome()) + ", " + undated.candidates().size()
        + " văn bản / documents: " + undated.candidates().stream().map(d -> d.number().orElseThrow() + " "
            + VietnameseText.date(d.issued().earliest())).collect(Collectors.joining(", ")));
    for (LocalDate day : CITATION_DAYS) {
      Lookup lookup = documents.resolve(directive35, day);
      out.println("   " + on(day) + ", " + term(day) + ": " + outcome(lookup.outcome()));
      for (Document d : lookup.candidates()) {
        LocalizedName issuer = bodies.byId(d.issuingBody()).name();
        out.println("     " + d.type().label().vi() + " " + d.number().orElseThrow() + " " + d.issued().vietnamese()
            + " của " + issuer.vi());
        LocalizedName issuedIn = termOn(d.issued().earliest());
        out.println("     ban hành trong " + issuedIn.vi() + " / issued in the " + issuedIn.en().orElse(""));
        out.println("     " + d.title().vi());
        out.println("     " + status(d.statusOn(day)) + d.termination()
            .map(t -> " — từ / from " + t.on() + t.by().map(k -> ", thay bằng / replaced by "
                + k.number().map(Object::toString).orElse(k.toString())).orElse(""))
            .orElse(""));
      }
    }
  }

  private static void postHolders(Dataset seed, PrintStream out) {
    out.println();
    Conference briefing = seed.conferences().get(0);
    Personnel personnel = seed.personnel();
    LocalDate day = briefing.time().firstDay();
    out.println("5. Ai giữ chức nào tại hội nghị ngày " + VietnameseText.date(day) + " / Who held each post named at "
        + "the meeting of " + day);
    Set<Id> posts = new LinkedHashSet<>();
    Stream.concat(briefing.participants().stream(), briefing.bridgePoints().stream()
            .flatMap(point -> point.participants().stream()))
        .map(Participant::posts).forEach(posts::addAll);
    for (Id post : posts) {
      LocalizedName title = personnel.findPost(post).orElseThrow().title();
      String holders = personnel.holdersOn(post, day).stream().map(Person::fullName)
          .collect(Collectors.joining(", "));
      out.println("   " + title.vi() + " / " + title.en().orElse(title.vi()) + ": "
          + (holders.isEmpty() ? "không rõ / unknown" : holders));
    }
  }

  /** "ngày 30/9/2019 / on 2019-09-30". */
  private static String on(LocalDate day) {
    return "ngày " + VietnameseText.date(day) + " / on " + day;
  }

  /** "khóa XII / 12th term", the term containing a day. */
  private static String term(LocalDate day) {
    LocalizedName term = termOn(day);
    return term.vi() + " / " + term.en().orElse("");
  }

  private static LocalizedName termOn(LocalDate day) {
    return NationalCongresses.termOn(day).map(Term::label).orElse(LocalizedName.of("khóa không rõ", "unknown term"));
  }

  private static String outcome(Lookup.Outcome outcome) {
    switch (outcome) {
      case FOUND:
        return "một văn bản / one document";
      case AMBIGUOUS:
        return "chưa xác định được / ambiguous";
      case NOT_YET_ISSUED:
        return "chưa ban hành / not yet issued";
      default:
        return "không tìm thấy / not found";
    }
  }

  private static String status(ForceStatus status) {
    switch (status) {
      case IN_FORCE:
        return "còn hiệu lực / in force";
      case NOT_IN_FORCE:
        return "hết hiệu lực / not in force";
      default:
        return "không rõ hiệu lực / not known to be in force";
    }
  }
}
