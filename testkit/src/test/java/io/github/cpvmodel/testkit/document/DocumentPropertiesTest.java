package io.github.cpvmodel.testkit.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.DocumentRelation;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.ForceStatus;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.document.Lookup;
import io.github.cpvmodel.document.Occasion;
import io.github.cpvmodel.document.RelationKind;
import io.github.cpvmodel.document.Termination;
import io.github.cpvmodel.document.TerminationKind;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.contract.MutationsContract;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Property;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Properties of the document types over generated values; a failure reports the seed that replays it. */
class DocumentPropertiesTest extends MutationsContract {
  private static final int TRIES = 200;
  private static final int TRIES_PER_MUTATION = 100;
  private static final Class<?>[] RULE_HOLDERS = {DocumentType.class, RelationKind.class, TerminationKind.class,
      IssueDate.class, IssueDate.Precision.class, ForceStatus.class, Occasion.class, DocumentNumber.class,
      DocumentKey.class, Document.class, Termination.class, DocumentRelation.class, DocumentReference.class,
      DocumentRegistry.class};


  DocumentPropertiesTest() {
    super(TRIES_PER_MUTATION, RULE_HOLDERS);
  }

  @Test
  void numbersSurviveTheirCanonicalText() {
    Property.forAll(DocumentGenerators.numbers()).withTries(TRIES).checkAssert(n -> {
      assertThat(DocumentNumber.parse(n.toString())).isEqualTo(n);
      assertThat(DocumentNumber.isValid(n.toString())).isTrue();
    });
  }

  @Test
  void everyWrittenFormReadsBackAsTheSameNumberAndIsKept() {
    Gen<DocumentNumber> numbers = DocumentGenerators.numbers();
    Property.forAll(numbers.flatMap(n -> DocumentGenerators.writtenForms(n).map(t -> Map.entry(n, t))))
        .withTries(TRIES).checkAssert(pair -> {
          DocumentNumber number = pair.getKey();
          String text = pair.getValue();
          DocumentNumber parsed = DocumentNumber.parse(text);
          assertThat(parsed).isEqualTo(number);
          assertThat(parsed.original()).contains(text.strip());
          assertThat(parsed).hasToString(number.toString());
        });
  }

  @Test
  void documentsAreValidCopiesOfThemselvesWithConsistentKeysAndForce() {
    Property.forAll(DocumentGenerators.documents()).withTries(TRIES).checkAssert(d -> {
      assertThat(Document.builder().from(d).build()).isEqualTo(d);
      assertThat(d.key().number()).isEqualTo(d.number());
      assertThat(d.number().orElseThrow().types()).contains(d.type());
      assertThat(d.statusOn(d.issued().earliest().minusDays(1))).isEqualTo(ForceStatus.NOT_IN_FORCE);
      d.termination().map(Termination::on).ifPresent(on -> {
        assertThat(d.statusOn(on)).isEqualTo(ForceStatus.NOT_IN_FORCE);
        assertThat(d.statusOn(on.minusDays(1))).isEqualTo(ForceStatus.IN_FORCE);
      });
      if (d.termination().isEmpty() && d.confirmedInForceOn().isEmpty()) {
        assertThat(d.statusOn(d.inForceFrom().latest())).isEqualTo(ForceStatus.UNKNOWN);
      }
    });
  }

  @Test
  void aCopyWithAnotherDateOfIssueKeepsNoValueDerivedFromTheOldOne() {
    Property.forAll(DocumentGenerators.documents().flatMap(d -> DocumentGenerators.issueDates()
        .map(i -> Map.entry(d, i)))).withTries(TRIES).checkAssert(pair -> {
          Document original = pair.getKey();
          Document moved = Document.builder().from(original).issued(pair.getValue()).commencement(Optional.empty())
              .termination(Optional.empty()).confirmedInForceOn(Optional.empty()).build();
          assertThat(moved.inForceFrom()).isEqualTo(pair.getValue());
          assertThat(moved.key().issued()).isEqualTo(pair.getValue());
        });
  }

  @Test
  void issueDatesSurviveTheirTextAndCompareConservatively() {
    Gen<IssueDate> dates = DocumentGenerators.issueDates();
    Property.forAll(dates.flatMap(a -> dates.map(b -> Map.entry(a, b)))).withTries(TRIES).checkAssert(pair -> {
      IssueDate a = pair.getKey();
      IssueDate b = pair.getValue();
      assertThat(IssueDate.parse(a.toString())).isEqualTo(a);
      // At most one of before, after and may-be-the-same holds, and exactly one does.
      int holds = (a.isBefore(b) ? 1 : 0) + (a.isAfter(b) ? 1 : 0) + (a.mayBe(b) ? 1 : 0);
      assertThat(holds).isEqualTo(1);
      assertThat(a.isBefore(b)).isEqualTo(b.isAfter(a));
      if (a.isBefore(b)) {
        assertThat(IssueDate.ORDER.compare(a, b)).isNegative();
      }
      assertThat(Integer.signum(IssueDate.ORDER.compare(a, b))).isEqualTo(-Integer.signum(IssueDate.ORDER.compare(b, a)));
      assertThat(IssueDate.ORDER.compare(a, b) == 0).isEqualTo(a.equals(b));
      assertThat(a.mayBe(a.earliest()) && a.mayBe(a.latest())).isTrue();
      assertThat(a.isBefore(a.latest().plusDays(1)) && !a.isBefore(a.latest())).isTrue();
    });
  }

