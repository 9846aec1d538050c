/**
 * The JSON wire format of cpv-model on Jackson 2: {@link io.github.cpvmodel.json.CpvJson} reads and writes values
 * without a mapper, and {@link io.github.cpvmodel.json.CpvModelModule} plugs the same readers and writers into any
 * {@code ObjectMapper}. What each type looks like on the wire is declared once, free of Jackson, in
 * {@link io.github.cpvmodel.json.format}.
 */
package io.github.cpvmodel.json;
