package io.github.cpvmodel;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A named validation rule: a stable code such as {@code validity.order} and a sentence saying what is valid.
 *
 * <p>Every check in the library belongs to one rule, so that a caller (or a test) can tell which rule a value
 * broke without parsing messages. Codes are lower-case words joined by dots and hyphens and are part of the
 * public contract: they do not change between releases.
 *
 * <pre>{@code
 * Rule order = Rule.of("validity.order", "the end must not be before the start");
 * LocalDate start = LocalDate.of(2025, 7, 1);
 * LocalDate end = LocalDate.of(2025, 6, 30);
 * order.require(!end.isBefore(start), "end", "end '%s' is before start '%s'", end, start); // throws
 * }</pre>
 */
public final class Rule {
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

  private final String code;
  private final String description;

  private Rule(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Declares a rule.
   *
   * @param code the stable code, lower-case ASCII words joined by {@code .} or {@code -}
   * @param description what a valid value looks like, as a sentence fragment ("the end must not be before the
   *     start")
   * @return the rule
   * @throws IllegalArgumentException if the code is not of that form or the description is blank
   */
  public static Rule of(String code, String description) {
    requireNonNull(code, "code");
    requireNonNull(description, "description");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "Rule code '" + code + "' is invalid: use lower-case ASCII words joined by '.' or '-'");
    }
    if (description.isBlank()) {
      throw new IllegalArgumentException("Rule '" + code + "' has a blank description");
    }
    return new Rule(code, description.strip());
  }

  /** {@return the stable code of this rule, e.g. {@code validity.order}} */
  public String code() {
    return code;
  }

  /** {@return what a valid value looks like, e.g. "the end must not be before the start"} */
  public String description() {
    return description;
  }

  /**
   * Throws a {@link ValidationException} for this rule unless {@code valid} holds. The message is the formatted
   * detail followed by the rule's description, so it quotes the value and says what would be valid.
   *
   * @param valid whether the rule holds
   * @param path where the checked value sits, e.g. {@code end} or {@code bridgePoints[2].coChairs[0]}
   * @param detail a {@link String#format} pattern that quotes the offending value, e.g. {@code "end '%s' is
   *     before start '%s'"}
   * @param args the arguments of {@code detail}
   * @throws ValidationException if {@code valid} is false
   */
  public void require(boolean valid, String path, String detail, Object... args) {
    if (!valid) {
      throw new ValidationException(violation(path, String.format(detail, args)));
    }
  }

  /**
   * A violation of this rule at a path, with a message made of {@code detail} and this rule's description.
   *
   * @param path where the checked value sits
   * @param detail what is wrong, quoting the value
   * @return the violation
   */
  public Violation violation(String path, String detail) {
    return Violation.of(path, this, detail + ": " + description);
  }

  /**
   * Indexes values by a key that must be unique, as an id is within its kind: the first value of each key is kept,
   * and every later value whose key was seen already is a violation of this rule, handed to {@code onDuplicate}.
   * A check that reports every violation collects them ({@code violations::add}); one that rejects at once throws
   * ({@link ValidationException#throwFor}).
   *
   * <pre>{@code
   * List<Violation> found = new ArrayList<>();
   * Rule unique = Rule.of("example.duplicate-id", "each body has its own id");
   * unique.index(PartyBodies.all(), Body::id, "bodies[%d].id", found::add).size(); // every built-in body
   * found.isEmpty(); // true: the built-in ids are unique
   * }</pre>
   *
   * @param values the values, in order
   * @param key the key of a value, e.g. {@code Body::id}
   * @param path the path of a value's key, with {@code %d} for its index: {@code "bodies[%d].id"}
   * @param onDuplicate takes each violation, quoting the key and the path of the value that has it first
   * @param <K> the key
   * @param <T> the values
   * @return the first value of each key, in the order of the values
   */
  public <K, T> ImmutableMap<K, T> index(List<? extends T> values, Function<? super T, ? extends K> key, String path,
      Consumer<? super Violation> onDuplicate) {
    ImmutableMap.Builder<K, T> all = ImmutableMap.builderWithExpectedSize(values.size());
    for (T value : values) {
      all.put(key.apply(value), value);
    }
    try {
      // Keys are almost always unique, which building the map finds out at no further cost.
      return all.buildOrThrow();
    } catch (IllegalArgumentException e) {
      // Some key is used twice: find each duplicate, and where its key came first.
    }
    Map<K, Integer> where = new HashMap<>(Math.max(16, values.size() * 4 / 3 + 1));
    ImmutableMap.Builder<K, T> first = ImmutableMap.builderWithExpectedSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      K k = key.apply(value);
      Integer seen = where.putIfAbsent(k, i);
      if (seen == null) {
        first.put(k, value);
      } else {
        onDuplicate.accept(violation(String.format(Locale.ROOT, path, i), String.format(Locale.ROOT,
            "'%s' is used twice, first at %s", k, String.format(Locale.ROOT, path, seen))));
      }
    }
    return first.buildOrThrow();
  }

  /** Rules are equal when their codes are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Rule && ((Rule) other).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
