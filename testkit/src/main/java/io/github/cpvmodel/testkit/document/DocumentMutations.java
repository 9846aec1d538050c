package io.github.cpvmodel.testkit.document;

import static io.github.cpvmodel.testkit.document.DocumentGenerators.centralDocuments;
import static io.github.cpvmodel.testkit.document.DocumentGenerators.dates;
import static io.github.cpvmodel.testkit.document.DocumentGenerators.documents;
import static io.github.cpvmodel.testkit.document.DocumentGenerators.occasions;
import static io.github.cpvmodel.testkit.document.DocumentGenerators.partyNumbers;
import static io.github.cpvmodel.testkit.document.DocumentGenerators.stateNumbers;
import static io.github.cpvmodel.testkit.document.DocumentGenerators.unnumberedDocuments;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.DocumentRelation;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.ForceStatus;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.document.NumberingSystem;
import io.github.cpvmodel.document.Occasion;
import io.github.cpvmodel.document.RelationKind;
import io.github.cpvmodel.document.Termination;
import io.github.cpvmodel.document.TerminationKind;
import io.github.cpvmodel.testkit.VocabularyMutations;
import io.github.cpvmodel.testkit.property.Attempt;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Show;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One invalid {@link Mutation} per rule of the document package, each applied to values of
 * {@link DocumentGenerators}.
 *
 * <pre>{@code
 * Property.rejects(DocumentMutations.all());
 * }</pre>
 */
public final class DocumentMutations {
  private DocumentMutations() {}

