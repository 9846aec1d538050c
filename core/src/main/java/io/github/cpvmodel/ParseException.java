package io.github.cpvmodel;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when text cannot be read as a value: the one error of every {@code parse} method of the library, as
 * {@link java.time.format.DateTimeParseException} is of java.time's.
 *
 * <p>It carries the text as given ({@link #input()}) and the index at which reading it stopped making sense
 * ({@link #errorIndex()}), so that an editor can point at the place and a test can assert it without reading the
 * message. The index counts UTF-16 chars into the input as given, before any normalisation; text that reads well
 * but names a value that breaks a rule (a period whose end is before its start) fails at the index where the
 * offending part begins. Like every rejection it is a {@link ValidationException}, so its
 * {@linkplain #violations() violations} name the rule broken.
 *
 * <pre>{@code
 * try {
 *   RomanNumeral.parse("XIIII");
 * } catch (ParseException e) {
 *   e.input();       // "XIIII"
 *   e.errorIndex();  // 2: after "XI", fourteen is written with a "V"
 *   e.violations().get(0).rule(); // RomanNumeral.SYNTAX
 * }
 * }</pre>
 */
public final class ParseException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /** The text that could not be read, as given. */
  private final String input;

  /** Where in the input reading stopped making sense. */
  private final int errorIndex;

  private ParseException(ImmutableList<Violation> violations, String input, int errorIndex) {
    super(violations);
    this.input = input;
    this.errorIndex = errorIndex;
  }

  /**
   * The error of text that stops making sense as a value at an index. Its message is, in one phrasing for the
   * whole library: {@code '<input>' stops making sense as <what> at index <index>: <why>: <rule>}.
   *
   * @param rule the rule the text breaks
   * @param what what the text was read as, with its article: {@code "a document number"}, {@code "a period"}
   * @param input the text as given
   * @param errorIndex where reading stopped making sense, 0 to {@code input.length()}
   * @param why what was found there, quoting it: {@code "'T' is not a digit"}
   * @return the exception, to be thrown
   * @throws IllegalArgumentException if the index lies outside the input
   */
  public static ParseException of(Rule rule, String what, CharSequence input, int errorIndex, String why) {
    requireNonNull(rule, "rule");
    requireNonNull(what, "what");
    requireNonNull(why, "why");
    String text = checkIndex(input, errorIndex);
    String detail = String.format("'%s' stops making sense as %s at index %d: %s", text, what, errorIndex, why);
    return new ParseException(ImmutableList.of(rule.violation("", detail)), text, errorIndex);
  }

  /**
   * The error of text that reads well but names a value that breaks a rule: the violations of {@code cause}, found
   * while building the value, with the input and the index where the offending part begins.
   *
   * @param input the text as given
   * @param errorIndex where the part that breaks the rule begins, 0 to {@code input.length()}
   * @param cause the rejection of the value the text names
   * @return the exception, to be thrown, carrying every violation of {@code cause}
   * @throws IllegalArgumentException if the index lies outside the input
   */
  public static ParseException of(CharSequence input, int errorIndex, ValidationException cause) {
    requireNonNull(cause, "cause");
    String text = checkIndex(input, errorIndex);
    if (cause instanceof ParseException && ((ParseException) cause).input.equals(text)) {
      return (ParseException) cause;
    }
    ImmutableList<Violation> quoted = cause.violations().stream()
        .map(v -> Violation.of(v.path(), v.rule(), String.format("'%s' at index %d: %s", text, errorIndex,
            v.message())))
        .collect(ImmutableList.toImmutableList());
    ParseException error = new ParseException(quoted, text, errorIndex);
    error.initCause(cause);
    return error;
  }

  /**
   * The error of text longer than its kind allows, quoting only its beginning: the message of a megabyte of input
   * is not a megabyte long. {@link #input()} keeps the text whole.
   */
  static ParseException tooLong(Rule rule, String what, CharSequence input, int errorIndex, String why) {
    String text = checkIndex(input, errorIndex);
    String detail = String.format("'%s' stops making sense as %s at index %d: %s", TextKind.quote(text), what,
        errorIndex, why);
    return new ParseException(ImmutableList.of(rule.violation("", detail)), text, errorIndex);
  }

  private static String checkIndex(CharSequence input, int errorIndex) {
    String text = requireNonNull(input, "input").toString();
    if (errorIndex < 0 || errorIndex > text.length()) {
      throw new IllegalArgumentException(String.format(
          "Error index %d lies outside '%s': use 0 to %d", errorIndex, text, text.length()));
    }
    return text;
  }

  /** {@return the text that could not be read, as given} */
  public String input() {
    return input;
  }

  /** {@return where in {@link #input()} reading stopped making sense: 0 to {@code input().length()}} */
  public int errorIndex() {
    return errorIndex;
  }

  @Override
  public ParseException withPathPrefix(String prefix) {
    return new ParseException(violations().stream().map(v -> v.withPathPrefix(prefix))
        .collect(ImmutableList.toImmutableList()), input, errorIndex);
  }
}
