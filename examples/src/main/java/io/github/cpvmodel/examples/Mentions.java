package io.github.cpvmodel.examples;

import io.github.cpvmodel.mention.Mention;
import io.github.cpvmodel.mention.MentionContext;
import io.github.cpvmodel.mention.MentionFinder;
import io.github.cpvmodel.mention.Resolution;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Finds what an article cites: every document, period, body, province, meeting, term, post and figure, with its span
 * and what it resolves to on the day the article was written. Without arguments it reads the Đồng Nai newspaper's
 * report of the briefing of 30 September 2019 (the article the library started from); given a path, it reads that
 * file, written as the report is: header lines ({@code date: 2019-09-30} among them), a line {@code ---}, then the
 * text.
 *
 * <pre>{@code
 * Mentions.print(Mentions.seed(), System.out);
 * }</pre>
 */
public final class Mentions {
  private static final String SEPARATOR = "\n---\n";

  private Mentions() {}

  /**
   * Prints the mentions of the seed article, or of the article at the path given.
   *
   * @param args nothing, or the path of an article
   * @throws IOException if the article cannot be read
   */
  public static void main(String[] args) throws IOException {
    String article = args.length > 0 ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8) : seed();
    print(article, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** {@return the seed article, with its headers} */
  public static String seed() {
    try (InputStream in = Mentions.class.getResourceAsStream("seed.txt")) {
      if (in == null) {
        throw new IllegalStateException("the seed article is missing from the examples' resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Prints every mention of an article, one a line: its kind, its span in the text after the headers, its text, and
   * how it resolved on the article's day, to what, and why.
   *
   * @param article the headers, a line {@code ---}, and the text
   * @param out where to print
   */
  public static void print(String article, PrintStream out) {
    int cut = article.indexOf(SEPARATOR);
    if (cut < 0) {
      throw new IllegalArgumentException("the article has no line '---' after its headers");
    }
    LocalDate day = article.substring(0, cut).lines().filter(line -> line.startsWith("date: ")).findFirst()
        .map(line -> LocalDate.parse(line.substring("date: ".length()).strip()))
        .orElseThrow(() -> new IllegalArgumentException("the article has no header 'date: YYYY-MM-DD'"));
    String text = article.substring(cut + SEPARATOR.length());
    out.println("Đề cập trong bài ngày " + day + " / Mentions in the article of " + day + ":");
    for (Mention mention : MentionFinder.of(MentionContext.on(day)).find(text)) {
      Resolution resolution = mention.resolution();
      out.printf("%-8s [%d, %d) %s%s%n         -> %s%s (%s)%n", mention.kind().code(), mention.start(), mention.end(),
          mention.surface(), value(mention), resolution.outcome().code(),
          resolution.targets().isEmpty() ? "" : " " + String.join(", ", resolution.targets()), resolution.reason());
    }
  }

  /** The value read from a period or a figure, which resolve to themselves. */
  private static String value(Mention mention) {
    return mention.period().map(p -> " = " + p + " (" + p.label().en().orElse(p.label().vi()) + ")")
        .or(() -> mention.figure().map(f -> " = " + f + mention.counted().map(c -> " of " + c).orElse("")))
        .orElse("");
  }
}
