package io.github.cpvmodel.dataset;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Violation;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.meeting.AgendaItem;
import io.github.cpvmodel.meeting.BridgePoint;
import io.github.cpvmodel.meeting.Conference;
import io.github.cpvmodel.meeting.Congress;
import io.github.cpvmodel.meeting.Direction;
import io.github.cpvmodel.meeting.Leader;
import io.github.cpvmodel.meeting.Meeting;
import io.github.cpvmodel.meeting.Participant;
import io.github.cpvmodel.meeting.Plenum;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Personnel;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.reference.Province;
import io.github.cpvmodel.reference.Provinces;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private final BodyHierarchy bodies;
  private final Personnel personnel;
  /** Empty when the documents themselves are inconsistent: their violations are reported, citations not. */
  private final Optional<DocumentRegistry> registry;

  private DatasetCheck(Dataset dataset) {
    this.dataset = dataset;
    this.bodies = BodyHierarchy.of(distinct(dataset.bodies(), Body::id, "bodies", BodyHierarchy.DUPLICATE_ID));
    violations.addAll(bodies.validate());
    this.personnel = Personnel.of(distinct(dataset.people(), Person::id, "people", Personnel.DUPLICATE_ID),
        distinct(dataset.posts(), Post::id, "posts", Personnel.DUPLICATE_ID), dataset.tenures());
    violations.addAll(personnel.validate(bodies));
    List<Violation> documents = DocumentRegistry.validate(dataset.documents(), dataset.relations());
    violations.addAll(documents);
    this.registry = documents.isEmpty()
        ? Optional.of(DocumentRegistry.of(dataset.documents(), dataset.relations())) : Optional.empty();
  }

  static DatasetCheck of(Dataset dataset) {
    DatasetCheck check = new DatasetCheck(dataset);
    check.observations();
    check.meetings();
    check.congressOrder();
    check.terms();
    return check;
  }

  ImmutableList<Violation> violations() {
    return ImmutableList.copyOf(violations);
  }

  /** The first value of each id, reporting every later one. */
  private <T> List<T> distinct(List<T> values, Function<T, Id> id, String field, Rule rule) {
    return rule.index(values, id, field + "[%d].id", violations::add).values().asList();
  }

  private void observations() {
    Map<Id, Indicator> indicators = new LinkedHashMap<>();
    distinct(dataset.indicators(), Indicator::id, "indicators", Dataset.DUPLICATE_ID)
        .forEach(i -> indicators.put(i.id(), i));
    for (int i = 0; i < dataset.observations().size(); i++) {
      Observation observation = dataset.observations().get(i);
      String path = "observations[" + i + "]";
      Indicator indicator = indicators.get(observation.indicator());
      if (indicator == null) {
        unknown(path + ".indicator", "indicator", observation.indicator());
      } else {
        try {
          indicator.requireFigure(observation);
        } catch (ValidationException e) {
          violations.addAll(e.withPathPrefix(path).violations());
        }
      }
      if (!bodies.contains(observation.subject())) {
        unknown(path + ".subject", "body", observation.subject());
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
    cite(path + ".citedDocuments", conference.citedDocuments(), citedOn);
    for (int i = 0; i < conference.agenda().size(); i++) {
      AgendaItem item = conference.agenda().get(i);
      String at = path + ".agenda[" + i + "]";
      item.presenter().ifPresent(person -> person(at + ".presenter", person));
      cite(at + ".documents", item.documents(), citedOn);
    }
    for (int i = 0; i < conference.directions().size(); i++) {
      Direction direction = conference.directions().get(i);
      String at = path + ".directions[" + i + "]";
      for (int j = 0; j < direction.addressees().size(); j++) {
        bodyOn(at + ".addressees[" + j + "]", direction.addressees().get(j), day);
      }
      cite(at + ".documents", direction.documents(), citedOn);
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
      } else if (!congress.get().body().equals(term.body()) || congress.get().ordinal() != term.number()
          || !congress.get().time().firstDay().isBefore(term.validity().start().orElseThrow())) {
        violations.add(Dataset.TERM_CONGRESS.violation(path + ".congress", String.format(
            "term %s of '%s' from '%s' names congress %s of '%s' opened on '%s'", term.numeral(), term.body(),
            term.validity().start().orElseThrow(), congress.get().numeral(), congress.get().body(),
            congress.get().time().firstDay())));
      }
    }
  }

  private void unknown(String path, String kind, Id id) {
    violations.add(Dataset.REFERENCE.violation(path, String.format("'%s' is not a %s of the dataset", id, kind)));
  }
}
