import org.jspecify.annotations.NullMarked;

/**
 * The cpv-model domain: Party bodies, people and posts, documents, meetings and progress metrics, with their
 * validation, built-in reference data and Vietnamese text handling. No JSON library is visible from here.
 *
 * <p>No nulls in or out of any package: the module is {@link NullMarked}, and absence is {@link java.util.Optional}.
 */
@NullMarked
module io.github.cpvmodel.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static transitive org.immutables.value.annotations;
  requires static transitive com.google.errorprone.annotations;
  requires static transitive java.compiler;

  exports io.github.cpvmodel;
  exports io.github.cpvmodel.body;
  exports io.github.cpvmodel.dataset;
  exports io.github.cpvmodel.document;
  exports io.github.cpvmodel.meeting;
  exports io.github.cpvmodel.mention;
  exports io.github.cpvmodel.person;
  exports io.github.cpvmodel.progress;
  exports io.github.cpvmodel.reference;
  exports io.github.cpvmodel.text;
}
