package io.github.cpvmodel.mention;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.Lookup;
import io.github.cpvmodel.meeting.Meeting;
import io.github.cpvmodel.meeting.MeetingReference;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.mention.NameIndex.Named;
import io.github.cpvmodel.mention.Resolution.Outcome;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.Province;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Resolves the mentions of one text against a context, in the order of the text: a name without its place means the
 * place of the context, or else the province the text named last, which this remembers.
 */
final class Resolver {
  private final MentionContext context;
  private final Catalogue catalogue;
  private final Optional<LocalDate> day;
  private Optional<Province> lastPlace = Optional.empty();
  /** Resolutions already made in this text, by what decides them: a text repeats its names. */
  private final Map<List<Object>, Resolution> made = new HashMap<>();

  Resolver(MentionContext context, Catalogue catalogue) {
    this.context = context;
    this.catalogue = catalogue;
    this.day = context.day();
  }

  /** What the finder knows besides names, indexed once per finder. */
  static final class Catalogue {
    final DocumentRegistry registry;
    final ImmutableList<Post> posts;
    final ImmutableList<Meeting> meetings;
    final ImmutableList<Term> terms;

    Catalogue(MentionContext context) {
      this.registry = context.documentsInUse();
      this.posts = context.postsInUse();
      this.meetings = context.meetingsInUse();
      this.terms = context.termsInUse();
    }
  }

  /** Remembers the province a resolved mention names or lies in, for the names without place after it. */
  void remember(Resolution resolution) {
    if (!resolution.isResolved()) {
      return;
    }
    if (resolution.provinces().size() == 1) {
      lastPlace = Optional.of(resolution.provinces().get(0));
    } else if (resolution.bodies().size() == 1) {
      unitOf(resolution.bodies().get(0).id()).ifPresent(unit -> lastPlace = Optional.of(unit));
    } else if (resolution.posts().size() == 1) {
      unitOf(resolution.posts().get(0).organ()).ifPresent(unit -> lastPlace = Optional.of(unit));
    }
  }

  /** The resolution of a key made before in this text, or made now. */
  private Resolution cached(List<Object> key, Supplier<Resolution> make) {
    Resolution resolution = made.get(key);
    if (resolution == null) {
      resolution = make.get();
      made.put(key, resolution);
    }
    return resolution;
  }

  /** The place a name without its place means now: the context's, or the one the text named last. */
  private Optional<Province> place() {
    return context.place().or(() -> lastPlace);
  }

  private Optional<Province> unitOf(Id body) {
    Optional<LocalDate> when = day.or(() -> context.bodiesInUse().find(body).flatMap(b -> b.validity().start()));
    return when.flatMap(d -> PartyBodies.provinceOn(body, d));
  }

  private String on() {
    return day.map(d -> " on " + d).orElse("");
  }

  private <T> List<T> onTheDay(List<T> all, Predicate<T> existsOn) {
    return day.isPresent() ? all.stream().filter(existsOn).collect(Collectors.toList()) : all;
  }

  // Names.

  Resolution provinces(Named named) {
    return cached(List.of(named), () -> provincesNow(named));
  }

  private Resolution provincesNow(Named named) {
    ImmutableList<Province> all = named.targets(Province.class);
    List<Province> candidates = onTheDay(all, unit -> unit.existsOn(day.orElseThrow()));
    return choose(candidates, all, "province", Province::toString, Resolution.Builder::addAllProvinces);
  }

  Resolution bodies(Named named) {
    return cached(List.of(named, place()), () -> bodiesNow(named));
  }

  private Resolution bodiesNow(Named named) {
    ImmutableList<Body> all = named.targets(Body.class);
    List<Body> candidates = onTheDay(all, body -> body.existsOn(day.orElseThrow()));
    if (named.placeless) {
      return placeless(candidates, all, body -> body.id(), "body", Resolution.Builder::addAllBodies);
    }
    return choose(candidates, all, "body", body -> body.id().value(), Resolution.Builder::addAllBodies);
  }

  Resolution posts(Named named) {
    return cached(List.of(named, place()), () -> postsNow(named));
  }

  private Resolution postsNow(Named named) {
    ImmutableList<Post> all = named.targets(Post.class);
    List<Post> candidates = onTheDay(all, post -> context.bodiesInUse().find(post.organ())
        .map(body -> body.existsOn(day.orElseThrow())).orElse(true));
    if (named.placeless) {
      return placeless(candidates, all, Post::organ, "post", Resolution.Builder::addAllPosts);
    }
    return choose(candidates, all, "post", post -> post.id().value(), Resolution.Builder::addAllPosts);
  }

