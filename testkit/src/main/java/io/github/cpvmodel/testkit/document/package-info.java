/**
 * Generators of valid Party documents, numbers, references, relations and registries, and of the tolerant written
 * forms of numbers that real texts contain, and one invalid mutation per rule of the document package
 * ({@link io.github.cpvmodel.testkit.document.DocumentMutations}).
 */
package io.github.cpvmodel.testkit.document;
