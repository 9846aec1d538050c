import org.jspecify.annotations.NullMarked;

/**
 * The JSON wire format of cpv-model on Jackson 2: readers and writers without a mapper, a Jackson {@code Module}, the
 * declarations of the format (free of Jackson) and its JSON Schema.
 *
 * <p>No nulls in or out of any package: the module is {@link NullMarked}, and absence is {@link java.util.Optional}.
 */
@NullMarked
module io.github.cpvmodel.json {
  requires transitive io.github.cpvmodel.core;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports io.github.cpvmodel.json;
  exports io.github.cpvmodel.json.format;

  provides com.fasterxml.jackson.databind.Module with io.github.cpvmodel.json.CpvModelModule;
}
