package io.github.cpvmodel.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.cpvmodel.Rule;
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

/**
 * The token reader over a Jackson 2 parser; Jackson's own errors become {@link JsonDataException}s. Closing it closes
 * the parser, which the module's deserializers, reading a mapper's parser, never do.
 */
final class Jackson2Reader implements TokenStreams.Input {
  static final int SLOT = 0;

  /** The token of each of Jackson's, by its ordinal: looked up for every token read. */
  private static final Token[] TOKENS =
      Arrays.stream(JsonToken.values()).map(Jackson2Reader::map).toArray(Token[]::new);

  private final JsonParser parser;

  private Token current = Token.END;

  Jackson2Reader(JsonParser parser) {
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
    parser.close();
  }

  @Override
  public Token next() throws IOException {
    try {
      JsonToken t = parser.nextToken();
      current = t == null ? Token.END : TOKENS[t.ordinal()];
      return current;
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  @Override
  public boolean nextName(Name expected) throws IOException {
    try {
      if (parser.nextFieldName(prepared(expected))) {
        current = Token.NAME;
        return true;
      }
      JsonToken t = parser.currentToken();
      current = t == null ? Token.END : TOKENS[t.ordinal()];
      return false;
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  @Override
  public Token current() {
    return current;
  }

  @Override
  public String name() throws IOException {
    return parser.currentName();
  }

  @Override
  public String text() throws IOException {
    try {
      return parser.getText();
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  @Override
  public <V> V text(TextCache<V> cache) throws IOException {
    try {
      return cache.get(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  @Override
  public long longValue() throws IOException {
    try {
      return parser.getLongValue();
    } catch (InputCoercionException e) {
      throw fail(JsonDataException.LIMIT, "number " + parser.getText() + " is outside the range of whole numbers");
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  @Override
  public BigDecimal decimalValue() throws IOException {
    try {
      return parser.getDecimalValue();
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }


  @Override
  public String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
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

  private static long position(JsonLocation location) {
    return ((long) Math.max(0, location.getLineNr()) << 32) | Math.max(0, location.getColumnNr());
  }

  private JsonDataException fail(Rule rule, String message) {
    return new JsonDataException(Problem.of(pointer(), position(), rule, message + ": " + rule.description()));
  }

  /** Jackson's error in the words every module gives it, placed where Jackson found it. */
  private JsonDataException translate(JsonProcessingException e) throws IOException {
    String message = e.getOriginalMessage();
    long where = position(e.getLocation() == null ? parser.currentLocation() : e.getLocation());
    JsonDataException error = e instanceof StreamConstraintsException
        ? JsonDataException.overLimit(pointer(), where, message)
        : e instanceof JsonParseException && message.startsWith("Duplicate")
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
      case FIELD_NAME:
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
      case VALUE_NULL:
        return Token.NULL;
      default:
        // An embedded object from a token buffer is not JSON this format knows.
        return Token.NULL;
    }
  }
}
