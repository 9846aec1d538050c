package io.github.cpvmodel.json.format;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one exception for JSON input that cannot be read into valid values: malformed JSON, a wrong type, a missing or
 * unknown member, an unknown code, a newer schema version, a broken limit, and every rule of core (with the dataset's
 * cross-checks), each placed at the JSON Pointer, line and column of the offending value. It is a
 * {@link ValidationException}, so code that already handles invalid values handles invalid JSON the same way, and it
 * is unchecked, so it crosses streams and lambdas; {@link #problems()} lists every problem found, and the accessors
 * describe the first.
 */
public final class JsonDataException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /** The input must be well-formed JSON. */
  public static final Rule SYNTAX = Rule.of("json.syntax", "the input must be well-formed JSON (RFC 8259)");

  /** Each member holds the type of value the schema gives it. */
  public static final Rule TYPE = Rule.of("json.type",
      "each value must be of the JSON type the schema gives it (string, number, boolean, object or array; never "
          + "null: leave an absent member out)");

  /** Required members are present. */
  public static final Rule REQUIRED = Rule.of("json.required", "every required member must be present");

  /** Only declared members. */
  public static final Rule UNKNOWN_MEMBER = Rule.of("json.unknown-member",
      "an object may hold only the members the schema declares (a lenient reader skips others)");

  /** A name once per object. */
  public static final Rule DUPLICATE_MEMBER = Rule.of("json.duplicate-member",
      "a member name must appear at most once in an object");

  /** The version is one this reader knows. */
  public static final Rule SCHEMA_VERSION = Rule.of("json.schema-version",
      "a document must carry a schemaVersion this reader knows: 1");

  /** The input stays within limits. */
  public static final Rule LIMIT = Rule.of("json.limit",
      "the input must stay within the reader's limits on nesting depth, length of strings, numbers and names, "
          + "and document size, and whole numbers within -2^63..2^63-1 (-2^31..2^31-1 for the members the schema "
          + "bounds so)");

  /** Dates are ISO. */
  public static final Rule DATE = Rule.of("json.date", "a date is written yyyy-MM-dd (ISO 8601), e.g. '2019-09-30'");

  /** Date-times are ISO with their offset. */
  public static final Rule DATE_TIME = Rule.of("json.date-time",
      "a date-time is written yyyy-MM-ddTHH:mm:ss with its offset (ISO 8601, RFC 3339), e.g. "
          + "'2019-09-30T14:00:00+07:00'");

  /** An observed value has one form. */
  public static final Rule ONE_OF = Rule.of("json.one-of",
      "a value must have exactly one of the forms the schema lists, told apart by its member names");

  /** A value of a type with kinds names a known kind. */
  public static final Rule KIND = Rule.of("json.kind",
      "a value of a type with kinds names its kind in the member the schema gives (such as 'type'), with one of "
          + "the codes the schema lists");

  /** An array that holds a set names each element once. */
  public static final Rule REPEATED_ITEM = Rule.of("json.repeated-item",
      "an array that holds a set (its schema says uniqueItems) must list each element once");

  /** A built-in name names built-in data. */
  public static final Rule BUILTIN = Rule.of("json.builtin",
      "a string in place of a value must be the id of a built-in value of that kind");

  private final transient ImmutableList<Problem> problems;

  /**
   * An exception for the given problems.
   *
   * @param problems at least one problem
   */
  public JsonDataException(List<Problem> problems) {
    super(problems.stream().map(Problem::toViolation).collect(ImmutableList.toImmutableList()));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * An exception for one problem.
   *
   * @param problem the problem
   */
  public JsonDataException(Problem problem) {
    this(ImmutableList.of(problem));
  }

  /** {@return every problem found, in the order of the input} */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * The same problems, each placed at the line and column of the value its pointer names (or of the nearest value
   * that holds it, when the pointer names a member left out), as found by reading the same input a second time.
   * Problems of this format's own rules ({@code json.*}) are placed exactly while reading; those core reports
   * after building a value, such as a dataset's checks across values, are placed at the start of the member
   * that holds them until located this way.
   *
   * @param again a reader at the start of the same input
   * @return the exception with its problems located; this one when the input cannot be read again
   * @throws IOException if the input cannot be read
   */
  public JsonDataException locatedIn(TokenReader again) throws IOException {
    Set<String> wanted = new HashSet<>();
    for (Problem p : problems) {
      if (!p.rule().code().startsWith("json.")) {
        for (String pointer = p.pointer(); ; pointer = pointer.substring(0, pointer.lastIndexOf('/'))) {
          wanted.add(pointer);
          if (pointer.isEmpty()) {
            break;
          }
        }
      }
    }
    if (wanted.isEmpty()) {
      return this;
    }
    Map<String, Long> found = new HashMap<>();
    try {
      for (Token t = again.next(); t != Token.END; t = again.next()) {
        if (t != Token.NAME && t != Token.END_OBJECT && t != Token.END_ARRAY) {
          String pointer = again.pointer();
          if (wanted.contains(pointer)) {
            found.putIfAbsent(pointer, again.position());
          }
        }
      }
    } catch (JsonDataException e) {
      return this;
    }
    List<Problem> located = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      Long position = null;
      if (!p.rule().code().startsWith("json.")) {
        for (String pointer = p.pointer(); position == null; pointer = pointer.substring(0, pointer.lastIndexOf('/'))) {
          position = found.get(pointer);
          if (pointer.isEmpty()) {
            break;
          }
        }
      }
      located.add(position == null ? p : Problem.of(p.pointer(), position, p.rule(), p.message()));
    }
    return new JsonDataException(located);
  }

  /**
   * Malformed input a JSON parser found, in words that are the same whichever library and version found it: the
   * first clause of the parser's message, which says what it found (e.g. {@code Unexpected character ('}' (code
   * 125))}), without the hints that differ between libraries, then the rule in words.
   *
   * @param pointer the JSON Pointer of the value being read
   * @param position the line in the high 32 bits and the column in the low, as the parser reported them
   * @param parserMessage the parser's message, without its location
   * @return the exception, breaking {@link #SYNTAX}
   */
  public static JsonDataException malformed(String pointer, long position, String parserMessage) {
    String found = parserMessage.startsWith(END_OF_INPUT) ? END_OF_INPUT : firstClause(parserMessage);
    return new JsonDataException(Problem.of(pointer, position, SYNTAX, found + ": " + SYNTAX.description()));
  }

  /**
   * Input past a parser's limit, in words that are the same whichever library and version found it: what went past
   * which maximum (e.g. {@code Document nesting depth exceeds the maximum allowed (64)}), then the rule in words.
   *
   * @param pointer the JSON Pointer of the value being read
   * @param position the line in the high 32 bits and the column in the low, as the parser reported them
   * @param parserMessage the parser's message, such as {@code Number value length (201) exceeds the maximum allowed
   *     (200, from ...)}
   * @return the exception, breaking {@link #LIMIT}
   */
  public static JsonDataException overLimit(String pointer, long position, String parserMessage) {
    Matcher m = LIMIT_MESSAGE.matcher(parserMessage);
    String what = m.find() ? m.group(1) + " exceeds the maximum allowed (" + m.group(2) + ")"
        : firstClause(parserMessage);
    return new JsonDataException(Problem.of(pointer, position, LIMIT, what + ": " + LIMIT.description()));
  }

  /**
   * A member name a parser found twice in one object.
   *
   * @param pointer the JSON Pointer of the member
   * @param position the line in the high 32 bits and the column in the low, as the parser reported them
   * @param name the name
   * @return the exception, breaking {@link #DUPLICATE_MEMBER}
   */
  public static JsonDataException duplicate(String pointer, long position, String name) {
    return new JsonDataException(Problem.of(pointer, position, DUPLICATE_MEMBER,
        String.format("member '%s' appears twice: %s", name, DUPLICATE_MEMBER.description())));
  }

  private static final String END_OF_INPUT = "Unexpected end-of-input";

  private static final Pattern LIMIT_MESSAGE = Pattern.compile("^(.+?) \\(\\d+\\) exceeds the maximum allowed \\((\\d+)");

  /** The message up to its first clause's end: Jackson puts what it found first and its hint after a colon. */
  private static String firstClause(String message) {
    int colon = message.indexOf(": ");
    int line = message.indexOf('\n');
    int end = colon < 0 ? line : line < 0 ? colon : Math.min(colon, line);
    return end < 0 ? message : message.substring(0, end);
  }

  /** {@return the JSON Pointer of the first problem's value} */
  public String pointer() {
    return problems.get(0).pointer();
  }

  /** {@return the line of the first problem, from 1; 0 when unknown} */
  public int line() {
    return problems.get(0).line();
  }

  /**
   * {@return the column of the first problem, from 1; 0 when unknown} As Jackson counts it: in UTF-8 bytes when the
   * input was bytes (a file, a byte array, a stream), in chars when it was text (a {@code Reader}, a string), so a
   * Vietnamese letter before the value counts two or three when read from bytes.
   */
  public int column() {
    return problems.get(0).column();
  }

  /** {@return the rule the first problem breaks} */
  public Rule rule() {
    return problems.get(0).rule();
  }
}
