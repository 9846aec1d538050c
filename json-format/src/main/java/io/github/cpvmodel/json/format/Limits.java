package io.github.cpvmodel.json.format;

/**
 * The limits every module's standard parser factory sets, the same whichever JSON library reads: input past one of
 * them breaks {@link JsonDataException#LIMIT}. The deepest, longest value of the format is far within them.
 */
public final class Limits {
  private Limits() {}

  /** The nesting depth of objects and arrays. */
  public static final int MAX_DEPTH = 64;

  /** The length of a string, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The length of a number, in digits. */
  public static final int MAX_NUMBER_LENGTH = 200;

  /** The size of a document, in bytes or characters. */
  public static final long MAX_DOCUMENT_LENGTH = 512L * 1024 * 1024;
}
