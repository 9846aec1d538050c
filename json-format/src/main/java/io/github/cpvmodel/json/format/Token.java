package io.github.cpvmodel.json.format;

/** The kinds of token a {@link TokenReader} reports, the same whichever JSON parser produces them. */
public enum Token {
  /** An opening brace. */
  START_OBJECT,
  /** A closing brace. */
  END_OBJECT,
  /** {@code [}. */
  START_ARRAY,
  /** {@code ]}. */
  END_ARRAY,
  /** The name of a member of an object. */
  NAME,
  /** A string value. */
  STRING,
  /** A number without fraction or exponent. */
  INTEGER,
  /** A number with a fraction or an exponent. */
  DECIMAL,
  /** {@code true}. */
  TRUE,
  /** {@code false}. */
  FALSE,
  /** {@code null}. */
  NULL,
  /** The end of the input. */
  END;

  /** {@return what the token is, in words, for error messages} */
  public String describe() {
    switch (this) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case INTEGER:
      case DECIMAL:
        return "a number";
      case TRUE:
      case FALSE:
        return "a boolean";
      case NULL:
        return "null";
      case END:
        return "the end of the input";
      case NAME:
        return "a member name";
      default:
        return "the end of " + (this == END_OBJECT ? "an object" : "an array");
    }
  }
}
