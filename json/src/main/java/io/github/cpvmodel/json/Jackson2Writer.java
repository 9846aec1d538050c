package io.github.cpvmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cpvmodel.json.format.Name;
import io.github.cpvmodel.json.format.PreparedText;
import io.github.cpvmodel.json.format.TokenStreams;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The token writer over a Jackson 2 generator. Closing it closes the generator, which the module's serializers,
 * writing to a mapper's generator, never do.
 */
final class Jackson2Writer implements TokenStreams.Output {
  private final JsonGenerator generator;

  Jackson2Writer(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void close() throws IOException {
    generator.close();
  }

  @Override
  public void lineBreak() throws IOException {
    generator.writeRaw('\n');
  }

  @Override
  public void startObject() throws IOException {
    generator.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    generator.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    generator.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    generator.writeEndArray();
  }

  @Override
  public void name(Name name) throws IOException {
    generator.writeFieldName(Jackson2Reader.prepared(name));
  }

  @Override
  public void name(String name) throws IOException {
    generator.writeFieldName(name);
  }

  @Override
  public void string(String text) throws IOException {
    generator.writeString(text);
  }

  @Override
  public void string(PreparedText text) throws IOException {
    generator.writeString(Jackson2Reader.prepared(text));
  }

  @Override
  public void number(long value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void number(BigDecimal value) throws IOException {
    // Plain notation whatever the generator's settings: the text is the canonical form.
    generator.writeNumber(value.toPlainString());
  }

  @Override
  public void bool(boolean value) throws IOException {
    generator.writeBoolean(value);
  }
}
