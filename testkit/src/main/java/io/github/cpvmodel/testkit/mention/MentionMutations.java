package io.github.cpvmodel.testkit.mention;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.mention.MentionKind;
import io.github.cpvmodel.mention.Resolution;
import io.github.cpvmodel.testkit.VocabularyMutations;
import io.github.cpvmodel.testkit.property.Mutation;

/**
 * One invalid {@link Mutation} per rule of the mention package: the codes of its enums.
 *
 * <pre>{@code
 * Property.rejects(MentionMutations.all());
 * }</pre>
 */
public final class MentionMutations {
  private MentionMutations() {}

  /** {@return one mutation per rule of the mention package} */
  public static ImmutableList<Mutation> all() {
    return ImmutableList.of(
        VocabularyMutations.unknownCodes(MentionKind.class, MentionKind.CODE, MentionKind::parse),
        VocabularyMutations.unknownCodes(Resolution.Outcome.class, Resolution.Outcome.CODE,
            Resolution.Outcome::parse));
  }
}
