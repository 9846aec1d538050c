package io.github.cpvmodel;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A closed set of domain values named by stable codes: a {@linkplain io.github.cpvmodel.body.BodyKind body kind}
 * is written {@code standing-board}, a {@linkplain io.github.cpvmodel.person.TenureBasis tenure basis}
 * {@code appointed}.
 *
 * <p>Codes are part of the wire contract, like the {@linkplain Rule#code() codes of rules}: lower-case ASCII words
 * joined by hyphens ({@code [a-z0-9]+(-[a-z0-9]+)*}), chosen for the domain and never derived from Java names, so
 * renaming a constant changes nothing on the wire; a code, once released, is never changed or reused. Within one
 * type the codes are unique.
 *
 * <p>Each constant declares its code with {@link Code @Code}, which {@link #code()} reads, so that no enum repeats
 * the field, constructor and accessor of a code. Every coded enum of the library has a {@code parse(CharSequence)}
 * built on {@link #parse(Class, CharSequence, Rule)}, so that all of them read codes alike: white space around the
 * code is ignored, the code must match exactly (no case folding, no guessing), and an unknown code is rejected with
 * a message that quotes it and lists the valid codes.
 *
 * <pre>{@code
 * BodyKind.parse("standing-board");   // STANDING_BOARD
 * BodyKind.parse(" standing-board\n"); // STANDING_BOARD
 * BodyKind.parse("Standing-Board");   // throws: 'Standing-Board' is not one of central-committee, politburo, …
 * Coded.find(TaskStatus.class, "done"); // Optional[DONE]
 * }</pre>
 */
public interface Coded {
  /**
   * The stable code of this value, used in text and on the wire: the {@link Code @Code} of its constant.
   *
   * @return the code: lower-case ASCII words joined by hyphens, e.g. {@code kind-changed}
   * @throws IllegalStateException if this is not an enum constant with a well-formed {@link Code @Code}
   */
  default String code() {
    return CodeTable.code(this);
  }

  /**
   * The constant of {@code type} that a code names.
   *
   * @param type the enum
   * @param code the code; white space around it is ignored
   * @param rule the rule an unknown code breaks, declared by {@code type} (e.g. {@code BodyKind.CODE})
   * @param <E> the enum
   * @return the constant whose {@link #code()} equals the stripped code
   * @throws ParseException if no constant has that code (rule {@code rule}), at the index where the code starts;
   *     the message lists the valid codes; or if the text is longer than an identifier may be
   *     ({@link TextKind#LENGTH})
   */
  static <E extends Enum<E> & Coded> E parse(Class<E> type, CharSequence code, Rule rule) {
    requireNonNull(rule, "rule");
    TextKind.IDENTIFIER.requireParsable(requireNonNull(code, "code"), "a code");
    Object constant = CodeTable.of(type).get(code.toString().strip());
    if (constant == null) {
      String text = code.toString();
      int start = text.length() - text.stripLeading().length();
      throw ParseException.of(rule, "a code", text, start, "it is not one of " + CodeTable.codes(type));
    }
    return type.cast(constant);
  }

  /**
   * The constant of {@code type} that a code names, if any: {@link #parse(Class, CharSequence, Rule)} for callers
   * that treat an unknown code as absence rather than as an error.
   *
   * @param type the enum
   * @param code the code; white space around it is ignored
   * @param <E> the enum
   * @return the constant whose {@link #code()} equals the stripped code, or empty
   */
  static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, CharSequence code) {
    requireNonNull(code, "code");
    return Optional.ofNullable(type.cast(CodeTable.of(type).get(code.toString().strip())));
  }
}
