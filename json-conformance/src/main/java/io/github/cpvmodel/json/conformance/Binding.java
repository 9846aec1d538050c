package io.github.cpvmodel.json.conformance;

import io.github.cpvmodel.json.format.Codec;
import io.github.cpvmodel.json.format.JsonDataException;

/** What a JSON module offers the checks: its plain entry point and its library's mapper with the module in it. */
public interface Binding {
  /** {@return the module's standard entry point, strict and compact} */
  Codec<?> plain();

  /**
   * Writes a value through a mapper of the module's library that has the module registered (and a naming strategy
   * of its own, which must change nothing).
   *
   * @param value the value
   * @return the bytes the mapper wrote
   */
  byte[] writeWithMapper(Object value);

  /**
   * Reads a value through the mapper.
   *
   * @param type the type
   * @param json the JSON
   * @return the value
   * @throws JsonDataException with the problems the mapper's exception reports, whatever its type
   */
  Object readWithMapper(Class<?> type, byte[] json);
}
