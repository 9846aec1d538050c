package io.github.cpvmodel.testkit.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.testkit.Attempt;
import io.github.cpvmodel.testkit.Gen;
import io.github.cpvmodel.testkit.Mutation;
import java.time.LocalDate;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of bodies over seeded random inputs; a failure names the seed and the input. */
class BodyPropertiesTest {
  private static final int TRIES = 200;

  private static RandomGenerator random(long seed) {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  @Test
  void bodiesSurviveACopyThroughTheirBuilder() {
    for (long s = 0; s < TRIES; s++) {
      long seed = s;
      Body body = BodyGenerators.bodies().generate(random(seed));
      assertThat(Body.builder().from(body).build()).as("seed %d", seed).isEqualTo(body);
      assertThat(body.parents()).allSatisfy(link -> assertThat(body.validity().encloses(link.validity())).isTrue());
    }
  }

  @Test
  void changesSurviveACopyThroughTheirBuilder() {
    for (long s = 0; s < TRIES; s++) {
      long seed = s;
      BodyChange change = BodyGenerators.changes().generate(random(seed));
      assertThat(BodyChange.builder().from(change).build()).as("seed %d", seed).isEqualTo(change);
      assertThat(change.kind().allows(change.predecessors().size(), change.successors().size())).isTrue();
    }
  }

  @Test
  void generatedHierarchiesAreValidAndChildrenAndParentsAgree() {
    for (long s = 0; s < TRIES; s++) {
      long seed = s;
      RandomGenerator random = random(seed);
      BodyHierarchy hierarchy = BodyGenerators.hierarchies().generate(random);
      assertThat(hierarchy.validate()).as("seed %d", seed).isEmpty();
      LocalDate day = Gen.dates(BodyGenerators.EARLIEST, BodyGenerators.LATEST)
          .generate(random);
      for (Body body : hierarchy.bodies()) {
        for (Body child : hierarchy.childrenOn(body.id(), day)) {
          assertThat(hierarchy.parentOn(child.id(), day)).as("seed %d", seed).contains(body);
          assertThat(child.existsOn(day)).isTrue();
        }
        hierarchy.parentOn(body.id(), day).ifPresent(parent ->
            assertThat(hierarchy.childrenOn(parent.id(), day)).as("seed %d", seed).contains(body));
      }
      assertThat(hierarchy.descendantsOn(hierarchy.bodies().get(0).id(), day))
          .as("seed %d", seed).hasSize(hierarchy.on(day).size() - (hierarchy.bodies().get(0).existsOn(day) ? 1 : 0));
    }
  }

  static Stream<Mutation> mutations() {
    return BodyGenerators.mutations().stream();
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
