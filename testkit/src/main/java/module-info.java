import org.jspecify.annotations.NullMarked;

/**
 * Generators of valid and deliberately invalid cpv-model values, driven only by a
 * {@link java.util.random.RandomGenerator}, and a small property engine with reproducible seeds and shrinking
 * ({@link io.github.cpvmodel.testkit.property}).
 *
 * <p>No nulls in or out of any package: the module is {@link NullMarked}, and generators never produce
 * {@code null}.
 */
@NullMarked
module io.github.cpvmodel.testkit {
  requires transitive io.github.cpvmodel.core;
  requires static org.jspecify;

  exports io.github.cpvmodel.testkit;
  exports io.github.cpvmodel.testkit.body;
  exports io.github.cpvmodel.testkit.dataset;
  exports io.github.cpvmodel.testkit.document;
  exports io.github.cpvmodel.testkit.fuzz;
  exports io.github.cpvmodel.testkit.meeting;
  exports io.github.cpvmodel.testkit.mention;
  exports io.github.cpvmodel.testkit.person;
  exports io.github.cpvmodel.testkit.progress;
  exports io.github.cpvmodel.testkit.property;
  exports io.github.cpvmodel.testkit.text;
}
