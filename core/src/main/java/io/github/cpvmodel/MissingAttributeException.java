package io.github.cpvmodel;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/**
 * Thrown by {@code build()} of a builder that was not given every required attribute: a {@link ValidationException}
 * with one violation of {@link #REQUIRED} per missing attribute, whose path is the attribute's name.
 *
 * <pre>{@code
 * try {
 *   Source.builder().title("Tham mưu tốt cho công tác chuẩn bị Đại hội Đảng các cấp").build();
 * } catch (MissingAttributeException e) {
 *   e.violations().get(0).path(); // "publication"
 * }
 * }</pre>
 */
public final class MissingAttributeException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /** A builder sets every required attribute. */
  public static final Rule REQUIRED = Rule.of("builder.required",
      "set every required attribute of a builder before building (see the builder's type for which are required)");

  /**
   * The exception for attributes a builder was not given; the generated builders call it.
   *
   * @param attributes the names of the missing attributes, at least one
   */
  public MissingAttributeException(String... attributes) {
    super(Arrays.stream(attributes.length == 0 ? new String[] {"?"} : attributes)
        .map(name -> REQUIRED.violation(name, "'" + name + "' is not set"))
        .collect(ImmutableList.toImmutableList()));
  }
}
