/**
 * The wire format itself, free of any JSON library: one declaration per type ({@link
 * io.github.cpvmodel.json.format.Shape}) drives reading, writing and the JSON Schema, over a small token reader and
 * writer that each JSON library implements once. Reading is a streaming loop that takes members in their declared
 * order on a fast path and in any order otherwise, builds values through core's builders and factories (which
 * normalise text to NFC and validate), and places every rejection at the JSON Pointer of the offending value.
 */
package io.github.cpvmodel.json.format;
