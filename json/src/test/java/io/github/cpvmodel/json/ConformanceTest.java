package io.github.cpvmodel.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.github.cpvmodel.json.conformance.Binding;
import io.github.cpvmodel.json.conformance.ConformanceTests;
import io.github.cpvmodel.json.format.Codec;
import io.github.cpvmodel.json.format.JsonDataException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The fixtures and properties every JSON module keeps, on Jackson 2. */
class ConformanceTest extends ConformanceTests {
  private static final ObjectMapper SNAKE = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .registerModule(new CpvModelModule());

  private static final Binding JACKSON_2 = new Binding() {
    @Override
    public Codec<?> plain() {
      return CpvJson.standard();
    }

    @Override
    public byte[] writeWithMapper(Object value) {
      try {
        return SNAKE.writeValueAsBytes(value);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Object readWithMapper(Class<?> type, byte[] json) {
      try {
        return SNAKE.readValue(json, type);
      } catch (JsonMappingException e) {
        // Jackson 2 wraps our exception where it reads a value inside its own.
        if (e.getCause() instanceof JsonDataException) {
          throw (JsonDataException) e.getCause();
        }
        throw new UncheckedIOException(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  @Override
  protected Binding binding() {
    return JACKSON_2;
  }
}
