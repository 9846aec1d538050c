/**
 * Generators of valid and deliberately invalid cpv-model values, driven only by a
 * {@link java.util.random.RandomGenerator}, and a small property runner with reproducible seeds and shrinking.
 */
module io.github.cpvmodel.testkit {
  requires transitive io.github.cpvmodel.core;

  exports io.github.cpvmodel.testkit;
  exports io.github.cpvmodel.testkit.body;
  exports io.github.cpvmodel.testkit.document;
  exports io.github.cpvmodel.testkit.meeting;
  exports io.github.cpvmodel.testkit.person;
  exports io.github.cpvmodel.testkit.progress;
  exports io.github.cpvmodel.testkit.text;
}
