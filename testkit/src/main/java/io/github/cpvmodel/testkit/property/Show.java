package io.github.cpvmodel.testkit.property;

/**
 * How every message of the testkit quotes a value: text in double quotes with the characters one cannot see
 * written as Java unicode escapes (no-break and other unusual spaces, tabs, line breaks and other controls,
 * format characters, combining marks of decomposed text), since normalisation bugs hide there; a double quote
 * and a backslash inside the text are escaped with a backslash. Any other value is written by its
 * {@code toString()}.
 *
 * <pre>{@code
 * String shown = Show.value("Đồng\u00A0Nai"); // "Đồng\u00A0Nai", the no-break space escaped
 * }</pre>
 */
public final class Show {
  private Show() {}

  /**
   * A value as a message quotes it.
   *
   * @param value the value; text is quoted and escaped, anything else written as it is
   * @return the value as a message shows it
   */
  public static String value(Object value) {
    if (!(value instanceof CharSequence text)) {
      return String.valueOf(value);
    }
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean invisible = (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)))
          || Character.isISOControl(c) || type == Character.FORMAT || type == Character.NON_SPACING_MARK
          || type == Character.SURROGATE;
      if (invisible) {
        out.append(String.format("\\u%04X", (int) c));
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
