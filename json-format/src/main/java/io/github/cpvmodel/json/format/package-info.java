/**
 * The wire format itself, free of any JSON library: one declaration per type ({@link
 * io.github.cpvmodel.json.format.Shape}) drives reading, writing and the JSON Schema, over a small token reader and
 * writer that each JSON library implements once. Reading is a streaming loop that takes members in their declared
 * order on a fast path and in any order otherwise, builds values through core's builders and factories (which
 * normalise text to NFC and validate), and places every rejection at the JSON Pointer of the offending value.
 * {@link io.github.cpvmodel.json.format.CpvSchema} assembles the declarations into one JSON Schema document.
 *
 * <p>What the plain entry points do is written here too, once for every JSON library: {@link
 * io.github.cpvmodel.json.format.Codec} (one value per input, the second reading that places core's problems) and
 * {@link io.github.cpvmodel.json.format.Ndjson} (one value per line), over the parsers and generators a library's
 * module opens as {@link io.github.cpvmodel.json.format.TokenStreams}, with the same {@link
 * io.github.cpvmodel.json.format.Limits} and the same words for a parser's errors, so that every module gives the same
 * bytes and the same problems.
 */
package io.github.cpvmodel.json.format;
