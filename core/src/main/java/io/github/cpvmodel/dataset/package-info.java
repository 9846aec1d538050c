/**
 * Datasets: a consistent set of bodies, people, posts, tenures, documents, meetings, terms, indicators and
 * observations ({@link io.github.cpvmodel.dataset.Dataset}), checked as a whole for what no single value can tell —
 * references resolve, a chair held the post on the meeting's day, a bridge point's province existed then, no
 * document is cited before it was issued — with every violation reported at once, each with its path.
 *
 * <p>This is the one package that sees every domain package and the built-in reference data; no other package
 * depends on it.
 */
package io.github.cpvmodel.dataset;
