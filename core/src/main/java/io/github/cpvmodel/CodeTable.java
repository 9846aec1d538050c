package io.github.cpvmodel;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.function.Function;

/** The constants of each {@link Coded} enum by code, built once per type so that reading a code allocates nothing. */
final class CodeTable {
  private static final ClassValue<ImmutableMap<String, Object>> BY_CODE = new ClassValue<>() {
    @Override
    protected ImmutableMap<String, Object> computeValue(Class<?> type) {
      return Arrays.stream(type.getEnumConstants())
          .collect(ImmutableMap.toImmutableMap(constant -> ((Coded) constant).code(), Function.identity()));
    }
  };

  private CodeTable() {}

  /** The constants of a coded enum by code; fails if two constants share a code. */
  static ImmutableMap<String, Object> of(Class<?> type) {
    return BY_CODE.get(type);
  }

  /** The codes of a coded enum in declaration order, joined by commas. */
  static String codes(Class<?> type) {
    return String.join(", ", of(type).keySet());
  }
}
