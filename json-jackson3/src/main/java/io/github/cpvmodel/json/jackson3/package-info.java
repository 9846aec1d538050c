/**
 * The JSON wire format of cpv-model on Jackson 3: {@link io.github.cpvmodel.json.jackson3.CpvJsonJackson3} reads and
 * writes values without a mapper, and {@link io.github.cpvmodel.json.jackson3.CpvModelJacksonModule} plugs the same
 * readers and writers into any {@code JsonMapper}. What each type looks like on the wire is declared once, free of
 * Jackson, in {@link io.github.cpvmodel.json.format}; this package only opens Jackson 3's parsers and generators, so
 * that it gives the bytes and the problems the Jackson 2 module gives.
 */
package io.github.cpvmodel.json.jackson3;
