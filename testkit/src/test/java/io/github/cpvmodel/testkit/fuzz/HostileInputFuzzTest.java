package io.github.cpvmodel.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.RomanNumeral;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.document.IssuerCode;
import io.github.cpvmodel.document.NumberingSystem;
import io.github.cpvmodel.meeting.ConferenceKind;
import io.github.cpvmodel.meeting.MeetingTime;
import io.github.cpvmodel.meeting.TermYears;
import io.github.cpvmodel.mention.Mention;
import io.github.cpvmodel.mention.MentionContext;
import io.github.cpvmodel.mention.MentionFinder;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.reference.Provinces;
import io.github.cpvmodel.text.VietnameseText;
import io.github.cpvmodel.testkit.VocabularyGenerators;
import io.github.cpvmodel.testkit.body.BodyGenerators;
import io.github.cpvmodel.testkit.document.DocumentGenerators;
import io.github.cpvmodel.testkit.meeting.MeetingGenerators;
import io.github.cpvmodel.testkit.mention.MentionGenerators;
import io.github.cpvmodel.testkit.person.PersonGenerators;
import io.github.cpvmodel.testkit.progress.ProgressGenerators;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.HostileText;
import io.github.cpvmodel.testkit.text.TextGenerators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fuzz tier: every entry point of core that reads text, and every builder given hostile text, answers with a
 * value whose text reads back or with a rejection carrying a rule, in time bounded by the input's length. 100,000
 * inputs in the normal run; {@code -Dcpvmodel.fuzz.inputs=1000000} for the long run whose figures the README
 * reports (written to {@code target/fuzz-report.txt}).
 */
class HostileInputFuzzTest {
  static final long INPUTS = 100_000;

  private static final LocalDate DAY = LocalDate.of(2019, 9, 30);

  /** Valid texts of every kind, so that any target also meets text written for another. */
  private static final Gen<String> ANY_TEXT = Gen.oneOf(TextGenerators.placeNames(), TextGenerators.personNames(),
      VocabularyGenerators.ids().map(Id::toString), VocabularyGenerators.validities().map(Validity::toString),
      MeetingGenerators.meetingTimes().map(MeetingTime::toString),
      ProgressGenerators.observedValues().map(ObservedValue::toString),
      DocumentGenerators.numbers().map(DocumentNumber::toString),
      DocumentGenerators.references().map(DocumentReference::toString));

  private static Gen<String> hostile(Gen<String> seeds) {
    return HostileText.from(Gen.frequency(new Gen.Weighted<>(4, seeds), new Gen.Weighted<>(1, ANY_TEXT)));
  }

  private static <T> Gen<String> texts(Gen<T> values) {
    return hostile(values.map(Object::toString));
  }

