package io.github.cpvmodel.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.Rule;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Property;
import io.github.cpvmodel.testkit.property.Rules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the test of every package's {@code XMutations} checks: each mutation is rejected by its rule alone, and each
 * rule the package declares has exactly one mutation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MutationsContract {
  private final int triesPerMutation;
  private final Class<?>[] ruleHolders;

  /**
   * Sets what the checks cover.
   *
   * @param triesPerMutation how many attempts of each mutation are run
   * @param ruleHolders the classes that declare the rules the mutations must cover
   */
  protected MutationsContract(int triesPerMutation, Class<?>... ruleHolders) {
    this.triesPerMutation = triesPerMutation;
    this.ruleHolders = ruleHolders.clone();
  }

  /** {@return the package's mutations, its {@code XMutations.all()}} */
  protected abstract List<Mutation> mutations();

  /** {@return rules declared elsewhere that one of these mutations breaks as well} */
  protected List<Rule> rulesDeclaredElsewhere() {
    return List.of();
  }

  /**
   * Runs the attempts of {@code mutation} and checks that each is rejected for the mutation's rule alone.
   *
   * @param mutation one of {@link #mutations()}
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  public void everyMutationIsRejectedByItsRuleAlone(Mutation mutation) {
    Property.forAll(mutation.attempts()).withTries(triesPerMutation).checkAssert(mutation::assertRejects);
  }

  /** Checks that each rule of the rule holders has one mutation, and no other rule has one. */
  @Test
  public void everyRuleHasExactlyOneMutation() {
    Rules.assertCovered(mutations(), ruleHolders);
    List<Rule> rules = new ArrayList<>(Rules.declaredIn(ruleHolders));
    rules.addAll(rulesDeclaredElsewhere());
    assertThat(mutations()).extracting(Mutation::rule).containsExactlyInAnyOrderElementsOf(rules);
  }
}
