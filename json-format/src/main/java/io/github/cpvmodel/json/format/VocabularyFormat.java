package io.github.cpvmodel.json.format;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.Validity;
import java.net.URI;
import java.net.URISyntaxException;

/** The wire format of the shared vocabulary: ids, names, sources and validities. */
public final class VocabularyFormat {
  private VocabularyFormat() {}

  /** An id, as its text, e.g. {@code "cc/organisation-commission"}. */
  public static final TextShape<Id> ID = TextShape.of(Id.class, "id", "Mã định danh (id)",
      "A stable identifier of a body, a person, a post, a document or a meeting: segments of lower-case ASCII "
          + "letters and digits in words joined by '-', separated by '/', e.g. 'cc/organisation-commission'",
      Id::of, Id::value, true,
      "pattern", "^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*$", "maxLength", 200);

  /** A validity, as its text, e.g. {@code "2008-08-01/2025-06-30"} or {@code "2025-07-01/.."}. */
  public static final TextShape<Validity> VALIDITY = TextShape.of(Validity.class, "validity",
      "Hiệu lực (validity)",
      "A closed date interval 'start/end' with ISO dates, '..' for an open end; the dates are days of the calendar "
          + "and the end is not before the start (checks the schema cannot make)",
      Validity::parse, Validity::toString, true,
      "pattern", "^([0-9]{4}-[0-9]{2}-[0-9]{2}|\\.\\.)/([0-9]{4}-[0-9]{2}-[0-9]{2}|\\.\\.)$");

  /** An http or https address. */
  public static final TextShape<URI> URL = TextShape.of(URI.class, VocabularyFormat::url, URI::toString, false,
      "format", "uri");

  private static final Field<LocalizedName, String> VI = Field.required("vi", Scalars.TEXT, LocalizedName::vi,
      "the name in Vietnamese (NFC)");
  private static final Field<LocalizedName, String> EN = Field.optional("en", Scalars.TEXT, LocalizedName::en,
      "the name in English, when known");

  /** A name in Vietnamese and, optionally, English: {@code {"vi":"Ban Tổ chức Trung ương","en":"…"}}. */
  public static final ObjectShape<LocalizedName> LOCALIZED_NAME = ObjectShape.of(LocalizedName.class,
      "localized-name", "Tên (localized name)",
      "A name in Vietnamese, with its English form when known; text is normalised to NFC on reading",
      s -> LocalizedName.builder().vi(VI.get(s)).en(EN.optional(s)).build(), VI, EN);

  private static final Field<Source, String> PUBLICATION = Field.required("publication", Scalars.TEXT,
      Source::publication, "the publication, e.g. a newspaper");
  private static final Field<Source, String> TITLE = Field.optional("title", Scalars.TEXT, Source::title,
      "the title of the article or page");
  private static final Field<Source, URI> ADDRESS = Field.optional("url", URL, Source::url,
      "its http or https address");
  private static final Field<Source, java.time.LocalDate> PUBLISHED = Field.optional("published", Scalars.DATE,
      Source::published, "the day it was published");
  private static final Field<Source, String> AUTHOR = Field.optional("author", Scalars.TEXT, Source::author,
      "its author");

  /** Where a fact comes from. */
  public static final ObjectShape<Source> SOURCE = ObjectShape.of(Source.class, "source", "Nguồn (source)",
      "Where a fact comes from: a publication, with the title, address, day and author when known",
      s -> Source.builder().publication(PUBLICATION.get(s)).title(TITLE.optional(s)).url(ADDRESS.optional(s))
          .published(PUBLISHED.optional(s)).author(AUTHOR.optional(s)).build(),
      PUBLICATION, TITLE, ADDRESS, PUBLISHED, AUTHOR);

  private static URI url(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw ParseException.of(Source.URL, "an address", text, Math.max(0, e.getIndex()), e.getReason());
    }
  }
}