  /** A role held in a body named: the post of that role in the body the name resolves to. */
  Resolution post(List<PostRole> roles, Resolution body) {
    return cached(List.of("post", roles, body), () -> postNow(roles, body));
  }

  private Resolution postNow(List<PostRole> roles, Resolution body) {
    Set<Id> organs = body.bodies().stream().map(Body::id).collect(Collectors.toSet());
    List<Post> posts = catalogue.posts.stream().filter(post -> organs.contains(post.organ())
        && roles.contains(post.role())).collect(Collectors.toList());
    String role = roles.get(0).label().vi();
    switch (body.outcome()) {
      case RESOLVED:
        if (posts.size() == 1) {
          return resolved("the post '" + role + "' of " + body.bodies().get(0).name().vi() + ", " + body.reason())
              .addAllPosts(posts).build();
        }
        return resolution(posts.isEmpty() ? Outcome.UNKNOWN : Outcome.AMBIGUOUS, posts.isEmpty()
            ? "no post '" + role + "' of " + body.bodies().get(0).name().vi() + " is known"
            : posts.size() + " posts '" + role + "' of " + body.bodies().get(0).name().vi())
            .addAllPosts(posts).addAllBodies(posts.isEmpty() ? body.bodies() : List.of()).build();
      case AMBIGUOUS:
        return resolution(Outcome.AMBIGUOUS, body.reason()).addAllPosts(posts)
            .addAllBodies(posts.isEmpty() ? body.bodies() : List.of()).build();
      default:
        return body;
    }
  }

  /** The part of a kind of each body a resolution names: the committee of an organisation, its standing board. */
  Resolution part(Resolution whole, BodyKind kind) {
    return cached(List.of("part", whole, kind), () -> partNow(whole, kind));
  }

  private Resolution partNow(Resolution whole, BodyKind kind) {
    List<Body> parts = new ArrayList<>();
    for (Body body : whole.bodies()) {
      day.or(() -> body.validity().start()).ifPresent(when -> context.bodiesInUse().childrenOn(body.id(), when)
          .stream().filter(b -> b.kind() == kind).forEach(parts::add));
    }
    String what = kind.code().replace('-', ' ');
    switch (whole.outcome()) {
      case RESOLVED:
        if (parts.size() == 1) {
          return resolved("the " + what + " of " + whole.bodies().get(0).name().vi() + ", " + whole.reason())
              .addAllBodies(parts).build();
        }
        return resolution(parts.isEmpty() ? Outcome.UNKNOWN : Outcome.AMBIGUOUS, (parts.isEmpty() ? "no " : parts
            .size() + " ") + what + " of " + whole.bodies().get(0).name().vi() + (parts.isEmpty() ? " is known" : ""))
            .addAllBodies(parts).build();
      case AMBIGUOUS:
        return resolution(Outcome.AMBIGUOUS, whole.reason()).addAllBodies(parts).build();
      default:
        return whole;
    }
  }

  Resolution belowTheProvince() {
    return cached(List.of("below"), () -> resolution(Outcome.UNKNOWN, "a body below the provincial level: those are "
        + "not built in").build());
  }

  Resolution bareRole() {
    return cached(List.of("role"), () -> resolution(Outcome.UNKNOWN, "a role written without the body it is held "
        + "in").build());
  }

  /** The meeting of a body that did not resolve to one, or whose ordinal or term the text leaves out. */
  Resolution meetingOf(Resolution body, boolean numbered) {
    if (body.isResolved() && body.bodies().size() == 1) {
      return resolution(Outcome.UNKNOWN, "the text does not say which meeting of " + body.bodies().get(0).name().vi()
          + (numbered ? "" : " (no ordinal or term)")).build();
    }
    return resolution(body.outcome() == Outcome.AMBIGUOUS ? Outcome.AMBIGUOUS : Outcome.UNKNOWN,
        "the body holding the meeting: " + body.reason()).addAllBodies(body.bodies()).build();
  }

  Resolution noCommittee() {
    return resolution(Outcome.UNKNOWN, "the text does not name the committee").build();
  }

  Resolution documentOfMeeting() {
    return cached(List.of("adopted"), () -> resolution(Outcome.UNKNOWN, "a document named by the congress or plenum "
        + "that adopted it, other than the Central Committee's: the registry knows such documents by number").build());
  }

