package io.github.cpvmodel.testkit.document;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.DocumentRelation;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.document.IssuerCode;
import io.github.cpvmodel.document.NumberingSystem;
import io.github.cpvmodel.document.Occasion;
import io.github.cpvmodel.document.RelationKind;
import io.github.cpvmodel.document.Termination;
import io.github.cpvmodel.testkit.property.Gen;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of Party documents and everything around them, valid by construction; their mutations are in
 * {@link DocumentMutations}.
 *
 * <pre>{@code
 * SplittableRandom random = new SplittableRandom(42);
 * DocumentNumber number = DocumentGenerators.partyNumbers().generate(random);      // e.g. 08-QĐi/TW
 * String messy = DocumentGenerators.writtenForms(number).generate(random);         // e.g. "8 - qdi/tư"
 * DocumentNumber.parse(messy).equals(number);                                      // true
 * }</pre>
 */
public final class DocumentGenerators {
  private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2030, 12, 31);
  private static final ImmutableList<DocumentType> ABBREVIATED = Arrays.stream(DocumentType.values())
      .filter(t -> !t.abbreviations().isEmpty()).collect(ImmutableList.toImmutableList());
  private static final ImmutableList<IssuerCode> CENTRAL = Arrays.stream(IssuerCode.values())
      .filter(c -> !c.bodies().isEmpty()).collect(ImmutableList.toImmutableList());
  private static final ImmutableList<String> PROVINCES = ImmutableList.of("dong-nai", "ha-noi", "an-giang", "hue");
  private static final ImmutableList<String> TITLES = ImmutableList.of(
      "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
      "về việc kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy quyền",
      "về trách nhiệm nêu gương của cán bộ, đảng viên",
      "Một số vấn đề cấp bách về xây dựng Đảng hiện nay");
  private static final ImmutableList<String> SUBJECTS = ImmutableList.of("công tác cán bộ", "xây dựng Đảng",
      "đại hội đảng bộ các cấp");

  private DocumentGenerators() {}

  /** {@return a generator of days from 1990 to 2030} */
  public static Gen<LocalDate> dates() {
    return Gen.dates(EARLIEST, LATEST);
  }

  /**
   * Dates of issue known to the day (most often), the month, the year, or a range of up to two years.
   *
   * @return the generator, e.g. {@code 2019-05-30}, {@code 2012-01}, {@code 2012}, {@code 2016-01-27/2017-03-02}
   */
  public static Gen<IssueDate> issueDates() {
    return random -> {
      LocalDate day = dates().generate(random);
      switch (Gen.ints(0, 5).generate(random)) {
        case 0:
          return IssueDate.of(YearMonth.from(day));
        case 1:
          return IssueDate.of(Year.from(day));
        case 2:
          return IssueDate.between(day, day.plusDays(Gen.ints(1, 730).generate(random)));
        default:
          return IssueDate.of(day);
      }
    };
  }

  /** {@return a generator of congresses and Central Committee plenums: "Đại hội XIII", "Trung ương 4 khóa XII"} */
  public static Gen<Occasion> occasions() {
    return random -> Gen.booleans().generate(random) ? Occasion.congress(Gen.ints(1, 14).generate(random))
        : Occasion.plenum(Gen.ints(1, 20).generate(random), Gen.ints(1, 14).generate(random));
  }

  /**
   * Party numbers built from a type's abbreviation and a known issuer code, mostly small.
   *
   * @return the generator, e.g. {@code 08-QĐi/TW}, {@code 36-HD/VPTW}
   */
  public static Gen<DocumentNumber> partyNumbers() {
    return partyNumbers(Gen.elements(IssuerCode.values()));
  }

  private static Gen<DocumentNumber> partyNumbers(Gen<IssuerCode> issuers) {
    Gen<Integer> sequences = Gen.frequency(new Gen.Weighted<>(4, Gen.ints(1, 99)),
        new Gen.Weighted<>(1, Gen.ints(100, 999_999)));
    return random -> {
      DocumentType type = Gen.elements(ABBREVIATED).generate(random);
      String code = Gen.elements(type.abbreviations()).generate(random);
      return DocumentNumber.of(sequences.generate(random), code, issuers.generate(random).code());
    };
  }

  /**
   * State numbers with and without year and type.
   *
   * @return the generator, e.g. {@code 15/2020/NĐ-CP}, {@code 202/2025/QH15}, {@code 388/TTr-CP}
   */
  public static Gen<DocumentNumber> stateNumbers() {
    Gen<String> types = Gen.elements("NĐ", "QĐ", "NQ", "TT", "CT", "TTr");
    Gen<String> issuers = Gen.elements("CP", "TTg", "UBND", "QH15", "UBTVQH15", "BTC");
    Gen<String> typedIssuers = Gen.oneOf(issuers, Gen.constant("UBND-TCKT"));
    return random -> {
      Optional<Year> year = Gen.booleans().generate(random)
          ? Optional.of(Year.of(Gen.ints(1945, 2030).generate(random))) : Optional.empty();
      // Without a year the layout needs a type: "388/TTr-CP".
      Optional<String> type = year.isEmpty() || Gen.booleans().generate(random)
          ? Optional.of(types.generate(random)) : Optional.empty();
      return DocumentNumber.builder().system(NumberingSystem.STATE).sequence(Gen.ints(1, 9999).generate(random))
          .year(year).typeCode(type).issuerCode((type.isPresent() ? typedIssuers : issuers).generate(random))
          .build();
    };
  }

  /** {@return a generator of Party and State numbers, Party ones three times as often} */
  public static Gen<DocumentNumber> numbers() {
    return Gen.frequency(new Gen.Weighted<>(3, partyNumbers()), new Gen.Weighted<>(1, stateNumbers()));
  }

  /**
   * Ways real texts write a number, each of which {@link DocumentNumber#parse} reads back as that number: extra or
   * missing leading zeros, spaces around separators, any dash, and for Party numbers lower case, Ð (U+00D0) or a
   * plain D for Đ, "TƯ" (NFC or NFD) for "TW", and the State layout "205/QĐ-TW".
   *
   * @param number the number
   * @return the generator of texts
   */
  public static Gen<String> writtenForms(DocumentNumber number) {
    return random -> {
      String sequence = Gen.elements("", "", "", "Số ", "số: ").generate(random)
          + "0".repeat(Gen.ints(0, 2).generate(random)) + number.sequence();
      Gen<String> spaces = Gen.elements("", "", " ", "  ");
      String dash = Gen.elements("-", "-", "\u2013").generate(random);
      if (!number.isParty()) {
        return sequence + spaces.generate(random) + "/" + spaces.generate(random)
            + number.year().map(y -> y + "/").orElse("") + number.typeCode().map(t -> t + dash).orElse("")
            + number.issuerCode();
      }
      String type = messy(number.typeCode().orElseThrow(), random);
      String issuer = messy(number.issuerCode(), random);
      if (number.issuerCode().equals("TW") || number.issuerCode().endsWith("TW")) {
        issuer = Gen.elements(issuer, issuer, issuer.substring(0, issuer.length() - 1) + "Ư",
            issuer.substring(0, issuer.length() - 1) + "U\u031B").generate(random);
      }
      if (Gen.ints(0, 4).generate(random) == 0) {
        return sequence + spaces.generate(random) + "/" + spaces.generate(random) + type + dash + issuer;
      }
      return sequence + spaces.generate(random) + dash + spaces.generate(random) + type + spaces.generate(random)
          + "/" + spaces.generate(random) + issuer;
    };
  }

  private static String messy(String code, RandomGenerator random) {
    String cased = Gen.elements(code, code, code.toLowerCase(Locale.ROOT), code.toUpperCase(Locale.ROOT))
        .generate(random);
    String stroke = Gen.elements("Đ", "Đ", "\u00D0", "D").generate(random);
    return cased.replace("Đ", stroke).replace("đ", stroke.equals("Đ") ? "đ" : stroke.equals("D") ? "d" : "\u00F0");
  }

  /**
   * Valid Party documents: the type is one the number's code is used for, a central body numbers under the number's
   * issuer code (a provincial committee for local codes), the force starts on or after issue and ends, if at all,
   * later.
   *
   * @return the generator
   */
  public static Gen<Document> documents() {
    return random -> documentWith(partyNumbers().generate(random), random).build();
  }

  /** {@return a generator of valid documents whose issuer code names its bodies, so that the issuing body is
   * checked against it}
   */
  public static Gen<Document> centralDocuments() {
    return random -> documentWith(partyNumbers(Gen.elements(CENTRAL)).generate(random), random).build();
  }

  private static Document.Builder documentWith(DocumentNumber number, RandomGenerator random) {
    DocumentType type = Gen.elements(List.copyOf(number.types())).generate(random);
    List<Id> bodies = List.copyOf(number.issuer().orElseThrow().bodies());
    Id body = bodies.isEmpty()
        ? Id.of("province").child(Gen.elements(PROVINCES).generate(random)).child("committee")
        : Gen.elements(bodies).generate(random);
    IssueDate issued = issueDates().generate(random);
    int later = Gen.frequency(new Gen.Weighted<>(3, Gen.constant(0)), new Gen.Weighted<>(1, Gen.ints(1, 60)))
        .generate(random);
    LocalDate inForceFrom = issued.latest().plusDays(later);
    Document.Builder document = Document.builder().number(number).type(type).issuingBody(body).issued(issued)
        .title(LocalizedName.of(Gen.elements(TITLES).generate(random)));
    if (later > 0) {
      document.commencement(inForceFrom);
    }
    if (Gen.booleans().generate(random)) {
      document.subject(Gen.elements(SUBJECTS).generate(random));
    }
    if (Gen.ints(0, 3).generate(random) == 0) {
      LocalDate end = inForceFrom.plusDays(Gen.ints(1, 4000).generate(random));
      document.termination(Termination.expired(end));
      if (Gen.booleans().generate(random)) {
        document.confirmedInForceOn(end.minusDays(1));
      }
    }
    return document;
  }

  /**
   * Valid documents without a number, as the Charter, the Platform, congress resolutions and decisions reported
   * without their number are: type, issuing body, date of issue (often known in part) and title; a congress or
   * plenum for the Central Committee's.
   *
   * @return the generator
   */
  public static Gen<Document> unnumberedDocuments() {
    Gen<DocumentType> types = Gen.elements(DocumentType.CHARTER, DocumentType.POLITICAL_PLATFORM,
        DocumentType.RESOLUTION, DocumentType.DECISION, DocumentType.CONCLUSION);
    Gen<Id> bodies = Gen.elements(Id.of("cc"), Id.of("cc/politburo"), Id.of("cc/secretariat"));
    return random -> {
      Id body = bodies.generate(random);
      Document.Builder document = Document.builder().type(types.generate(random)).issuingBody(body)
          .issued(issueDates().generate(random)).title(LocalizedName.of(Gen.elements(TITLES).generate(random)));
      if (body.equals(Id.of("cc")) && Gen.booleans().generate(random)) {
        document.adoptedAt(occasions().generate(random));
      }
      return document.build();
    };
  }

  /**
   * References to a document, in each form a text may use: type and number proper, type and full number, full
   * number alone; type, issuing body and date for a document without a number, or the congress or plenum that
   * adopted it; each possibly with the issuing body and a date (the day, month or year it may have been issued).
   *
   * @param document the document, numbered or not, issued by a body a citation can name when it has no number
   * @return the generator of references that match it
   */
  public static Gen<DocumentReference> referencesTo(Document document) {
    List<DocumentReference> forms = new ArrayList<>();
    document.number().ifPresent(n -> {
      forms.add(DocumentReference.of(document.type(), n.sequence()));
      forms.add(DocumentReference.of(document.type(), n));
      forms.add(DocumentReference.of(n));
    });
    if (document.number().isEmpty()) {
      forms.add(DocumentReference.builder().type(document.type()).issuingBody(document.issuingBody())
          .issued(citable(document.issued())).build());
      document.adoptedAt().ifPresent(o -> forms.add(DocumentReference.of(document.type(), o)));
    }
    return random -> {
      DocumentReference reference = Gen.elements(forms).generate(random);
      if (reference.issued().isEmpty() && Gen.booleans().generate(random)) {
        reference = reference.withIssued(citable(document.issued()));
      }
      return reference;
    };
  }

  /**
   * References in every form a text cites documents by, to numbered documents and to documents without a number
   * (see {@link #referencesTo}).
   *
   * @return the generator, e.g. "Chỉ thị 35", "Quy định 205-QĐ/TW ngày 23/9/2019", "Nghị quyết Đại hội XIII"
   */
  public static Gen<DocumentReference> references() {
    return Gen.oneOf(documents(), unnumberedDocuments()).flatMap(DocumentGenerators::referencesTo);
  }

  /** A date a citation can give for a document issued on {@code issued}: the day, month or year it lies in. */
  private static IssueDate citable(IssueDate issued) {
    if (issued.precision() != IssueDate.Precision.RANGE) {
      return issued;
    }
    return YearMonth.from(issued.earliest()).equals(YearMonth.from(issued.latest()))
        ? IssueDate.of(YearMonth.from(issued.earliest()))
        : issued.earliest().getYear() == issued.latest().getYear() ? IssueDate.of(Year.from(issued.earliest()))
            : IssueDate.of(issued.earliest());
  }

  /** {@return a generator of valid registries: up to 8 documents with distinct keys, and relations from later to
   * earlier documents}
   */
  public static Gen<DocumentRegistry> registries() {
    return random -> {
      List<Document> documents = new ArrayList<>();
      Set<DocumentKey> keys = new HashSet<>();
      Gen<Document> anyDocument = Gen.frequency(new Gen.Weighted<>(3, documents()),
          new Gen.Weighted<>(1, unnumberedDocuments()));
      for (Document document : Gen.listOf(anyDocument, 0, 8).generate(random)) {
        if (keys.add(document.key())) {
          documents.add(document);
        }
      }
      List<DocumentRelation> relations = new ArrayList<>();
      for (int i = 0; i < documents.size(); i++) {
        for (int j = 0; j < documents.size(); j++) {
          Document later = documents.get(i);
          Document earlier = documents.get(j);
          if (i != j && !later.issued().isBefore(earlier.issued()) && Gen.ints(0, 3).generate(random) == 0) {
            relations.add(DocumentRelation.of(later.key(), Gen.elements(RelationKind.values()).generate(random),
                earlier.key()));
          }
        }
      }
      return DocumentRegistry.of(documents, relations);
    };
  }
}
