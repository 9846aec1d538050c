package io.github.cpvmodel.testkit.person;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.Rule;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Personnel;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.PostSector;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.testkit.Mutation;
import io.github.cpvmodel.testkit.Property;
import io.github.cpvmodel.testkit.Rules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of people, posts and tenures over generated values; a failure reports the seed that replays it. */
class PersonPropertiesTest {
  private static final int TRIES = 200;
  private static final int TRIES_PER_MUTATION = 50;
  private static final Class<?>[] RULE_HOLDERS = {Person.class, PostRole.class, PostSector.class, TenureBasis.class,
      Post.class, Tenure.class, Personnel.class};

  @Test
  void peopleSurviveACopyThroughTheirBuilder() {
    Property.forAll(PersonGenerators.people()).withTries(TRIES).checkAssert(person -> {
      assertThat(Person.builder().from(person).build()).isEqualTo(person);
      assertThat(person.fullName()).startsWith(person.familyName()).endsWith(person.givenName());
    });
  }

  @Test
  void generatedPersonnelIsValidAndItsQueriesAgree() {
    Property.forAll(PersonGenerators.staffed()).withTries(TRIES).checkAssert(staffed -> {
      Personnel personnel = staffed.personnel();
      assertThat(personnel.validate(staffed.bodies())).isEmpty();
      for (Tenure tenure : personnel.tenures()) {
        tenure.validity().start().ifPresent(day -> {
          Post post = personnel.findPost(tenure.post()).orElseThrow();
          Person person = personnel.findPerson(tenure.person()).orElseThrow();
          assertThat(personnel.postsHeldOn(person.id(), day)).contains(post);
          assertThat(personnel.holdersOn(post.id(), day)).contains(person);
        });
      }
    });
  }

  static List<Mutation> mutations() {
    return PersonGenerators.mutations();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void everyMutationIsRejectedByItsRuleAlone(Mutation mutation) {
    Property.forAll(mutation.attempts()).withTries(TRIES_PER_MUTATION).checkAssert(mutation::assertRejects);
  }

  @Test
  void everyRuleOfThePersonPackageHasAMutation() {
    Rules.assertCovered(PersonGenerators.mutations(), RULE_HOLDERS);
    // Tenures are checked against Validity's order rule, which the foundation's own mutation also covers.
    List<Rule> rules = new ArrayList<>(Rules.declaredIn(RULE_HOLDERS));
    rules.add(Validity.ORDER);
    assertThat(PersonGenerators.mutations()).extracting(Mutation::rule).containsExactlyInAnyOrderElementsOf(rules);
  }
}
