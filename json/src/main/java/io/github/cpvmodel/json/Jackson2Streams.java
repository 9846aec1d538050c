package io.github.cpvmodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cpvmodel.json.format.TokenStreams;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;

/** Jackson 2's parsers and generators of one factory, as token readers and writers. */
final class Jackson2Streams implements TokenStreams {
  private final JsonFactory factory;

  Jackson2Streams(JsonFactory factory) {
    this.factory = factory;
  }

  @Override
  public Input open(byte[] json, int offset, int length) throws IOException {
    return new Jackson2Reader(factory.createParser(json, offset, length));
  }

  @Override
  public Input open(InputStream json) throws IOException {
    return new Jackson2Reader(factory.createParser(json));
  }

  @Override
  public Input open(Reader json) throws IOException {
    return new Jackson2Reader(factory.createParser(json));
  }

  @Override
  public Output create(OutputStream out, boolean pretty) throws IOException {
    return writer(factory.createGenerator(out), pretty);
  }

  @Override
  public Output create(Writer out, boolean pretty) throws IOException {
    return writer(factory.createGenerator(out), pretty);
  }

  private static Output writer(JsonGenerator g, boolean pretty) {
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setRootValueSeparator(null);
    if (pretty) {
      g.useDefaultPrettyPrinter();
    }
    return new Jackson2Writer(g);
  }
}
