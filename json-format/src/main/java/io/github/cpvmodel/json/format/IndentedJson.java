package io.github.cpvmodel.json.format;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JSON text indented by two spaces, one member or element per line, {@code ": "} after a name and non-ASCII text as
 * it is: the layout of JavaScript's {@code JSON.stringify(value, null, 2)} and Python's
 * {@code json.dumps(value, indent=2, ensure_ascii=False)}, so that a file written this way diffs line by line and
 * other tools can write it alike. Free of any JSON library.
 */
final class IndentedJson implements TokenWriter {
  private final StringBuilder out = new StringBuilder();

  /** An object or array being written. */
  private static final class Container {
    final boolean object;
    int size;

    Container(boolean object) {
      this.object = object;
    }
  }

  private final Deque<Container> open = new ArrayDeque<>();

  private boolean afterName;

  @Override
  public void startObject() {
    value();
    out.append('{');
    open.push(new Container(true));
  }

  @Override
  public void endObject() {
    close('}');
  }

  @Override
  public void startArray() {
    value();
    out.append('[');
    open.push(new Container(false));
  }

  @Override
  public void endArray() {
    close(']');
  }

  @Override
  public void name(Name name) {
    name(name.text());
  }

  @Override
  public void name(String name) {
    Container top = open.peek();
    if (top == null || !top.object || afterName) {
      throw new IllegalStateException("A member name '" + name + "' outside an object");
    }
    if (top.size++ > 0) {
      out.append(',');
    }
    newLine();
    quote(name);
    out.append(": ");
    afterName = true;
  }

  @Override
  public void string(String text) {
    value();
    quote(text);
  }

  @Override
  public void string(PreparedText text) {
    string(text.text());
  }

  @Override
  public void number(long value) {
    value();
    out.append(value);
  }

  @Override
  public void number(BigDecimal value) {
    value();
    out.append(value.toPlainString());
  }

  @Override
  public void bool(boolean value) {
    value();
    out.append(value);
  }

  /** Starts a value: after its member name, as the next element of an array, or as the whole document. */
  private void value() {
    if (afterName) {
      afterName = false;
      return;
    }
    Container top = open.peek();
    if (top == null) {
      if (out.length() > 0) {
        throw new IllegalStateException("A second value after the document");
      }
      return;
    }
    if (top.object) {
      throw new IllegalStateException("A value without a member name in an object");
    }
    if (top.size++ > 0) {
      out.append(',');
    }
    newLine();
  }

  private void close(char bracket) {
    Container top = open.pop();
    if (afterName || top.object != (bracket == '}')) {
      throw new IllegalStateException("'" + bracket + "' does not close what is open");
    }
    if (top.size > 0) {
      newLine();
    }
    out.append(bracket);
  }

  private void newLine() {
    out.append('\n');
    for (int i = 0; i < open.size(); i++) {
      out.append("  ");
    }
  }

  private void quote(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  /** {@return the text written, ending with a line break} */
  String text() {
    if (!open.isEmpty() || out.length() == 0) {
      throw new IllegalStateException("The document is not complete");
    }
    return out + "\n";
  }
}
