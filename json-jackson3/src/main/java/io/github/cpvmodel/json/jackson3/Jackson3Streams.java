package io.github.cpvmodel.json.jackson3;

import io.github.cpvmodel.json.format.TokenStreams;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Jackson 3's parsers and generators of one factory, as token readers and writers. Jackson 3 takes a generator's
 * settings from the context it is made in: ours leaves the target open, puts nothing between root values and, when
 * asked, pretty prints as Jackson 2's default printer does.
 */
final class Jackson3Streams implements TokenStreams {
  private final JsonFactory factory;

  Jackson3Streams(JsonFactory factory) {
    this.factory = factory;
  }

  @Override
  public Input open(byte[] json, int offset, int length) throws IOException {
    try {
      return reader(factory.createParser(ObjectReadContext.empty(), json, offset, length));
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public Input open(InputStream json) throws IOException {
    try {
      return reader(factory.createParser(ObjectReadContext.empty(), json));
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public Input open(Reader json) throws IOException {
    try {
      return reader(factory.createParser(ObjectReadContext.empty(), json));
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  private static Input reader(JsonParser parser) {
    return new Jackson3Reader(parser);
  }

  @Override
  public Output create(OutputStream out, boolean pretty) throws IOException {
    try {
      return new Jackson3Writer(factory.createGenerator(new Settings(factory, pretty), out));
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public Output create(Writer out, boolean pretty) throws IOException {
    try {
      return new Jackson3Writer(factory.createGenerator(new Settings(factory, pretty), out));
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** The settings of a generator this class makes. */
  private static final class Settings extends ObjectWriteContext.Base {
    private final TokenStreamFactory factory;
    private final boolean pretty;

    Settings(TokenStreamFactory factory, boolean pretty) {
      this.factory = factory;
      this.pretty = pretty;
    }

    @Override
    public TokenStreamFactory tokenStreamFactory() {
      return factory;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return pretty;
    }

    @Override
    public @Nullable PrettyPrinter getPrettyPrinter() {
      return pretty ? new DefaultPrettyPrinter() : null;
    }

    @Override
    public @Nullable SerializableString getRootValueSeparator(@Nullable SerializableString defaultSeparator) {
      return null;
    }

    @Override
    public int getStreamWriteFeatures(int defaults) {
      return defaults & ~StreamWriteFeature.AUTO_CLOSE_TARGET.getMask();
    }
  }
}
