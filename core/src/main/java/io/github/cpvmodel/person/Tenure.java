package io.github.cpvmodel.person;

import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * That a person held a post during some days (<i>nhiệm kỳ</i>, <i>thời gian giữ chức vụ</i>), how the person came
 * to hold it and by which document. Where only one day is attested — a newspaper naming the posts of a meeting's
 * chair — the tenure can cover that day alone.
 *
 * <pre>{@code
 * Tenure tenure = Tenure.of(Id.of("person/pham-minh-chinh"), Id.of("cc/organisation-commission/head"),
 *     Validity.onlyOn(LocalDate.of(2019, 9, 30)), TenureBasis.APPOINTED);
 * tenure.isHeldOn(LocalDate.of(2019, 9, 30)); // true
 * }</pre>
 *
 * <p>Rejects an end before the start (rule {@link Validity#ORDER}, at path {@code validity.end}). Whether the
 * person and post exist, the post's body existed and a single seat had one holder at a time is checked by
 * {@link Personnel#validate}.
 */
@Value.Immutable
@ModelStyle
public abstract class Tenure {
  Tenure() {}

  /** {@return the person's id} */
  @Value.Parameter
  public abstract Id person();

  /** {@return the post's id} */
  @Value.Parameter
  public abstract Id post();

  /** {@return the days the person held the post} */
  @Value.Parameter
  public abstract Validity validity();

  /** {@return how the person came to hold the post} */
  @Value.Parameter
  public abstract TenureBasis basis();

  /** {@return the document that elected, appointed or assigned the person, or empty when not known} */
  public abstract Optional<DocumentReference> decision();

  /**
   * A tenure.
   *
   * @param person the person
   * @param post the post
   * @param validity the days held
   * @param basis how the post was obtained
   * @return the tenure
   */
  public static Tenure of(Id person, Id post, Validity validity, TenureBasis basis) {
    return ImmutableTenure.of(person, post, validity, basis);
  }

  /**
   * A tenure from one day to another, both inclusive.
   *
   * @param person the person
   * @param post the post
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @param basis how the post was obtained
   * @return the tenure
   * @throws ValidationException if {@code to} is before {@code from} (rule {@link Validity#ORDER}, at path
   *     {@code validity.end})
   */
  public static Tenure of(Id person, Id post, LocalDate from, LocalDate to, TenureBasis basis) {
    try {
      return of(person, post, Validity.closed(from, to), basis);
    } catch (ValidationException e) {
      throw e.withPathPrefix("validity");
    }
  }

  /** {@return a new builder, for code that sets the parts one by one} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Tenure}. */
  public static final class Builder extends ImmutableTenure.Builder {
    Builder() {}
  }

  /**
   * This tenure held on other days, typically {@code tenure.withValidity(tenure.validity().withEnd(lastDay))} when
   * the holder leaves the post.
   *
   * @param validity the days the post was held
   * @return the copy
   */
  public abstract Tenure withValidity(Validity validity);

  /**
   * This tenure with the document that decided it.
   *
   * @param decision the reference
   * @return the copy
   */
  public abstract Tenure withDecision(DocumentReference decision);

  /**
   * Whether the post was held on {@code day}.
   *
   * @param day the day
   * @return whether {@link #validity()} contains it
   */
  public boolean isHeldOn(LocalDate day) {
    return validity().contains(day);
  }

  /** Returns e.g. {@code person/pham-minh-chinh in cc/politburo/member 2016-01-27/..}. */
  @Override
  public String toString() {
    return person() + " in " + post() + " " + validity();
  }
}
