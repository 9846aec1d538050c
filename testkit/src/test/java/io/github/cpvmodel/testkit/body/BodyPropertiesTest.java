package io.github.cpvmodel.testkit.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.body.BodyHistory;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.contract.MutationsContract;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of bodies over generated values; a failure reports the shrunk value and the seed that replays it. */
class BodyPropertiesTest extends MutationsContract {
  private static final int TRIES = 200;
  private static final Class<?>[] RULE_HOLDERS = {Body.class, BodyKind.class, BodyLevel.class, BodyChange.class,
      BodyChange.Kind.class, BodyHistory.class, BodyHierarchy.class};

  BodyPropertiesTest() {
    super(50, RULE_HOLDERS);
  }

  @Test
  void bodiesSurviveACopyThroughTheirBuilder() {
    Property.forAll(BodyGenerators.bodies()).withTries(TRIES).checkAssert(body -> {
      assertThat(Body.builder().from(body).build()).isEqualTo(body);
    });
  }

  @Test
  void changesSurviveACopyThroughTheirBuilder() {
    Property.forAll(BodyGenerators.changes()).withTries(TRIES).checkAssert(change -> {
      assertThat(BodyChange.builder().from(change).build()).isEqualTo(change);
    });
  }

  @Test
  void generatedHierarchiesAreValidAndChildrenAndParentsAgree() {
    Property.forAll(BodyGenerators.hierarchies(), Gen.dates(BodyGenerators.EARLIEST, BodyGenerators.LATEST))
        .withTries(TRIES).checkAssert((hierarchy, day) -> {
          assertThat(hierarchy.validate()).isEmpty();
          for (Body body : hierarchy.bodies()) {
            for (Body child : hierarchy.childrenOn(body.id(), day)) {
              assertThat(hierarchy.parentOn(child.id(), day)).contains(body);
              assertThat(child.existsOn(day)).isTrue();
            }
            hierarchy.parentOn(body.id(), day).ifPresent(parent ->
                assertThat(hierarchy.childrenOn(parent.id(), day)).contains(body));
          }
          Body root = hierarchy.bodies().get(0);
          assertThat(hierarchy.descendantsOn(root.id(), day))
              .hasSize(hierarchy.on(day).size() - (root.existsOn(day) ? 1 : 0));
        });
  }

  @Override
  protected List<Mutation> mutations() {
    return BodyMutations.all();
  }
}
