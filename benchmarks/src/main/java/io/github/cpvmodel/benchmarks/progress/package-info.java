/**
 * Progress reporting: the roll-up of a national feed against {@code Collectors.groupingBy} and a hand-written loop
 * over plain records, observations built from raw parts against a plain record with the same checks (in time and
 * in heap kept), and period labels read against a regular expression.
 */
package io.github.cpvmodel.benchmarks.progress;
