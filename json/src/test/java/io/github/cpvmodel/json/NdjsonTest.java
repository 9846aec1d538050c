package io.github.cpvmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.json.format.JsonDataException;
import io.github.cpvmodel.json.format.Ndjson;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Property;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonTest {
  private static final Ndjson NDJSON = CpvJson.standard().ndjson();

  private static final Gen<Observation> OBSERVATIONS = GeneratedLines.OBSERVATIONS;

  /** Two good lines and an empty one before the line under test, which is line 4. */
  private static final String BEFORE = "{\"numerator\":1,\"denominator\":2}\n\r\n{\"numerator\":2,\"denominator\":2}\r\n";

  private static InputStream input(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Ndjson.Line<Ratio>> lines(Ndjson ndjson, String text) {
    try (Stream<Ndjson.Line<Ratio>> lines = ndjson.readLines(Ratio.class, input(text))) {
      return lines.collect(Collectors.toList());
    }
  }

  /**
   * Reads the line after {@link #BEFORE} and asserts where its error is, whichever way it is read, and that it is
   * where reading the line alone puts it, moved to line 4.
   */
  private static void assertFourthLine(String line, String pointer, int column, Rule rule, String says) {
    String text = BEFORE + line + "\n" + "{\"numerator\":0,\"denominator\":5}";
    Iterator<Ratio> read = NDJSON.read(Ratio.class, input(text)).iterator();
    assertThat(read.next()).isEqualTo(Ratio.of(1, 2));
    assertThat(read.next()).isEqualTo(Ratio.of(2, 2));
    JsonDataException e = catchThrowableOfType(JsonDataException.class, read::next);
    assertThat(e).as("an error").isNotNull();
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.rule()).isEqualTo(rule);
    assertThat(e.getMessage()).contains("line 4, column " + column + ": ").contains(says)
        .contains(rule.description());
    JsonDataException alone = catchThrowableOfType(JsonDataException.class,
        () -> CpvJson.standard().read(Ratio.class, line.getBytes(StandardCharsets.UTF_8)));
    // An empty document has no position alone; on its line it is placed at column 1.
    assertThat(alone.line()).isEqualTo(line.isBlank() ? 0 : 1);
    assertThat(alone.column()).isEqualTo(line.isBlank() ? 0 : column);
    assertThat(alone.pointer()).isEqualTo(pointer);
    assertThat(alone.rule()).isEqualTo(rule);

    List<Ndjson.Line<Ratio>> all = lines(NDJSON, text);
    assertThat(all).extracting(Ndjson.Line::number).containsExactly(1, 3, 4, 5);
    assertThat(all.get(2).value()).isEmpty();
    assertThat(all.get(2).error().orElseThrow().getMessage()).isEqualTo(e.getMessage());
    assertThat(all.get(3).value()).contains(Ratio.of(0, 5));
  }

  @Test
  void observationsReadBackAsTheyWereWritten() {
    Property.forAll(Gen.listOf(OBSERVATIONS, 0, 20)).checkAssert(observations -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      NDJSON.write(observations.stream(), out);
      String text = out.toString(StandardCharsets.UTF_8);
      assertThat(text.lines().count()).isEqualTo(observations.size());
      assertThat(text.isEmpty() || text.endsWith("\n")).isTrue();
      for (int i = 0; i < observations.size(); i++) {
        assertThat(text.lines().skip(i).findFirst().orElseThrow())
            .isEqualTo(new String(CpvJson.standard().write(observations.get(i)), StandardCharsets.UTF_8));
      }
      try (Stream<Observation> back = NDJSON.read(Observation.class, new ByteArrayInputStream(out.toByteArray()))) {
        assertThat(back.collect(Collectors.toList())).isEqualTo(observations);
      }
    });
  }

  @Test
  void aFileReadsBackAndIsClosedWithTheStream(@TempDir Path dir) {
    Path file = dir.resolve("observations.ndjson");
    List<Observation> observations = Stream.generate(new SplittableRandom(14)::split).limit(50)
        .map(OBSERVATIONS::generate).collect(Collectors.toList());
    NDJSON.write(observations.stream(), file);
    try (Stream<Observation> back = NDJSON.read(Observation.class, file)) {
      assertThat(back.collect(Collectors.toList())).isEqualTo(observations);
    }
    try (Stream<Ndjson.Line<Observation>> back = NDJSON.readLines(Observation.class, file)) {
      assertThat(back.map(Ndjson.Line::number).collect(Collectors.toList()))
          .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 50).boxed().collect(Collectors.toList()));
    }
  }

  @Test
  void malformedJsonIsASyntaxErrorAtItsLine() {
    assertFourthLine("{\"numerator\":1,\"denominator\":}", "/denominator", 30, JsonDataException.SYNTAX,
        "Unexpected character");
  }

  @Test
  void aWrongTypeIsPlacedAtItsLine() {
    assertFourthLine("{\"numerator\":\"1\",\"denominator\":2}", "/numerator", 14, JsonDataException.TYPE,
        "expected a whole number, found a string");
  }

  @Test
  void aMissingMemberIsPlacedAtItsLine() {
    assertFourthLine("{\"numerator\":1}", "", 1, JsonDataException.REQUIRED, "member 'denominator' is missing");
  }

  @Test
  void anUnknownMemberIsPlacedAtItsLineUnlessLenient() {
    String line = "{\"numerator\":1,\"x\":true,\"denominator\":2}";
    assertFourthLine(line, "/x", 16, JsonDataException.UNKNOWN_MEMBER, "member 'x' is not one of");
    assertThat(CpvJson.standard().withLenient(true).ndjson().read(Ratio.class, input(BEFORE + line))
        .collect(Collectors.toList())).containsExactly(Ratio.of(1, 2), Ratio.of(2, 2), Ratio.of(1, 2));
  }

  @Test
  void aRepeatedMemberIsPlacedAtItsLine() {
    assertFourthLine("{\"numerator\":1,\"numerator\":1}", "/numerator", 16, JsonDataException.DUPLICATE_MEMBER,
        "member 'numerator' appears twice");
  }

  @Test
  void aRuleOfCoreIsPlacedAtItsLine() {
    assertFourthLine("{\"numerator\":3,\"denominator\":2}", "/numerator", 14, Ratio.NUMERATOR,
        "numerator 3 is outside 0..2");
  }

  @Test
  void aBlankLineIsAnEmptyInput() {
    assertFourthLine("  ", "", 1, JsonDataException.SYNTAX, "the input is empty");
  }

  @Test
  void twoValuesOnALineAreASyntaxError() {
    assertFourthLine("{\"numerator\":1,\"denominator\":2} 1", "", 33, JsonDataException.SYNTAX,
        "there is more after the value");
  }

  @Test
  void aLineLongerThanTheBoundIsRejectedWithoutHoldingIt() {
    Ndjson small = NDJSON.withMaxLineLength(40);
    String exactly = "{\"numerator\":1,\"denominator\":2}" + " ".repeat(9);
    assertThat(exactly).hasSize(40);
    String tooLong = "{\"numerator\":1,\"denominator\":2}" + " ".repeat(100_000);
    List<Ndjson.Line<Ratio>> all = lines(small, exactly + "\r\n" + tooLong + "\n" + exactly);
    assertThat(all).extracting(Ndjson.Line::number).containsExactly(1, 2, 3);
    assertThat(all.get(0).value()).contains(Ratio.of(1, 2));
    assertThat(all.get(2).value()).contains(Ratio.of(1, 2));
    JsonDataException e = all.get(1).error().orElseThrow();
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(41);
    assertThat(e.pointer()).isEmpty();
    assertThat(e.rule()).isEqualTo(Ndjson.LINE_LENGTH);
    assertThat(e.getMessage()).contains("line 2, column 41: the line is longer than 40 bytes");

    assertThat(NDJSON.maxLineLength()).isEqualTo(Ndjson.MAX_LINE_LENGTH).isEqualTo(1 << 20);
    assertThatThrownBy(() -> NDJSON.withMaxLineLength(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void collectingGoesOnAndReportsEveryProblemOfEachLine() {
    String text = "{\"numerator\":1,\"denominator\":2}\n"
        + "{\"numerator\":\n"
        + "{\"numerator\":5,\"denominator\":0}\n"
        + "\n"
        + "{\"numerator\":0,\"denominator\":1}\n"
        + "[]";
    List<Ndjson.Line<Ratio>> all = lines(NDJSON, text);
    assertThat(all).extracting(Ndjson.Line::number).containsExactly(1, 2, 3, 5, 6);
    assertThat(all.stream().flatMap(l -> l.value().stream()).collect(Collectors.toList()))
        .containsExactly(Ratio.of(1, 2), Ratio.of(0, 1));
    assertThat(all.stream().flatMap(l -> l.error().stream()).map(JsonDataException::line)
        .collect(Collectors.toList())).containsExactly(2, 3, 6);
    JsonDataException third = all.get(2).error().orElseThrow();
    assertThat(third.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(3));
    assertThat(third.rule()).isIn(Ratio.DENOMINATOR, Ratio.NUMERATOR);
    assertThat(all.get(4).error().orElseThrow().rule()).isEqualTo(JsonDataException.TYPE);
    assertThatThrownBy(all.get(1)::requireValue).isSameAs(all.get(1).error().orElseThrow());
    assertThat(all.get(0).requireValue()).isEqualTo(Ratio.of(1, 2));
    assertThat(all.get(1).toString()).startsWith("line 2: ");
  }

  @Test
  void aValueOfAnotherTypeIsRejectedByTheStandardReader() {
    assertThat(lines(NDJSON, "\"cc\"").get(0).error().orElseThrow().rule()).isEqualTo(JsonDataException.TYPE);
    assertThat(NDJSON.read(Id.class, input("\"cc\"\n\"cc/organisation-commission\"\n"))
        .collect(Collectors.toList())).containsExactly(Id.of("cc"), Id.of("cc/organisation-commission"));
  }

  /** NDJSON of generated observations, made a line at a time as it is read and never held whole. */
  @Test
  void manyObservationsAreReadAndValidatedInASmallHeap() throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-cp", System.getProperty("java.class.path"), SmallHeapReading.class.getName(), "2026",
        "300000").redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor()).as(output).isZero();
    assertThat(output.strip()).isEqualTo("read 300000 observations under a heap of at most 64 MiB, each equal to "
        + "the one written");
  }

}
