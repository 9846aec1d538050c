package io.github.cpvmodel.json.jackson3;

import io.github.cpvmodel.json.format.JsonDataException;
import io.github.cpvmodel.json.format.Name;
import io.github.cpvmodel.json.format.PreparedText;
import io.github.cpvmodel.json.format.Problem;
import io.github.cpvmodel.json.format.TextCache;
import io.github.cpvmodel.json.format.Token;
import io.github.cpvmodel.json.format.TokenStreams;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.SerializedString;

/**
 * The token reader over a Jackson 3 parser. Jackson's own errors become {@link JsonDataException}s in the words the
 * Jackson 2 module uses, and a failing input its {@link IOException}. Closing it closes the parser, which the
 * module's deserializers, reading a mapper's parser, never do.
 */
final class Jackson3Reader implements TokenStreams.Input {
  /** The slot of a {@link Name} that holds Jackson 3's prepared form; Jackson 2 has slot 0. */
  static final int SLOT = 1;

  /** The token of each of Jackson's, by its ordinal: looked up for every token read. */
  private static final Token[] TOKENS =
      Arrays.stream(JsonToken.values()).map(Jackson3Reader::map).toArray(Token[]::new);

  private final JsonParser parser;

  private Token current = Token.END;

  Jackson3Reader(JsonParser parser) {
    this.parser = parser;
    JsonToken t = parser.currentToken();
    if (t != null) {
      current = TOKENS[t.ordinal()];
    }
  }

  static SerializableString prepared(Name name) {
    return name.prepared(SLOT, SerializedString::new);
  }

  static SerializableString prepared(PreparedText text) {
    return text.prepared(SLOT, SerializedString::new);
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public Token next() throws IOException {
    try {
      JsonToken t = parser.nextToken();
      current = t == null ? Token.END : TOKENS[t.ordinal()];
      return current;
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public boolean nextName(Name expected) throws IOException {
    try {
      if (parser.nextName(prepared(expected))) {
        current = Token.NAME;
        return true;
      }
      JsonToken t = parser.currentToken();
      current = t == null ? Token.END : TOKENS[t.ordinal()];
      return false;
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public Token current() {
    return current;
  }

  @Override
  public String name() {
    return parser.currentName();
  }

  @Override
  public String text() throws IOException {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public <V> V text(TextCache<V> cache) throws IOException {
    try {
      return cache.get(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public long longValue() throws IOException {
    try {
      return parser.getLongValue();
    } catch (InputCoercionException e) {
      throw new JsonDataException(Problem.of(pointer(), position(), JsonDataException.LIMIT, "number "
          + parser.getString() + " is outside the range of whole numbers: " + JsonDataException.LIMIT.description()));
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public BigDecimal decimalValue() throws IOException {
    try {
      return parser.getDecimalValue();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }


  @Override
  public String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  @Override
  public long position() {
    if (current != Token.NAME && parser instanceof ParserBase) {
      // No allocation; ParserBase counts a value's column one past where currentTokenLocation() puts it, and keeps
      // a member name's position elsewhere.
      ParserBase base = (ParserBase) parser;
      return ((long) base.getTokenLineNr() << 32) | Math.max(0, base.getTokenColumnNr() - 1);
    }
    return position(parser.currentTokenLocation());
  }

  private static long position(TokenStreamLocation location) {
    return ((long) Math.max(0, location.getLineNr()) << 32) | Math.max(0, location.getColumnNr());
  }

  /**
   * Jackson's error in the words every module gives it, placed where Jackson found it; a failing input throws its
   * own {@link IOException}.
   */
  private JsonDataException translate(JacksonException e) throws IOException {
    if (e instanceof JacksonIOException) {
      throw ((JacksonIOException) e).getCause();
    }
    String message = e.getOriginalMessage();
    long where = position(e.getLocation() == null ? parser.currentLocation() : e.getLocation());
    JsonDataException error = e instanceof StreamConstraintsException
        ? JsonDataException.overLimit(pointer(), where, message)
        : message.startsWith("Duplicate")
            ? JsonDataException.duplicate(pointer(), where, parser.currentName())
            : JsonDataException.malformed(pointer(), where, message);
    error.initCause(e);
    return error;
  }

  private static Token map(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return Token.START_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.START_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case PROPERTY_NAME:
        return Token.NAME;
      case VALUE_STRING:
        return Token.STRING;
      case VALUE_NUMBER_INT:
        return Token.INTEGER;
      case VALUE_NUMBER_FLOAT:
        return Token.DECIMAL;
      case VALUE_TRUE:
        return Token.TRUE;
      case VALUE_FALSE:
        return Token.FALSE;
      default:
        // null, and an embedded object from a token buffer, which is not JSON this format knows.
        return Token.NULL;
    }
  }
}
