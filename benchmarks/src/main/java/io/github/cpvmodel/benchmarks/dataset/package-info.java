/**
 * The check of a whole dataset at three sizes, each ten times the one before, to see that its cost grows linearly.
 */
package io.github.cpvmodel.benchmarks.dataset;
