package io.github.cpvmodel.benchmarks.document;

import io.github.cpvmodel.benchmarks.Comparison;
import io.github.cpvmodel.benchmarks.Workload;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.testkit.document.DocumentGenerators;
import java.time.Year;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Setup;

/**
 * Reading document numbers as documents print them ({@code 205-QĐ/TW}, {@code 08-QĐi/TW}, {@code 36-HD/VPTW},
 * {@code 15/2020/NĐ-CP}, {@code 202/2025/QH15}, {@code 388/TTr-CP}), three Party numbers to one State number, drawn
 * from the testkit: {@link DocumentNumber#parse} against two hand-written regular expressions that extract the same
 * parts (system, number, year, type code, issuer code). The library also checks each part and gives the canonical
 * spelling of the codes; the baseline takes them as written.
 */
public class DocumentNumberBenchmark extends Comparison<String> {
  private static final Pattern PARTY = Pattern.compile("(\\d+)-(\\p{L}+)/(\\p{L}+)");
  private static final Pattern STATE =
      Pattern.compile("(\\d+)/(?:(\\d{4})/)?(\\p{L}[\\p{L}\\d]*)(?:-(\\p{L}[\\p{L}\\d]*(?:-\\p{L}[\\p{L}\\d]*)*))?");

  /** A benchmark; JMH makes it. */
  public DocumentNumberBenchmark() {}

  /**
   * The parts of a number.
   *
   * @param party whether it is a Party number
   * @param sequence the number
   * @param year the year, or 0
   * @param type the type code, or null
   * @param issuer the issuer code
   */
  public record Parts(boolean party, int sequence, int year, String type, String issuer) {}

  /** Draws the numbers and checks that both ways read the same parts. */
  @Setup
  public void setUp() {
    RandomGenerator random = Workload.random("document-number");
    inputs = new String[INPUTS];
    for (int i = 0; i < INPUTS; i++) {
      inputs[i] = new String(DocumentGenerators.numbers().generate(random).toString().toCharArray());
    }
    requireSame("document number");
  }

  @Override
  protected Object library(String text) {
    return DocumentNumber.parse(text);
  }

  @Override
  protected Object asBaseline(Object result) {
    DocumentNumber number = (DocumentNumber) result;
    return new Parts(number.isParty(), number.sequence(), number.year().map(Year::getValue).orElse(0),
        number.typeCode().orElse(null), number.issuerCode());
  }

  /** The Party layout, else the State layout, each one regular expression. */
  @Override
  protected Object baseline(String text) {
    Matcher party = PARTY.matcher(text);
    if (party.matches()) {
      return new Parts(true, Integer.parseInt(party.group(1)), 0, party.group(2), party.group(3));
    }
    Matcher state = STATE.matcher(text);
    if (!state.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a document number");
    }
    int year = state.group(2) == null ? 0 : Integer.parseInt(state.group(2));
    return state.group(4) == null
        ? new Parts(false, Integer.parseInt(state.group(1)), year, null, state.group(3))
        : new Parts(false, Integer.parseInt(state.group(1)), year, state.group(3), state.group(4));
  }
}
