package io.github.cpvmodel.body;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.Validity;
import java.time.LocalDate;

/**
 * The level (<i>cấp</i>) at which a Party body works. The Party's organisation follows the State's
 * administrative system, so its levels are those of the State, and like them they are bounded in time: the
 * district level (<i>cấp huyện</i>) ended on 2025-07-01 with the two-level local government of Nghị quyết
 * 60-NQ/TW, so a district body cannot exist after 2025-06-30.
 *
 * <pre>{@code
 * BodyLevel.DISTRICT.isInForceOn(LocalDate.of(2019, 9, 30)); // true
 * BodyLevel.DISTRICT.isInForceOn(LocalDate.of(2025, 7, 1));  // false
 * BodyLevel.parse("provincial");                             // PROVINCIAL
 * }</pre>
 *
 * <p>{@link #parse} rejects a code that names no level (rule {@link #CODE}).
 */
public enum BodyLevel implements Coded {
  /** The whole Party (<i>Trung ương</i>): the Central Committee and the bodies it elects or sets up. */
  @Code("central") CENTRAL(LocalizedName.of("Trung ương", "Central"), Validity.always()),
  /**
   * A province or centrally-governed city (<i>cấp tỉnh</i>), and the Party organisations directly under the
   * Central Committee that are not territorial.
   */
  @Code("provincial") PROVINCIAL(LocalizedName.of("Cấp tỉnh", "Provincial"), Validity.always()),
  /** A district, urban district, town or provincial city (<i>cấp huyện</i>); ended 2025-07-01. */
  @Code("district") DISTRICT(LocalizedName.of("Cấp huyện", "District"), Validity.endingOn(LocalDate.of(2025, 6, 30))),
  /**
   * A grassroots Party organisation (<i>tổ chức cơ sở đảng</i>: <i>đảng bộ cơ sở</i> or <i>chi bộ cơ sở</i>) of a
   * commune, ward, agency, enterprise or unit.
   */
  @Code("grassroots") GRASSROOTS(LocalizedName.of("Cấp cơ sở", "Grassroots"), Validity.always()),
  /** A Party cell (<i>chi bộ</i>) under a grassroots Party organisation, or a Party group (<i>tổ đảng</i>). */
  @Code("cell") CELL(LocalizedName.of("Chi bộ", "Party cell"), Validity.always());

  /** A body level is written as its code. */
  public static final Rule CODE = Rule.of("body-level.code", "a body level is written as one of its codes");

  private final LocalizedName label;
  private final Validity validity;

  BodyLevel(LocalizedName label, Validity validity) {
    this.label = label;
    this.validity = validity;
  }

  /** {@return the name of this level, e.g. <i>Cấp huyện</i> / District} */
  public LocalizedName label() {
    return label;
  }

  /**
   * {@return the days on which this level exists: {@code ../2025-06-30} for {@link #DISTRICT}, {@code ../..} for the
   * others}
   */
  public Validity validity() {
    return validity;
  }

  /**
   * Whether bodies of this level can exist on {@code day}.
   *
   * @param day the day
   * @return whether the level is in force that day
   */
  public boolean isInForceOn(LocalDate day) {
    return validity.contains(day);
  }

  /**
   * The level a code names.
   *
   * @param code the code, e.g. {@code provincial}; white space around it is ignored
   * @return the level
   * @throws ParseException if no level has that code (rule {@link #CODE}); the message lists the codes
   */
  public static BodyLevel parse(CharSequence code) {
    return Coded.parse(BodyLevel.class, code, CODE);
  }
}
