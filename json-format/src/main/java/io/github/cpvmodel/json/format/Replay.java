package io.github.cpvmodel.json.format;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The members of an object read ahead while looking for the one that names its kind, given again from the first,
 * each with the pointer and position it was read at, and then the rest of the object from the reader itself. Only
 * the slow path of a {@link KindShape} uses it, when the kind is not the first member.
 */
final class Replay implements TokenReader {
  /** A token as it was read. */
  private record Read(Token token, @Nullable String text, String pointer, long position, @Nullable Object whole,
      @Nullable BigDecimal decimal) {}

  private final TokenReader live;
  private final List<Read> tokens;
  private int at;

  private Replay(TokenReader live, List<Read> tokens) {
    this.live = live;
    this.tokens = tokens;
  }

  /**
   * Reads the members of an object up to the value of the given member, the reader just past the object's start.
   *
   * @param r the reader, on the token after the object's start
   * @param member the member to find at the object's own level
   * @return the members read, the given one's value last, with the reader left on that value; {@code null} when
   *     the object ends without it, with the reader left on its end
   */
  static @Nullable Replay until(TokenReader r, Name member) throws IOException {
    List<Read> tokens = new ArrayList<>();
    int depth = 0;
    for (Token t = r.current(); ; t = r.next()) {
      if (depth == 0 && t == Token.END_OBJECT) {
        return null;
      }
      boolean found = depth == 0 && t == Token.NAME && r.name().equals(member.text());
      tokens.add(read(r));
      if (found) {
        r.next();
        tokens.add(read(r));
        return new Replay(r, tokens);
      }
      if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
        depth++;
      } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
        depth--;
      }
    }
  }

  private static Read read(TokenReader r) throws IOException {
    Token t = r.current();
    String text = t == Token.NAME ? r.name() : t == Token.STRING || t == Token.INTEGER || t == Token.DECIMAL
        ? r.text() : null;
    Object whole = null;
    BigDecimal decimal = null;
    if (t == Token.INTEGER) {
      try {
        whole = r.longValue();
      } catch (JsonDataException e) {
        whole = e;
      }
    }
    if (t == Token.INTEGER || t == Token.DECIMAL) {
      decimal = r.decimalValue();
    }
    return new Read(t, text, r.pointer(), r.position(), whole, decimal);
  }

  private @Nullable Read recorded() {
    return at < tokens.size() ? tokens.get(at) : null;
  }

  @Override
  public Token next() throws IOException {
    if (at < tokens.size()) {
      at++;
    }
    return at < tokens.size() ? tokens.get(at).token() : live.next();
  }

  @Override
  public boolean nextName(Name expected) throws IOException {
    return next() == Token.NAME && name().equals(expected.text());
  }

  @Override
  public Token current() {
    Read read = recorded();
    return read == null ? live.current() : read.token();
  }

  @Override
  public String name() throws IOException {
    Read read = recorded();
    return read == null ? live.name() : text(read);
  }

  @Override
  public String text() throws IOException {
    Read read = recorded();
    return read == null ? live.text() : text(read);
  }

  private static String text(Read read) {
    if (read.text() == null) {
      throw new IllegalStateException(read.token() + " has no text");
    }
    return read.text();
  }

  @Override
  public <V> V text(TextCache<V> cache) throws IOException {
    Read read = recorded();
    return read == null ? live.text(cache) : cache.get(text(read));
  }

  @Override
  public long longValue() throws IOException {
    Read read = recorded();
    if (read == null) {
      return live.longValue();
    }
    if (read.whole() instanceof JsonDataException) {
      throw (JsonDataException) read.whole();
    }
    if (!(read.whole() instanceof Long)) {
      throw new IllegalStateException(read.token() + " is not a whole number");
    }
    return (Long) read.whole();
  }

  @Override
  public BigDecimal decimalValue() throws IOException {
    Read read = recorded();
    if (read == null) {
      return live.decimalValue();
    }
    if (read.decimal() == null) {
      throw new IllegalStateException(read.token() + " is not a number");
    }
    return read.decimal();
  }


  @Override
  public String pointer() {
    Read read = recorded();
    return read == null ? live.pointer() : read.pointer();
  }

  @Override
  public long position() {
    Read read = recorded();
    return read == null ? live.position() : read.position();
  }
}
