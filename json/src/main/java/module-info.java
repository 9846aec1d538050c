import org.jspecify.annotations.NullMarked;

/**
 * The JSON wire format of cpv-model on Jackson 2: readers and writers without a mapper and a Jackson {@code Module},
 * over the declarations of the format in {@code io.github.cpvmodel.json.format}, which it exposes.
 *
 * <p>No nulls in or out of any package: the module is {@link NullMarked}, and absence is {@link java.util.Optional}.
 */
@NullMarked
module io.github.cpvmodel.json {
  requires transitive io.github.cpvmodel.core;
  requires transitive io.github.cpvmodel.json.format;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports io.github.cpvmodel.json;

  provides com.fasterxml.jackson.databind.Module with io.github.cpvmodel.json.CpvModelModule;
}
