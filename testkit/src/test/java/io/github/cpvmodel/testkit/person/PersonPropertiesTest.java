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
import io.github.cpvmodel.testkit.contract.MutationsContract;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of people, posts and tenures over generated values; a failure reports the seed that replays it. */
class PersonPropertiesTest extends MutationsContract {
  private static final int TRIES = 200;
  private static final Class<?>[] RULE_HOLDERS = {Person.class, PostRole.class, PostSector.class, TenureBasis.class,
      Post.class, Tenure.class, Personnel.class};

  PersonPropertiesTest() {
    super(50, RULE_HOLDERS);
  }

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

  @Override
  protected List<Mutation> mutations() {
    return PersonMutations.all();
  }

  /** Tenures are checked against Validity's order rule, which the vocabulary's own mutation also covers. */
  @Override
  protected List<Rule> rulesDeclaredElsewhere() {
    return List.of(Validity.ORDER);
  }
}
