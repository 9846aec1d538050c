package io.github.cpvmodel.json.format;

import io.github.cpvmodel.ParseException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** The shapes of plain JSON values: text, whole and decimal numbers, booleans, dates and the schema version. */
public final class Scalars {
  private Scalars() {}

  /** The version of the wire format this library reads and writes. */
  public static final long SCHEMA_VERSION = 1;

  /** Text, normalised to NFC by core's builders. */
  public static final Shape<String> TEXT = new Plain<>(String.class, "string") {
    @Override
    public String read(TokenReader r, Reading reading) throws IOException {
      expect(r, Token.STRING, Token.STRING);
      return r.text();
    }

    @Override
    public void write(String value, TokenWriter w) throws IOException {
      w.string(value);
    }
  };

  /** A whole number within the range of a {@code long}. */
  public static final Shape<Long> WHOLE = new Plain<>(Long.class, "integer") {
    @Override
    public Long read(TokenReader r, Reading reading) throws IOException {
      expect(r, Token.INTEGER, Token.INTEGER);
      return r.longValue();
    }

    @Override
    public void write(Long value, TokenWriter w) throws IOException {
      w.number(value);
    }
  };

  /** A decimal number, kept exact, written in plain notation. */
  public static final Shape<BigDecimal> DECIMAL = new Plain<>(BigDecimal.class, "number") {
    @Override
    public BigDecimal read(TokenReader r, Reading reading) throws IOException {
      expect(r, Token.INTEGER, Token.DECIMAL);
      return r.decimalValue();
    }

    @Override
    public void write(BigDecimal value, TokenWriter w) throws IOException {
      w.number(value);
    }
  };

  /** {@code true} or {@code false}. */
  public static final Shape<Boolean> BOOLEAN = new Plain<>(Boolean.class, "boolean") {
    @Override
    public Boolean read(TokenReader r, Reading reading) throws IOException {
      expect(r, Token.TRUE, Token.FALSE);
      return r.current() == Token.TRUE;
    }

    @Override
    public void write(Boolean value, TokenWriter w) throws IOException {
      w.bool(value);
    }
  };

  /** A date, ISO 8601 ({@code yyyy-MM-dd}). */
  public static final TextShape<LocalDate> DATE = TextShape.of(LocalDate.class, Scalars::date, LocalDate::toString,
      true, "format", "date", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");

  /** The {@code schemaVersion} of a document: only {@link #SCHEMA_VERSION} is read. */
  public static final Shape<Long> VERSION = new Plain<>(Long.class, "integer") {
    @Override
    public Long read(TokenReader r, Reading reading) throws IOException {
      expect(r, Token.INTEGER, Token.INTEGER);
      long version = r.longValue();
      if (version != SCHEMA_VERSION) {
        throw Reading.fail(r, JsonDataException.SCHEMA_VERSION, String.format(
            "schemaVersion %d is %s this reader's %d", version, version > SCHEMA_VERSION ? "newer than" : "not",
            SCHEMA_VERSION));
      }
      return version;
    }

    @Override
    public void write(Long value, TokenWriter w) throws IOException {
      w.number(value);
    }

    @Override
    void schema(TokenWriter w, SchemaDefinitions defs, @Nullable String description) throws IOException {
      w.startObject();
      SchemaDefinitions.describe(w, description);
      w.name("const");
      w.number(SCHEMA_VERSION);
      w.endObject();
    }
  };

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ParseException.of(JsonDataException.DATE, "a date", text, e.getErrorIndex(),
          "it is not a date written yyyy-MM-dd");
    }
  }

  private abstract static class Plain<T> extends Shape<T> {
    private final String jsonType;

    Plain(Class<T> type, String jsonType) {
      super(type);
      this.jsonType = jsonType;
    }

    void expect(TokenReader r, Token one, Token other) {
      if (r.current() != one && r.current() != other) {
        throw Reading.typeError(r, jsonType.equals("integer") ? "a whole number" : "a " + jsonType);
      }
    }

    @Override
    void schema(TokenWriter w, SchemaDefinitions defs, @Nullable String description) throws IOException {
      w.startObject();
      SchemaDefinitions.describe(w, description);
      w.name("type");
      w.string(jsonType);
      if (jsonType.equals("string")) {
        w.name("minLength");
        w.number(1);
      }
      w.endObject();
    }
  }
}
