/**
 * Generators of valid Party documents, numbers, references, relations and registries, the tolerant written forms
 * of numbers that real texts contain, and one invalid {@link io.github.cpvmodel.testkit.Mutation} per validation
 * rule of the document types ({@link io.github.cpvmodel.testkit.document.DocumentGenerators}).
 *
 * <p>Null policy: no nulls in or out; generators never produce {@code null}.
 */
package io.github.cpvmodel.testkit.document;
