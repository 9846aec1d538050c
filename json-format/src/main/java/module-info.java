import org.jspecify.annotations.NullMarked;

/**
 * The JSON wire format of cpv-model, free of any JSON library: the declarations of the format, which drive reading,
 * writing and the JSON Schema over a token reader and writer that each JSON library's module implements once.
 * Depend on it alone to see the declarations; read and write through {@code io.github.cpvmodel.json} (Jackson 2).
 *
 * <p>No nulls in or out of any package: the module is {@link NullMarked}, and absence is {@link java.util.Optional}.
 */
@NullMarked
module io.github.cpvmodel.json.format {
  requires transitive io.github.cpvmodel.core;
  requires transitive com.google.common;
  requires static transitive org.jspecify;

  exports io.github.cpvmodel.json.format;
}