  @Test
  void unnumberedDocumentsKeepTheirIdentityAndAreFoundByTheirCitations() {
    Property.forAll(DocumentGenerators.unnumberedDocuments().flatMap(d -> DocumentGenerators.referencesTo(d)
        .map(r -> Map.entry(d, r)))).withTries(TRIES).checkAssert(pair -> {
          Document document = pair.getKey();
          DocumentReference reference = pair.getValue();
          assertThat(document.key().number()).isEmpty();
          assertThat(document.key().title()).contains(document.title().vi());
          assertThat(Document.builder().from(document).build().key()).isEqualTo(document.key());
          assertThat(DocumentReference.parse(reference.toString())).isEqualTo(reference);
          assertThat(reference.matches(document)).isTrue();
          DocumentRegistry registry = DocumentRegistry.of(List.of(document), List.of());
          assertThat(registry.resolve(reference).document()).contains(document);
          assertThat(registry.resolve(reference, document.issued().latest()).document()).contains(document);
          assertThat(registry.resolve(reference, document.issued().earliest().minusDays(1)).outcome())
              .isEqualTo(Lookup.Outcome.NOT_YET_ISSUED);
        });
  }

  @Test
  void referencesSurviveTheirTextAndMatchTheirDocument() {
    Gen<Document> documents = DocumentGenerators.documents();
    Property.forAll(documents.flatMap(d -> DocumentGenerators.referencesTo(d).map(r -> Map.entry(d, r))))
        .withTries(TRIES).checkAssert(pair -> {
          Document document = pair.getKey();
          DocumentReference reference = pair.getValue();
          assertThat(DocumentReference.parse(reference.toString())).isEqualTo(reference);
          assertThat(reference.matches(document)).isTrue();
        });
  }

  @Test
  void registriesFindEveryDocumentAndAnswerRelationsBothWays() {
    Property.forAll(DocumentGenerators.registries()).withTries(TRIES).checkAssert(registry -> {
      for (Document d : registry.documents()) {
        assertThat(registry.find(d.key())).contains(d);
        LocalDate day = d.issued().latest();
        d.number().ifPresent(n -> {
          assertThat(registry.resolve(n, day).candidates()).contains(d);
          Lookup byReference = registry.resolve(DocumentReference.of(d.type(), n), day);
          assertThat(byReference.outcome()).isIn(Lookup.Outcome.FOUND, Lookup.Outcome.AMBIGUOUS);
          if (!byReference.candidates().contains(d)) {
            // A namesake may win only by the documented rule: it alone is in force that day and d is not.
            assertThat(byReference.isFound()).isTrue();
            assertThat(byReference.document().orElseThrow().isInForceOn(day)).isTrue();
            assertThat(d.isInForceOn(day)).isFalse();
          }
          assertThat(registry.resolve(DocumentReference.of(n), d.issued().earliest().minusDays(1)).document())
              .isNotEqualTo(Optional.of(d));
        });
      }
      for (DocumentRelation r : registry.relations()) {
        Document from = registry.byKey(r.document());
        Document to = registry.byKey(r.target());
        assertThat(registry.targetsOf(r.document(), r.kind())).contains(to);
        assertThat(registry.referrersOf(r.target(), r.kind())).contains(from);
      }
      assertThat(DocumentRegistry.validate(registry.documents(), registry.relations())).isEmpty();
    });
  }

  /** Two namesakes in two terms, the later replaced: cited in a term, the one issued in that term is meant. */
  @Test
  void resolutionAcrossTwoTermsFindsTheNamesakeOfTheTermEvenWhenItWasReplaced() {
    Property.forAll(DocumentGenerators.centralDocuments()).withTries(TRIES).checkAssert(d -> {
      LocalDate termStart = d.issued().latest().plusDays(1);
      Validity first = Validity.closed(d.issued().earliest().minusYears(1), termStart.minusDays(1));
      Validity second = Validity.startingOn(termStart);
      Document older = Document.builder().from(d).commencement(Optional.empty()).termination(Optional.empty())
          .confirmedInForceOn(Optional.empty()).build();
      Document namesake = Document.builder().from(older).issued(termStart.plusDays(30))
          .termination(Termination.expired(termStart.plusDays(60))).build();
      DocumentRegistry registry = DocumentRegistry.builder().addDocuments(older, namesake)
          .addTerms(first, second).build();
      DocumentReference cited = DocumentReference.of(d.number().orElseThrow());
      assertThat(registry.resolve(cited, termStart.plusDays(90)).document()).contains(namesake);
      assertThat(registry.resolve(cited, termStart.plusDays(10)).document()).contains(older);
    });
  }

  @Override
  protected List<Mutation> mutations() {
    return DocumentMutations.all();
  }
}
