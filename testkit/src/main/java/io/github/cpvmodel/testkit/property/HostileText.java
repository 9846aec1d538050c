package io.github.cpvmodel.testkit.property;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Text as other applications hand it over: valid text from a generator, then damaged the ways real input is.
 * Characters are inserted, deleted or doubled; letters are swapped for look-alikes of other scripts and
 * languages (Cyrillic 'о', Greek 'Ο', the Kelvin sign, the long s, 'Ü', 'Č', the Icelandic 'Ð'); Unicode spaces and
 * digits of other scripts, control and format characters, unpaired surrogates and runs of combining marks are
 * inserted; digits are stretched into huge numbers; and the whole text is sometimes repeated into a very long input
 * (a few thousand chars, and one time in about a thousand up to a megabyte) or put behind a long run of spaces.
 *
 * <pre>{@code
 * Gen<String> inputs = HostileText.from(VocabularyGenerators.validities().map(Validity::toString));
 * String input = inputs.generate(new SplittableRandom(42));
 * }</pre>
 *
 * <p>About one input in ten is the valid text itself, so that the fuzzed entry point's accepting path is exercised
 * as well as its rejecting paths.
 */
public final class HostileText {
  /** Letters that look like ASCII or Vietnamese letters and are not: the letters a reader must not fold away. */
  private static final List<String> LOOKALIKES = List.of("\u043E", "\u0430", "\u0435", "\u0440", "\u0441",
      "\u039F", "\u0391", "\u212A", "\u017F", "\u00DC", "\u00FC", "\u010C", "\u0164", "\u00D0", "\u00F0",
      "\u0131", "\u0130", "\uFF21", "\u1D00", "\u0110", "\u0111", "\u01A0", "\u01AF");

  /** White space of other kinds than U+0020. */
  private static final List<String> SPACES = List.of("\u00A0", "\u2007", "\u202F", "\u3000", "\u2003", "\t", "\n",
      "\r\n", "\u000B", "\u000C", "\u0085", "\u1680", "\u2028");

  /** Digits of other scripts, and characters that read as numbers. */
  private static final List<String> DIGITS = List.of("\u0663", "\u06F5", "\u0967", "\uFF17", "\u00B2", "\u2167",
      "\u2460", "\uD835\uDFD8", "\u0E52", "\u1040");

  /** Control, format and private-use characters, and unpaired surrogates. */
  private static final List<String> UNFIT = List.of("\u0000", "\u0007", "\u001B", "\u007F", "\u009F", "\u200B",
      "\u200D", "\uFEFF", "\u202E", "\u2066", "\u00AD", "\u034F", "\u3164", "\uE000", "\uD800", "\uDFFF",
      "\uDBFF\uDFFF", "\uFFFE", "\uFFFF");

  /** Combining marks: the five tones, the marks of Vietnamese vowels, and marks Vietnamese does not use. */
  private static final String MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u0308\u030C\u0327\u0328"
      + "\u20DD\u0489";

  /** Punctuation and symbols that the text forms use as separators. */
  private static final String SEPARATORS = "/-.:%,;()[]'\"\\+_ TZ";

  private HostileText() {}

  /**
   * Hostile variants of the texts of a generator.
   *
   * @param seeds a generator of valid texts
   * @return a generator of the same texts, damaged in one to three ways each (or, one time in ten, intact)
   */
  public static Gen<String> from(Gen<String> seeds) {
    requireNonNull(seeds, "seeds");
    return random -> {
      String text = seeds.generate(random);
      if (random.nextLong(10) == 0) {
        return text;
      }
      long damages = 1 + random.nextLong(3);
      for (long i = 0; i < damages; i++) {
        text = damage(text, random);
      }
      return text;
    };
  }

  /** One damage, chosen at random. */
  private static String damage(String text, RandomGenerator random) {
    int at = (int) random.nextLong(text.length() + 1);
    switch ((int) random.nextLong(14)) {
      case 0: return insert(text, at, String.valueOf((char) random.nextLong(0x10000)));
      case 1: return delete(text, at, random);
      case 2: return replace(text, at, pick(LOOKALIKES, random));
      case 3: return insert(text, at, pick(SPACES, random));
      case 4: return replace(text, at, pick(DIGITS, random));
      case 5: return insert(text, at, pick(UNFIT, random));
      case 6: return insert(text, at, marks(random));
      case 7: return insert(text, at, hugeNumber(random));
      case 8: return insert(text, at, String.valueOf(SEPARATORS.charAt((int) random.nextLong(SEPARATORS.length()))));
      case 9: return text.substring(0, at) + text.substring(at) + text.substring(at);
      case 10: return " ".repeat((int) random.nextLong(1, random.nextLong(20) == 0 ? 20_000 : 500)) + text;
      case 11: return veryLong(text, random);
      case 12: return flipCase(text, at);
      default: return text.substring(0, at);
    }
  }

  private static String pick(List<String> options, RandomGenerator random) {
    return options.get((int) random.nextLong(options.size()));
  }

  private static String insert(String text, int at, String inserted) {
    return text.substring(0, at) + inserted + text.substring(at);
  }

  private static String replace(String text, int at, String replacement) {
    return at == text.length() ? text + replacement : text.substring(0, at) + replacement + text.substring(at + 1);
  }

  private static String delete(String text, int at, RandomGenerator random) {
    int end = (int) Math.min(text.length(), at + 1 + random.nextLong(4));
    return text.substring(0, at) + text.substring(end);
  }

  /** A run of combining marks: usually short, sometimes long enough to break a quadratic normaliser. */
  private static String marks(RandomGenerator random) {
    int length = random.nextLong(20) == 0 ? (int) random.nextLong(31, 5_000) : (int) random.nextLong(1, 8);
    StringBuilder run = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      run.append(MARKS.charAt((int) random.nextLong(MARKS.length())));
    }
    return run.toString();
  }

  /** A number too large for a long, an int or a year, occasionally thousands of digits long. */
  private static String hugeNumber(RandomGenerator random) {
    int length = random.nextLong(20) == 0 ? (int) random.nextLong(1_000, 20_000) : (int) random.nextLong(10, 40);
    StringBuilder digits = new StringBuilder(length + 2);
    if (random.nextBoolean()) {
      digits.append(random.nextBoolean() ? '+' : '-');
    }
    digits.append((char) ('1' + random.nextLong(9)));
    for (int i = 1; i < length; i++) {
      digits.append(random.nextLong(4) == 0 ? (char) ('0' + random.nextLong(10)) : '0');
    }
    if (random.nextBoolean()) {
      digits.append('.').append("0".repeat((int) random.nextLong(1, length + 1))).append('1');
    }
    return digits.toString();
  }

  /** The text repeated into an input of up to about a megabyte; rarely that long. */
  private static String veryLong(String text, RandomGenerator random) {
    int target = random.nextLong(200) == 0 ? (int) random.nextLong(100_000, 1_000_000)
        : (int) random.nextLong(500, 5_000);
    String unit = text.isEmpty() ? "a" : text;
    return unit.repeat(Math.max(1, target / unit.length()));
  }

  private static String flipCase(String text, int at) {
    if (at == text.length()) {
      return text.toUpperCase(java.util.Locale.ROOT);
    }
    char c = text.charAt(at);
    char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    return replace(text, at, String.valueOf(flipped));
  }
}
