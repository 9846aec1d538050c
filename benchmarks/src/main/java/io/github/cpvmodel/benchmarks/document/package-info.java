/**
 * Document numbers read by the library against regular expressions that extract the same parts.
 */
package io.github.cpvmodel.benchmarks.document;
