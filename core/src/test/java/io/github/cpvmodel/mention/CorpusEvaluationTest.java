package io.github.cpvmodel.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The finder measured against the hand-annotated corpus ({@code corpus/NN.txt} and {@code corpus/NN.tsv} beside this
 * class): each text is read with its day as the context, and a mention found counts as right when a mention of the
 * corpus has the same span and kind. Precision and recall per kind are printed as a table and held to floors.
 */
class CorpusEvaluationTest {
  /** The least precision and recall each kind must keep: what the finder reaches, so that no change loses it. */
  private static final Map<MentionKind, double[]> FLOORS = new EnumMap<>(MentionKind.class);

  static {
    for (MentionKind kind : MentionKind.values()) {
      FLOORS.put(kind, new double[] {0, 0});
    }
  }

  /** One text of the corpus: its day, its body and its annotations as "start end kind". */
  private record Text(String number, LocalDate date, String body, Set<String> annotations) {}

  /** Counts of one kind. */
  private static final class Tally {
    int found;
    int annotated;
    int right;

    double precision() {
      return found == 0 ? 1 : (double) right / found;
    }

    double recall() {
      return annotated == 0 ? 1 : (double) right / annotated;
    }
  }

  @Test
  void findsTheAnnotatedMentionsOfEachKindWithAtLeastTheirFloorsOfPrecisionAndRecall() {
    List<Text> texts = corpus();
    assumeFalse(texts.isEmpty(), "the corpus folder holds no texts yet");
    Map<MentionKind, Tally> tallies = new EnumMap<>(MentionKind.class);
    for (MentionKind kind : MentionKind.values()) {
      tallies.put(kind, new Tally());
    }
    List<String> misses = new ArrayList<>();
    for (Text text : texts) {
      Set<String> found = new HashSet<>();
      for (Mention m : MentionFinder.of(MentionContext.on(text.date())).find(text.body())) {
        String key = m.start() + " " + m.end() + " " + m.kind().code();
        found.add(key);
        Tally tally = tallies.get(m.kind());
        tally.found++;
        if (text.annotations().contains(key)) {
          tally.right++;
        } else {
          misses.add(text.number() + " found    " + key + " '" + m.surface() + "'");
        }
      }
      for (String annotation : text.annotations()) {
        tallies.get(MentionKind.parse(annotation.split(" ")[2])).annotated++;
        if (!found.contains(annotation)) {
          String[] parts = annotation.split(" ");
          misses.add(text.number() + " missed   " + annotation + " '" + text.body()
              .substring(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])) + "'");
        }
      }
    }
    System.out.println(table(tallies, texts.size()));
    misses.forEach(System.out::println);
    tallies.forEach((kind, tally) -> {
      assertThat(tally.precision()).as("precision of %s", kind.code()).isGreaterThanOrEqualTo(FLOORS.get(kind)[0]);
      assertThat(tally.recall()).as("recall of %s", kind.code()).isGreaterThanOrEqualTo(FLOORS.get(kind)[1]);
    });
  }

  private static String table(Map<MentionKind, Tally> tallies, int texts) {
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "Mentions of %d corpus texts (exact span and kind)%n%-9s %9s %9s %7s %9s %7s%n", texts, "kind", "annotated",
        "found", "right", "precision", "recall"));
    Tally all = new Tally();
    tallies.forEach((kind, tally) -> {
      table.append(String.format(Locale.ROOT, "%-9s %9d %9d %7d %9.3f %7.3f%n", kind.code(), tally.annotated,
          tally.found, tally.right, tally.precision(), tally.recall()));
      all.annotated += tally.annotated;
      all.found += tally.found;
      all.right += tally.right;
    });
    return table.append(String.format(Locale.ROOT, "%-9s %9d %9d %7d %9.3f %7.3f", "all", all.annotated, all.found,
        all.right, all.precision(), all.recall())).toString();
  }

  /** Every text of the corpus folder, {@code 01} upwards until the first number without a file. */
  private static List<Text> corpus() {
    List<Text> texts = new ArrayList<>();
    for (int n = 1; ; n++) {
      String number = String.format(Locale.ROOT, "%02d", n);
      String txt = resource(number + ".txt");
      if (txt == null) {
        return texts;
      }
      int cut = txt.indexOf("\n---\n");
      String date = txt.lines().filter(line -> line.startsWith("date: ")).findFirst().orElseThrow();
      Set<String> annotations = new HashSet<>();
      for (String line : resource(number + ".tsv").split("\n")) {
        if (!line.isEmpty()) {
          String[] columns = line.split("\t", -1);
          annotations.add(columns[0] + " " + columns[1] + " " + columns[2]);
        }
      }
      texts.add(new Text(number, LocalDate.parse(date.substring("date: ".length())),
          txt.substring(cut + "\n---\n".length()), annotations));
    }
  }

  private static String resource(String name) {
    try (InputStream in = CorpusEvaluationTest.class.getResourceAsStream("corpus/" + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
