package io.github.cpvmodel.reference;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.body.BodyHistory;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.body.ParentLink;
import io.github.cpvmodel.text.VietnameseText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Party bodies cpv-model knows without being told: the Central Committee and the bodies of the centre (the
 * Politburo, the Secretariat, the Central Inspection Commission, the Office and the advisory commissions, with the
 * changes of 2025), and for every {@linkplain Provinces provincial-level unit} its Party organisation (<i>đảng
 * bộ</i>) under the Central Committee, that organisation's Party committee (<i>Tỉnh ủy</i>, <i>Thành ủy</i>), the
 * committee's standing board and its Organisation Commission.
 *
 * <pre>{@code
 * PartyBodies.provincialOrganisationsOn(LocalDate.of(2019, 9, 30)).size(); // 63
 * PartyBodies.provincialOrganisationsOn(LocalDate.of(2025, 7, 1)).size();  // 34
 * BodyHierarchy tree = PartyBodies.hierarchy();
 * tree.childrenOn(PartyBodies.CENTRAL_COMMITTEE, LocalDate.of(2019, 9, 30));
 * PartyBodies.history().successors(PartyBodies.ECONOMIC_COMMISSION); // [cc/policy-strategy-commission]
 * }</pre>
 *
 * <p>The provincial bodies are derived from the province data: a unit that went through 2025-07-01 unchanged keeps
 * its bodies; a merged unit gets new bodies whose predecessors are those of the units merged; Thừa Thiên Huế's
 * bodies were renamed for the city of Huế on 2025-01-01. Their lives begin with the province data on 2008-08-01,
 * which is where the record starts, not when the bodies were founded. Bodies derived from a unit known only from
 * secondary sources say so in their changes' notes. Dates of the central changes of 2025 are those of the
 * announcement of the Politburo's decisions (2025-02-03); the day each took effect is not verified.
 *
 * <p>All lists are immutable, built once on first use and safe to share between threads.
 */
public final class PartyBodies {
  /** The Central Committee, {@code cc}. */
  public static final Id CENTRAL_COMMITTEE = Id.of("cc");
  /** The Politburo, {@code cc/politburo}. */
  public static final Id POLITBURO = Id.of("cc/politburo");
  /** The Secretariat, {@code cc/secretariat}. */
  public static final Id SECRETARIAT = Id.of("cc/secretariat");
  /** The Central Inspection Commission, {@code cc/inspection-commission}. */
  public static final Id INSPECTION_COMMISSION = Id.of("cc/inspection-commission");
  /** The Office of the Central Committee, {@code cc/office}. */
  public static final Id OFFICE = Id.of("cc/office");
  /** The Central Organisation Commission (BTCTW), {@code cc/organisation-commission}. */
  public static final Id ORGANISATION_COMMISSION = Id.of("cc/organisation-commission");
  /** The Commission for Information and Education (BTGTW), merged 2025-02-03. */
  public static final Id INFORMATION_COMMISSION = Id.of("cc/information-education-commission");
  /** The Commission for Mass Mobilisation, merged 2025-02-03. */
  public static final Id MASS_MOBILISATION_COMMISSION = Id.of("cc/mass-mobilisation-commission");
  /** The Commission for Information, Education and Mass Mobilisation, from 2025-02-03. */
  public static final Id INFORMATION_MASS_MOBILISATION_COMMISSION =
      Id.of("cc/information-education-mass-mobilisation-commission");
  /** The Commission for Internal Affairs. */
  public static final Id INTERNAL_AFFAIRS_COMMISSION = Id.of("cc/internal-affairs-commission");
  /** The Commission for Economic Affairs, renamed 2025-02-03. */
  public static final Id ECONOMIC_COMMISSION = Id.of("cc/economic-commission");
  /** The Commission for Policies and Strategies, the renamed Commission for Economic Affairs. */
  public static final Id POLICY_STRATEGY_COMMISSION = Id.of("cc/policy-strategy-commission");
  /** The Commission for External Relations, dissolved 2025-02-03. */
  public static final Id EXTERNAL_RELATIONS_COMMISSION = Id.of("cc/external-relations-commission");

  /** Provincial bodies exist only for the built-in units. */
  public static final Rule UNKNOWN_UNIT = Rule.of("party-bodies.unknown-unit",
      "the unit must be one of the built-in provincial-level units of Provinces, e.g. Provinces.byCode(\"75\", day)");

