package io.github.cpvmodel.json.format;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyPosts;

/**
 * The wire format of a {@link Dataset}: the document applications exchange. It carries {@code schemaVersion} first,
 * then the dataset's lists in a fixed order, each left out when empty. In place of a built-in body or post
 * a dataset may write its id alone ({@code "bodies":["cc","cc/politburo",{…}]}), and the reader puts the built-in
 * value there; writing does so for every value equal to the built-in one of its id.
 *
 * <p>Reading builds the dataset through {@link Dataset#builder()}, so a document whose values are each valid but
 * disagree with each other (a tenure of an unknown person, a post not held on a meeting's day) is rejected with
 * every violation at once, each at the JSON Pointer of the value it concerns, e.g.
 * {@code /tenures/0/person}. The schema checks each value; these cross-checks it cannot make.
 */
public final class DatasetFormat {
  private DatasetFormat() {}

  private static <T> Shape<T> orBuiltIn(ObjectShape<T> full, String what, Iterable<? extends T> builtIn,
      java.util.function.Function<? super T, Id> id) {
    return new BuiltInShape<>(full, what, builtIn, value -> id.apply(value).value());
  }

  private static final Field<Dataset, Long> VERSION = Field.required("schemaVersion", Scalars.VERSION,
      d -> Scalars.SCHEMA_VERSION, "the version of the wire format, 1");
  private static final Field<Dataset, ImmutableList<Body>> BODIES = Field.list("bodies",
      orBuiltIn(BodyFormat.BODY, "built-in Party bodies", PartyBodies.all(), Body::id), Dataset::bodies,
      "the Party bodies, a built-in one by its id alone");
  private static final Field<Dataset, ImmutableList<BodyChange>> CHANGES = Field.list("changes",
      BodyFormat.CHANGE, Dataset::changes, "the changes in the organisation of the bodies");
  private static final Field<Dataset, ImmutableList<Person>> PEOPLE = Field.list("people", PersonFormat.PERSON,
      Dataset::people, "the people");
  private static final Field<Dataset, ImmutableList<Post>> POSTS = Field.list("posts",
      orBuiltIn(PersonFormat.POST, "built-in posts", PartyPosts.all(), Post::id), Dataset::posts,
      "the posts, a built-in one by its id alone");
  private static final Field<Dataset, ImmutableList<Tenure>> TENURES = Field.list("tenures", PersonFormat.TENURE,
      Dataset::tenures, "who held which post when");
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
          .addAllIndicators(INDICATORS.list(s)).addAllObservations(OBSERVATIONS.list(s)).build(),
      VERSION, BODIES, CHANGES, PEOPLE, POSTS, TENURES, INDICATORS, OBSERVATIONS);
}
