package io.github.cpvmodel;

import io.github.cpvmodel.text.VietnameseText;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a fact comes from: the publication, and where known the title, address, date and author. Every
 * observation, document and reference fact can carry one, so that a dashboard can show its evidence.
 *
 * <pre>{@code
 * Source article = Source.builder()
 *     .publication("Báo Đồng Nai")
 *     .title("Tham mưu tốt cho công tác chuẩn bị Đại hội Đảng các cấp")
 *     .published(LocalDate.of(2019, 9, 30))
 *     .author("Nguyệt Hà")
 *     .build();
 * }</pre>
 *
 * <p>Text is {@linkplain VietnameseText#normalize normalised}. Rejects a blank publication, title or author (rule
 * {@link #BLANK}), an address that is not an absolute http or https URI (rule {@link #URL}), a publication or
 * author of more than 1,000 characters or a title of more than 10,000 ({@link TextKind#LENGTH}) and text with a
 * control or format character or nothing visible ({@link TextKind#WRITTEN}).
 */
@Value.Immutable
@ModelStyle
public abstract class Source {
  /** Texts of a source are not blank. */
  public static final Rule BLANK = Rule.of("source.blank",
      "the publication, title and author must have a visible character (leave optional ones out instead)");

  /** The address is an absolute http(s) URI. */
  public static final Rule URL = Rule.of("source.url", "the address must be an absolute http or https URI");

  Source() {}

  /** {@return the publication or issuer: a newspaper ("Báo Đồng Nai"), a portal, an archive, a document} */
  @Value.Parameter
  public abstract String publication();

  /** {@return the title of the item, if known} */
  public abstract Optional<String> title();

  /** {@return the absolute http(s) address where the item can be read, if known} */
  public abstract Optional<URI> url();

  /** {@return the date of publication, if known} */
  public abstract Optional<LocalDate> published();

  /** {@return the author, if known} */
  public abstract Optional<String> author();

  /**
   * A source known only by its publication.
   *
   * @param publication the publication, e.g. "Báo Đồng Nai"
   * @return the source
   * @throws ValidationException if {@code publication} is blank (rule {@link #BLANK})
   */
  public static Source of(String publication) {
    return ImmutableSource.of(publication);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}; {@code build()} normalises and validates. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

  @Value.Check
  Source normalize() {
    String publication = TextKind.NAME.normalize(publication(), "publication");
    Optional<String> title = title().map(t -> TextKind.TEXT.normalize(t, "title"));
    Optional<String> author = author().map(a -> TextKind.NAME.normalize(a, "author"));
    BLANK.require(!publication.isEmpty(), "publication", "publication '%s' is blank", publication());
    BLANK.require(title.map(t -> !t.isEmpty()).orElse(true), "title", "title '%s' is blank", title().orElse(""));
    BLANK.require(author.map(a -> !a.isEmpty()).orElse(true), "author", "author '%s' is blank",
        author().orElse(""));
    url().ifPresent(u -> URL.require(u.isAbsolute() && ("http".equalsIgnoreCase(u.getScheme())
        || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null, "url", "address '%s' is not usable", u));
    if (publication.equals(publication()) && title.equals(title()) && author.equals(author())) {
      return this;
    }
    return builder().from(this).publication(publication).title(title).author(author).build();
  }
}
