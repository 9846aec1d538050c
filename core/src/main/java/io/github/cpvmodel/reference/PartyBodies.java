package io.github.cpvmodel.reference;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Ordering;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Party bodies cpv-model knows without being told: the Central Committee and the bodies of the centre (the
 * Politburo, the Secretariat, the Central Inspection Commission, the Office and the advisory commissions, with the
 * changes of 2025), and for every {@linkplain Provinces provincial-level unit} its Party organisation (<i>đảng
 * bộ</i>) under the Central Committee, that organisation's Party committee (<i>Tỉnh ủy</i>, <i>Thành ủy</i>), the
 * committee's standing board and its Organisation Commission; and the Party organisations directly under the Central
 * Committee that are not territorial (<i>đảng bộ trực thuộc Trung ương</i>), with their committees: the army's
 * (<i>Quân ủy Trung ương</i>), the public security's (<i>Đảng ủy Công an Trung ương</i>), the two central blocs
 * until 2025 and the four organisations set up in 2025.
 *
 * <pre>{@code
 * PartyBodies.provincialOrganisationsOn(LocalDate.of(2019, 9, 30)).size(); // 63
 * PartyBodies.provincialOrganisationsOn(LocalDate.of(2025, 7, 1)).size();  // 34
 * PartyBodies.directOrganisationsOn(LocalDate.of(2025, 7, 1)).size();      // 40: 34 + army + public security + 4
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
 * <p>The non-territorial organisations work at the {@linkplain BodyLevel#PROVINCIAL provincial level} but are not
 * provincial organisations: {@link #provincialOrganisationsOn} and {@link #isProvincialOrganisation} leave them out,
 * {@link #directOrganisationsOn} counts them. The record gives no founding day for any of them, so their lives start
 * open. The two central blocs were dissolved and the four new organisations established on 2025-02-03; which new
 * organisation took over which bloc's members is not recorded, so no change links them. The committees of the blocs
 * and of the new organisations are named by the usual pattern for an agency's or a bloc's committee (<i>Đảng
 * ủy</i> …). In 2015 there were "67 tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"; that these were the 63
 * provinces' and the four non-territorial ones is an inference, not a verified fact.
 *
 * <p><b>One order.</b> Every list of bodies here is in the order of {@link #all()}, which is also the order in which
 * {@link #hierarchy()} gives the children of a body on a day: the central bodies, then the provincial ones by the code
 * of their unit (and, for one code, by the unit's first day), then the non-territorial organisations. On any day a
 * code names one unit, so the provincial bodies standing on a day are in the code order of their units whichever era
 * they began in, and {@link #provincialOrganisationsOn}, the children of the Central Committee on that day and a
 * roll-up's {@code expected()} and {@code missing()} over them list the provinces alike.
 *
 * <p>The central bodies and the non-territorial organisations, with their changes of 2025, are read from the
 * resources {@code party-bodies.csv} and {@code party-body-changes.csv}, each row with the sources it rests on. All
 * lists are immutable, built once on first use and safe to share between threads.
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

  /** The Party organisation of the army (<i>Đảng bộ Quân đội</i>), directly under the Central Committee. */
  public static final Id ARMY = Id.of("party/army");
  /** The Central Military Commission (<i>Quân ủy Trung ương</i>), the army Party organisation's committee. */
  public static final Id ARMY_COMMITTEE = ARMY.child("committee");
  /** The central public security Party organisation (<i>Đảng bộ Công an Trung ương</i>). */
  public static final Id PUBLIC_SECURITY = Id.of("party/public-security");
  /** The Central Public Security Party Committee (<i>Đảng ủy Công an Trung ương</i>). */
  public static final Id PUBLIC_SECURITY_COMMITTEE = PUBLIC_SECURITY.child("committee");
  /** The Party organisation of the central agencies bloc (<i>Đảng bộ Khối các cơ quan Trung ương</i>), to 2025. */
  public static final Id CENTRAL_AGENCIES_BLOC = Id.of("party/central-agencies-bloc");
  /** The Party organisation of the central enterprises bloc (<i>Đảng bộ Khối Doanh nghiệp Trung ương</i>), to 2025. */
  public static final Id CENTRAL_ENTERPRISES_BLOC = Id.of("party/central-enterprises-bloc");
  /** The Party organisation of the central Party agencies (<i>Đảng bộ các cơ quan Đảng Trung ương</i>), from 2025. */
  public static final Id CENTRAL_PARTY_AGENCIES = Id.of("party/central-party-agencies");
  /** The Party organisation of the Government (<i>Đảng bộ Chính phủ</i>), from 2025. */
  public static final Id GOVERNMENT = Id.of("party/government");
  /** The Party organisation of the National Assembly (<i>Đảng bộ Quốc hội</i>), from 2025. */
  public static final Id NATIONAL_ASSEMBLY = Id.of("party/national-assembly");
  /**
   * The Party organisation of the Vietnam Fatherland Front and the central mass organisations (<i>Đảng bộ Mặt trận
   * Tổ quốc Việt Nam, các đoàn thể Trung ương</i>), from 2025.
   */
  public static final Id FATHERLAND_FRONT = Id.of("party/fatherland-front-mass-organisations");

  /** Provincial bodies exist only for the built-in units. */
  public static final Rule UNKNOWN_UNIT = Rule.of("party-bodies.unknown-unit",
      "the unit must be one of the built-in provincial-level units of Provinces, e.g. Provinces.byCode(\"75\", day)");

  private PartyBodies() {}

  /**
   * {@return every built-in body: the central ones, then four per provincial-level unit in the code order of the units
   * (see the order above), then the non-territorial Party organisations directly under the Central Committee and their
   * committees}
   */
  public static ImmutableList<Body> all() {
    return Data.INSTANCE.all;
  }

  /**
   * {@return the bodies of the centre: the Central Committee and the bodies under it, including those that ended in
   * 2025}
   */
  public static ImmutableList<Body> central() {
    return Data.INSTANCE.central;
  }

  /**
   * The provincial Party organisations directly under the Central Committee on {@code day}: 63 on 2019-09-30, 34 on
   * 2025-07-01; not the army's and the other non-territorial ones, which {@link #directOrganisationsOn} adds. Hand
   * them to {@link BodyHierarchy#of} (with {@link #central()} for their parent) to roll figures up to the centre.
   *
   * @param day the day
   * @return the organisations, in the code order of their units: the order of {@link #all()}
   */
  public static ImmutableList<Body> provincialOrganisationsOn(LocalDate day) {
    return Provinces.on(day).stream().map(p -> organisationOf(p)).collect(ImmutableList.toImmutableList());
  }

  /**
   * All Party organisations directly under the Central Committee on {@code day} (<i>đảng bộ trực thuộc Trung
   * ương</i>): the {@linkplain #provincialOrganisationsOn provincial ones} and those that are not territorial. 67 on
   * 2019-09-30 (63 provinces, the army, the public security and the two central blocs; that the 67 of the record
   * are these is inferred, see above), 40 on 2025-07-01 (34 provinces, the army, the public security and the four
   * organisations set up on 2025-02-03).
   *
   * @param day the day
   * @return the organisations: the provincial ones in the code order of their units, then the others
   */
  public static ImmutableList<Body> directOrganisationsOn(LocalDate day) {
    return ImmutableList.<Body>builder().addAll(provincialOrganisationsOn(day))
        .addAll(Data.INSTANCE.nonTerritorial.stream().filter(b -> b.existsOn(day)).iterator()).build();
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
    return Data.INSTANCE.hierarchy.byId(organisationId(unit));
  }

  /**
   * The Party committee of a provincial-level unit's Party organisation.
   *
   * @param unit the unit
   * @return the committee, e.g. <i>Tỉnh ủy Đồng Nai</i>
   * @throws ValidationException if the unit is not one of {@link Provinces#all()} (rule {@link #UNKNOWN_UNIT})
   */
  public static Body committeeOf(Province unit) {
    return Data.INSTANCE.hierarchy.byId(organisationId(unit).child("committee"));
  }

  /**
   * The provincial-level unit a body belongs to on a day: the unit whose Party organisation, Party committee, standing
   * board or Organisation Commission the body is, for units of both eras.
   *
   * <pre>{@code
   * PartyBodies.provinceOn(Id.of("party/binh-phuoc/committee"), LocalDate.of(2019, 9, 30)); // Bình Phước
   * PartyBodies.provinceOn(Id.of("party/binh-phuoc/committee"), LocalDate.of(2025, 7, 1));  // empty: merged
   * }</pre>
   *
   * @param body the body's id
   * @param day the day
   * @return the unit, or empty if the body is not one of a unit's built-in bodies or did not exist on {@code day}
   */
  public static Optional<Province> provinceOn(Id body, LocalDate day) {
    requireNonNull(day, "day");
    return Optional.ofNullable(Data.INSTANCE.unitOfBody.get(requireNonNull(body, "body")))
        .filter(unit -> unit.existsOn(day));
  }

  /**
   * The Party organisation of a provincial-level unit on a day, from the unit's id (as a bridge point names it): the
   * way back from {@link #provinceOn}. For a unit that had ended by {@code day}, ask {@link Provinces#successorsOn}
   * first for the units that took it over.
   *
   * <pre>{@code
   * PartyBodies.organisationOn(Id.of("province/dong-nai"), LocalDate.of(2019, 9, 30)); // Đảng bộ tỉnh Đồng Nai
   * }</pre>
   *
   * @param unit the unit's id, e.g. {@code province/dong-nai}
   * @param day the day
   * @return the organisation, or empty if no built-in unit has that id or the unit did not exist on {@code day}
   */
  public static Optional<Body> organisationOn(Id unit, LocalDate day) {
    requireNonNull(day, "day");
    return Provinces.find(requireNonNull(unit, "unit")).filter(p -> p.existsOn(day)).map(PartyBodies::organisationOf);
  }

  /**
   * The Party committee of a provincial-level unit on a day, from the unit's id; see {@link #organisationOn}.
   *
   * @param unit the unit's id, e.g. {@code province/dong-nai}
   * @param day the day
   * @return the committee, e.g. <i>Tỉnh ủy Đồng Nai</i>, or empty if no built-in unit has that id or the unit did
   *     not exist on {@code day}
   */
  public static Optional<Body> committeeOn(Id unit, LocalDate day) {
    requireNonNull(day, "day");
    return Provinces.find(requireNonNull(unit, "unit")).filter(p -> p.existsOn(day)).map(PartyBodies::committeeOf);
  }

  /**
   * {@return every built-in body as a hierarchy, to be queried on any date or extended with a user's own bodies through
   * {@link BodyHierarchy#plus}}
   */
  public static BodyHierarchy hierarchy() {
    return Data.INSTANCE.hierarchy;
  }

  /**
   * {@return the changes of the built-in bodies, oldest first: the central changes of 2025 (including the end of the
   * two central blocs and the four organisations set up under the Central Committee), the renaming for Huế, the
   * provincial mergers of 2025-07-01}
   */
  public static ImmutableList<BodyChange> changes() {
    return Data.INSTANCE.history.changes();
  }

  /** {@return the changes as a history, to ask what a body became or where it came from} */
  public static BodyHistory history() {
    return Data.INSTANCE.history;
  }

  private static Id organisationId(Province unit) {
    UNKNOWN_UNIT.require(Provinces.find(unit.id()).filter(unit::equals).isPresent(), "unit",
        "unit '%s' (id '%s') is not a built-in provincial-level unit", unit, unit.id());
    return Id.of("party").child(unit.id().value().substring("province/".length()));
  }

  /**
   * The one order of the provincial bodies: by the code of their unit, then by the unit's first day. On any day a code
   * names one unit, so the bodies standing on a day are in the code order of their units whichever era they began in.
   */
  private static final Ordering<Province> UNIT_ORDER = Ordering.natural().<Province>onResultOf(Province::code)
      .compound(Ordering.natural().onResultOf(p -> p.validity().start().orElse(LocalDate.MIN)));

  /** Built on first use; the holder idiom makes that lazy, once and thread-safe. */
  private static final class Data {
    static final Data INSTANCE = new Data();

    final ImmutableList<Body> central;
    final ImmutableList<Body> all;
    final ImmutableSet<Body> provincialOrganisations;
    final ImmutableList<Body> nonTerritorial;
    final BodyHierarchy hierarchy;
    final BodyHistory history;
    final ImmutableMap<Id, Province> unitOfBody;

    private Data() {
      List<Body> central = new ArrayList<>();
      List<Body> nonTerritorial = new ArrayList<>();
      List<Body> directBodies = new ArrayList<>();
      for (ReferenceFile.Row row : ReferenceFile.load("party-bodies.csv").rows()) {
        Body body = body(row);
        if (body.level() == BodyLevel.CENTRAL) {
          central.add(body);
        } else {
          directBodies.add(body);
          if (body.kind() == BodyKind.PARTY_ORGANISATION) {
            nonTerritorial.add(body);
          }
        }
      }
      List<BodyChange> changes = new ArrayList<>();
      for (ReferenceFile.Row row : ReferenceFile.load("party-body-changes.csv").rows()) {
        changes.add(change(row));
      }
      List<Body> bodies = new ArrayList<>(central);
      for (Province unit : UNIT_ORDER.sortedCopy(Provinces.all())) {
        bodies.addAll(provincialBodies(unit));
        List<Province> predecessors = Provinces.predecessors(unit);
        if (!predecessors.isEmpty()) {
          changes.addAll(provincialChanges(predecessors, unit));
        }
      }
      bodies.addAll(directBodies);
      changes.sort((a, b) -> a.date().compareTo(b.date()));
      this.central = ImmutableList.copyOf(central);
      this.all = ImmutableList.copyOf(bodies);
      this.hierarchy = BodyHierarchy.of(all);
      this.nonTerritorial = ImmutableList.copyOf(nonTerritorial);
      this.provincialOrganisations = Provinces.all().stream().map(unit -> hierarchy.byId(organisationId(unit)))
          .collect(ImmutableSet.toImmutableSet());
      this.history = BodyHistory.of(changes);
      ImmutableMap.Builder<Id, Province> unitOfBody = ImmutableMap.builder();
      for (Province unit : Provinces.all()) {
        provincialBodies(unit).forEach(body -> unitOfBody.put(body.id(), unit));
      }
      this.unitOfBody = unitOfBody.build();
    }

    /** A body of {@code party-bodies.csv}: one parent link for its whole life, if it has a parent. */
    private static Body body(ReferenceFile.Row row) {
      Validity life = Validity.of(row.findDate("valid_from"), row.findDate("valid_to"));
      Body body = Body.of(row.get("id", Id::of), row.get("kind", BodyKind::parse), row.get("level", BodyLevel::parse),
          LocalizedName.of(row.get("name_vi"), row.get("name_en")), life);
      Optional<Id> parent = row.find("parent", Id::of);
      if (parent.isPresent()) {
        body = body.withParents(ParentLink.of(parent.get(), life));
      }
      Optional<String> abbreviation = row.find("abbreviation");
      return abbreviation.isPresent() ? body.withAbbreviation(abbreviation.get()) : body;
    }

    /** A change of {@code party-body-changes.csv}. */
    private static BodyChange change(ReferenceFile.Row row) {
      BodyChange.Builder change = BodyChange.builder()
          .kind(row.get("kind", BodyChange.Kind::parse))
          .date(row.getDate("date"))
          .addAllPredecessors(row.find("predecessors", Data::ids).orElse(List.of()))
          .addAllSuccessors(row.find("successors", Data::ids).orElse(List.of()));
      row.find("note").ifPresent(change::note);
      row.find("decision", DocumentNumber::parse).ifPresent(number ->
          change.decision(DocumentReference.of(number, row.getDate("decision_date"))));
      return change.build();
    }

    private static List<Id> ids(String cell) {
      return Stream.of(cell.split(";", -1)).map(String::strip).map(Id::of).collect(Collectors.toList());
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