  Resolution comparison(long actual, long target) {
    return resolution(Outcome.RESOLVED, "an actual of " + actual + " over a target of " + target + ", not a ratio of "
        + "a part to its whole").build();
  }

  Resolution statePost(String organ) {
    return cached(List.of("state", organ), () -> resolution(Outcome.UNKNOWN, "a post of the State (" + organ
        + "): the posts known are the Party's").build());
  }

  /** One of the candidates of the day, or none, or several. */
  private <T> Resolution choose(List<T> candidates, List<T> all, String what, Function<T, String> name,
      Adder<T> adder) {
    if (candidates.size() == 1) {
      return adder.add(resolved("the one " + what + " so named" + on()), candidates).build();
    }
    if (candidates.isEmpty()) {
      return resolution(Outcome.UNKNOWN, "no " + what + " so named existed" + on() + (all.isEmpty() ? ""
          : "; it named " + all.stream().map(name).collect(Collectors.joining(", ")) + " on other days")).build();
    }
    return adder.add(resolution(Outcome.AMBIGUOUS, candidates.size() + " " + what + "s are so named" + on()),
        candidates).build();
  }

  /** A name without its place: the one of the place of the context, or of the place the text named last. */
  private <T> Resolution placeless(List<T> candidates, List<T> all, Function<T, Id> body, String what,
      Adder<T> adder) {
    Optional<Province> place = place();
    if (place.isPresent()) {
      List<T> there = candidates.stream().filter(c -> unitOf(body.apply(c)).equals(place))
          .collect(Collectors.toList());
      if (there.size() == 1) {
        String whose = context.place().isPresent() ? "the place of the context: " : "the place named last: ";
        return adder.add(resolved(whose + place.get().name()), there).build();
      }
    }
    if (candidates.size() == 1) {
      return adder.add(resolved("the only " + what + " so named" + on()), candidates).build();
    }
    if (candidates.isEmpty()) {
      return resolution(Outcome.UNKNOWN, "no " + what + " so named existed" + on()).build();
    }
    return adder.add(resolution(Outcome.AMBIGUOUS, "a name without its place, and the text names no place it "
        + "fits: " + candidates.size() + " candidates" + on()), candidates).build();
  }

  /** Adds a list to a resolution. */
  private interface Adder<T> {
    Resolution.Builder add(Resolution.Builder builder, List<T> values);
  }

  // Documents.

  Resolution documents(List<DocumentReference> references, OptionalInt issuerTerm, List<Body> issuers) {
    return cached(List.of(references, issuerTerm, issuers), () -> documentsNow(references, issuerTerm, issuers));
  }

  private Resolution documentsNow(List<DocumentReference> references, OptionalInt issuerTerm, List<Body> issuers) {
    Optional<Validity> term = issuerTerm.stream().boxed()
        .flatMap(n -> catalogue.terms.stream().filter(t -> t.body().equals(PartyBodies.CENTRAL_COMMITTEE)
            && t.number() == n))
        .map(Term::validity).findFirst();
    Set<Document> documents = new LinkedHashSet<>();
    List<Lookup.Outcome> outcomes = new ArrayList<>();
    for (DocumentReference reference : references) {
      Lookup lookup = term.isPresent() ? catalogue.registry.resolve(reference, term.get())
          : day.isPresent() ? catalogue.registry.resolve(reference, day.get())
          : catalogue.registry.resolve(reference);
      List<Document> candidates = lookup.candidates();
      Lookup.Outcome outcome = lookup.outcome();
      if (!issuers.isEmpty()) {
        Set<Id> ids = issuers.stream().map(Body::id).collect(Collectors.toSet());
        candidates = candidates.stream().filter(d -> ids.contains(d.issuingBody())).collect(Collectors.toList());
        outcome = outcome == Lookup.Outcome.NOT_YET_ISSUED && !candidates.isEmpty() ? outcome
            : candidates.isEmpty() ? Lookup.Outcome.NOT_FOUND
            : candidates.size() == 1 ? Lookup.Outcome.FOUND : Lookup.Outcome.AMBIGUOUS;
      }
      outcomes.add(outcome);
      documents.addAll(candidates);
    }
    String cited = references.size() == 1 ? "'" + references.get(0) + "'" : references.size() + " references";
    if (outcomes.stream().allMatch(o -> o == Lookup.Outcome.FOUND)) {
      String how = term.isPresent() ? ", issued in term " + issuerTerm.getAsInt()
          : day.isPresent() ? ", as cited on " + day.get() : "";
      return resolved("the registry's document" + (references.size() > 1 ? "s" : "") + " for " + cited + how)
          .addAllDocuments(documents).build();
    }
    if (outcomes.contains(Lookup.Outcome.NOT_FOUND)) {
      return resolution(Outcome.UNKNOWN, "no document of the registry matches " + cited)
          .addAllDocuments(documents).build();
    }
    if (outcomes.contains(Lookup.Outcome.NOT_YET_ISSUED)) {
      return resolution(Outcome.CITED_BEFORE_ISSUE, "the registry has " + cited + " only as issued after "
          + day.orElseThrow()).addAllDocuments(documents).build();
    }
    return resolution(Outcome.AMBIGUOUS, "several documents of the registry match " + cited + on())
        .addAllDocuments(documents).build();
  }

