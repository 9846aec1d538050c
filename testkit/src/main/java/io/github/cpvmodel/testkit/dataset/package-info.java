/**
 * Generators of whole {@link io.github.cpvmodel.dataset.Dataset datasets} on the built-in reference data whose
 * references all resolve ({@link io.github.cpvmodel.testkit.dataset.DatasetGenerators}), and one invalid mutation per
 * rule a dataset checks across its values ({@link io.github.cpvmodel.testkit.dataset.DatasetMutations}).
 */
package io.github.cpvmodel.testkit.dataset;
