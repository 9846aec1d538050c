package io.github.cpvmodel.testkit.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Violation;
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
import io.github.cpvmodel.testkit.Attempt;
import io.github.cpvmodel.testkit.Gen;
import io.github.cpvmodel.testkit.Mutation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Properties of the document types over generated values, each draw reproducible from its seed. */
class DocumentPropertiesTest {
  private static final int TRIES = 200;
  private static final int TRIES_PER_MUTATION = 100;

  private static <T> void forAll(Gen<T> gen, Consumer<T> property) {
    forAll(TRIES, gen, property);
  }

  private static <T> void forAll(int tries, Gen<T> gen, Consumer<T> property) {
    for (long seed = 0; seed < tries; seed++) {
      T value = gen.generate(new SplittableRandom(seed));
      try {
        property.accept(value);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("property failed for seed " + seed + " on " + value + ": " + e.getMessage(), e);
      }
    }
  }

  @Test
  void numbersSurviveTheirCanonicalText() {
    forAll(DocumentGenerators.numbers(), n -> {
      assertThat(DocumentNumber.parse(n.toString())).isEqualTo(n);
      assertThat(DocumentNumber.isValid(n.toString())).isTrue();
    });
  }

  @Test
  void everyWrittenFormReadsBackAsTheSameNumberAndIsKept() {
    forAll(DocumentGenerators.numbers().flatMap(n -> DocumentGenerators.writtenForms(n).map(t -> List.of(n, t))),
        pair -> {
          DocumentNumber number = (DocumentNumber) pair.get(0);
          String text = (String) pair.get(1);
          DocumentNumber parsed = DocumentNumber.parse(text);
          assertThat(parsed).isEqualTo(number);
          assertThat(parsed.original()).contains(text.strip());
          assertThat(parsed).hasToString(number.toString());
        });
  }

  @Test
  void documentsAreValidCopiesOfThemselvesWithConsistentKeysAndForce() {
    forAll(DocumentGenerators.documents(), d -> {
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
    forAll(DocumentGenerators.documents().flatMap(d -> DocumentGenerators.referencesTo(d).map(r -> List.of(d, r))),
        pair -> {
          Document document = (Document) pair.get(0);
          DocumentReference reference = (DocumentReference) pair.get(1);
          assertThat(DocumentReference.parse(reference.toString())).isEqualTo(reference);
          assertThat(reference.matches(document)).isTrue();
        });
  }

  @Test
  void registriesFindEveryDocumentAndAnswerRelationsBothWays() {
    forAll(DocumentGenerators.registries(), registry -> {
      for (Document d : registry.documents()) {
        Lookup byNumberAndDate = registry.find(d.number(), d.issued());
        assertThat(byNumberAndDate.candidates()).contains(d);
        assertThat(registry.get(d.key())).contains(d);
        Lookup byReference = registry.resolve(DocumentReference.of(d.type(), d.number()), d.issued());
        assertThat(byReference.outcome()).isIn(Lookup.Outcome.FOUND, Lookup.Outcome.AMBIGUOUS);
        assertThat(byReference.candidates()).contains(d);
        assertThat(registry.resolve(DocumentReference.of(d.number()), d.issued().minusDays(1)).document())
            .isNotEqualTo(Optional.of(d));
      }
      for (DocumentRelation r : registry.relations()) {
        Document from = registry.get(r.document()).orElseThrow();
        Document to = registry.get(r.target()).orElseThrow();
        assertThat(registry.targetsOf(r.document(), r.kind())).contains(to);
        assertThat(registry.referrersOf(r.target(), r.kind())).contains(from);
      }
      assertThat(DocumentRegistry.violations(registry.documents(), registry.relations())).isEmpty();
    });
  }

  @Test
  void eachMutationIsRejectedByItsOwnRuleAlone() {
    for (Mutation mutation : DocumentGenerators.mutations()) {
      forAll(TRIES_PER_MUTATION, mutation.attempts(), attempt -> assertRejectedBy(mutation.rule(), attempt));
    }
  }

  private static void assertRejectedBy(Rule rule, Attempt attempt) {
    assertThatThrownBy(attempt::run)
        .as(attempt.description())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).containsOnly(rule));
  }

  @Test
  void everyValidationRuleHasAMutation() {
    List<Rule> rules = Stream.of(DocumentType.class, RelationKind.class, TerminationKind.class, DocumentNumber.class, Document.class, Termination.class, DocumentRelation.class,
            DocumentReference.class, DocumentRegistry.class)
        .flatMap(type -> Arrays.stream(type.getFields()))
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == Rule.class)
        .map(DocumentPropertiesTest::rule)
        .collect(Collectors.toList());
    assertThat(DocumentGenerators.mutations()).extracting(Mutation::rule).containsExactlyInAnyOrderElementsOf(rules);
  }

  private static Rule rule(Field field) {
    try {
      return (Rule) field.get(null);
    } catch (IllegalAccessException e) {
      return fail("cannot read " + field, e);
    }
  }
}
