/**
 * Built-in reference data, immutable and loaded once: the provincial-level units of Vietnam in both eras (63 from
 * 2008-08-01 to 2025-06-30, 34 from 2025-07-01) with the merger map, the provincial Party organisations derived
 * from them, the central bodies of the Party, the National Congresses, and well-known Party documents.
 *
 * <p>The data lives in CSV files beside these classes (the provinces of each era, the National Congresses, the
 * central bodies and their changes), each row with the source it was taken from where one is recorded; facts the
 * sources do not confirm are marked as such rather than presented as certain. Look-ups are by code at a date (codes
 * are not identity across eras) and by accent-folded name.
 *
 * <p>{@link io.github.cpvmodel.reference.Provinces} holds the provincial-level units: a
 * {@link io.github.cpvmodel.reference.Province} is identified by its id, not its code, because codes are reused
 * across eras. {@link io.github.cpvmodel.reference.PartyBodies} holds the central bodies and, derived from the
 * units, each unit's Party organisation, committee, standing board and Organisation Commission, ready for a
 * {@link io.github.cpvmodel.body.BodyHierarchy}. How well a fact is established is an
 * {@link io.github.cpvmodel.reference.Attestation}. All data is loaded once, on first use, and is safe to share
 * between threads.
 */
package io.github.cpvmodel.reference;
