package io.github.cpvmodel.benchmarks.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The fold a program without the library writes, the baseline of {@link FoldBenchmark} and of the province look-up:
 * decompose (NFD), strip every combining mark, read đ, Đ and the Ð, ð often typed for them as d, lower-case, and turn
 * every run of characters that are not letters or digits into one space. For Vietnamese text it gives the key the
 * library's {@link io.github.cpvmodel.text.VietnameseText#foldKey} gives.
 */
public final class NaiveFold {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");

  private NaiveFold() {}

  /**
   * Folds a text.
   *
   * @param text the text
   * @return its key
   */
  public static String fold(String text) {
    String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    String d = bare.replace('đ', 'd').replace('Đ', 'd').replace('ð', 'd').replace('Ð', 'd');
    return SEPARATORS.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