  Resolution namedDocument(Named named) {
    ImmutableList<Document> titled = named.targets(Document.class);
    if (!titled.isEmpty()) {
      Document document = titled.get(0);
      if (day.isPresent() && document.issued().isAfter(day.get())) {
        return resolution(Outcome.CITED_BEFORE_ISSUE, "named by its title, but issued after " + day.get())
            .addDocuments(document).build();
      }
      return resolved("named by its title").addDocuments(document).build();
    }
    return documents(namedReferences(named), OptionalInt.empty(), List.of());
  }

  /** The reference a document named by its title or type is cited by: its type. */
  ImmutableList<DocumentReference> namedReferences(Named named) {
    DocumentType type = named.targets(Document.class).stream().map(Document::type).findFirst()
        .orElseGet(() -> named.targets(DocumentType.class).get(0));
    return ImmutableList.of(DocumentReference.builder().type(type).build());
  }

  // Meetings, terms, periods, figures.

  Resolution meetings(List<MeetingReference> references) {
    return cached(List.of(references), () -> meetingsNow(references));
  }

  private Resolution meetingsNow(List<MeetingReference> references) {
    List<Meeting> found = new ArrayList<>();
    for (MeetingReference reference : references) {
      List<Meeting> matching = catalogue.meetings.stream().filter(reference::matches).collect(Collectors.toList());
      if (matching.size() != 1) {
        String label = reference.label().map(l -> l.vi()).orElse(reference.kind().code());
        return resolution(Outcome.UNKNOWN, "the context holds no " + label + " of " + reference.body()
            .map(Id::value).orElse("?") + (context.dataset().isEmpty() ? " (the built-in meetings are the National "
            + "Congresses)" : "")).addAllMeetings(found).build();
      }
      found.addAll(matching);
    }
    return resolved("the context's meeting" + (found.size() > 1 ? "s" : "")).addAllMeetings(found).build();
  }

  Resolution term(int number, Optional<Resolution> of, boolean nationalAssembly) {
    return cached(List.of("term", number, of, nationalAssembly), () -> termNow(number, of, nationalAssembly));
  }

  private Resolution termNow(int number, Optional<Resolution> of, boolean nationalAssembly) {
    if (nationalAssembly) {
      return resolution(Outcome.UNKNOWN, "a term of the National Assembly: the terms known are the Party "
          + "committees'").build();
    }
    Id committee = of.filter(Resolution::isResolved).filter(r -> r.bodies().size() == 1)
        .map(r -> r.bodies().get(0))
        .filter(body -> body.level() != BodyLevel.CENTRAL)
        .map(Body::id).orElse(PartyBodies.CENTRAL_COMMITTEE);
    List<Term> terms = catalogue.terms.stream().filter(t -> t.body().equals(committee) && t.number() == number)
        .collect(Collectors.toList());
    if (terms.size() == 1) {
      return resolved("term " + number + " of " + committee).addAllTerms(terms).build();
    }
    return resolution(Outcome.UNKNOWN, "the context knows no term " + number + " of " + committee).build();
  }

  Resolution period(boolean yearImplied) {
    if (!yearImplied) {
      return resolved("the label names its year").build();
    }
    if (day.isPresent()) {
      return resolved("the year of the text's day, " + day.get().getYear()).build();
    }
    return resolution(Outcome.UNKNOWN, "the label names no year and the text's day is not known").build();
  }

  Resolution figure() {
    return resolved("a value in itself").build();
  }

  private static Resolution.Builder resolved(String reason) {
    return resolution(Outcome.RESOLVED, reason);
  }

  private static Resolution.Builder resolution(Outcome outcome, String reason) {
    Resolution.Builder builder = Resolution.builder();
    builder.outcome(outcome).reason(reason);
    return builder;
  }
}
