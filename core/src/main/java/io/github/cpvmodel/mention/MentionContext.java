package io.github.cpvmodel.mention;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.meeting.Meeting;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.reference.NationalCongresses;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.reference.PartyPosts;
import io.github.cpvmodel.reference.Province;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a text is read against (<i>ngữ cảnh</i>): the day it was written, which decides what its names meant (a
 * province of 2019 or of 2025, a directive numbered 35 of one term or the next, the year of "quý IV"); the documents,
 * bodies, posts and meetings its mentions resolve to; and the place it speaks of, which a name without a place means
 * ("Tỉnh ủy", "Bí thư Tỉnh ủy" in a provincial newspaper).
 *
 * <p>By default the built-in reference data is used: {@link PartyDocuments#registry()},
 * {@link PartyBodies#hierarchy()}, {@link PartyPosts#all()}, and the congresses and terms of
 * {@link NationalCongresses}. A {@link Dataset} given with {@link #withDataset} takes their place (its registry,
 * hierarchy, posts, meetings and terms); a registry or a hierarchy given on its own takes the place of that part
 * only. Without a place, a name without a place means the province the text named last, if any.
 *
 * <pre>{@code
 * MentionContext context = MentionContext.on(LocalDate.of(2019, 9, 30))
 *     .withPlace(Provinces.byName("Đồng Nai", LocalDate.of(2019, 9, 30)));
 * MentionFinder.of(context).find("Bí thư Tỉnh ủy").get(0).resolution().targets();
 *                                           // ["party/dong-nai/committee/secretary"]
 * MentionContext.undated().day();           // Optional.empty: "quý IV" then has no year
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class MentionContext {
  MentionContext() {}

  /** {@return the day the text was written or published, if known} */
  public abstract Optional<LocalDate> day();

  /** {@return the documents citations resolve to, if not those of the dataset or the built-in ones} */
  public abstract Optional<DocumentRegistry> registry();

  /** {@return the bodies names resolve to, if not those of the dataset or the built-in ones} */
  public abstract Optional<BodyHierarchy> hierarchy();

  /** {@return the dataset whose documents, bodies, posts, meetings and terms mentions resolve to, if any} */
  public abstract Optional<Dataset> dataset();

  /** {@return the provincial-level unit the text speaks of, which a name without a place means, if known} */
  public abstract Optional<Province> place();

  /**
   * The context of a text written on a day, with the built-in reference data.
   *
   * @param day the day the text was written or published
   * @return the context
   */
  public static MentionContext on(LocalDate day) {
    return builder().day(day).build();
  }

  /**
   * The context of a text whose day is not known: names then mean what they meant on any day (so "Đồng Nai" may be
   * the province of 2008 or that of 2025), citations are resolved without a date, and a period needs its year.
   *
   * @return the context
   */
  public static MentionContext undated() {
    return builder().build();
  }

  /**
   * This context on another day.
   *
   * @param day the day
   * @return a copy
   */
  public abstract MentionContext withDay(LocalDate day);

  /**
   * This context with the documents citations resolve to.
   *
   * @param registry the documents
   * @return a copy
   */
  public abstract MentionContext withRegistry(DocumentRegistry registry);

  /**
   * This context with the bodies names resolve to; the names of its bodies are found in texts.
   *
   * @param hierarchy the bodies
   * @return a copy
   */
  public abstract MentionContext withHierarchy(BodyHierarchy hierarchy);

  /**
   * This context with a dataset, whose documents, bodies, posts, meetings and terms mentions resolve to.
   *
   * @param dataset the dataset
   * @return a copy
   */
  public abstract MentionContext withDataset(Dataset dataset);

  /**
   * This context with the place the text speaks of.
   *
   * @param place a built-in provincial-level unit ({@code Provinces})
   * @return a copy
   */
  public abstract MentionContext withPlace(Province place);

  static Builder builder() {
    return new Builder();
  }

  /** Builds a context. */
  static final class Builder extends ImmutableMentionContext.Builder {
    Builder() {}
  }

  /** The year of the day, for periods that leave it out. */
  Optional<Year> year() {
    return day().map(Year::from);
  }

  DocumentRegistry documentsInUse() {
    return registry().or(() -> dataset().map(Dataset::registry)).orElseGet(PartyDocuments::registry);
  }

  BodyHierarchy bodiesInUse() {
    return hierarchy().or(() -> dataset().map(Dataset::hierarchy)).orElseGet(PartyBodies::hierarchy);
  }

  ImmutableList<Post> postsInUse() {
    return dataset().map(Dataset::posts).orElseGet(PartyPosts::all);
  }

  ImmutableList<Meeting> meetingsInUse() {
    return dataset().map(Dataset::meetings)
        .orElseGet(() -> ImmutableList.copyOf(NationalCongresses.all()));
  }

  ImmutableList<Term> termsInUse() {
    return dataset().map(Dataset::terms).orElseGet(NationalCongresses::terms);
  }

  /** Whether the context uses only the built-in bodies and posts, whose names are indexed once for all. */
  boolean usesBuiltInNames() {
    return hierarchy().isEmpty() && dataset().isEmpty();
  }
}
