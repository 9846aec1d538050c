/**
 * Vietnamese text: normalisation at every boundary, accent-folded keys for matching, Vietnamese alphabetical
 * order and the way dates are written ({@link io.github.cpvmodel.text.VietnameseText}).
 *
 * <p>The bottom of the library: functions on strings and days that know nothing of the model, so that every other
 * package may use them. Normalisation and ordering build on the JDK's {@link java.text.Normalizer} and vi-VN
 * {@link java.text.Collator}, which already handle Vietnamese correctly.
 */
package io.github.cpvmodel.text;
