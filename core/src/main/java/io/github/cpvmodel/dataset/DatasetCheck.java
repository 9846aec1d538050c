package io.github.cpvmodel.dataset;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Violation;
import io.github.cpvmodel.RomanNumeral;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.body.BodyHistory;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.IssuerCode;
import io.github.cpvmodel.meeting.AgendaItem;
import io.github.cpvmodel.meeting.BridgePoint;
import io.github.cpvmodel.meeting.BridgePointCount;
import io.github.cpvmodel.meeting.Conference;
import io.github.cpvmodel.meeting.Congress;
import io.github.cpvmodel.meeting.Direction;
import io.github.cpvmodel.meeting.Leader;
import io.github.cpvmodel.meeting.Meeting;
import io.github.cpvmodel.meeting.MeetingReference;
import io.github.cpvmodel.meeting.Participant;
import io.github.cpvmodel.meeting.Plenum;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Personnel;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.Province;
import io.github.cpvmodel.reference.Provinces;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks of a {@link Dataset} across its values, collecting every violation. The checks of the bodies,
 * tenures, documents and observations are those of their own packages; what is checked here is what only meetings
 * and terms can break.
 */
final class DatasetCheck {
  private final Dataset dataset;
  private final List<Violation> violations = new ArrayList<>();

  /** The dataset's own history of bodies, once its changes are known to be consistent. */
  private Optional<BodyHistory> history = Optional.empty();

  private final BodyHierarchy bodies;
  private final Personnel personnel;
  /** Empty when the documents themselves are inconsistent: their violations are reported, citations not. */
  private final Optional<DocumentRegistry> registry;

  private DatasetCheck(Dataset dataset) {
    this.dataset = dataset;
    this.bodies = hierarchy(dataset.bodies());
    violations.addAll(bodies.validate());
    changes();
    this.personnel = Personnel.of(distinct(dataset.people(), Person::id, "people", Personnel.DUPLICATE_ID),
        distinct(dataset.posts(), Post::id, "posts", Personnel.DUPLICATE_ID), dataset.tenures());
    violations.addAll(personnel.validate(bodies));
    List<Violation> documents = DocumentRegistry.validate(dataset.documents(), dataset.relations());
    violations.addAll(documents);
    this.registry = documents.isEmpty() ? Optional.of(dataset.registry()) : Optional.empty();
  }

  static DatasetCheck of(Dataset dataset) {
    DatasetCheck check = new DatasetCheck(dataset);
    check.observations();
    check.meetings();
    check.congressOrder();
    check.congressOrdinals();
    check.terms();
    check.documentIssuers();
    return check;
  }

  ImmutableList<Violation> violations() {
    return ImmutableList.copyOf(violations);
  }

  /** The hierarchy of the bodies: the first body of each id, every later one reported. */
  private BodyHierarchy hierarchy(List<Body> all) {
    try {
      // Ids are almost always unique, which the hierarchy's own index finds out: the bodies are indexed once.
      return BodyHierarchy.of(all);
    } catch (ValidationException e) {
      return BodyHierarchy.of(distinct(all, Body::id, "bodies", BodyHierarchy.DUPLICATE_ID));
    }
  }

  /** The first value of each id, reporting every later one. */
  private <T> List<T> distinct(List<T> values, Function<T, Id> id, String field, Rule rule) {
    return rule.index(values, id, field + "[%d].id", violations::add).values().asList();
  }

  /** The changes against the bodies; a body ended or begun twice is reported, not thrown. */
  private void changes() {
    try {
      history = Optional.of(BodyHistory.of(dataset.changes()));
      violations.addAll(history.get().validate(bodies));
    } catch (ValidationException e) {
      violations.addAll(e.violations());
    }
  }

  private void observations() {
    Map<Id, Indicator> indicators = new LinkedHashMap<>();
    distinct(dataset.indicators(), Indicator::id, "indicators", Dataset.DUPLICATE_ID)
        .forEach(i -> indicators.put(i.id(), i));
    // A dataset may hold millions of observations: the path of one is made only for a violation, and an indicator
    // or a body found is not looked up again for the observations that follow it, as its observations usually do.
    Id found = null;
    Id measured = null;
    Indicator indicator = null;
    Subjects subjects = new Subjects(bodies);
    for (int i = 0; i < dataset.observations().size(); i++) {
      Observation observation = dataset.observations().get(i);
      if (observation.indicator() != measured) {
        indicator = indicators.get(observation.indicator());
        measured = indicator == null ? null : observation.indicator();
      }
      if (indicator == null) {
        unknown("observations[" + i + "].indicator", "indicator", observation.indicator());
      } else {
        try {
          indicator.requireFigure(observation);
        } catch (ValidationException e) {
          violations.addAll(e.withPathPrefix("observations[" + i + "]").violations());
        }
      }
      if (observation.subject() != found) {
        if (subjects.contains(observation.subject())) {
          found = observation.subject();
        } else {
          unknown("observations[" + i + "].subject", "body", observation.subject());
        }
      }
    }
  }

