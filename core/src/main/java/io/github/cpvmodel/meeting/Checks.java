package io.github.cpvmodel.meeting;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.ValidationException;
import java.util.function.Function;

/** Checks that several types of this package share. */
final class Checks {
  private Checks() {}

  /** Rejects the second occurrence of an element of {@code list}, naming its index under {@code field}. */
  static void requireDistinct(ImmutableList<?> list, String field) {
    Meeting.DUPLICATE.index(list, Function.identity(), field + "[%d]", ValidationException::throwFor);
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
