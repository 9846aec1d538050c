package io.github.cpvmodel.benchmarks.text;

import io.github.cpvmodel.benchmarks.Comparison;
import io.github.cpvmodel.benchmarks.Workload;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.text.TextGenerators;
import io.github.cpvmodel.text.VietnameseText;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Setup;

/**
 * Folding Vietnamese text to its matching key: person names, place names, and document and meeting titles from the
 * testkit, half of them as written (NFC) and half spelt awkwardly (NFD, Ð for Đ, upper or mixed case, doubled and
 * no-break spaces): {@link VietnameseText#foldKey} against {@link NaiveFold}, the JDK's {@code Normalizer} and two
 * regular expressions.
 */
public class FoldBenchmark extends Comparison<String> {
  /** A benchmark; JMH makes it. */
  public FoldBenchmark() {}

  /** Draws the texts and checks that both ways fold them alike. */
  @Setup
  public void setUp() {
    RandomGenerator random = Workload.random("fold");
    Gen<String> texts = Gen.oneOf(TextGenerators.personNames(), TextGenerators.placeNames(),
        TextGenerators.documentTitles(), TextGenerators.meetingTitles());
    inputs = new String[INPUTS];
    for (int i = 0; i < INPUTS; i++) {
      String text = texts.generate(random);
      inputs[i] = random.nextBoolean() ? text : TextGenerators.awkwardVariants(text).generate(random);
    }
    requireSame("fold");
  }

  @Override
  protected Object library(String text) {
    return VietnameseText.foldKey(text);
  }

  @Override
  protected Object baseline(String text) {
    return NaiveFold.fold(text);
  }
}