  private void meetings() {
    distinct(dataset.meetings(), Meeting::id, "meetings", Dataset.DUPLICATE_ID);
    for (int i = 0; i < dataset.meetings().size(); i++) {
      Meeting meeting = dataset.meetings().get(i);
      String path = "meetings[" + i + "]";
      if (meeting instanceof Conference) {
        conference(path, (Conference) meeting);
      } else if (meeting instanceof Congress) {
        congress(path, (Congress) meeting);
      } else {
        plenum(path, (Plenum) meeting);
      }
    }
  }

  private void conference(String path, Conference conference) {
    LocalDate day = conference.time().firstDay();
    LocalDate citedOn = conference.time().lastDay();
    bodyOn(path + ".organiser", conference.organiser(), day);
    participants(path + ".participants", conference.participants(), day);
    for (int i = 0; i < conference.bridgePoints().size(); i++) {
      BridgePoint point = conference.bridgePoints().get(i);
      String at = path + ".bridgePoints[" + i + "]";
      point.body().ifPresent(body -> bodyOn(at + ".body", body, day));
      point.province().ifPresent(province -> provinceOn(at + ".province", province, day));
      participants(at + ".participants", point.participants(), day);
    }
    bridgePointCounts(path, conference, day);
    cite(path + ".citedDocuments", conference.citedDocuments(), citedOn);
    for (int i = 0; i < conference.agenda().size(); i++) {
      AgendaItem item = conference.agenda().get(i);
      String at = path + ".agenda[" + i + "]";
      item.presenter().ifPresent(person -> person(at + ".presenter", person));
      cite(at + ".documents", item.documents(), citedOn);
      meetingReferences(at + ".meetings", item.meetings());
    }
    for (int i = 0; i < conference.directions().size(); i++) {
      Direction direction = conference.directions().get(i);
      String at = path + ".directions[" + i + "]";
      for (int j = 0; j < direction.addressees().size(); j++) {
        bodyOn(at + ".addressees[" + j + "]", direction.addressees().get(j), day);
      }
      cite(at + ".documents", direction.documents(), citedOn);
      meetingReferences(at + ".meetings", direction.meetings());
    }
  }

  /**
   * The bridge points a conference lists at each level it counts never outnumber the count. A listed point's level
   * is its body's on the day; a point tied to a province alone is provincial; a point whose body is unknown is
   * reported as such and not counted.
   */
  private void bridgePointCounts(String path, Conference conference, LocalDate day) {
    Map<BodyLevel, Integer> listed = new EnumMap<>(BodyLevel.class);
    for (BridgePoint point : conference.bridgePoints()) {
      Optional<BodyLevel> level = point.body().isPresent()
          ? bodies.find(point.body().get()).map(Body::level) : Optional.of(BodyLevel.PROVINCIAL);
      level.ifPresent(l -> listed.merge(l, 1, Integer::sum));
    }
    for (int i = 0; i < conference.bridgePointCounts().size(); i++) {
      BridgePointCount count = conference.bridgePointCounts().get(i);
      int n = listed.getOrDefault(count.level(), 0);
      if (n > count.count()) {
        violations.add(Dataset.BRIDGE_POINT_COUNT.violation(path + ".bridgePointCounts[" + i + "].count",
            String.format("%d bridge points at the %s level are listed but %d counted on '%s'", n,
                count.level().code(), count.count(), day)));
      }
    }
  }

  /** A reference names a body of the dataset and, if it claims a meeting, one of the dataset that it describes. */
  private void meetingReferences(String path, List<MeetingReference> references) {
    for (int i = 0; i < references.size(); i++) {
      MeetingReference reference = references.get(i);
      String at = path + "[" + i + "]";
      reference.body().ifPresent(body -> body(at + ".body", body));
      reference.meeting().ifPresent(id -> {
        Optional<Meeting> meeting = dataset.findMeeting(id);
        if (meeting.isEmpty()) {
          unknown(at + ".meeting", "meeting", id);
        } else if (!reference.matches(meeting.get())) {
          violations.add(Dataset.MEETING_REFERENCE.violation(at + ".meeting", String.format(
              "'%s' is not the %s the reference describes (%s)", id, reference.kind().code(),
              MeetingReference.to(meeting.get()))));
        }
      });
    }
  }

