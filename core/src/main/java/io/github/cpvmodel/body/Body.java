package io.github.cpvmodel.body;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.text.VietnameseText;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Party body (<i>tổ chức đảng</i>, <i>cơ quan đảng</i>): the Central Committee, its Politburo, the Organisation
 * Commission (<i>Ban Tổ chức Trung ương</i>, BTCTW), the Đồng Nai provincial Party organisation (<i>Đảng bộ tỉnh
 * Đồng Nai</i>), its committee (<i>Tỉnh ủy</i>) and standing board, a cell.
 *
 * <p>A body has a stable {@link Id} (see the package description for the scheme), a {@link BodyKind kind}, a
 * {@link BodyLevel level}, its full official name in Vietnamese with an English rendering, an optional
 * abbreviation, the days it existed, and dated {@link ParentLink links} to the bodies it stood under. Name and kind
 * are fixed for a body's life: when either changes, a new body succeeds it, linked by a {@link BodyChange}, so that
 * a hierarchy read on any date shows the names of that date.
 *
 * <pre>{@code
 * Body commission = Body.builder()
 *     .id(PartyBodies.ORGANISATION_COMMISSION)
 *     .kind(BodyKind.ADVISORY_COMMISSION)
 *     .level(BodyLevel.CENTRAL)
 *     .name(LocalizedName.of("Ban Tổ chức Trung ương", "Central Organisation Commission"))
 *     .abbreviation("BTCTW")
 *     .addParent(ParentLink.of(PartyBodies.CENTRAL_COMMITTEE, Validity.always()))
 *     .build();
 * commission.parentOn(LocalDate.of(2019, 9, 30)); // Optional[cc]
 * }</pre>
 *
 * <p>Rejects a body that is its own parent (rule {@link #PARENT_SELF}), parent links that overlap (rule
 * {@link #PARENT_OVERLAP}) or reach outside the body's life (rule {@link #PARENT_OUTSIDE}), a life that outlasts its
 * level, such as a district body after 2025-06-30 (rule {@link #LEVEL_ENDED}), and a blank abbreviation (rule
 * {@link #ABBREVIATION}). Whether a parent exists is checked by {@link BodyHierarchy#validate()}.
 */
@Value.Immutable
@ModelStyle
public abstract class Body {
  /** A body does not stand under itself. */
  public static final Rule PARENT_SELF = Rule.of("body.parent-self", "a body cannot be its own parent");

  /** At most one parent on any day. */
  public static final Rule PARENT_OVERLAP = Rule.of("body.parent-overlap",
      "a body stands directly under at most one parent on any day, so its parent links must not overlap");

  /** Parent links lie within the body's life. */
  public static final Rule PARENT_OUTSIDE = Rule.of("body.parent-outside",
      "a parent link must lie within the days the body exists");

  /** A body lives only while its level exists. */
  public static final Rule LEVEL_ENDED = Rule.of("body.level-ended",
      "a body exists only while its level does; the district level ended on 2025-06-30");

  /** An abbreviation is not blank. */
  public static final Rule ABBREVIATION = Rule.of("body.abbreviation",
      "an abbreviation has at least one visible character; leave it out rather than blank");

  Body() {}

  /** {@return the stable id, e.g. {@code cc/organisation-commission}} */
  @Value.Parameter
  public abstract Id id();

  /** {@return what sort of body this is} */
  @Value.Parameter
  public abstract BodyKind kind();

  /** {@return the level at which the body works} */
  @Value.Parameter
  public abstract BodyLevel level();

  /**
   * {@return the full official name, e.g. <i>Ban Tổ chức Trung ương</i> / Central Organisation Commission; never a bare
   * place name}
   */
  @Value.Parameter
  public abstract LocalizedName name();

  /** {@return the days on which the body existed; {@link Validity#always()} when the dates are not recorded} */
  @Value.Parameter
  @Value.Default
  public Validity validity() {
    return Validity.always();
  }

  /** {@return the usual abbreviation, as in document numbers and headers, e.g. {@code BTCTW}, or empty} */
  public abstract Optional<String> abbreviation();

  /**
   * {@return the bodies this one stood directly under, each for some days, in the order given; none for the Central
   * Committee}
   */
  public abstract ImmutableList<ParentLink> parents();

  /**
   * A body without an abbreviation or parents; add them with {@link #withAbbreviation(String)} and
   * {@link #withParents(ParentLink...)}.
   *
   * @param id the id
   * @param kind the kind
   * @param level the level
   * @param name the full official name
   * @param validity the days the body existed
   * @return the body
   * @throws ValidationException if the life outlasts the level (rule {@link #LEVEL_ENDED})
   */
  public static Body of(Id id, BodyKind kind, BodyLevel level, LocalizedName name, Validity validity) {
    return ImmutableBody.of(id, kind, level, name, validity);
  }

  /** {@return a new builder, for code that sets the parts one by one} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Body}; {@code build()} normalises and validates. */
  public static final class Builder extends ImmutableBody.Builder {
    Builder() {}
  }

  /**
   * This body under a corrected or completed name: a spelling fixed, an English name added. A body that carried
   * on under a new name is another body, linked to this one by a {@link BodyChange.Kind#RENAMED} change.
   *
   * @param name the full official name
   * @return the copy
   */
  public abstract Body withName(LocalizedName name);

  /**
   * This body living on other days, typically {@code body.withValidity(body.validity().withEnd(lastDay))} when it
   * is dissolved or merged.
   *
   * @param validity the days the body existed
   * @return the copy
   * @throws ValidationException if the life outlasts the level (rule {@link #LEVEL_ENDED}) or no longer encloses
   *     a parent link (rule {@link #PARENT_OUTSIDE})
   */
  public abstract Body withValidity(Validity validity);

  /**
   * This body with an abbreviation.
   *
   * @param abbreviation the abbreviation, e.g. {@code BTCTW}
   * @return the copy
   * @throws ValidationException if the abbreviation is blank (rule {@link #ABBREVIATION})
   */
  public abstract Body withAbbreviation(String abbreviation);

  /**
   * This body with other parent links.
   *
   * @param parents the links
   * @return the copy
   * @throws ValidationException if the links break a rule of {@link Body}
   */
  public abstract Body withParents(ParentLink... parents);

  /**
   * Whether the body existed on {@code day}.
   *
   * @param day the day
   * @return whether {@link #validity()} contains it
   */
  public boolean existsOn(LocalDate day) {
    return validity().contains(day);
  }

  /**
   * The body this one stood directly under on {@code day}.
   *
   * @param day the day
   * @return the parent's id, or empty if the body had no parent that day
   */
  public Optional<Id> parentOn(LocalDate day) {
    for (ParentLink link : parents()) {
      if (link.validity().contains(day)) {
        return Optional.of(link.parent());
      }
    }
    return Optional.empty();
  }

  @Value.Check
  Body normalize() {
    Optional<String> abbreviation = abbreviation().map(a -> TextKind.NAME.normalize(a, "abbreviation"));
    ABBREVIATION.require(abbreviation.map(a -> !a.isEmpty()).orElse(true), "abbreviation",
        "abbreviation '%s' of '%s' is blank", abbreviation().orElse(""), id());
    LEVEL_ENDED.require(level().validity().encloses(validity()), "validity",
        "'%s' is a %s body living '%s', but the %s level exists only '%s'", id(), level().code(), validity(),
        level().code(), level().validity());
    ImmutableList<ParentLink> links = parents();
    for (int i = 0; i < links.size(); i++) {
      ParentLink link = links.get(i);
      String path = "parents[" + i + "]";
      PARENT_SELF.require(!link.parent().equals(id()), path + ".parent", "'%s' names itself as parent", id());
      PARENT_OUTSIDE.require(validity().encloses(link.validity()), path + ".validity",
          "link to '%s' for '%s' reaches outside the life '%s' of '%s'", link.parent(), link.validity(),
          validity(), id());
      for (int j = 0; j < i; j++) {
        PARENT_OVERLAP.require(!links.get(j).validity().overlaps(link.validity()), path + ".validity",
            "link to '%s' for '%s' overlaps link to '%s' for '%s'", link.parent(), link.validity(),
            links.get(j).parent(), links.get(j).validity());
      }
    }
    return abbreviation.equals(abbreviation()) ? this : withAbbreviation(abbreviation.get());
  }

  /** Returns the id and the Vietnamese name, e.g. {@code cc/politburo (Bộ Chính trị)}. */
  @Override
  public String toString() {
    return id() + " (" + name().vi() + ")";
  }
}
