import org.jspecify.annotations.NullMarked;

/**
 * The JSON wire format of cpv-model on Jackson 3 ({@code tools.jackson}): readers and writers without a mapper and a
 * {@code JacksonModule}, over the declarations of the format in {@code io.github.cpvmodel.json.format}, which it
 * exposes. Bytes and errors are those of the Jackson 2 module, {@code io.github.cpvmodel.json}.
 *
 * <p>No nulls in or out of any package: the module is {@link NullMarked}, and absence is {@link java.util.Optional}.
 */
@NullMarked
@SuppressWarnings("module") // "jackson3" ends with a digit, as Jackson's version does, on purpose
module io.github.cpvmodel.json.jackson3 {
  requires transitive io.github.cpvmodel.json.format;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires static transitive org.jspecify;

  exports io.github.cpvmodel.json.jackson3;

  provides tools.jackson.databind.JacksonModule with io.github.cpvmodel.json.jackson3.CpvModelJacksonModule;
}
