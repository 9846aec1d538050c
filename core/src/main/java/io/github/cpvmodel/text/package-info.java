/**
 * Vietnamese text: normalisation at every boundary, accent-folded keys for matching, Vietnamese alphabetical
 * order ({@link io.github.cpvmodel.text.VietnameseText}) and the Roman numerals in which congresses and terms are
 * numbered ({@link io.github.cpvmodel.RomanNumeral}).
 *
 * <p>Null policy: no nulls in or out (a {@code null} argument throws {@link java.lang.NullPointerException}).
 * Normalisation and ordering build on the JDK's {@link java.text.Normalizer} and vi-VN
 * {@link java.text.Collator}, which already handle Vietnamese correctly.
 */
package io.github.cpvmodel.text;
