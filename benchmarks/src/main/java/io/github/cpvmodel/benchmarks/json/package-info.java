/**
 * The JSON wire format read and written by the library on Jackson 2 and on Jackson 3, each beside what a program
 * would write instead with the same Jackson, on the same bytes: databind into and from plain records, and a bare
 * token scan, the floor of any reader; beside them, as references, a reader and a writer written by hand for the
 * one document. A dataset document of observations at 100,000 (and at three sizes, to see that reading grows
 * linearly), a million observations as NDJSON read in a 64 MB heap, and the national briefing of the examples.
 */
package io.github.cpvmodel.benchmarks.json;
