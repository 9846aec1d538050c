/**
 * A fuzzer of entry points that read text: each {@link io.github.cpvmodel.testkit.fuzz.FuzzTarget target} is fed
 * hostile inputs (see {@link io.github.cpvmodel.testkit.property.HostileText}) and must answer every one with a
 * value whose text reads back as an equal value, or with a {@link io.github.cpvmodel.ValidationException}, in time
 * bounded by the length of the input. {@link io.github.cpvmodel.testkit.fuzz.Fuzz#run} counts the outcomes, keeps
 * the slowest input, and fails on the first input that breaks the contract, with the seed and the input that
 * replay it.
 *
 * <p>Nothing here knows a domain type; the targets are written where the entry points they fuzz are tested.
 */
package io.github.cpvmodel.testkit.fuzz;
