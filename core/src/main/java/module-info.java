/**
 * The cpv-model domain: Party bodies, people and posts, documents, meetings and progress metrics, with their
 * validation, built-in reference data and Vietnamese text handling. No JSON library is visible from here.
 */
module io.github.cpvmodel.core {
  requires transitive com.google.common;
  requires static transitive org.immutables.value.annotations;
  requires static transitive com.google.errorprone.annotations;
  requires static transitive java.compiler;

  exports io.github.cpvmodel;
  exports io.github.cpvmodel.body;
  exports io.github.cpvmodel.document;
  exports io.github.cpvmodel.person;
  exports io.github.cpvmodel.progress;
  exports io.github.cpvmodel.reference;
  exports io.github.cpvmodel.text;
}
