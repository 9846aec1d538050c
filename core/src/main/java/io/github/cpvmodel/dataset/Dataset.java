package io.github.cpvmodel.dataset;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Violation;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.body.BodyHistory;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.DocumentRelation;
import io.github.cpvmodel.meeting.Conference;
import io.github.cpvmodel.meeting.Meeting;
import io.github.cpvmodel.meeting.MeetingReference;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Personnel;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.reference.NationalCongresses;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.reference.PartyPosts;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A consistent set of bodies, people, posts, tenures, documents, meetings, terms, indicators and observations: the
 * unit that applications exchange and that cpv-model vouches for as a whole.
 *
 * <p>Each value checks itself when it is built; a dataset checks what takes several values to see, and reports
 * <em>every</em> violation at once, each with its path ({@code meetings[0].bridgePoints[1].participants[0].posts[1]}):
 * <ul>
 *   <li>every id a value refers to names a body, person, post, meeting or term of the dataset, and a bridge point's
 *       province one of the built-in {@link io.github.cpvmodel.reference.Provinces provinces} (rule
 *       {@link #REFERENCE}); ids are unique within their kind (rule {@link #DUPLICATE_ID});</li>
 *   <li>each post named for a participant of a meeting — the chair, a co-chair at a bridge point — was held by that
 *       person on the meeting's first day (rule {@link #POST_HELD});</li>
 *   <li>a bridge point's province and the bodies a meeting names existed on that day (rules
 *       {@link #PROVINCE_EXISTED}, {@link #BODY_EXISTED});</li>
 *   <li>each document cited at a conference resolves, by the conference's last day, to one document issued by then,
 *       following the term numbering of {@code NationalCongresses.terms()} (the rules of {@link
 *       io.github.cpvmodel.document.Lookup}), and each document a congress or plenum adopted is
 *       in the dataset (rule {@link #REFERENCE});</li>
 *   <li>a body's congresses are numbered in the order they were held (rule {@link #CONGRESS_ORDER}); a term is
 *       opened by the congress of the same number of its committee, or of the Party organisation the committee stands
 *       under on the term's first day (rule {@link #TERM_CONGRESS}); a plenum falls within its
 *       term when the dataset holds the term (rule {@link #PLENUM_TERM});</li>
 *   <li>a reference to a meeting that claims a meeting id names a meeting of the dataset (rule {@link #REFERENCE})
 *       that it describes (rule {@link #MEETING_REFERENCE}); a reference that claims none may name a meeting the
 *       dataset does not hold, and {@link #findMeeting(MeetingReference)} resolves it when the dataset does;</li>
 *   <li>a conference lists no more bridge points at a level than it counts there (rule
 *       {@link #BRIDGE_POINT_COUNT});</li>
 *   <li>a body that began anew — by a merger, such as the provincial Party organisations of 2025-07-01, or
 *       established — numbers its congresses from I, so its congress numbered n opens at least n − 1 calendar
 *       years after it began (rule {@link #CONGRESS_ORDINAL}). The rule assumes no more than one congress a year
 *       (a congress opens a term of several years), the weakest bound that still catches a congress numbered on
 *       from a predecessor's, such as a merged organisation's XII Congress in 2025. It does not require a term's
 *       length, which no source here fixes, and it leaves renamed bodies, which keep their numbering, alone. Where a
 *       body began is read from the dataset's own {@link #changes()}, else from the built-in
 *       {@link io.github.cpvmodel.reference.PartyBodies#history() changes};</li>
 *   <li>each leader a congress produced is a person of the dataset in a post of the dataset (rule
 *       {@link #REFERENCE}) and holds that post by a tenure on the same basis that begins on or after the
 *       congress's first day (rule {@link #LEADER_TENURE});</li>
 *   <li>each document's issuing body is a body of the dataset or built in (rule {@link #DOCUMENT_ISSUER}), existed
 *       on a day the document may have been issued (rule {@link #DOCUMENT_ISSUER_EXISTED}), and is a committee of
 *       the level its local issuer code stands for (rule {@link #DOCUMENT_ISSUER_CODE});</li>
 *   <li>and the checks of the parts' own packages: the body tree
 *       ({@link BodyHierarchy#validate()}), the changes of the bodies against the bodies (the rules of
 *       {@link BodyHistory}, with paths {@code changes[i]…}), the tenures against the bodies, including that tenures of a single-holder
 *       post do not overlap ({@link Personnel#validate}), the documents and their relations
 *       ({@link DocumentRegistry#validate}), and each observation against its indicator
 *       ({@link Indicator#requireFigure(io.github.cpvmodel.progress.Figure)}).</li>
 * </ul>
 * {@code build()} throws a {@link ValidationException} carrying all the violations, so a dataset that exists is
 * consistent. For data received from others, {@link Builder#validate()} returns the same violations as a list instead
 * (each with its path, rule and message), and {@link Builder#addReferenceData()} adds the built-in bodies, changes,
 * posts, congresses, terms and documents in one call.
 *
 * <pre>{@code
 * Dataset dataset = Dataset.builder()
 *     .addAllBodies(PartyBodies.all())
 *     .addAllDocuments(PartyDocuments.registry().documents())
 *     .addAllRelations(PartyDocuments.registry().relations())
 *     .build();
 * dataset.registry().documents(); // the built-in Party documents, checked with their relations
 * try {
 *   Dataset.builder()
 *       .addTenures(Tenure.of(Id.of("person/unknown"), Id.of("cc/organisation-commission/head"),
 *           Validity.startingOn(LocalDate.of(2019, 9, 30)), TenureBasis.APPOINTED))
 *       .build();
 * } catch (ValidationException e) {
 *   e.violations(); // the person and the post that no value of the dataset names, each with its path
 * }
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Dataset {
  /** References resolve. */
  public static final Rule REFERENCE = Rule.of("dataset.reference",
      "every id a value refers to names a value of the dataset of the right kind (a province: a built-in one)");

  /** Ids are unique within their kind. */
  public static final Rule DUPLICATE_ID = Rule.of("dataset.duplicate-id",
      "each meeting, term and indicator has its own id");

  /** Participants held the posts named for them. */
  public static final Rule POST_HELD = Rule.of("dataset.post-held",
      "a post named for a participant of a meeting is one a tenure shows the person held on the meeting's first day");

  /** Bridge points are in provinces that existed. */
  public static final Rule PROVINCE_EXISTED = Rule.of("dataset.province-existed",
      "a bridge point's province existed on the meeting's first day");

  /** Bodies a meeting names existed. */
  public static final Rule BODY_EXISTED = Rule.of("dataset.body-existed",
      "a body a meeting names (organiser, bridge point, addressee, holder of a congress or plenum) existed on the "
          + "meeting's first day");

  /** A body's congresses are numbered in order. */
  public static final Rule CONGRESS_ORDER = Rule.of("dataset.congress-order",
      "a body's congresses have distinct ordinals that increase with their dates");

  /** A term is opened by its congress. */
  public static final Rule TERM_CONGRESS = Rule.of("dataset.term-congress",
      "a term's congress is a congress of the term's committee or of the Party organisation the committee stands "
          + "under, with the term's number, and the term starts after it opened");

  /** A congress's leaders took their posts. */
  public static final Rule LEADER_TENURE = Rule.of("dataset.leader-tenure",
      "a leader a congress elected, appointed or assigned holds, by a tenure of the dataset, that post on the same "
          + "basis from a day on or after the congress's first day");

  /** A plenum is held within its term. */
  public static final Rule PLENUM_TERM = Rule.of("dataset.plenum-term",
      "a plenum is held within the days of its term, when the dataset holds that term");

  /** A meeting reference that claims a meeting describes it. */
  public static final Rule MEETING_REFERENCE = Rule.of("dataset.meeting-reference",
      "a reference to a meeting that claims a meeting id of the dataset describes that meeting: its kind, body, "
          + "ordinal and term");

  /** Listed bridge points never outnumber their level's count. */
  public static final Rule BRIDGE_POINT_COUNT = Rule.of("dataset.bridge-point-count",
      "a conference lists no more bridge points at a level than it counts there (a bridge point's level is its "
          + "body's, or provincial for a province alone)");

  /** A body that began anew numbers its congresses from I. */
  public static final Rule CONGRESS_ORDINAL = Rule.of("dataset.congress-ordinal",
      "a body that began by a merger or was established numbers its congresses from I, at most one a year: its "
          + "congress numbered n opens at least n - 1 years (by calendar year) after the body began");
  /** A document's issuing body is known. */
  public static final Rule DOCUMENT_ISSUER = Rule.of("dataset.document-issuer",
      "a document's issuing body is a body of the dataset or a built-in body (PartyBodies)");

  /** A document's issuing body existed when it issued the document. */
  public static final Rule DOCUMENT_ISSUER_EXISTED = Rule.of("dataset.document-issuer-existed",
      "a document's issuing body existed on its date of issue; a date known in part needs only one of its possible "
          + "days to fall in the body's life");

  /** A document's issuer code fits its issuing body. */
  public static final Rule DOCUMENT_ISSUER_CODE = Rule.of("dataset.document-issuer-code",
      "a document numbered under a local issuer code is issued by a body of that kind: '/TU' by a provincial Party "
          + "committee or its standing board, '/HU' by a district one, '/ĐU' by a Party committee or standing board "
          + "of any level below the centre (the central codes, such as '/TW' and '/BTCTW', are checked by the "
          + "document itself)");

  Dataset() {}

  /**
   * The Party bodies.
   *
   * @return the bodies, in the order given
   */
  public abstract ImmutableList<Body> bodies();

  /**
   * The changes that made and unmade the bodies (merged, renamed, dissolved…), checked against the bodies with
   * {@link BodyHistory#validate}.
   *
   * @return the changes, in the order given
   */
  public abstract ImmutableList<BodyChange> changes();

  /**
   * The people.
   *
   * @return the people, in the order given
   */
  public abstract ImmutableList<Person> people();

  /**
   * The posts.
   *
   * @return the posts, in the order given
   */
  public abstract ImmutableList<Post> posts();

  /**
   * Who held which post when.
   *
   * @return the tenures, in the order given
   */
  public abstract ImmutableList<Tenure> tenures();

  /**
   * The documents.
   *
   * @return the documents, in the order given
   */
  public abstract ImmutableList<Document> documents();

  /**
   * The relations between the documents.
   *
   * @return the relations, in the order given
   */
  public abstract ImmutableList<DocumentRelation> relations();

  /**
   * The meetings: conferences, congresses and plenums.
   *
   * @return the meetings, in the order given
   */
  public abstract ImmutableList<Meeting> meetings();

  /**
   * The terms of the committees.
   *
   * @return the terms, in the order given
   */
  public abstract ImmutableList<Term> terms();

  /**
   * The indicators observations are made of.
   *
   * @return the indicators, in the order given
   */
  public abstract ImmutableList<Indicator> indicators();

  /**
   * The observations.
   *
   * @return the observations, in the order given
   */
  public abstract ImmutableList<Observation> observations();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Dataset}; {@code build()} checks the whole and throws every violation, {@link #validate()} returns
   * them.
   */
  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}

    /**
     * Adds the built-in reference data in one call, consistent with itself: the Party bodies and their changes
     * ({@link PartyBodies#all()}, {@link PartyBodies#changes()}), the posts of those bodies ({@link PartyPosts#all()}),
     * the National Congresses and the terms they opened ({@link NationalCongresses#all()},
     * {@link NationalCongresses#terms()}), and the built-in Party documents with their relations
     * ({@link PartyDocuments#registry()}). Add one's own values before or after; do not add any of these again.
     *
     * <pre>{@code
     * Dataset reference = Dataset.builder().addReferenceData().build();
     * reference.terms().size(); // one term per National Congress
     * }</pre>
     *
     * @return this builder
     */
    public Builder addReferenceData() {
      return addAllBodies(PartyBodies.all())
          .addAllChanges(PartyBodies.changes())
          .addAllPosts(PartyPosts.all())
          .addAllMeetings(NationalCongresses.all())
          .addAllTerms(NationalCongresses.terms())
          .addAllDocuments(PartyDocuments.registry().documents())
          .addAllRelations(PartyDocuments.registry().relations());
    }

    /**
     * Checks what has been added so far without throwing, for data received from others that an application wants to
     * list rather than reject: every violation {@code build()} would throw, with its path, rule and message.
     *
     * <pre>{@code
     * ImmutableList<Violation> violations = Dataset.builder()
     *     .addReferenceData()
     *     .addTenures(Tenure.of(Id.of("person/unknown"), PartyPosts.POLITBURO_MEMBER,
     *         Validity.startingOn(LocalDate.of(2019, 9, 30)), TenureBasis.ELECTED))
     *     .validate();
     * violations.get(0).path(); // "tenures[0].person": no such person in the dataset
     * }</pre>
     *
     * @return the violations; empty when {@code build()} would succeed
     */
    public ImmutableList<Violation> validate() {
      try {
        build();
        return ImmutableList.of();
      } catch (ValidationException e) {
        return e.violations();
      }
    }
  }

  /**
   * The bodies as a tree by date.
   *
   * @return the hierarchy of {@link #bodies()}
   */
  @Value.Lazy
  public BodyHierarchy hierarchy() {
    return BodyHierarchy.of(bodies());
  }

  /**
   * The people, posts and tenures, to ask who held what on a day.
   *
   * @return the personnel
   */
  @Value.Lazy
  public Personnel personnel() {
    return Personnel.of(people(), posts(), tenures());
  }

  /**
   * The documents and relations, to resolve references such as "Chỉ thị 35".
   *
   * @return the registry
   */
  @Value.Lazy
  public DocumentRegistry registry() {
    return DocumentRegistry.builder().addAllDocuments(documents()).addAllRelations(relations())
        .addAllTerms(NationalCongresses.terms().stream().map(Term::validity).collect(ImmutableList.toImmutableList()))
        .build();
  }

  /**
   * The meeting with an id.
   *
   * @param id the id
   * @return the meeting, or empty
   */
  public Optional<Meeting> findMeeting(Id id) {
    return meetings().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * The meeting of the dataset a reference describes ({@link MeetingReference#matches}), with the id it claims if it
   * claims one.
   *
   * <pre>{@code
   * Dataset dataset = Dataset.builder().addAllBodies(PartyBodies.all())
   *     .addMeetings(NationalCongresses.byOrdinal(13)).build();
   * dataset.findMeeting(MeetingReference.congress(PartyBodies.CENTRAL_COMMITTEE, 13)); // the XIII Congress
   * dataset.findMeeting(MeetingReference.congress(PartyBodies.CENTRAL_COMMITTEE, 14)); // empty: not in the dataset
   * }</pre>
   *
   * @param reference the reference
   * @return the meeting, or empty when the dataset holds none that the reference describes
   */
  public Optional<Meeting> findMeeting(MeetingReference reference) {
    return meetings().stream().filter(reference::matches).findFirst();
  }

  /**
   * The conferences among the meetings.
   *
   * @return the conferences, in the order of {@link #meetings()}
   */
  public ImmutableList<Conference> conferences() {
    return meetings().stream().filter(Conference.class::isInstance).map(Conference.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    ValidationException.requireNone(DatasetCheck.of(this).violations());
  }
}