  /**
   * One mutation per validation rule of the document types: each attempt builds a value from valid parts with
   * exactly that rule broken.
   *
   * @return the mutations, one for each rule of {@link DocumentType}, {@link RelationKind},
   *     {@link TerminationKind}, {@link IssueDate}, {@link ForceStatus}, {@link Occasion}, {@link DocumentNumber},
   *     {@link DocumentKey}, {@link Document}, {@link Termination}, {@link DocumentRelation},
   *     {@link DocumentReference} and {@link DocumentRegistry}
   */
  public static ImmutableList<Mutation> all() {
    return ImmutableList.of(
        VocabularyMutations.unknownCodes(DocumentType.class, DocumentType.CODE, DocumentType::parse),
        VocabularyMutations.unknownCodes(RelationKind.class, RelationKind.CODE, RelationKind::parse),
        VocabularyMutations.unknownCodes(TerminationKind.class, TerminationKind.CODE, TerminationKind::parse),
        Mutation.of(DocumentNumber.SYNTAX, partyNumbers().map(n -> {
          String cut = n.toString().substring(0, n.toString().indexOf('/'));
          return Attempt.of("DocumentNumber.parse(" + Show.value(cut) + ")", () -> DocumentNumber.parse(cut));
        })),
        Mutation.of(DocumentNumber.SEQUENCE, partyNumbers().flatMap(n -> Gen.elements(0, -1, 1_000_000).map(s ->
            Attempt.of("DocumentNumber.of(" + s + ", " + n.typeCode().orElseThrow() + ", " + n.issuerCode() + ")",
                () -> DocumentNumber.of(s, n.typeCode().orElseThrow(), n.issuerCode()))))),
        Mutation.of(DocumentNumber.CODE, partyNumbers().flatMap(n -> Gen.elements("1", "Ü", "ſ", "ı", "١", "Č")
            .map(c -> Attempt.of("type code with " + Show.value(c) + ": " + n.typeCode().orElseThrow() + c,
                () -> DocumentNumber.of(n.sequence(), n.typeCode().orElseThrow() + c, n.issuerCode()))))),
        Mutation.of(DocumentNumber.PARTS, Gen.oneOf(
            partyNumbers().flatMap(n -> Gen.ints(1945, 2030).map(y -> Attempt.of(n + " with year " + y,
                () -> DocumentNumber.builder().from(n).year(Year.of(y)).build()))),
            stateNumbers().map(n -> Attempt.of(n + " without year and type", () -> DocumentNumber.builder().from(n)
                .year(Optional.empty()).typeCode(Optional.empty()).issuerCode("CP").build())),
            partyNumbers().map(n -> Attempt.of(n + " as a State number without a year", () -> DocumentNumber.builder()
                .from(n).system(NumberingSystem.STATE).build())))),
        Mutation.of(Termination.BY, documents().flatMap(d -> dates().map(on -> Attempt.of("expired on " + on
            + " by " + d.key(), () -> Termination.builder().kind(TerminationKind.EXPIRED)
                .on(on).by(d.key()).build())))),
        Mutation.of(Document.NUMBER, documents().flatMap(d -> stateNumbers().map(n -> Attempt.of(d.key()
            + " numbered " + n, () -> Document.builder().from(d).number(n).build())))),
        Mutation.of(Document.TYPE, documents().flatMap(d -> Gen.elements(Arrays.stream(DocumentType.values())
            .filter(t -> !d.number().orElseThrow().types().contains(t)).collect(ImmutableList.toImmutableList()))
            .map(t -> Attempt.of(d.key() + " as " + t, () -> Document.builder().from(d).type(t).build())))),
        Mutation.of(Document.ISSUER, centralDocuments().map(d -> Attempt.of(d.key() + " issued by a province",
            () -> Document.builder().from(d).issuingBody(Id.of("party/dong-nai/committee")).build()))),
        Mutation.of(Document.IN_FORCE, documents().flatMap(d -> Gen.ints(1, 365).map(days -> Attempt.of(d.key()
            + " in force " + days + " days before issue", () -> Document.builder().from(d)
                .commencement(d.issued().earliest().minusDays(days)).termination(Optional.empty())
                .confirmedInForceOn(Optional.empty()).build())))),
        Mutation.of(Document.TERMINATION, documents().map(d -> Attempt.of(d.key() + " superseded by itself",
            () -> Document.builder().from(d).termination(Termination.superseded(d.inForceFrom().latest().plusDays(1),
                d.key())).confirmedInForceOn(Optional.empty()).build()))),
        Mutation.of(Document.OCCASION, unnumberedDocuments().flatMap(d -> occasions().map(o -> Attempt.of(d.key()
            + " adopted at " + o + " but issued by the Politburo", () -> Document.builder().from(d)
                .issuingBody(Id.of("cc/politburo")).adoptedAt(o).build())))),
        Mutation.of(DocumentKey.IDENTITY, documents().map(d -> Attempt.of(d.key() + " with a title in its key",
            () -> DocumentKey.unnumbered(d.type(), d.issuingBody(), d.issued(), " ")))),
        Mutation.of(IssueDate.SYNTAX, dates().flatMap(day -> Gen.elements(day + "x", day.getYear() + "-13",
            "ngày " + day).map(t -> Attempt.of("IssueDate.parse(" + Show.value(t) + ")",
                () -> IssueDate.parse(t))))),
        Mutation.of(IssueDate.YEAR, dates().flatMap(day -> Gen.elements(-1, 10_000, -400_000, 999_999_999)
            .map(y -> Attempt.of(day + " in year " + y, () -> IssueDate.of(day.withYear(y)))))),
        Mutation.of(IssueDate.RANGE, dates().flatMap(day -> Gen.ints(1, 400).map(n -> Attempt.of("from " + day
            + " to " + n + " days before", () -> IssueDate.between(day, day.minusDays(n)))))),
        VocabularyMutations.unknownCodes(IssueDate.Precision.class, IssueDate.Precision.CODE,
            IssueDate.Precision::parse),
        VocabularyMutations.unknownCodes(ForceStatus.class, ForceStatus.CODE, ForceStatus::parse),
        Mutation.of(Occasion.NUMBER, Gen.elements(0, -1, 4000).map(n -> Attempt.of("congress " + n,
            () -> Occasion.congress(n)))),
        Mutation.of(Document.BLANK, documents().flatMap(d -> Gen.elements(" ", "\u00A0", "\t\n").map(s ->
            Attempt.of(d.key() + " with the subject " + Show.value(s),
                () -> Document.builder().from(d).subject(s).build())))),
        Mutation.of(Document.UNVERIFIED, documents().flatMap(d -> Gen.elements("date", "issuer", "body").map(f ->
            Attempt.of(d.key() + " with unverified " + Show.value(f), () -> Document.builder().from(d).addUnverified(f)
                .build())))),
        Mutation.of(DocumentRelation.SELF, documents().flatMap(d -> Gen.elements(RelationKind.values()).map(k ->
            Attempt.of(d.key() + " " + k + " itself", () -> DocumentRelation.of(d.key(), k, d.key()))))),
        Mutation.of(DocumentReference.TYPE, Gen.elements("Công điện 12", "Báo cáo tổng kết", "Thư 05").map(t ->
            Attempt.of("DocumentReference.parse(" + Show.value(t) + ")", () -> DocumentReference.parse(t)))),
        Mutation.of(DocumentReference.SYNTAX, Gen.elements(Arrays.stream(DocumentType.values())
            .filter(t -> !t.abbreviations().isEmpty()).collect(ImmutableList.toImmutableList())).map(t ->
            Attempt.of("DocumentReference.parse(" + Show.value(t.label().vi()) + ")",
                () -> DocumentReference.parse(t.label().vi())))),
        Mutation.of(DocumentReference.PARTS, documents().flatMap(d -> Gen.elements(0, 1_000_000).map(s ->
            Attempt.of(d.type() + " number " + s, () -> DocumentReference.of(d.type(), s))))),
        Mutation.of(DocumentRegistry.DUPLICATE, documents().map(d -> Attempt.of(d.key() + " twice",
            () -> DocumentRegistry.of(List.of(d, d), List.of())))),
        Mutation.of(DocumentRegistry.UNKNOWN, twoDocuments().map(p -> Attempt.of("a relation to " + p.get(1).key()
            + ", which is not in the registry", () -> DocumentRegistry.of(List.of(p.get(0)),
                List.of(DocumentRelation.of(p.get(0).key(), RelationKind.BASED_ON, p.get(1).key())))))),
        Mutation.of(DocumentRegistry.ORDER, twoDocuments().map(p -> Attempt.of(p.get(0).key() + " based on the "
            + "later " + p.get(1).key(), () -> DocumentRegistry.of(p, List.of(DocumentRelation.of(p.get(0).key(),
                RelationKind.BASED_ON, p.get(1).key())))))));
  }

  /** Two documents, the first issued strictly before the second. */
  private static Gen<ImmutableList<Document>> twoDocuments() {
    return documents().flatMap(first -> documents().map(second -> {
      Document later = Document.builder().from(second).issued(first.issued().latest().plusDays(1))
          .commencement(Optional.empty()).termination(Optional.empty()).confirmedInForceOn(Optional.empty()).build();
      return ImmutableList.of(first, later);
    }));
  }
}
