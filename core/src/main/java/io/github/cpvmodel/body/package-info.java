/**
 * Party bodies and their history: {@link io.github.cpvmodel.body.Body} (the Central Committee, the Politburo, an
 * advisory commission, a provincial Party organisation, its committee and standing board, a cell) with its
 * {@link io.github.cpvmodel.body.BodyKind kind}, time-bounded {@link io.github.cpvmodel.body.BodyLevel level} and
 * dated {@link io.github.cpvmodel.body.ParentLink parent links}; {@link io.github.cpvmodel.body.BodyHierarchy}, the
 * tree of bodies as it stood on any date; and {@link io.github.cpvmodel.body.BodyChange} events (established,
 * renamed, merged, split, dissolved, kind changed) gathered in a {@link io.github.cpvmodel.body.BodyHistory}.
 *
 * <h2>Ids of bodies</h2>
 * Ids read as paths from the broad to the narrow, in English words, and never change meaning:
 * <ul>
 *   <li>{@code cc} the Central Committee; {@code cc/politburo}, {@code cc/secretariat},
 *       {@code cc/inspection-commission}, {@code cc/office}, {@code cc/organisation-commission} and the other
 *       bodies of the centre under it;</li>
 *   <li>{@code party/dong-nai} the Party organisation of a province (the {@linkplain io.github.cpvmodel.Id#slug
 *       slug} of the province's name), {@code party/dong-nai/committee} its Party committee,
 *       {@code party/dong-nai/committee/standing-board} and {@code party/dong-nai/committee/organisation-commission}
 *       the bodies of that committee. When a later body takes a name already used by an earlier, different one
 *       (the Đồng Nai of 2025 merged Bình Phước into the old Đồng Nai), the later id ends with the year it began:
 *       {@code party/dong-nai-2025}.</li>
 * </ul>
 *
 * <h2>Time</h2>
 * A body's name and kind are fixed for its life. A renaming, a change of kind, a merger or a split ends the old
 * bodies and begins new ones on the same day, and a {@link io.github.cpvmodel.body.BodyChange} links them, as W3C
 * ORG's change events do. So a hierarchy read on 2019-09-30 shows <i>Ban Kinh tế Trung ương</i>, one read on
 * 2025-07-01 <i>Ban Chính sách, chiến lược Trung ương</i>, and the history answers both "what did it become" and
 * "where did it come from".
 */
package io.github.cpvmodel.body;
