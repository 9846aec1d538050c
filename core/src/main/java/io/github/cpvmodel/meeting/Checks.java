package io.github.cpvmodel.meeting;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks that several types of this package share. */
final class Checks {
  private Checks() {}

  /** The constant of an enum of this package with a stable wire code, or a violation of {@code rule}. */
  static <E extends Enum<E>> E fromCode(Class<E> type, Function<E, String> code, String text, Rule rule) {
    String key = text.strip().toLowerCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (code.apply(constant).equals(key)) {
        return constant;
      }
    }
    String known = Arrays.stream(type.getEnumConstants()).map(c -> "'" + code.apply(c) + "'")
        .collect(Collectors.joining(", "));
    throw new ValidationException(rule.violation("", String.format("'%s' is not one of %s", text, known)));
  }

  /** Rejects the second occurrence of an element of {@code list}, naming its index under {@code field}. */
  static void requireDistinct(ImmutableList<?> list, String field) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Meeting.DUPLICATE.require(seen.add(list.get(i)), field + "[" + i + "]", "'%s' is listed twice",
          list.get(i));
    }
  }

  /** The English ordinal of a positive number: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
  static String englishOrdinal(int n) {
    int lastTwo = n % 100;
    int last = n % 10;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd"
        : "th";
    return n + suffix;
  }
}
