package io.github.cpvmodel.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The finder measured against the hand-annotated corpus ({@link CorpusText}: {@code corpus/NN.txt} and
 * {@code corpus/NN.tsv} beside this class): each text is read with its day as the context, and a mention found counts as right when a mention of the
 * corpus has the same span and kind. Precision and recall per kind are printed as a table and held to floors.
 */
class CorpusEvaluationTest {
  /**
   * The least precision and recall each kind must keep: what the finder reaches on the 27 texts, rounded down to two
   * places, so that no change loses it.
   */
  private static final Map<MentionKind, double[]> FLOORS = new EnumMap<>(Map.of(
      MentionKind.DOCUMENT, new double[] {1.00, 1.00},
      MentionKind.PERIOD, new double[] {1.00, 1.00},
      MentionKind.BODY, new double[] {0.97, 0.87},
      MentionKind.PROVINCE, new double[] {0.96, 1.00},
      MentionKind.MEETING, new double[] {1.00, 1.00},
      MentionKind.TERM, new double[] {1.00, 1.00},
      MentionKind.POST, new double[] {0.97, 0.91},
      MentionKind.FIGURE, new double[] {1.00, 1.00}));

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
    List<CorpusText> texts = CorpusText.all();
    assumeFalse(texts.isEmpty(), "the corpus folder holds no texts yet");
    Map<MentionKind, Tally> tallies = new EnumMap<>(MentionKind.class);
    for (MentionKind kind : MentionKind.values()) {
      tallies.put(kind, new Tally());
    }
    List<String> misses = new ArrayList<>();
    for (CorpusText text : texts) {
      Set<String> annotations = text.annotations().stream().map(a -> a.start() + " " + a.end() + " " + a.kind())
          .collect(Collectors.toSet());
      Set<String> found = new HashSet<>();
      for (Mention m : MentionFinder.of(MentionContext.on(text.date())).find(text.body())) {
        String key = m.start() + " " + m.end() + " " + m.kind().code();
        found.add(key);
        Tally tally = tallies.get(m.kind());
        tally.found++;
        if (annotations.contains(key)) {
          tally.right++;
        } else {
          misses.add(text.number() + " found    " + key + " '" + m.surface() + "'");
        }
      }
      for (String annotation : annotations) {
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
}
