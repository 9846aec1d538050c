package io.github.cpvmodel.json.jackson3;

import io.github.cpvmodel.json.format.Name;
import io.github.cpvmodel.json.format.PreparedText;
import io.github.cpvmodel.json.format.TokenStreams;
import java.io.IOException;
import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The token writer over a Jackson 3 generator; a failing output throws its own {@link IOException}, as on Jackson 2.
 * Closing it closes the generator, which the module's serializers, writing to a mapper's generator, never do.
 */
final class Jackson3Writer implements TokenStreams.Output {
  private final JsonGenerator generator;

  Jackson3Writer(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void close() throws IOException {
    try {
      generator.close();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void lineBreak() throws IOException {
    try {
      generator.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void startObject() throws IOException {
    try {
      generator.writeStartObject();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void endObject() throws IOException {
    try {
      generator.writeEndObject();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void startArray() throws IOException {
    try {
      generator.writeStartArray();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void endArray() throws IOException {
    try {
      generator.writeEndArray();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void name(Name name) throws IOException {
    try {
      generator.writeName(Jackson3Reader.prepared(name));
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void name(String name) throws IOException {
    try {
      generator.writeName(name);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void string(String text) throws IOException {
    try {
      generator.writeString(text);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void string(PreparedText text) throws IOException {
    try {
      generator.writeString(Jackson3Reader.prepared(text));
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void number(long value) throws IOException {
    try {
      generator.writeNumber(value);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void number(BigDecimal value) throws IOException {
    // Plain notation whatever the generator's settings: the text is the canonical form.
    try {
      generator.writeNumber(value.toPlainString());
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void bool(boolean value) throws IOException {
    try {
      generator.writeBoolean(value);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }
}
