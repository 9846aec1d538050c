package io.github.cpvmodel.json.jackson3;

import io.github.cpvmodel.json.conformance.Binding;
import io.github.cpvmodel.json.conformance.ConformanceTests;
import io.github.cpvmodel.json.format.Codec;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The fixtures and properties every JSON module keeps, on Jackson 3: the same bytes and problems as on Jackson 2. */
class ConformanceTest extends ConformanceTests {
  private static final JsonMapper SNAKE = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .addModule(new CpvModelJacksonModule())
      .build();

  private static final Binding JACKSON_3 = new Binding() {
    @Override
    public Codec<?> plain() {
      return CpvJsonJackson3.standard();
    }

    @Override
    public byte[] writeWithMapper(Object value) {
      return SNAKE.writeValueAsBytes(value);
    }

    @Override
    public Object readWithMapper(Class<?> type, byte[] json) {
      try {
        return SNAKE.readValue(json, type);
      } catch (CpvDatabindException e) {
        throw e.getCause();
      }
    }
  };

  @Override
  protected Binding binding() {
    return JACKSON_3;
  }
}