  static List<FuzzTarget<?>> targets() {
    Gen<String> names = hostile(Gen.oneOf(TextGenerators.placeNames(), TextGenerators.unitNames(),
        TextGenerators.personNames()));
    Gen<String> titles = hostile(TextGenerators.documentTitles());
    Gen<String> codes = hostile(Gen.oneOf(Gen.elements(IssuerCode.values()).map(IssuerCode::code),
        Gen.elements(Arrays.stream(DocumentType.values()).flatMap(t -> t.abbreviations().stream()).toList()),
        Gen.elements("CP", "TTg", "NĐ", "QH15", "UBND", "TƯ")));
    Body body = BodyGenerators.bodies().generate(new SplittableRandom(1));
    Person person = PersonGenerators.people().generate(new SplittableRandom(1));
    Document document = DocumentGenerators.documents().generate(new SplittableRandom(1));
    return List.of(
        // The root package.
        FuzzTarget.of("Id.of", texts(VocabularyGenerators.ids()), Id::of, id -> Id.of(id.toString())),
        FuzzTarget.of("Id.slug", names, Id::slug, id -> Id.of(id.toString())),
        FuzzTarget.of("Id.child", texts(VocabularyGenerators.ids()), s -> Id.of("cc").child(s),
            id -> Id.of(id.toString())),
        FuzzTarget.of("Validity.parse", texts(VocabularyGenerators.validities()), Validity::parse,
            v -> Validity.parse(v.toString())),
        FuzzTarget.of("RomanNumeral.parse", texts(TextGenerators.romanNumerals()), RomanNumeral::parse,
            r -> RomanNumeral.parse(r.toString())),
        FuzzTarget.of("LocalizedName.of", names, s -> LocalizedName.of(s, s),
            n -> LocalizedName.builder().from(n).build()),
        FuzzTarget.of("Source.builder", titles, s -> Source.builder().publication(s).title(s).author(s).build(),
            s -> Source.builder().from(s).build()),
        FuzzTarget.of("BodyKind.parse (coded enums)", texts(Gen.elements(BodyKind.values()).map(BodyKind::code)),
            BodyKind::parse, k -> BodyKind.parse(k.code())),
        FuzzTarget.of("PostRole.parse (coded enums)", texts(Gen.elements(PostRole.values()).map(PostRole::code)),
            PostRole::parse, k -> PostRole.parse(k.code())),
        // Text.
        FuzzTarget.answering("VietnameseText.foldKey", names, VietnameseText::foldKey),
        FuzzTarget.answering("VietnameseText.order", names, s -> VietnameseText.order().compare(s, "Đồng Nai")),
        FuzzTarget.answering("VietnameseText.findFlaw", names, VietnameseText::findFlaw),
        // Bodies and people.
        FuzzTarget.of("Body.withAbbreviation", names, body::withAbbreviation, b -> Body.builder().from(b).build()),
        FuzzTarget.of("Person.builder", names, s -> Person.builder().from(person).fullName(s).addOtherNames(s)
            .build(), p -> Person.builder().from(p).build()),
        // Progress.
        FuzzTarget.of("ObservedValue.parse", texts(ProgressGenerators.observedValues()), ObservedValue::parse,
            v -> ObservedValue.parse(v.toString())),
        FuzzTarget.of("ReportingPeriod.parse", texts(ProgressGenerators.reportingPeriods()), ReportingPeriod::parse,
            p -> ReportingPeriod.parse(p.toString())),
        FuzzTarget.of("ReportingPeriod.parseLabel",
            hostile(ProgressGenerators.reportingPeriods().map(p -> p.label().vi())), ReportingPeriod::parseLabel,
            p -> ReportingPeriod.parse(p.toString())),
        // Meetings.
        FuzzTarget.of("MeetingTime.parse", texts(MeetingGenerators.meetingTimes()), MeetingTime::parse,
            t -> MeetingTime.parse(t.toString())),
        FuzzTarget.of("TermYears.parse", texts(Gen.ints(1930, 2100).map(y -> TermYears.of(y, y + 5))), TermYears::parse,
            y -> TermYears.parse(y.toString())),
        FuzzTarget.of("ConferenceKind.parse (coded enums)",
            texts(Gen.elements(ConferenceKind.values()).map(ConferenceKind::code)), ConferenceKind::parse,
            k -> ConferenceKind.parse(k.code())),
        // Reference data.
        FuzzTarget.of("Provinces.byName", names, s -> Provinces.byName(s, DAY), p -> Provinces.find(p.id()).orElseThrow()),
        FuzzTarget.answering("Provinces.findByName", names, Provinces::findByName),
        FuzzTarget.of("Provinces.byCode", hostile(Gen.elements("75", "01", "79", "48", "46")),
            s -> Provinces.byCode(s, DAY), p -> Provinces.byCode(p.code(), DAY)),
        // Documents.
        FuzzTarget.of("DocumentNumber.parse", texts(DocumentGenerators.numbers()), DocumentNumber::parse,
            n -> DocumentNumber.parse(n.toString())),
        FuzzTarget.of("DocumentNumber.of (Party codes)", codes, s -> DocumentNumber.of(35, s, s),
            n -> DocumentNumber.parse(n.toString())),
        FuzzTarget.of("DocumentNumber.builder (State codes)", codes, s -> DocumentNumber.builder()
            .system(NumberingSystem.STATE).sequence(15).typeCode(s).issuerCode(s).build(),
            n -> DocumentNumber.parse(n.toString())),
        FuzzTarget.of("DocumentReference.parse", texts(DocumentGenerators.references()), DocumentReference::parse,
            r -> DocumentReference.parse(r.toString())),
        FuzzTarget.of("IssueDate.parse", texts(DocumentGenerators.issueDates()), IssueDate::parse,
            d -> IssueDate.parse(d.toString())),
        FuzzTarget.answering("DocumentType.findByName",
            hostile(Gen.elements(DocumentType.values()).map(t -> t.label().vi())), DocumentType::findByName),
        FuzzTarget.answering("IssuerCode.findByCode", codes, IssuerCode::findByCode),
        FuzzTarget.of("DocumentKey.unnumbered", titles, s -> DocumentKey.unnumbered(DocumentType.DECISION,
            Id.of("cc/politburo"), IssueDate.of(DAY), s),
            k -> DocumentKey.unnumbered(k.type(), k.issuingBody(), k.issued(), k.title().orElseThrow())),
        FuzzTarget.of("Document.withSubject", titles, document::withSubject,
            d -> Document.builder().from(d).build()),
        // Mentions.
        FuzzTarget.answering("MentionFinder.find", hostile(MentionGenerators.texts()),
            text -> inOrderInTheText(text, FINDER.find(text))));
  }

  /**
   * The mention finder, run over a few hundred thousand chars of generated text before any input is timed: its code
   * is large, and the time bound is there to catch time that grows faster than the input, not the compiler's warming
   * up, which the other targets' few small methods get from their first inputs.
   */
  private static final MentionFinder FINDER = warmedUp(MentionFinder.of(MentionContext.on(DAY)));

  private static MentionFinder warmedUp(MentionFinder finder) {
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder text = new StringBuilder();
    while (text.length() < 100_000) {
      text.append(MentionGenerators.texts().generate(random)).append(' ');
    }
    for (int i = 0; i < 3; i++) {
      finder.find(text);
    }
    return finder;
  }

  /** The mentions found, checked to lie in the text, in order and without overlap. */
  private static List<Mention> inOrderInTheText(String text, List<Mention> mentions) {
    int end = 0;
    for (Mention m : mentions) {
      if (m.start() < end || m.end() <= m.start() || !text.substring(m.start(), m.end()).equals(m.surface())) {
        throw new AssertionError("mention " + m + " overlaps the one before or is not the text at its span");
      }
      end = m.end();
    }
    return mentions;
  }

  @Test
  void everyEntryPointAnswersHostileTextWithAValueThatReadsBackOrARuleInBoundedTime() throws IOException {
    FuzzReport report = Fuzz.run(targets(), INPUTS);
    Path file = Path.of("target", "fuzz-report.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report.toString());
    assertThat(report.inputs()).isGreaterThanOrEqualTo(Math.min(INPUTS, Long.getLong(Fuzz.INPUTS_PROPERTY, INPUTS)));
    assertThat(report.accepted()).isPositive();
    assertThat(report.rejected()).isPositive();
  }
}
