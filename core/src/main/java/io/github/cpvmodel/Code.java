package io.github.cpvmodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable code of a constant of a {@link Coded} enum, declared beside the constant so that the code is written
 * once and never derived from the Java name: renaming the constant changes nothing on the wire.
 *
 * <pre>{@code
 * TaskStatus.DONE.code(); // "done", declared as @Code("done") DONE
 * }</pre>
 *
 * <p>The code is lower-case ASCII words joined by hyphens; a coded enum whose constant lacks this annotation, or
 * whose codes are malformed or repeated, fails when it is first used.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Code {
  /** {@return the code, e.g. {@code not-started}} */
  String value();
}
