package io.github.cpvmodel.benchmarks.mention;

import io.github.cpvmodel.benchmarks.Measured;
import io.github.cpvmodel.mention.Mention;
import io.github.cpvmodel.mention.MentionContext;
import io.github.cpvmodel.mention.MentionFinder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The mention finder over real press texts: the hand-annotated corpus of Vietnamese Party news (briefings,
 * congresses, disseminations, personnel news from 2010 to 2026, about 240 KB), each text read by a finder on the day
 * it was written, as an application indexing articles would. The same corpus is also read as {@value #COPIES_LARGE}
 * copies of itself (each text repeated, a blank line between the copies), so that time(copies = 10) /
 * time(copies = 1) shows whether the cost grows linearly with the length of the text (10 when it does).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MentionFinderBenchmark extends Measured {
  /** The number of copies of the corpus in the larger input. */
  static final int COPIES_LARGE = 10;

  /** Where the texts are, in the class path. */
  private static final String CORPUS = "/io/github/cpvmodel/mention/corpus/";

  /** How many copies of the corpus one operation reads. */
  @Param({"1", "10"})
  public int copies;

  private final List<MentionFinder> finders = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();

  /** A benchmark; JMH makes it. */
  public MentionFinderBenchmark() {}

  /**
   * The number of chars one operation reads, for the throughput the suite prints.
   *
   * @param copies the copies of the corpus
   * @return the chars of that many copies of every text
   */
  public static long chars(int copies) {
    MentionFinderBenchmark benchmark = new MentionFinderBenchmark();
    benchmark.copies = copies;
    benchmark.setUp();
    return benchmark.texts.stream().mapToLong(String::length).sum();
  }

  /** Reads the corpus, and checks that the copies find as many mentions as the corpus times the copies. */
  @Setup
  public void setUp() {
    List<LocalDate> days = new ArrayList<>();
    List<String> corpus = new ArrayList<>();
    for (int number = 1; ; number++) {
      String name = String.format("%s%02d.txt", CORPUS, number);
      try (InputStream in = MentionFinderBenchmark.class.getResourceAsStream(name)) {
        if (in == null) {
          break;
        }
        String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int body = file.indexOf("\n---\n");
        days.add(LocalDate.parse(header(file, "date: ")));
        corpus.add(file.substring(body + "\n---\n".length()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (corpus.size() < 20) {
      throw new IllegalStateException("the corpus has " + corpus.size() + " texts in " + CORPUS + ", expected 20+");
    }
    finders.clear();
    texts.clear();
    for (int i = 0; i < corpus.size(); i++) {
      finders.add(MentionFinder.of(MentionContext.on(days.get(i))));
      texts.add((corpus.get(i) + "\n\n").repeat(copies));
    }
    long once = 0;
    for (int i = 0; i < corpus.size(); i++) {
      once += finders.get(i).find(corpus.get(i) + "\n\n").size();
    }
    long found = find();
    if (found != once * copies) {
      throw new IllegalStateException(copies + " copies of the corpus give " + found + " mentions, not "
          + once * copies);
    }
  }

  private static String header(String file, String key) {
    int at = file.indexOf("\n" + key);
    int start = file.startsWith(key) ? key.length() : at + 1 + key.length();
    if (!file.startsWith(key) && at < 0) {
      throw new IllegalStateException("a corpus text has no '" + key.trim() + "' header");
    }
    return file.substring(start, file.indexOf('\n', start)).trim();
  }

  /**
   * Finds every mention in every text.
   *
   * @return the number of mentions found
   */
  @Benchmark
  public long find() {
    long found = 0;
    for (int i = 0; i < texts.size(); i++) {
      List<Mention> mentions = finders.get(i).find(texts.get(i));
      found += mentions.size();
    }
    return found;
  }
}
