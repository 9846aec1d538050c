package io.github.cpvmodel.document;

import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The end of a document's force: how it ended, from which day it is no longer in force, and by which document.
 *
 * <pre>{@code
 * Termination ended = Termination.expired(LocalDate.of(2021, 2, 2));
 * ended.toString(); // "expired on 2021-02-02"
 * }</pre>
 *
 * <p>Rejects an expiry that names a document which ended it (rule {@link #BY}): an expired document ran its course.
 */
@Value.Immutable
@ModelStyle
public abstract class Termination {
  /** Only a superseded or repealed document is ended by another one. */
  public static final Rule BY = Rule.of("termination.by",
      "only a superseded or repealed document names the document that ended it; an expired one names none");

  Termination() {}

  /** {@return how the document ended} */
  public abstract TerminationKind kind();

  /** {@return the first day on which the document is no longer in force} */
  public abstract LocalDate on();

  /** {@return the key of the document that superseded or repealed it, if known} */
  public abstract Optional<DocumentKey> by();

  /**
   * Superseded by another document.
   *
   * @param on the first day no longer in force
   * @param by the superseding document
   * @return the termination
   */
  public static Termination superseded(LocalDate on, DocumentKey by) {
    return builder().kind(TerminationKind.SUPERSEDED).on(on).by(by).build();
  }

  /**
   * Repealed by another document.
   *
   * @param on the first day no longer in force
   * @param by the repealing document
   * @return the termination
   */
  public static Termination repealed(LocalDate on, DocumentKey by) {
    return builder().kind(TerminationKind.REPEALED).on(on).by(by).build();
  }

  /**
   * Expired.
   *
   * @param on the first day no longer in force
   * @return the termination
   */
  public static Termination expired(LocalDate on) {
    return builder().kind(TerminationKind.EXPIRED).on(on).build();
  }

  /** {@return a new builder, for a termination whose ending document is unknown} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Termination}; {@code build()} validates. */
  public static final class Builder extends ImmutableTermination.Builder {
    Builder() {}
  }

  /**
   * Checks the parts.
   *
   * @throws ValidationException if an expiry names a document (rule {@link #BY})
   */
  @Value.Check
  void check() {
    BY.require(kind() != TerminationKind.EXPIRED || by().isEmpty(), "by",
        "expired on '%s' but ended by '%s'", on(), by().map(DocumentKey::toString).orElse(""));
  }

  /** Returns e.g. {@code superseded on 2026-01-09 by 399-QĐ/TW of 2026-01-09 (regulation, cc/secretariat)}. */
  @Override
  public String toString() {
    return kind().name().toLowerCase(Locale.ROOT) + " on " + on() + by().map(k -> " by " + k).orElse("");
  }
}
