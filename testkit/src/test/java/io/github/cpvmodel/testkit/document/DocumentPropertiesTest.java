package io.github.cpvmodel.testkit.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.DocumentRelation;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.Lookup;
import io.github.cpvmodel.document.RelationKind;
import io.github.cpvmodel.document.Termination;
import io.github.cpvmodel.document.TerminationKind;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.contract.MutationsContract;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Property;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Properties of the document types over generated values; a failure reports the seed that replays it. */
class DocumentPropertiesTest extends MutationsContract {
  private static final int TRIES = 200;
  private static final int TRIES_PER_MUTATION = 100;
  private static final Class<?>[] RULE_HOLDERS = {DocumentType.class, RelationKind.class, TerminationKind.class,
      DocumentNumber.class, Document.class, Termination.class, DocumentRelation.class, DocumentReference.class,
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
      assertThat(d.number().types()).contains(d.type());
      assertThat(d.isInForceOn(d.inForceFrom())).isTrue();
      assertThat(d.isInForceOn(d.issued().minusDays(1))).isFalse();
      d.termination().map(Termination::on).ifPresent(on -> assertThat(d.isInForceOn(on)).isFalse());
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
        Lookup byNumberAndDate = registry.resolve(d.number(), d.issued());
        assertThat(byNumberAndDate.candidates()).contains(d);
        assertThat(registry.find(d.key())).contains(d);
        Lookup byReference = registry.resolve(DocumentReference.of(d.type(), d.number()), d.issued());
        assertThat(byReference.outcome()).isIn(Lookup.Outcome.FOUND, Lookup.Outcome.AMBIGUOUS);
        assertThat(byReference.candidates()).contains(d);
        assertThat(registry.resolve(DocumentReference.of(d.number()), d.issued().minusDays(1)).document())
            .isNotEqualTo(Optional.of(d));
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

  @Override
  protected List<Mutation> mutations() {
    return DocumentMutations.all();
  }
}
