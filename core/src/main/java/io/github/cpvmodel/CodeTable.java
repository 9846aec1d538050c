package io.github.cpvmodel;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The codes of each {@link Coded} enum, read once per type from the constants' {@link Code} annotations, and its
 * constants by code, so that neither writing nor reading a code allocates.
 */
final class CodeTable {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** The declared code of each constant, by ordinal. */
  private static final ClassValue<String[]> DECLARED = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] codes = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        String name = ((Enum<?>) constants[i]).name();
        Code code;
        try {
          code = type.getField(name).getAnnotation(Code.class);
        } catch (NoSuchFieldException e) {
          throw new IllegalStateException("No field for " + type.getName() + "." + name, e);
        }
        if (code == null || !FORMAT.matcher(code.value()).matches()) {
          throw new IllegalStateException(String.format("%s.%s needs @Code with lower-case ASCII words joined by "
              + "hyphens, not %s", type.getName(), name, code == null ? "nothing" : "'" + code.value() + "'"));
        }
        codes[i] = code.value();
      }
      return codes;
    }
  };

  private static final ClassValue<ImmutableMap<String, Object>> BY_CODE = new ClassValue<>() {
    @Override
    protected ImmutableMap<String, Object> computeValue(Class<?> type) {
      return Arrays.stream(type.getEnumConstants())
          .collect(ImmutableMap.toImmutableMap(constant -> ((Coded) constant).code(), Function.identity()));
    }
  };

  private CodeTable() {}

  /** The declared code of a constant of a coded enum. */
  static String code(Coded constant) {
    if (!(constant instanceof Enum)) {
      throw new IllegalStateException(constant.getClass().getName() + " is no enum: declare its code() itself");
    }
    Enum<?> e = (Enum<?>) constant;
    return DECLARED.get(e.getDeclaringClass())[e.ordinal()];
  }

  /** The constants of a coded enum by code; fails if two constants share a code. */
  static ImmutableMap<String, Object> of(Class<?> type) {
    return BY_CODE.get(type);
  }

  /** The codes of a coded enum in declaration order, joined by commas. */
  static String codes(Class<?> type) {
    return String.join(", ", of(type).keySet());
  }
}
