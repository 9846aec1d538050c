package io.github.cpvmodel.json.format;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRelation;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.meeting.Meeting;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.reference.NationalCongresses;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.reference.PartyPosts;
import java.util.Optional;

/**
 * The wire format of a {@link Dataset}: the document applications exchange. It carries {@code schemaVersion} first,
 * then the dataset's lists in a fixed order, each left out when empty. In place of a built-in body, post, National
 * Congress or term of the Central Committee a dataset may write its id alone ({@code "bodies":["cc","cc/politburo",{…}]}), in place of a built-in document
 * its canonical citation ({@code "Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị"}), and the reader puts the
 * built-in value there; writing does so for every value equal to a built-in one.
 *
 * <p>Reading builds the dataset through {@link Dataset#builder()}, so a document whose values are each valid but
 * disagree with each other (a tenure of an unknown person, a post not held on a meeting's day) is rejected with
 * every violation at once, each at the JSON Pointer of the value it concerns, e.g.
 * {@code /tenures/0/person}. The schema checks each value; these cross-checks it cannot make.
 */
public final class DatasetFormat {
  private DatasetFormat() {}

  /**
   * The built-in documents by their canonical citations, for those a citation names alone among them: every part a
   * citation can carry (type, number, occasion, date of issue unless a range, issuing body where citations name it).
   */
  private static ImmutableMap<String, Document> citedDocuments() {
    ImmutableList<Document> documents = PartyDocuments.registry().documents();
    ImmutableMap.Builder<String, Document> byCitation = ImmutableMap.builder();
    for (Document d : documents) {
      citationOf(d).filter(r -> documents.stream().filter(r::matches).count() == 1)
          .ifPresent(r -> byCitation.put(r.toString(), d));
    }
    return byCitation.buildOrThrow();
  }

  private static Optional<DocumentReference> citationOf(Document d) {
    for (boolean withIssuer : new boolean[] {true, false}) {
      DocumentReference.Builder r = DocumentReference.builder().type(d.type()).number(d.number())
          .occasion(d.adoptedAt());
      if (d.issued().precision() != IssueDate.Precision.RANGE) {
        r.issued(d.issued());
      }
      if (withIssuer) {
        r.issuingBody(d.issuingBody());
      }
      try {
        return Optional.of(r.build());
      } catch (ValidationException e) {
        // A citation cannot name this issuer: cite the document without it.
      }
    }
    return Optional.empty();
  }

  private static final Field<Dataset, Long> VERSION = Field.required("schemaVersion", Scalars.VERSION,
      d -> Scalars.SCHEMA_VERSION, "the version of the wire format, 1");
  private static final Field<Dataset, ImmutableList<Body>> BODIES = Field.list("bodies",
      BuiltInShape.byId(BodyFormat.BODY, "built-in Party bodies", PartyBodies.all(), Body::id), Dataset::bodies,
      "the Party bodies, a built-in one by its id alone");
  private static final Field<Dataset, ImmutableList<BodyChange>> CHANGES = Field.list("changes",
      BodyFormat.CHANGE, Dataset::changes, "the changes in the organisation of the bodies");
  private static final Field<Dataset, ImmutableList<Person>> PEOPLE = Field.list("people", PersonFormat.PERSON,
      Dataset::people, "the people");
  private static final Field<Dataset, ImmutableList<Post>> POSTS = Field.list("posts",
      BuiltInShape.byId(PersonFormat.POST, "built-in posts", PartyPosts.all(), Post::id), Dataset::posts,
      "the posts, a built-in one by its id alone");
  private static final Field<Dataset, ImmutableList<Tenure>> TENURES = Field.list("tenures", PersonFormat.TENURE,
      Dataset::tenures, "who held which post when");
  private static final Field<Dataset, ImmutableList<Document>> DOCUMENTS = Field.list("documents",
      new BuiltInShape<>(DocumentFormat.DOCUMENT, "built-in Party documents named by their citations",
          citedDocuments()),
      Dataset::documents, "the documents, a built-in one by its canonical citation alone, e.g. 'Quy định "
          + "205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị'");
  private static final Field<Dataset, ImmutableList<DocumentRelation>> RELATIONS = Field.list("relations",
      DocumentFormat.RELATION, Dataset::relations, "how the documents relate: which amends, replaces or "
          + "implements which");
  private static final Field<Dataset, ImmutableList<Meeting>> MEETINGS = Field.list("meetings",
      BuiltInShape.byId(MeetingFormat.MEETING, "built-in National Congresses", NationalCongresses.all(), Meeting::id),
      Dataset::meetings, "the conferences, congresses and plenums, a built-in National Congress by its id alone");
  private static final Field<Dataset, ImmutableList<Term>> TERMS = Field.list("terms",
      BuiltInShape.byId(MeetingFormat.TERM, "built-in terms of the Central Committee", NationalCongresses.terms(),
          Term::id),
      Dataset::terms, "the terms of the committees, a built-in term of the Central Committee by its id alone");
  private static final Field<Dataset, ImmutableList<Indicator>> INDICATORS = Field.list("indicators",
      ProgressFormat.INDICATOR, Dataset::indicators, "the indicators observations report on");
  private static final Field<Dataset, ImmutableList<Observation>> OBSERVATIONS = Field.list("observations",
      ProgressFormat.OBSERVATION, Dataset::observations, "what was observed");

  /** A dataset document. */
  public static final ObjectShape<Dataset> DATASET = ObjectShape.of(Dataset.class, "dataset",
      "Bộ dữ liệu (dataset)",
      "A consistent set of bodies, people, posts, tenures, documents, meetings, terms, indicators and observations. "
          + "Every id a value refers to must name a value of the dataset or a built-in one, ids must be unique, "
          + "posts held on meeting days, bodies and provinces existing on them, and more: checks across values "
          + "that the schema cannot make (see Dataset in the Java API), reported by the reader at the pointer of "
          + "each value concerned",
      s -> Dataset.builder().addAllBodies(BODIES.list(s)).addAllChanges(CHANGES.list(s))
          .addAllPeople(PEOPLE.list(s)).addAllPosts(POSTS.list(s)).addAllTenures(TENURES.list(s))
          .addAllDocuments(DOCUMENTS.list(s)).addAllRelations(RELATIONS.list(s)).addAllMeetings(MEETINGS.list(s))
          .addAllTerms(TERMS.list(s)).addAllIndicators(INDICATORS.list(s)).addAllObservations(OBSERVATIONS.list(s))
          .build(),
      VERSION, BODIES, CHANGES, PEOPLE, POSTS, TENURES, DOCUMENTS, RELATIONS, MEETINGS, TERMS, INDICATORS,
      OBSERVATIONS);
}