  private static final LocalDate REORGANISED = LocalDate.of(2025, 2, 3);
  private static final String CENTRAL_NOTE = "the day is that of the announcement of the Politburo's decisions "
      + "(2025-02-03, verified); the day they took effect is not verified";

  private PartyBodies() {}

  /**
   * Every built-in body: the central ones, then four per provincial-level unit.
   *
   * @return the bodies
   */
  public static ImmutableList<Body> all() {
    return Data.INSTANCE.all;
  }

  /**
   * The bodies of the centre.
   *
   * @return the Central Committee and the bodies under it, including those that ended in 2025
   */
  public static ImmutableList<Body> central() {
    return Data.INSTANCE.central;
  }

  /**
   * The provincial Party organisations directly under the Central Committee on {@code day}: 63 on 2019-09-30, 34 on
   * 2025-07-01. Hand them to {@link BodyHierarchy#of} (with {@link #central()} for their parent) to roll figures
   * up to the centre.
   *
   * @param day the day
   * @return the organisations, in the code order of their units
   */
  public static ImmutableList<Body> provincialOrganisationsOn(LocalDate day) {
    return Provinces.on(day).stream().map(p -> organisationOf(p)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether a body is the Party organisation of a provincial-level unit, one of those {@link
   * #provincialOrganisationsOn} returns on some day. The Party organisations directly under the Central Committee
   * that are not territorial (the army's, the public security's…) work at the same {@linkplain BodyLevel#PROVINCIAL
   * level} but are not provincial organisations, so this, not the level, is how to pick the provinces' organisations
   * out of the Central Committee's children:
   *
   * <pre>{@code
   * RollUp.of(PartyBodies.hierarchy(), PartyBodies.CENTRAL_COMMITTEE, LocalDate.of(2019, 9, 30))
   *     .onlyChildren(PartyBodies::isProvincialOrganisation); // expects 63 children
   * }</pre>
   *
   * @param body the body
   * @return whether it is a built-in provincial Party organisation; false for a body of one's own
   */
  public static boolean isProvincialOrganisation(Body body) {
    requireNonNull(body, "body");
    return Data.INSTANCE.provincialOrganisations.contains(body);
  }

  /**
   * The Party organisation of a provincial-level unit.
   *
   * @param unit the unit
   * @return the organisation, e.g. <i>Đảng bộ tỉnh Đồng Nai</i> for {@code province/dong-nai}
   * @throws ValidationException if the unit is not one of {@link Provinces#all()} (rule {@link #UNKNOWN_UNIT})
   */
  public static Body organisationOf(Province unit) {
    return Data.INSTANCE.hierarchy.get(organisationId(unit));
  }

  /**
   * The Party committee of a provincial-level unit's Party organisation.
   *
   * @param unit the unit
   * @return the committee, e.g. <i>Tỉnh ủy Đồng Nai</i>
   * @throws ValidationException if the unit is not one of {@link Provinces#all()} (rule {@link #UNKNOWN_UNIT})
   */
  public static Body committeeOf(Province unit) {
    return Data.INSTANCE.hierarchy.get(organisationId(unit).child("committee"));
  }

  /**
   * Every built-in body as a hierarchy, to be queried on any date or extended with a user's own bodies through
   * {@link BodyHierarchy#plus}.
   *
   * @return the hierarchy
   */
  public static BodyHierarchy hierarchy() {
    return Data.INSTANCE.hierarchy;
  }

  /**
   * The changes of the built-in bodies: the central changes of 2025, the renaming for Huế, the provincial mergers
   * of 2025-07-01.
   *
   * @return the changes, oldest first
   */
  public static ImmutableList<BodyChange> changes() {
    return Data.INSTANCE.history.changes();
  }

  /**
   * The changes as a history, to ask what a body became or where it came from.
   *
   * @return the history
   */
  public static BodyHistory history() {
    return Data.INSTANCE.history;
  }

  private static Id organisationId(Province unit) {
    UNKNOWN_UNIT.require(Provinces.find(unit.id()).filter(unit::equals).isPresent(), "unit",
        "unit '%s' (id '%s') is not a built-in provincial-level unit", unit, unit.id());
    return Id.of("party").child(unit.id().value().substring("province/".length()));
  }

  /** Built on first use; the holder idiom makes that lazy, once and thread-safe. */
  private static final class Data {
    static final Data INSTANCE = new Data();

    final ImmutableList<Body> central;
    final ImmutableList<Body> all;
    final ImmutableSet<Body> provincialOrganisations;
    final BodyHierarchy hierarchy;
    final BodyHistory history;

    private Data() {
      LocalDate lastDay = REORGANISED.minusDays(1);
      Validity before = Validity.until(lastDay);
      Validity after = Validity.from(REORGANISED);
      this.central = ImmutableList.of(
          Body.of(CENTRAL_COMMITTEE, BodyKind.CENTRAL_COMMITTEE, BodyLevel.CENTRAL,
              LocalizedName.of("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
                  "Central Committee of the Communist Party of Vietnam"), Validity.always())
              .withAbbreviation("BCH TW"),
          central(POLITBURO, BodyKind.POLITBURO, "Bộ Chính trị", "Politburo", null, Validity.always()),
          central(SECRETARIAT, BodyKind.SECRETARIAT, "Ban Bí thư Trung ương Đảng", "Secretariat", null,
              Validity.always()),
          central(INSPECTION_COMMISSION, BodyKind.INSPECTION_COMMISSION, "Ủy ban Kiểm tra Trung ương",
              "Central Inspection Commission", "UBKTTW", Validity.always()),
          central(OFFICE, BodyKind.OFFICE, "Văn phòng Trung ương Đảng", "Office of the Party Central Committee",
              "VPTW", Validity.always()),
          commission(ORGANISATION_COMMISSION, "Ban Tổ chức Trung ương", "Central Organisation Commission",
              "BTCTW", Validity.always()),
          commission(INFORMATION_COMMISSION, "Ban Tuyên giáo Trung ương",
              "Central Commission for Information and Education", "BTGTW", before),
          commission(MASS_MOBILISATION_COMMISSION, "Ban Dân vận Trung ương", "Central Commission for Mass Mobilisation",
              null, before),
          commission(INFORMATION_MASS_MOBILISATION_COMMISSION, "Ban Tuyên giáo và Dân vận Trung ương",
              "Central Commission for Information, Education and Mass Mobilisation", null, after),
          commission(INTERNAL_AFFAIRS_COMMISSION, "Ban Nội chính Trung ương", "Central Commission for Internal Affairs",
              null, Validity.always()),
          commission(ECONOMIC_COMMISSION, "Ban Kinh tế Trung ương", "Central Commission for Economic Affairs", null,
              before),
          commission(POLICY_STRATEGY_COMMISSION, "Ban Chính sách, chiến lược Trung ương",
              "Central Commission for Policies and Strategies", null, after),
          commission(EXTERNAL_RELATIONS_COMMISSION, "Ban Đối ngoại Trung ương",
              "Central Commission for External Relations", null, before));
      List<BodyChange> changes = new ArrayList<>(List.of(
          centralChange(BodyChange.Kind.MERGED, List.of(INFORMATION_COMMISSION, MASS_MOBILISATION_COMMISSION),
              List.of(INFORMATION_MASS_MOBILISATION_COMMISSION)),
          centralChange(BodyChange.Kind.RENAMED, List.of(ECONOMIC_COMMISSION), List.of(POLICY_STRATEGY_COMMISSION)),
          centralChange(BodyChange.Kind.DISSOLVED, List.of(EXTERNAL_RELATIONS_COMMISSION), List.of())));
      List<Body> bodies = new ArrayList<>(central);
      for (Province unit : Provinces.all()) {
        bodies.addAll(provincialBodies(unit));
        List<Province> predecessors = Provinces.predecessors(unit);
        if (!predecessors.isEmpty()) {
          changes.addAll(provincialChanges(predecessors, unit));
        }
      }
      changes.sort((a, b) -> a.date().compareTo(b.date()));
      this.all = ImmutableList.copyOf(bodies);
      this.hierarchy = BodyHierarchy.of(all);
      this.provincialOrganisations = Provinces.all().stream().map(unit -> hierarchy.get(organisationId(unit)))
          .collect(ImmutableSet.toImmutableSet());
      this.history = BodyHistory.of(changes);
    }

    private static Body central(Id id, BodyKind kind, String vi, String en, String abbreviation,
        Validity validity) {
      Body body = Body.of(id, kind, BodyLevel.CENTRAL, LocalizedName.of(vi, en), validity)
          .withParents(ParentLink.of(CENTRAL_COMMITTEE, validity));
      return abbreviation == null ? body : body.withAbbreviation(abbreviation);
    }

    private static Body commission(Id id, String vi, String en, String abbreviation, Validity validity) {
      return central(id, BodyKind.ADVISORY_COMMISSION, vi, en, abbreviation, validity);
    }

    private static BodyChange centralChange(BodyChange.Kind kind, List<Id> predecessors, List<Id> successors) {
      return BodyChange.builder().kind(kind).date(REORGANISED).addAllPredecessors(predecessors)
          .addAllSuccessors(successors).note(CENTRAL_NOTE).build();
    }

    /**
     * The four bodies of a unit, named after it; Hồ Chí Minh keeps "Thành phố" (in English "City") lest it read as
     * a person.
     */
    private static List<Body> provincialBodies(Province unit) {
      boolean personName = VietnameseText.foldKey(unit.name()).equals("ho chi minh");
      String place = personName ? unit.fullName().vi() : unit.name();
      String placeEn = unit.fullName().en().orElseThrow();
      String committeeVi = unit.kind().committee() + " " + place;
      String committeeEn = (personName ? placeEn : unit.name() + " " + unit.kind().adjective()) + " Party Committee";
      Id organisation = organisationId(unit);
      Id committee = organisation.child("committee");
      Validity life = unit.validity();
      return List.of(
          provincial(organisation, BodyKind.PARTY_ORGANISATION,
              "Đảng bộ " + (place.equals(unit.name()) ? unit.kind().inPhrase() + " " : "") + place,
              "Party Organisation of " + placeEn, CENTRAL_COMMITTEE, life),
          provincial(committee, BodyKind.PARTY_COMMITTEE, committeeVi, committeeEn, organisation, life),
          provincial(committee.child("standing-board"), BodyKind.STANDING_BOARD, "Ban Thường vụ " + committeeVi,
              "Standing Board of the " + committeeEn, committee, life),
          provincial(committee.child("organisation-commission"), BodyKind.ADVISORY_COMMISSION,
              "Ban Tổ chức " + committeeVi, "Organisation Commission of the " + committeeEn, committee, life));
    }

    private static Body provincial(Id id, BodyKind kind, String vi, String en, Id parent, Validity life) {
      return Body.of(id, kind, BodyLevel.PROVINCIAL, LocalizedName.of(vi, en), life)
          .withParents(ParentLink.of(parent, life));
    }

    /** One change per body of the unit, mirroring how the unit came from its predecessors. */
    private static List<BodyChange> provincialChanges(List<Province> predecessors, Province unit) {
      boolean merger = predecessors.size() > 1;
      BodyChange.Kind kind = merger ? BodyChange.Kind.MERGED : BodyChange.Kind.RENAMED;
      LocalDate day = unit.validity().start().orElseThrow();
      Optional<DocumentReference> decision = merger
          ? Optional.of(DocumentReference.of(DocumentNumber.parse("60-NQ/TW"), LocalDate.of(2025, 4, 12)))
          : Optional.empty();
      String note = merger
          ? "decided by Nghị quyết 60-NQ/TW; each new provincial Party organisation was set up by its own Politburo "
              + "decision (e.g. 328-QĐ/TW for An Giang), effective 2025-07-01"
          : "the unit became " + unit.fullName().vi() + " on " + day;
      if (unit.attestation() != Attestation.VERIFIED) {
        note = note + "; known from " + unit.attestation().code() + " sources only";
      }
      List<BodyChange> changes = new ArrayList<>();
      for (Function<Id, Id> part : List.<Function<Id, Id>>of(id -> id, id -> id.child("committee"),
          id -> id.child("committee/standing-board"), id -> id.child("committee/organisation-commission"))) {
        BodyChange.Builder change = BodyChange.builder().kind(kind).date(day)
            .addSuccessor(part.apply(organisationId(unit))).note(note);
        predecessors.forEach(p -> change.addPredecessor(part.apply(organisationId(p))));
        decision.ifPresent(change::decision);
        changes.add(change.build());
      }
      return changes;
    }
  }
}
