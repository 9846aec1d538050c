package io.github.cpvmodel.testkit.property;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.cpvmodel.Rule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The validation {@link Rule rules} a library declares, found by reflection, so that a test can check that each
 * has a {@link Mutation}: a rule without one is a rule nobody has seen rejecting anything.
 *
 * <pre>{@code
 * Rules.assertCovered(VocabularyMutations.all(), Validity.class, Id.class, RomanNumeral.class);
 * }</pre>
 */
public final class Rules {
  private Rules() {}

  /**
   * The {@code public static final Rule} constants declared in the given classes, in the order of the classes and,
   * within a class, in the order the JVM reports the fields (declaration order in practice).
   *
   * @param types the classes, whose rule constants must be readable from this module (public, in an exported
   *     package)
   * @return the rules, without repetition
   * @throws IllegalArgumentException if a rule constant cannot be read
   */
  public static ImmutableList<Rule> declaredIn(Class<?>... types) {
    Set<Rule> rules = new LinkedHashSet<>();
    for (Class<?> type : types) {
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
            && field.getType() == Rule.class) {
          rules.add(read(field));
        }
      }
    }
    return ImmutableList.copyOf(rules);
  }

  private static Rule read(Field field) {
    try {
      return (Rule) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("rule constant " + field.getDeclaringClass().getName() + "."
          + field.getName() + " cannot be read: is its class public and its package exported?", e);
    }
  }

  /**
   * Checks that every rule declared in the given classes is the rule of some mutation.
   *
   * @param mutations the mutations, for instance a domain's {@code mutations()}
   * @param types the classes that declare the rules
   * @throws AssertionError listing, by code and description, the rules that no mutation breaks
   */
  public static void assertCovered(Collection<Mutation> mutations, Class<?>... types) {
    requireNonNull(mutations, "mutations");
    ImmutableSet<Rule> covered = mutations.stream().map(Mutation::rule).collect(ImmutableSet.toImmutableSet());
    ImmutableList<Rule> missing = declaredIn(types).stream().filter(rule -> !covered.contains(rule))
        .collect(ImmutableList.toImmutableList());
    if (!missing.isEmpty()) {
      throw new AssertionError(missing.size() + " rule(s) have no mutation: " + missing.stream()
          .map(rule -> rule.code() + " (" + rule.description() + ")").collect(Collectors.joining("; ")));
    }
  }
}
