package io.github.cpvmodel.reference;

import com.google.common.collect.ImmutableSet;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.text.VietnameseText;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A provincial-level administrative unit of Vietnam (<i>đơn vị hành chính cấp tỉnh</i>): a province or a
 * centrally-governed city, with its statistical code, its name and kind, and the days on which it existed as such.
 *
 * <p>A unit's name and kind are fixed for its life, and its code is <em>not</em> its identity: codes are reused
 * across eras (code 15 was Yên Bái until 2025-06-30 and is the new Lào Cai from 2025-07-01), and a unit that
 * changes kind or territory becomes a new unit (Thừa Thiên Huế, a province, was followed by the city of Huế on
 * 2025-01-01, with the same code 46). The identity is the {@link #id()}: {@code province/} and the slug of the
 * name, with the first year appended when an earlier, different unit had the same name
 * ({@code province/dong-nai} for 2008-08-01..2025-06-30, {@code province/dong-nai-2025} for the unit that merged
 * Bình Phước into it). A unit that went through 2025-07-01 unchanged (Hà Nội, Huế, Cao Bằng…) is one unit.
 *
 * <pre>{@code
 * Province dongNai = Provinces.byCode("75", LocalDate.of(2019, 9, 30));
 * dongNai.fullName().vi(); // "Tỉnh Đồng Nai"
 * }</pre>
 *
 * <p>Built-in units come from {@link Provinces}. Building one rejects a code that is not two digits (rule
 * {@link #CODE}) and a blank name (rule {@link LocalizedName#BLANK}).
 */
@Value.Immutable
@ModelStyle
public abstract class Province {
  /** A code is two digits. */
  public static final Rule CODE = Rule.of("province.code",
      "a province code is the two digits of the statistics office's list, e.g. '01' or '75'");

  /** How "Thành phố" is shortened in running text; the fold key turns "TP." and "TP" alike into "tp". */
  private static final String CITY_ABBREVIATION = "TP ";

  Province() {}

  /** {@return the stable id of the unit, e.g. {@code province/dong-nai-2025}} */
  @Value.Parameter
  public abstract Id id();

  /**
   * {@return the two-digit code of the statistics office (<i>mã đơn vị hành chính</i>), e.g. {@code 75}, which only
   * means this unit on days when it exists}
   */
  @Value.Parameter
  public abstract String code();

  /** {@return the name without the kind prefix, as the statistics office writes it, e.g. "Đồng Nai", "Hồ Chí Minh"} */
  @Value.Parameter
  public abstract String name();

  /** {@return province or centrally-governed city} */
  @Value.Parameter
  public abstract ProvinceKind kind();

  /**
   * {@return the days on which the unit existed as such} For the units of 2008 the start is 2008-08-01, the first day
   * of the 63-unit configuration, not the unit's founding.
   */
  @Value.Parameter
  public abstract Validity validity();

  /**
   * {@return how well the unit's existence is established: {@link Attestation#VERIFIED} for the units of the two
   * official lists, {@link Attestation#SECONDARY} for units known from secondary sources only}
   */
  @Value.Parameter
  public abstract Attestation attestation();

  /**
   * A unit.
   *
   * @param id the id
   * @param code the two-digit code
   * @param name the name without prefix
   * @param kind the kind
   * @param validity the days the unit existed
   * @param attestation how well that is established
   * @return the unit
   * @throws ValidationException if the code is not two digits (rule {@link #CODE}) or the name is blank
   */
  public static Province of(Id id, String code, String name, ProvinceKind kind, Validity validity,
      Attestation attestation) {
    return ImmutableProvince.of(id, code, name, kind, validity, attestation);
  }

  /**
   * {@return the full official name, prefix included: "Tỉnh Đồng Nai" / "Đồng Nai Province", "Thành phố Hồ Chí Minh" /
   * "Hồ Chí Minh City"} Use it wherever the bare name could be misread, as "Hồ Chí Minh" could be a person.
   */
  public LocalizedName fullName() {
    return LocalizedName.of(kind().label().vi() + " " + name(), name() + " " + kind().label().en().orElseThrow());
  }

  /**
   * Whether the unit existed on {@code day}.
   *
   * @param day the day
   * @return whether {@link #validity()} contains it
   */
  public boolean existsOn(LocalDate day) {
    return validity().contains(day);
  }

  /**
   * Whether {@code text} names this unit, with or without the prefix, ignoring case, tones and marks: "Dong Nai",
   * "ĐỒNG NAI", "Tỉnh Đồng Nai" and "Đồng Nai Province" all name Đồng Nai. A city also answers to the prefix as
   * the press abbreviates it: "TP. Hồ Chí Minh", "TP Hồ Chí Minh".
   *
   * @param text the text
   * @return whether it names this unit
   */
  public boolean matches(CharSequence text) {
    return keys().contains(VietnameseText.foldKey(text));
  }

  /** The {@linkplain VietnameseText#foldKey fold keys} of this unit's names, by which a look-up finds it. */
  ImmutableSet<String> keys() {
    ImmutableSet.Builder<String> keys = ImmutableSet.<String>builder().add(VietnameseText.foldKey(name()))
        .add(VietnameseText.foldKey(fullName().vi()));
    fullName().en().ifPresent(en -> keys.add(VietnameseText.foldKey(en)));
    if (kind() == ProvinceKind.CITY) {
      keys.add(VietnameseText.foldKey(CITY_ABBREVIATION + name()));
    }
    return keys.build();
  }

  @Value.Check
  Province normalize() {
    String name = TextKind.NAME.normalize(name(), "name");
    String code = code().strip();
    LocalizedName.BLANK.require(!name.isEmpty(), "name", "name '%s' of '%s' is blank", name(), id());
    CODE.require(code.length() == 2 && Character.isDigit(code.charAt(0)) && Character.isDigit(code.charAt(1))
        && code.charAt(0) < 0x80 && code.charAt(1) < 0x80, "code", "code '%s' of '%s' is not two digits", code(), id());
    if (name.equals(name()) && code.equals(code())) {
      return this;
    }
    return ImmutableProvince.of(id(), code, name, kind(), validity(), attestation());
  }

  /** Returns the code, full name and days, e.g. {@code 75 Tỉnh Đồng Nai 2008-08-01/2025-06-30}. */
  @Override
  public String toString() {
    return code() + " " + fullName().vi() + " " + validity();
  }
}
