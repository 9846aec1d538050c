package io.github.cpvmodel.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.cpvmodel.json.format.CpvSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An independent validator (networknt json-schema-validator, on Jackson 3) over the schema as the declarations make
 * it now, with {@code format} asserted rather than only annotated.
 */
final class SchemaValidator {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, registry -> registry
          .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
          .schemas(Map.of(CpvSchema.ID, CpvSchema.generate())));

  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaValidator() {}

  /**
   * The errors the schema finds in a document.
   *
   * @param uri the schema or definition to check against, e.g. {@code CpvSchema.uriOf(Observation.class)}
   * @param json the document
   * @return the errors, empty if the document is valid
   */
  static List<Error> errors(String uri, String json) {
    return SCHEMAS.computeIfAbsent(uri, u -> REGISTRY.getSchema(SchemaLocation.of(u))).validate(json,
        InputFormat.JSON);
  }

  /**
   * The errors the definition of a type finds in a document.
   *
   * @param type a type with a wire format
   * @param json the document
   * @return the errors, empty if the document is valid
   */
  static List<Error> errors(Class<?> type, String json) {
    return errors(CpvSchema.uriOf(type), json);
  }

  /**
   * The errors the 2020-12 meta-schema finds in a schema document.
   *
   * @param schema the schema document
   * @return the errors, empty if it is a valid schema
   */
  static List<Error> metaSchemaErrors(String schema) {
    return errors(SpecificationVersion.DRAFT_2020_12.getDialectId(), schema);
  }
}
