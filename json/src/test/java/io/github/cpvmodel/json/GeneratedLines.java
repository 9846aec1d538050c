package io.github.cpvmodel.json;

import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.testkit.progress.ProgressGenerators;
import io.github.cpvmodel.testkit.property.Gen;
import java.io.InputStream;
import java.util.SplittableRandom;

/** NDJSON of generated observations, made as it is read, so that no test holds the whole input. */
final class GeneratedLines extends InputStream {
  /** The observations the lines hold. */
  static final Gen<Observation> OBSERVATIONS =
      ProgressGenerators.indicators().flatMap(ProgressGenerators::observations);

  private final SplittableRandom random;
  private int left;
  private byte[] line = new byte[0];
  private int at;

  GeneratedLines(long seed, int count) {
    this.random = new SplittableRandom(seed);
    this.left = count;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (at == line.length) {
      if (left == 0) {
        return -1;
      }
      left--;
      byte[] json = CpvJson.standard().write(OBSERVATIONS.generate(random));
      line = java.util.Arrays.copyOf(json, json.length + 1);
      line[json.length] = '\n';
      at = 0;
    }
    int n = Math.min(len, line.length - at);
    System.arraycopy(line, at, b, off, n);
    at += n;
    return n;
  }
}
