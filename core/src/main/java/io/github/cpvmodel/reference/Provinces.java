package io.github.cpvmodel.reference;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.text.VietnameseText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The provincial-level units of Vietnam, built in: the 63 of 2008-08-01..2025-06-30 (with Thừa Thiên Huế followed
 * by the city of Huế on 2025-01-01), the 34 from 2025-07-01, and the map of which became which.
 *
 * <pre>{@code
 * Provinces.on(LocalDate.of(2019, 9, 30)).size();                  // 63
 * Provinces.on(LocalDate.of(2025, 7, 1)).size();                   // 34
 * Provinces.byCode("15", LocalDate.of(2019, 9, 30)).name();        // "Yên Bái"
 * Provinces.byCode("15", LocalDate.of(2025, 7, 1)).name();         // "Lào Cai"
 * Provinces.byName("Dong Nai", LocalDate.of(2019, 9, 30)).code();  // "75"
 * }</pre>
 *
 * <p>Sources, kept with the data in the resources {@code provinces-2008.csv} and {@code provinces-2025.csv}: the
 * statistics office's list (GSO) for 2008, Nghị quyết 60-NQ/TW for the composition of the 34 and Công văn
 * 915/CTK-CSCL for their codes. A change known only from secondary sources ({@code provinces-reported.csv}: Đồng
 * Nai becoming a centrally-governed city on 2026-04-30) is included, and the unit it creates is marked
 * {@link Attestation#SECONDARY}.
 *
 * <p>Look-ups by code or name at a date reject a code that is not two digits (rule {@link Province#CODE}), a code
 * (rule {@link #UNKNOWN_CODE}) or a name (rule {@link #UNKNOWN_NAME}) that means no unit that day. The data is
 * loaded once, on first use, and is immutable and safe to share between threads.
 */
public final class Provinces {
  /** A code looked up at a date means a unit that day. */
  public static final Rule UNKNOWN_CODE = Rule.of("provinces.unknown-code",
      "the code must be that of a provincial-level unit in force on that day: one of the 63 until 2025-06-30, "
          + "one of the 34 from 2025-07-01");

  /** A name looked up at a date means a unit that day. */
  public static final Rule UNKNOWN_NAME = Rule.of("provinces.unknown-name",
      "the name must be that of a provincial-level unit in force on that day, with or without tones and prefix, "
          + "e.g. 'Đồng Nai', 'Dong Nai' or 'Tỉnh Đồng Nai'");

  private Provinces() {}

  /** {@return every unit of every era, in the order of the sources} */
  public static ImmutableList<Province> all() {
    return Data.INSTANCE.units;
  }

  /**
   * The units in force on {@code day}: 63 on 2019-09-30, 34 on 2025-07-01; none before 2008-08-01, where the data
   * begins.
   *
   * @param day the day
   * @return the units, in code order
   */
  public static ImmutableList<Province> on(LocalDate day) {
    requireNonNull(day, "day");
    return all().stream().filter(p -> p.existsOn(day))
        .sorted((a, b) -> a.code().compareTo(b.code()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The unit with an id.
   *
   * @param id the id, e.g. {@code province/dong-nai}
   * @return the unit, or empty
   */
  public static Optional<Province> find(Id id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(Data.INSTANCE.byId.get(id));
  }

  /**
   * The unit that a code meant on {@code day}, if any.
   *
   * @param code the two-digit code, e.g. {@code 75}
   * @param day the day
   * @return the unit, or empty
   * @throws ValidationException if the code is not two digits (rule {@link Province#CODE}) or is longer than an
   *     identifier may be ({@link TextKind#LENGTH})
   */
  public static Optional<Province> findByCode(String code, LocalDate day) {
    requireNonNull(code, "code");
    requireNonNull(day, "day");
    String text = TextKind.IDENTIFIER.requireLength(code, "code").strip();
    Province.CODE.require(text.matches("[0-9]{2}"), "code", "code '%s' is not two digits", code);
    return all().stream().filter(p -> p.code().equals(text) && p.existsOn(day)).findFirst();
  }

  /**
   * The unit that a code meant on {@code day}.
   *
   * @param code the two-digit code, e.g. {@code 75}
   * @param day the day
   * @return the unit
   * @throws ValidationException if the code is not two digits (rule {@link Province#CODE}) or means no unit that
   *     day (rule {@link #UNKNOWN_CODE}); the message says what the code meant on other days, if anything
   */
  public static Province byCode(String code, LocalDate day) {
    requireNonNull(code, "code");
    requireNonNull(day, "day");
    Optional<Province> unit = findByCode(code, day);
    if (unit.isEmpty()) {
      // Codes are reused across eras, so say what the code meant on other days: it is usually the mistake.
      UNKNOWN_CODE.require(false, "code", "code '%s' means no provincial-level unit on %s%s", code, day,
          meanings(all().stream().filter(p -> p.code().equals(code.strip())).collect(Collectors.toList())));
    }
    return unit.get();
  }

  /**
   * The units of every era that a name means, compared by fold key, with or without the kind prefix: "Lào Cai"
   * gives the Lào Cai of 2008 (code 10) and that of 2025 (code 15).
   *
   * @param name the name, e.g. "Dong Nai", "ĐỒNG NAI", "Tỉnh Đồng Nai"
   * @return the units, oldest first; empty if none
   */
  public static ImmutableList<Province> findByName(CharSequence name) {
    requireNonNull(name, "name");
    if (name.length() > TextKind.NAME.maxLength()) {
      return ImmutableList.of(); // no name is that long
    }
    return Data.INSTANCE.byKey.get(VietnameseText.foldKey(name));
  }

  /**
   * The unit a name meant on {@code day}, if any.
   *
   * @param name the name, with or without tones and prefix
   * @param day the day
   * @return the unit, or empty
   */
  public static Optional<Province> findByName(CharSequence name, LocalDate day) {
    requireNonNull(name, "name");
    requireNonNull(day, "day");
    return Optional.ofNullable(unitOn(findByName(name), day));
  }

  /**
   * The unit a name meant on {@code day}.
   *
   * @param name the name, with or without tones and prefix
   * @param day the day
   * @return the unit
   * @throws ValidationException if the name is longer than a name may be ({@link TextKind#LENGTH}) or means no
   *     unit that day (rule {@link #UNKNOWN_NAME}); the message says
   *     what the name meant on other days, if anything
   */
  public static Province byName(CharSequence name, LocalDate day) {
    TextKind.NAME.requireLength(requireNonNull(name, "name"), "name");
    requireNonNull(day, "day");
    ImmutableList<Province> named = findByName(name);
    Province unit = unitOn(named, day);
    if (unit == null) {
      // Names outlive units, so say what the name meant on other days: it is usually the mistake.
      UNKNOWN_NAME.require(false, "name", "name '%s' means no provincial-level unit on %s%s", name, day,
          meanings(named));
    }
    return unit;
  }

  /** The first of some units in force on {@code day}, or null: a loop, as every look-up by name ends with it. */
  private static Province unitOn(ImmutableList<Province> units, LocalDate day) {
    for (int i = 0; i < units.size(); i++) {
      Province unit = units.get(i);
      if (unit.existsOn(day)) {
        return unit;
      }
    }
    return null;
  }

  /** What a code or name meant on other days, for a message: " (it meant …)", or nothing. */
  private static String meanings(List<Province> units) {
    return units.isEmpty() ? "" : units.stream().map(p -> p.fullName().vi() + " on " + p.validity())
        .collect(Collectors.joining(", ", " (it meant ", ")"));
  }

  /**
   * The units this one directly became when it ended: the merged unit, or the unit of another kind.
   *
   * @param unit a unit
   * @return the successors; none while the unit is in force
   */
  public static ImmutableList<Province> successors(Province unit) {
    requireNonNull(unit, "unit");
    return Data.INSTANCE.resolve(Data.INSTANCE.successors.get(unit.id()));
  }

  /**
   * The units this one directly came from.
   *
   * @param unit a unit
   * @return the predecessors; none for a unit that begins the record
   */
  public static ImmutableList<Province> predecessors(Province unit) {
    requireNonNull(unit, "unit");
    return Data.INSTANCE.resolve(Data.INSTANCE.predecessors.get(unit.id()));
  }

  /**
   * The units in force on a later {@code day} that this one's territory went into: itself if it is still in force,
   * else its successors followed through every change. Every unit of 2019 has exactly one on 2025-07-01.
   *
   * @param unit a unit
   * @param day a day
   * @return the units in force that day; none if the day is before the unit began
   */
  public static ImmutableList<Province> successorsOn(Province unit, LocalDate day) {
    requireNonNull(unit, "unit");
    requireNonNull(day, "day");
    return Data.INSTANCE.follow(unit, day, Data.INSTANCE.successors);
  }

  /**
   * The units in force on an earlier {@code day} that this one came from: itself if it was already in force,
   * else its predecessors followed back through every change. Đồng Nai of 2025 came from Đồng Nai and Bình Phước.
   *
   * @param unit a unit
   * @param day a day
   * @return the units in force that day; none if the day is after the unit ended or before the record begins
   */
  public static ImmutableList<Province> predecessorsOn(Province unit, LocalDate day) {
    requireNonNull(unit, "unit");
    requireNonNull(day, "day");
    return Data.INSTANCE.follow(unit, day, Data.INSTANCE.predecessors);
  }

  /** The loaded data; the holder idiom makes loading lazy, once and thread-safe. */
  private static final class Data {
    static final Data INSTANCE = load();

    final ImmutableList<Province> units;
    final ImmutableMap<Id, Province> byId;
    final ImmutableListMultimap<Id, Id> successors;
    final ImmutableListMultimap<Id, Id> predecessors;
    /** Units by the fold keys of their names, in the order of the units: a look-up by name folds the name once. */
    final ImmutableListMultimap<String, Province> byKey;

    private Data(List<Draft> drafts) {
      ImmutableList.Builder<Province> list = ImmutableList.builder();
      ImmutableListMultimap.Builder<Id, Id> after = ImmutableListMultimap.builder();
      ImmutableListMultimap.Builder<Id, Id> before = ImmutableListMultimap.builder();
      for (Draft d : drafts) {
        list.add(Province.of(d.id, d.code, d.name, d.kind,
            Validity.of(Optional.of(d.from), Optional.ofNullable(d.to)), d.attestation));
        for (Id predecessor : d.predecessors) {
          before.put(d.id, predecessor);
          after.put(predecessor, d.id);
        }
      }
      this.units = list.build();
      this.byId = units.stream().collect(ImmutableMap.toImmutableMap(Province::id, p -> p));
      this.successors = after.build();
      this.predecessors = before.build();
      ImmutableListMultimap.Builder<String, Province> keys = ImmutableListMultimap.builder();
      units.forEach(unit -> unit.keys().forEach(key -> keys.put(key, unit)));
      this.byKey = keys.build();
    }

    ImmutableList<Province> resolve(List<Id> ids) {
      return ids.stream().map(byId::get).collect(ImmutableList.toImmutableList());
    }

    ImmutableList<Province> follow(Province unit, LocalDate day, ImmutableListMultimap<Id, Id> links) {
      Set<Province> found = new LinkedHashSet<>();
      List<Province> todo = new ArrayList<>(List.of(unit));
      Set<Id> seen = new HashSet<>();
      while (!todo.isEmpty()) {
        Province next = todo.remove(0);
        if (!seen.add(next.id())) {
          continue;
        }
        if (next.existsOn(day)) {
          found.add(next);
        } else {
          todo.addAll(resolve(links.get(next.id())));
        }
      }
      return ImmutableList.copyOf(found);
    }

    private static Data load() {
      List<Draft> drafts = new ArrayList<>();
      Set<Id> ids = new HashSet<>();
      for (String file : List.of("provinces-2008.csv", "provinces-2025.csv", "provinces-reported.csv")) {
        for (ReferenceFile.Row row : ReferenceFile.load(file).rows()) {
          add(drafts, ids, new Row(row));
        }
      }
      return new Data(drafts);
    }

    /**
     * Adds a row: a unit that continues its only predecessor unchanged (same code, name and kind) extends it;
     * any other row is a new unit whose predecessors end the day before it begins.
     */
    private static void add(List<Draft> drafts, Set<Id> ids, Row row) {
      LocalDate dayBefore = row.from.minusDays(1);
      List<Draft> predecessors = new ArrayList<>();
      for (String code : row.predecessorCodes) {
        drafts.stream().filter(d -> d.code.equals(code) && d.existsOn(dayBefore)).forEach(predecessors::add);
      }
      if (row.mergedFrom && predecessors.size() != row.predecessorCodes.size()) {
        throw new IllegalStateException("row " + row + " names predecessor codes in force on " + dayBefore
            + " that are missing");
      }
      if (predecessors.size() == 1) {
        Draft only = predecessors.get(0);
        if (only.code.equals(row.code) && only.name.equals(row.name) && only.kind == row.kind
            && only.attestation == row.attestation) {
          only.to = row.to;
          return;
        }
      }
      String slug = Id.slug(row.name).value();
      Id id = Id.of("province/" + slug);
      if (!ids.add(id)) {
        id = Id.of("province/" + slug + "-" + row.from.getYear());
        if (!ids.add(id)) {
          throw new IllegalStateException("two units would have id " + id);
        }
      }
      Draft draft = new Draft(id, row);
      for (Draft p : predecessors) {
        p.to = dayBefore;
        draft.predecessors.add(p.id);
      }
      drafts.add(draft);
    }

  }

  /** One line of a province file. */
  private static final class Row {
    final String code;
    final String name;
    final ProvinceKind kind;
    final LocalDate from;
    final LocalDate to;
    final boolean mergedFrom;
    final List<String> predecessorCodes;
    final Attestation attestation;

    Row(ReferenceFile.Row row) {
      this.code = row.get("code");
      this.name = row.get("name_vi");
      this.kind = row.get("kind", kind -> switch (kind) {
        case "tinh" -> ProvinceKind.PROVINCE;
        case "thanh_pho_truc_thuoc_trung_uong" -> ProvinceKind.CITY;
        default -> throw new IllegalArgumentException("not 'tinh' or 'thanh_pho_truc_thuoc_trung_uong'");
      });
      this.from = row.getDate("valid_from");
      this.to = row.findDate("valid_to").orElse(null);
      Optional<String> merged = row.find("merged_from_codes");
      this.mergedFrom = merged.isPresent();
      this.predecessorCodes = merged.map(m -> List.of(m.split(";"))).orElse(List.of(code));
      this.attestation = row.find("attestation", Attestation::parse).orElse(Attestation.VERIFIED);
    }

    @Override
    public String toString() {
      return code + " " + name + " " + from;
    }
  }

  /** A unit while the files are read: its end moves when a later row ends or continues it. */
  private static final class Draft {
    final Id id;
    final String code;
    final String name;
    final ProvinceKind kind;
    final LocalDate from;
    final Attestation attestation;
    final List<Id> predecessors = new ArrayList<>();
    LocalDate to;

    Draft(Id id, Row row) {
      this.id = id;
      this.code = row.code;
      this.name = row.name;
      this.kind = row.kind;
      this.from = row.from;
      this.to = row.to;
      this.attestation = row.attestation;
    }

    boolean existsOn(LocalDate day) {
      return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
  }
}
