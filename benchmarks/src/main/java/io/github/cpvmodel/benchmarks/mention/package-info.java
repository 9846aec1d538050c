/** Benchmarks of the mention finder over the real press texts of its hand-annotated corpus. */
package io.github.cpvmodel.benchmarks.mention;
