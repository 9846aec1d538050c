/**
 * Vietnamese text folded to its matching key against the fold a program without the library writes with the JDK's
 * {@code Normalizer}, which the look-up of provinces by name also uses as its baseline.
 */
package io.github.cpvmodel.benchmarks.text;
