package io.github.cpvmodel.mention;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.meeting.Meeting;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.reference.Province;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * What a {@link Mention} was resolved to in its {@link MentionContext}: the one thing it names, several candidates,
 * nothing, or only documents issued after the day of the text — with the reason, in words.
 *
 * <p>What a mention names is listed by its type: {@link #documents()} for a document, {@link #bodies()} for a body,
 * {@link #provinces()} for a province, {@link #posts()} for a post, {@link #meetings()} for a meeting and
 * {@link #terms()} for a term. A period and a figure are values in themselves: they resolve when their value is
 * known (a period whose year the text leaves out takes the year of the text's day), and list nothing.
 *
 * <pre>{@code
 * Mention directive = MentionFinder.of(MentionContext.on(LocalDate.of(2019, 9, 30)))
 *     .find("ban hành Chỉ thị 35 của Bộ Chính trị").get(0);
 * Resolution resolution = directive.resolution();
 * resolution.outcome();                               // RESOLVED
 * resolution.documents().get(0).key();                // 35-CT/TW of 2019-05-30, not the one of 2024
 * resolution.targets();                               // ["35-CT/TW ngày 30/5/2019"]
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Resolution {
  /** How a mention resolved. */
  public enum Outcome implements Coded {
    /** To one thing (or, for a period or a figure, to its value). */
    @Code("resolved") RESOLVED,
    /** To several candidates, which the resolution lists. */
    @Code("ambiguous") AMBIGUOUS,
    /** To nothing the context knows. */
    @Code("unknown") UNKNOWN,
    /** Only to documents issued after the day of the text, which the resolution lists. */
    @Code("cited-before-issue") CITED_BEFORE_ISSUE;

    /** An outcome is written as one of its codes. */
    public static final Rule CODE = Rule.of("resolution-outcome.code",
        "a resolution outcome is written as one of its codes");

    /**
     * The outcome a code names.
     *
     * @param code the code, e.g. {@code ambiguous}; white space around it is ignored
     * @return the outcome
     * @throws ParseException if no outcome has that code (rule {@link #CODE})
     */
    public static Outcome parse(CharSequence code) {
      return Coded.parse(Outcome.class, code, CODE);
    }
  }

  Resolution() {}

  /** {@return how the mention resolved} */
  public abstract Outcome outcome();

  /**
   * {@return why, in words: what decided a resolution ("issued in the term of the day", "the place named last: Đồng
   * Nai"), or what is missing ("no document of the registry matches")}
   */
  public abstract String reason();

  /** {@return the documents: the one cited, the candidates, or those issued later} */
  public abstract ImmutableList<Document> documents();

  /** {@return the bodies: the one named, or the candidates} */
  public abstract ImmutableList<Body> bodies();

  /** {@return the provincial-level units: the one named, or the candidates} */
  public abstract ImmutableList<Province> provinces();

  /** {@return the posts: the one named, or the candidates} */
  public abstract ImmutableList<Post> posts();

  /** {@return the meetings: the ones named, or the candidates} */
  public abstract ImmutableList<Meeting> meetings();

  /** {@return the terms: the one named, or the candidates} */
  public abstract ImmutableList<Term> terms();

  /** {@return whether the mention resolved ({@link Outcome#RESOLVED})} */
  public boolean isResolved() {
    return outcome() == Outcome.RESOLVED;
  }

  /**
   * What the resolution lists, each as a short text: a document by its key as a citation writes it ("35-CT/TW ngày
   * 30/5/2019", "Điều lệ Đảng ngày …"), anything else by its id ({@code cc/politburo}, {@code province/dong-nai},
   * {@code cc/politburo/member}, {@code cc/congress/13}, {@code cc/term/12}).
   *
   * @return the texts, documents first, in the order of the lists
   */
  public ImmutableList<String> targets() {
    return Stream.of(documents().stream().map(Resolution::describe),
            Stream.of(bodies(), provinces(), posts(), meetings(), terms()).flatMap(list -> list.stream().map(Resolution::id)))
        .flatMap(s -> s)
        .collect(ImmutableList.toImmutableList());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a resolution; only the finder does. */
  static final class Builder extends ImmutableResolution.Builder {
    Builder() {}
  }

  private static String describe(Document document) {
    return document.number().map(Object::toString).orElse(document.type().label().vi()) + " "
        + document.issued().vietnamese();
  }

  private static String id(Object value) {
    Id id = value instanceof Body ? ((Body) value).id() : value instanceof Province ? ((Province) value).id()
        : value instanceof Post ? ((Post) value).id() : value instanceof Meeting ? ((Meeting) value).id()
        : ((Term) value).id();
    return id.value();
  }

  /** Returns e.g. {@code RESOLVED [35-CT/TW ngày 30/5/2019] (issued in the term of the day)}. */
  @Override
  public String toString() {
    return outcome() + " " + targets().stream().collect(Collectors.joining(", ", "[", "]")) + " (" + reason() + ")";
  }
}
