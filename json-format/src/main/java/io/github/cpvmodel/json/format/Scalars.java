package io.github.cpvmodel.json.format;

import io.github.cpvmodel.ParseException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The shapes of plain JSON values: text, whole and decimal numbers, booleans, dates and the schema version. */
public final class Scalars {
  private Scalars() {}

  /** The version of the wire format this library reads and writes. */
  public static final long SCHEMA_VERSION = 1;

  /** Text, normalised to NFC by core's builders. */
  public static final Shape<String> TEXT = new Plain<>(String.class, "string", Token.STRING, Token.STRING,
      TokenReader::text, (value, w) -> w.string(value));

  private static final Plain<Long> WHOLE_NUMBER = new Plain<>(Long.class, "integer", Token.INTEGER, Token.INTEGER,
      TokenReader::longValue, (value, w) -> w.number(value));

  /** A whole number within the range of an {@code int}, such as an ordinal or a count of people. */
  public static final Shape<Integer> WHOLE_INT = new Plain<>(Integer.class, "integer", Token.INTEGER, Token.INTEGER,
      Scalars::wholeInt, (value, w) -> w.number(value), "minimum", Integer.MIN_VALUE, "maximum", Integer.MAX_VALUE);

  private static final Plain<BigDecimal> DECIMAL_NUMBER = new Plain<>(BigDecimal.class, "number", Token.INTEGER,
      Token.DECIMAL, TokenReader::decimalValue, (value, w) -> w.number(value));

  /** A whole number within the range of a {@code long}. */
  public static final Shape<Long> WHOLE = WHOLE_NUMBER;

  /** A decimal number, kept exact, written in plain notation. */
  public static final Shape<BigDecimal> DECIMAL = DECIMAL_NUMBER;

  /** {@code true} or {@code false}. */
  public static final Shape<Boolean> BOOLEAN = new Plain<>(Boolean.class, "boolean", Token.TRUE, Token.FALSE,
      r -> r.current() == Token.TRUE, (value, w) -> w.bool(value));

  /** A date, ISO 8601 ({@code yyyy-MM-dd}). */
  public static final TextShape<LocalDate> DATE = TextShape.of(LocalDate.class, Scalars::date, LocalDate::toString,
      true, "format", "date", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");

  /**
   * A date and time with its offset, ISO 8601 ({@code yyyy-MM-ddTHH:mm:ss+07:00}, a fraction of a second when there
   * is one); read with or without seconds and with {@code Z} for a zero offset.
   */
  public static final TextShape<OffsetDateTime> DATE_TIME = TextShape.of(OffsetDateTime.class, Scalars::dateTime,
      DateTimeFormatter.ISO_OFFSET_DATE_TIME::format, false,
      "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?"
          + "(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)$");

  /** The {@code schemaVersion} of a document: only {@link #SCHEMA_VERSION} is read. */
  public static final Shape<Long> VERSION = new Plain<>(Long.class, "integer", Token.INTEGER, Token.INTEGER,
      Scalars::version, (value, w) -> w.number(value)) {
    @Override
    void keywords(TokenWriter w, SchemaDefinitions defs) throws IOException {
      w.name("const");
      w.number(SCHEMA_VERSION);
    }
  };

  /**
   * A whole number from a least value up, read as {@link #WHOLE} is: core rejects a smaller one, and the schema says
   * so ({@code minimum}).
   */
  static Shape<Long> wholeFrom(long minimum) {
    return WHOLE_NUMBER.bounded("minimum", minimum);
  }

  /**
   * A whole number within a range, read as {@link #WHOLE} is: core rejects one outside, and the schema says so
   * ({@code minimum} and {@code maximum}).
   */
  static Shape<Long> wholeBetween(long minimum, long maximum) {
    return WHOLE_NUMBER.bounded("minimum", minimum, "maximum", maximum);
  }

  /**
   * A decimal number within a range, read as {@link #DECIMAL} is: core rejects one outside, and the schema says so
   * ({@code minimum} and {@code maximum}).
   */
  static Shape<BigDecimal> decimalBetween(long minimum, long maximum) {
    return DECIMAL_NUMBER.bounded("minimum", minimum, "maximum", maximum);
  }

  private static long version(TokenReader r) throws IOException {
    long version = r.longValue();
    if (version != SCHEMA_VERSION) {
      throw Reading.fail(r, JsonDataException.SCHEMA_VERSION, String.format(
          "schemaVersion %d is %s this reader's %d", version, version > SCHEMA_VERSION ? "newer than" : "not",
          SCHEMA_VERSION));
    }
    return version;
  }

  private static int wholeInt(TokenReader r) throws IOException {
    long value = r.longValue();
    if (value != (int) value) {
      throw Reading.fail(r, JsonDataException.LIMIT, String.format("number %d is outside the range of this member, "
          + "%d..%d", value, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
    return (int) value;
  }

  private static OffsetDateTime dateTime(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw ParseException.of(JsonDataException.DATE_TIME, "a date-time", text, e.getErrorIndex(),
          "it is not a date-time written yyyy-MM-ddTHH:mm:ss with its offset");
    }
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ParseException.of(JsonDataException.DATE, "a date", text, e.getErrorIndex(),
          "it is not a date written yyyy-MM-dd");
    }
  }

  /** Reads a plain value at the current token. */
  @FunctionalInterface
  private interface ValueReader<T> {
    T read(TokenReader r) throws IOException;
  }

  /** Writes a plain value. */
  @FunctionalInterface
  private interface ValueWriter<T> {
    void write(T value, TokenWriter w) throws IOException;
  }

  /** A plain JSON value: one or two kinds of token, read and written by a function each. */
  private static class Plain<T> extends Shape<T> {
    private final String jsonType;
    private final Token one;
    private final Token other;
    private final ValueReader<T> reader;
    private final ValueWriter<T> writer;
    private final Object[] keywords;

    Plain(Class<T> type, String jsonType, Token one, Token other, ValueReader<T> reader, ValueWriter<T> writer,
        Object... keywords) {
      super(type);
      this.jsonType = jsonType;
      this.one = one;
      this.other = other;
      this.reader = reader;
      this.writer = writer;
      this.keywords = keywords;
    }

    /** The same value, with other schema keywords (as keyword and number in turn), such as bounds. */
    Plain<T> bounded(Object... keywords) {
      return new Plain<>(type(), jsonType, one, other, reader, writer, keywords);
    }

    @Override
    public final T read(TokenReader r, Reading reading) throws IOException {
      if (r.current() != one && r.current() != other) {
        throw Reading.typeError(r, jsonType.equals("integer") ? "a whole number" : "a " + jsonType);
      }
      return reader.read(r);
    }

    @Override
    public final void write(T value, TokenWriter w) throws IOException {
      writer.write(value, w);
    }

    @Override
    void keywords(TokenWriter w, SchemaDefinitions defs) throws IOException {
      w.name("type");
      w.string(jsonType);
      if (jsonType.equals("string")) {
        w.name("minLength");
        w.number(1);
      }
      SchemaDefinitions.keywords(w, keywords);
    }
  }
}
