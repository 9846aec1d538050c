package io.github.cpvmodel.mention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One text of the hand-annotated mention corpus: a public Party news text with its headers, its body and the
 * mentions a careful reader finds in it, read from {@code corpus/NN.txt} and {@code corpus/NN.tsv} beside this class
 * (the format is described in that folder's README).
 *
 * <p>Reading checks the layout only (headers in order, four tab-separated columns, integer offsets, an ISO date);
 * whether the annotations agree with the body is what {@link CorpusFilesTest} asserts.
 *
 * @param number the two-digit file number, {@code "01"}
 * @param source the address the text was taken from
 * @param date the day the text was published or written
 * @param kind the kind of text, one of {@link #TEXT_KINDS}
 * @param title the headline, or a description in parentheses where the stored page shows none
 * @param body the text after the {@code ---} line, offsets count from its first char
 * @param annotations the mentions, in the order of the tsv file
 */
record CorpusText(String number, URI source, LocalDate date, String kind, String title, String body,
    List<CorpusText.Annotation> annotations) {
  /** The kinds of text in the {@code kind:} header. */
  static final Set<String> TEXT_KINDS = Set.of("briefing", "congress", "dissemination", "personnel", "other");

  /** The kinds of mention in the third tsv column. */
  static final Set<String> MENTION_KINDS =
      Set.of("document", "period", "body", "province", "meeting", "term", "post", "figure");

  private static final List<String> HEADERS = List.of("source", "date", "kind", "title");
  private static final String SEPARATOR = "\n---\n";

  /**
   * One annotated mention: the span [start, end) of the body in Java chars, its kind and the text it covers.
   *
   * @param start the first char of the mention
   * @param end the char after the last one
   * @param kind one of {@link #MENTION_KINDS}
   * @param surface the text as the tsv file gives it, which must equal {@code body.substring(start, end)}
   */
  record Annotation(int start, int end, String kind, String surface) {}

  /** Every text of the corpus, {@code 01} upwards until the first number with no {@code .txt}. */
  static List<CorpusText> all() {
    List<CorpusText> texts = new ArrayList<>();
    for (int n = 1; resource(String.format("%02d.txt", n)).isPresent(); n++) {
      texts.add(load(String.format("%02d", n)));
    }
    return texts;
  }

  /** Reads text {@code number} ({@code "07"}); a file that breaks the layout fails naming the file and line. */
  static CorpusText load(String number) {
    String txt = resource(number + ".txt").orElseThrow(() -> new IllegalArgumentException(number + ".txt is missing"));
    String tsv = resource(number + ".tsv").orElseThrow(() -> new IllegalArgumentException(number + ".tsv is missing"));
    int cut = txt.indexOf(SEPARATOR);
    if (cut < 0) {
      throw new IllegalArgumentException(number + ".txt has no line '---' after its headers");
    }
    String[] headerLines = txt.substring(0, cut).split("\n", -1);
    if (headerLines.length != HEADERS.size()) {
      throw new IllegalArgumentException(number + ".txt has " + headerLines.length + " header lines, expected "
          + HEADERS);
    }
    String[] values = new String[HEADERS.size()];
    for (int i = 0; i < HEADERS.size(); i++) {
      String prefix = HEADERS.get(i) + ": ";
      if (!headerLines[i].startsWith(prefix)) {
        throw new IllegalArgumentException(number + ".txt line " + (i + 1) + " is '" + headerLines[i]
            + "', expected it to start with '" + prefix + "'");
      }
      values[i] = headerLines[i].substring(prefix.length());
    }
    URI source;
    LocalDate date;
    try {
      source = new URI(values[0]);
      date = LocalDate.parse(values[1]);
    } catch (URISyntaxException | DateTimeParseException e) {
      throw new IllegalArgumentException(number + ".txt has a bad source or date header: " + e.getMessage(), e);
    }
    return new CorpusText(number, source, date, values[2], values[3], txt.substring(cut + SEPARATOR.length()),
        annotations(number, tsv));
  }

  private static List<Annotation> annotations(String number, String tsv) {
    List<Annotation> annotations = new ArrayList<>();
    String[] lines = tsv.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isEmpty() && i == lines.length - 1) {
        break; // the newline that ends the file
      }
      String[] columns = lines[i].split("\t", -1);
      if (columns.length != 4) {
        throw new IllegalArgumentException(number + ".tsv line " + (i + 1) + " is '" + lines[i]
            + "', expected start<TAB>end<TAB>kind<TAB>surface");
      }
      try {
        annotations.add(new Annotation(Integer.parseInt(columns[0]), Integer.parseInt(columns[1]), columns[2],
            columns[3]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(number + ".tsv line " + (i + 1) + " has an offset that is not an integer: '"
            + lines[i] + "'", e);
      }
    }
    return List.copyOf(annotations);
  }

  /** The number, date and kind only: the body is too long for a test's display name. */
  @Override
  public String toString() {
    return number + " (" + date + ", " + kind + ")";
  }

  private static Optional<String> resource(String name) {
    try (InputStream in = CorpusText.class.getResourceAsStream("corpus/" + name)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus/" + name, e);
    }
  }
}
