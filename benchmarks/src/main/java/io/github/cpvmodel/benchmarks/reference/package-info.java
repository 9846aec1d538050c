/**
 * Provincial-level units looked up by name on a day against a hash map of names folded beforehand.
 */
package io.github.cpvmodel.benchmarks.reference;