  private void congress(String path, Congress congress) {
    bodyOn(path + ".body", congress.body(), congress.time().firstDay());
    for (int i = 0; i < congress.elected().size(); i++) {
      body(path + ".elected[" + i + "].body", congress.elected().get(i).body());
    }
    for (int i = 0; i < congress.leaders().size(); i++) {
      leader(path + ".leaders[" + i + "]", congress.leaders().get(i), congress.time().firstDay());
    }
    adopted(path + ".documents", congress.documents());
  }

  /** A leader a congress opened on {@code day} produced: a tenure on the same basis begins on or after that day. */
  private void leader(String path, Leader leader, LocalDate day) {
    boolean known = person(path + ".person", leader.person());
    if (personnel.findPost(leader.post()).isEmpty()) {
      unknown(path + ".post", "post", leader.post());
      known = false;
    }
    if (!known) {
      return;
    }
    List<Tenure> held = dataset.tenures().stream()
        .filter(t -> t.person().equals(leader.person()) && t.post().equals(leader.post()))
        .collect(Collectors.toList());
    if (held.stream().noneMatch(t -> t.basis() == leader.basis()
        && t.validity().start().filter(start -> !start.isBefore(day)).isPresent())) {
      violations.add(Dataset.LEADER_TENURE.violation(path, String.format(
          "no tenure of '%s' as '%s' on basis '%s' begins on or after the congress opened on '%s' (tenures of "
              + "the person in the post: %s)", leader.person(), leader.post(), leader.basis().code(), day,
          held.stream().map(t -> "'" + t.validity() + "' " + t.basis().code()).collect(Collectors.joining(", ")))));
    }
  }

  private void plenum(String path, Plenum plenum) {
    bodyOn(path + ".body", plenum.body(), plenum.time().firstDay());
    adopted(path + ".adopted", plenum.adopted());
    dataset.terms().stream()
        .filter(t -> t.body().equals(plenum.body()) && t.number() == plenum.term())
        .findFirst()
        .filter(term -> !term.validity().encloses(plenum.dates()))
        .ifPresent(term -> violations.add(Dataset.PLENUM_TERM.violation(path + ".time", String.format(
            "plenum '%s' of term %s on '%s' falls outside the term's days '%s'", plenum.id(),
            plenum.termNumeral(), plenum.dates(), term.validity()))));
  }

  private void participants(String path, List<Participant> participants, LocalDate day) {
    for (int i = 0; i < participants.size(); i++) {
      Participant participant = participants.get(i);
      String at = path + "[" + i + "]";
      boolean known = person(at + ".person", participant.person());
      ImmutableList<Post> held = known ? personnel.postsHeldOn(participant.person(), day) : ImmutableList.of();
      for (int j = 0; j < participant.posts().size(); j++) {
        Id post = participant.posts().get(j);
        if (personnel.findPost(post).isEmpty()) {
          unknown(at + ".posts[" + j + "]", "post", post);
        } else if (known && held.stream().noneMatch(p -> p.id().equals(post))) {
          violations.add(Dataset.POST_HELD.violation(at + ".posts[" + j + "]", String.format(
              "'%s' did not hold '%s' on '%s' (held then: %s)", participant.person(), post, day,
              held.isEmpty() ? "no post" : held.stream().map(p -> "'" + p.id() + "'").collect(Collectors.joining(", ")))));
        }
      }
    }
  }

  private boolean person(String path, Id person) {
    if (personnel.findPerson(person).isPresent()) {
      return true;
    }
    unknown(path, "person", person);
    return false;
  }

  private Optional<Body> body(String path, Id body) {
    Optional<Body> found = bodies.find(body);
    if (found.isEmpty()) {
      unknown(path, "body", body);
    }
    return found;
  }

  private void bodyOn(String path, Id id, LocalDate day) {
    body(path, id).filter(body -> !body.existsOn(day)).ifPresent(body -> violations.add(
        Dataset.BODY_EXISTED.violation(path, String.format("body '%s' existed '%s', not on '%s'", id,
            body.validity(), day))));
  }

