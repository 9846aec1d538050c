package io.github.cpvmodel.testkit.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Personnel;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.testkit.Attempt;
import io.github.cpvmodel.testkit.Mutation;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of people, posts and tenures over seeded random inputs; a failure names the seed. */
class PersonPropertiesTest {
  private static RandomGenerator random(long seed) {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  @Test
  void peopleSurviveACopyThroughTheirBuilder() {
    for (long s = 0; s < 200; s++) {
      long seed = s;
      Person person = PersonGenerators.people().generate(random(seed));
      assertThat(Person.builder().from(person).build()).as("seed %d", seed).isEqualTo(person);
      assertThat(person.fullName()).startsWith(person.familyName()).endsWith(person.givenName());
    }
  }

  @Test
  void generatedPersonnelIsValidAndItsQueriesAgree() {
    for (long s = 0; s < 200; s++) {
      long seed = s;
      PersonGenerators.Staffed staffed = PersonGenerators.staffed().generate(random(seed));
      Personnel personnel = staffed.personnel();
      assertThat(personnel.validate(staffed.bodies())).as("seed %d", seed).isEmpty();
      for (Tenure tenure : personnel.tenures()) {
        tenure.validity().start().ifPresent(day -> {
          Post post = personnel.post(tenure.post()).orElseThrow();
          Person person = personnel.person(tenure.person()).orElseThrow();
          assertThat(personnel.postsHeldOn(person.id(), day)).contains(post);
          assertThat(personnel.holdersOn(post.id(), day)).contains(person);
        });
      }
    }
  }

  static Stream<Mutation> mutations() {
    return PersonGenerators.mutations().stream();
  }

  @ParameterizedTest
  @MethodSource("mutations")
  void everyMutationIsRejectedByItsRule(Mutation mutation) {
    for (long s = 0; s < 50; s++) {
      long seed = s;
      Attempt attempt = mutation.attempts().generate(random(seed));
      assertThatThrownBy(attempt::run).as("seed %d: %s", seed, attempt).isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).violations())
              .extracting(v -> v.rule()).as("seed %d: %s", seed, attempt).containsOnly(mutation.rule()));
    }
  }
}
