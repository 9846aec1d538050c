package io.github.cpvmodel.body;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Validity;
import org.immutables.value.Value;

/**
 * That a body stood directly under another during some days (<i>trực thuộc</i>). A body that moves under another
 * parent has one link per parent, one after the other: the Party Committee of the Government stands under the
 * Central Committee from 2025; a provincial Organisation Commission stands under its Provincial Party Committee.
 *
 * <pre>{@code
 * ParentLink.of(PartyBodies.CENTRAL_COMMITTEE, Validity.startingOn(LocalDate.of(2025, 2, 3)));
 * }</pre>
 *
 * <p>A link on its own rejects nothing beyond its parts; a {@link Body} rejects links that overlap, point to the
 * body itself or lie outside its life.
 */
@Value.Immutable
@ModelStyle
public abstract class ParentLink {
  ParentLink() {}

  /** {@return the id of the parent body} */
  @Value.Parameter
  public abstract Id parent();

  /** {@return the days on which the body stood under that parent} */
  @Value.Parameter
  public abstract Validity validity();

  /**
   * A link.
   *
   * @param parent the parent body
   * @param validity the days on which the link holds
   * @return the link
   */
  public static ParentLink of(Id parent, Validity validity) {
    return ImmutableParentLink.of(parent, validity);
  }

  /** Returns {@code parent@validity}, e.g. {@code cc@2025-07-01/..}. */
  @Override
  public String toString() {
    return parent() + "@" + validity();
  }
}