  private void provinceOn(String path, Id id, LocalDate day) {
    Optional<Province> province = Provinces.find(id);
    if (province.isEmpty()) {
      violations.add(Dataset.REFERENCE.violation(path, String.format("'%s' is not a built-in province", id)));
    } else if (!province.get().existsOn(day)) {
      violations.add(Dataset.PROVINCE_EXISTED.violation(path, String.format(
          "province '%s' existed '%s', not on '%s'", id, province.get().validity(), day)));
    }
  }

  private void cite(String path, List<DocumentReference> references, LocalDate day) {
    registry.ifPresent(documents -> {
      for (int i = 0; i < references.size(); i++) {
        documents.resolve(references.get(i), day).violation(path + "[" + i + "]").ifPresent(violations::add);
      }
    });
  }

  private void adopted(String path, List<DocumentKey> keys) {
    registry.ifPresent(documents -> {
      for (int i = 0; i < keys.size(); i++) {
        if (documents.find(keys.get(i)).isEmpty()) {
          violations.add(Dataset.REFERENCE.violation(path + "[" + i + "]",
              String.format("'%s' is not a document of the dataset", keys.get(i))));
        }
      }
    });
  }

  private void congressOrder() {
    Map<Id, List<Integer>> byBody = new LinkedHashMap<>();
    for (int i = 0; i < dataset.meetings().size(); i++) {
      if (dataset.meetings().get(i) instanceof Congress) {
        byBody.computeIfAbsent(((Congress) dataset.meetings().get(i)).body(), b -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> indexes : byBody.values()) {
      indexes.sort(Comparator.comparing(i -> ((Congress) dataset.meetings().get(i)).time()));
      for (int k = 1; k < indexes.size(); k++) {
        Congress earlier = (Congress) dataset.meetings().get(indexes.get(k - 1));
        Congress later = (Congress) dataset.meetings().get(indexes.get(k));
        if (later.ordinal() <= earlier.ordinal()) {
          violations.add(Dataset.CONGRESS_ORDER.violation("meetings[" + indexes.get(k) + "].ordinal", String.format(
              "congress %s of '%s' on '%s' follows congress %s of '%s'", later.numeral(), later.body(),
              later.dates(), earlier.numeral(), earlier.dates())));
        }
      }
    }
  }

  /**
   * A body that began anew (merged or established) numbers its congresses from I, at most one a year; the bodies'
   * beginnings are the built-in changes.
   */
  private void congressOrdinals() {
    for (int i = 0; i < dataset.meetings().size(); i++) {
      if (!(dataset.meetings().get(i) instanceof Congress)) {
        continue;
      }
      Congress congress = (Congress) dataset.meetings().get(i);
      // Where the body began: the dataset's own changes say it first, the built-in history otherwise.
      Optional<BodyChange> began = history.flatMap(h -> h.beginningOf(congress.body()))
          .or(() -> PartyBodies.history().beginningOf(congress.body()))
          .filter(c -> c.kind() == BodyChange.Kind.MERGED || c.kind() == BodyChange.Kind.ESTABLISHED);
      if (began.isEmpty()) {
        continue;
      }
      int years = congress.time().firstDay().getYear() - began.get().date().getYear();
      // A congress before the body began is the body-existed rule's to report.
      if (!congress.time().firstDay().isBefore(began.get().date()) && congress.ordinal() - 1 > years) {
        violations.add(Dataset.CONGRESS_ORDINAL.violation("meetings[" + i + "].ordinal", String.format(
            "'%s' began anew on '%s' (%s), so its congress of %d is numbered at most %s, not %s", congress.body(),
            began.get().date(), began.get().kind().code(), congress.time().firstDay().getYear(),
            RomanNumeral.of(years + 1), congress.numeral())));
      }
    }
  }

  private void terms() {
    distinct(dataset.terms(), Term::id, "terms", Dataset.DUPLICATE_ID);
    for (int i = 0; i < dataset.terms().size(); i++) {
      Term term = dataset.terms().get(i);
      String path = "terms[" + i + "]";
      body(path + ".body", term.body());
      if (term.congress().isEmpty()) {
        continue;
      }
      Id id = term.congress().get();
      Optional<Congress> congress = dataset.findMeeting(id).filter(Congress.class::isInstance).map(Congress.class::cast);
      if (congress.isEmpty()) {
        unknown(path + ".congress", "congress", id);
      } else if (!opens(congress.get(), term) || congress.get().ordinal() != term.number()
          || !congress.get().time().firstDay().isBefore(term.validity().start().orElseThrow())) {
        violations.add(Dataset.TERM_CONGRESS.violation(path + ".congress", String.format(
            "term %s of '%s' from '%s' names congress %s of '%s' opened on '%s'", term.numeral(), term.body(),
            term.validity().start().orElseThrow(), congress.get().numeral(), congress.get().body(),
            congress.get().time().firstDay())));
      }
    }
  }

  /**
   * Whether a congress can open a term of the committee {@link Term#body()} names: a congress of that body (the
   * National Congress is recorded as the Central Committee's), or of the Party organisation the committee stood under
   * on the term's first day (the congress of <i>Đảng bộ tỉnh Đồng Nai</i> opens a term of <i>Tỉnh ủy Đồng Nai</i>).
   */
  private boolean opens(Congress congress, Term term) {
    if (congress.body().equals(term.body())) {
      return true;
    }
    LocalDate start = term.validity().start().orElseThrow();
    return bodies.find(term.body()).flatMap(committee -> committee.parentOn(start))
        .filter(congress.body()::equals).isPresent();
  }

  /**
   * Each document's issuing body is a body of the dataset or built in, existed when the document may have been
   * issued, and is of the kind its local issuer code stands for.
   */
  private void documentIssuers() {
    for (int i = 0; i < dataset.documents().size(); i++) {
      Document document = dataset.documents().get(i);
      String path = "documents[" + i + "].issuingBody";
      Optional<Body> issuer = bodies.find(document.issuingBody())
          .or(() -> PartyBodies.hierarchy().find(document.issuingBody()));
      if (issuer.isEmpty()) {
        violations.add(Dataset.DOCUMENT_ISSUER.violation(path, String.format("'%s', the issuer of '%s', is neither "
            + "a body of the dataset nor a built-in body", document.issuingBody(), document.key())));
        continue;
      }
      Body body = issuer.get();
      if (!body.validity().overlaps(document.issued().days())) {
        violations.add(Dataset.DOCUMENT_ISSUER_EXISTED.violation(path, String.format("'%s' existed '%s', not on "
            + "any day '%s' may have been issued: %s", body.id(), body.validity(), document.key(),
            document.issued().describe())));
      }
      document.number().flatMap(DocumentNumber::issuer).flatMap(DatasetCheck::localLevels).ifPresent(levels -> {
        boolean committee = body.kind() == BodyKind.PARTY_COMMITTEE || body.kind() == BodyKind.STANDING_BOARD;
        if (!committee || !levels.contains(body.level())) {
          violations.add(Dataset.DOCUMENT_ISSUER_CODE.violation(path, String.format("'%s' is numbered under '/%s', "
              + "which a Party committee or standing board of level %s uses, but '%s' is a %s of level %s",
              document.key(), document.number().orElseThrow().issuerCode(), levels, body.id(), body.kind().code(),
              body.level().code())));
        }
      });
    }
  }

  /** The levels of the committees that number under a local issuer code; empty for the other codes. */
  private static Optional<Set<BodyLevel>> localLevels(IssuerCode code) {
    switch (code) {
      case TU:
        return Optional.of(EnumSet.of(BodyLevel.PROVINCIAL));
      case HU:
        return Optional.of(EnumSet.of(BodyLevel.DISTRICT));
      case DU:
        return Optional.of(EnumSet.of(BodyLevel.PROVINCIAL, BodyLevel.DISTRICT, BodyLevel.GRASSROOTS));
      default:
        return Optional.empty();
    }
  }

  private void unknown(String path, String kind, Id id) {
    violations.add(Dataset.REFERENCE.violation(path, String.format("'%s' is not a %s of the dataset", id, kind)));
  }

  /**
   * Finds the subjects of observations among the bodies, first by going on from the body found last: observations
   * usually come body by body, in the order of the bodies, and each new subject is then the next body, compared in
   * the order the bodies lie in memory. The index of a hierarchy of tens of thousands of bodies no longer stays in
   * the processor's cache while a million observations pass, and each look-up in it waits on memory. The walk
   * passes over at most twice as many bodies as there are, in all; what it does not find the index does.
   */
  private static final class Subjects {
    private final BodyHierarchy hierarchy;
    private final List<Body> bodies;
    private int next;
    private int passed;

    Subjects(BodyHierarchy hierarchy) {
      this.hierarchy = hierarchy;
      this.bodies = hierarchy.bodies();
    }

    boolean contains(Id id) {
      int n = bodies.size();
      for (int i = 0; i < n && passed < 2 * n; i++) {
        Body body = bodies.get(next);
        next = next + 1 == n ? 0 : next + 1;
        if (body.id().equals(id)) {
          return true;
        }
        passed++;
      }
      return hierarchy.contains(id);
    }
  }
}
