package io.github.cpvmodel.examples.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.examples.Demonstration;
import io.github.cpvmodel.json.CpvJson;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.reference.PartyPosts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpvValidateTest {
  /** What the text format promises of every problem line: FILE:LINE:COLUMN: POINTER: [RULE] MESSAGE. */
  static final Pattern PROBLEM_LINE = Pattern.compile("[^:]+:\\d+:\\d+: [^ ]*: \\[[a-z0-9.-]+\\] \\S.*");

  static final String OBSERVATION = "{\"indicator\":\"cells-reviewed\",\"subject\":\"cc/organisation-commission\","
      + "\"period\":\"2019-Q4\",\"value\":{\"percentage\":98.5},\"status\":\"final\"}";

  static final LocalDate DAY = LocalDate.of(2019, 9, 30);

  @TempDir
  Path dir;

  /** What one run gave. */
  record Result(int status, String out, String err) {
    List<String> lines() {
      return out.lines().collect(java.util.stream.Collectors.toList());
    }
  }

  static Result run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = CpvValidate.run(args, new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Result run(String... args) {
    return run(new byte[0], args);
  }

  String file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  String file(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, bytes);
    return path.toString();
  }

  static String json(Object value) {
    return new String(CpvJson.standard().write(value), StandardCharsets.UTF_8);
  }

  /** A dataset document whose tenures are given, one per line from line 5. */
  static String dataset(Tenure... tenures) {
    StringBuilder text = new StringBuilder("{\"schemaVersion\":1,\n\"bodies\":[\"cc\",\"cc/politburo\"],\n"
        + "\"people\":[" + json(Person.of(Id.of("person/pham-minh-chinh"), "Phạm Minh Chính")) + "],\n"
        + "\"posts\":[\"cc/politburo/member\"],\n\"tenures\":[");
    for (int i = 0; i < tenures.length; i++) {
      text.append(i == 0 ? "" : ",\n").append(json(tenures[i]));
    }
    return text.append("]}\n").toString();
  }

  static Tenure tenure(String person, Id post) {
    return Tenure.of(Id.of(person), post, Validity.onlyOn(DAY), TenureBasis.UNKNOWN);
  }

  /** The column of a part of a line as the format counts it: in UTF-8 bytes, from 1. */
  static int column(String text, int line, String part) {
    String whole = text.lines().skip(line - 1).findFirst().orElseThrow();
    return whole.substring(0, whole.indexOf(part)).getBytes(StandardCharsets.UTF_8).length + 1;
  }

  static JsonNode parse(String json) throws IOException {
    return new ObjectMapper().readTree(json);
  }

  // Valid files

  @Test
  void aValidDatasetIsTheDefaultForAJsonFileAndPassesSilently() throws IOException {
    String file = file("seed.json", dataset(tenure("person/pham-minh-chinh", PartyPosts.POLITBURO_MEMBER)));
    Result result = run(file);
    assertThat(result.status()).isEqualTo(CpvValidate.VALID);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("cpv-validate: 1 file checked, all valid\n");
  }

  @Test
  void theDemonstrationsDatasetAsTheLibraryWritesItIsValid() throws IOException {
    String file = file("demonstration.json", CpvJson.standard().write(Demonstration.seed()));
    Result result = run("--format", "json", file);
    assertThat(result.out()).contains("\"problems\":[]");
    assertThat(result.status()).isEqualTo(CpvValidate.VALID);
  }

  @Test
  void aValidSingleValueIsCheckedAsTheTypeGiven() throws IOException {
    String file = file("observation.json", OBSERVATION);
    assertThat(run("--type", "observation", file).status()).isEqualTo(CpvValidate.VALID);
    assertThat(run("--type=ratio", file("ratio.json", "{\"numerator\":63,\"denominator\":63}")).status())
        .isEqualTo(CpvValidate.VALID);
  }

  @Test
  void validNdjsonLinesAreObservationsByDefaultAndCounted() throws IOException {
    String file = file("feed.ndjson", OBSERVATION + "\n\n" + OBSERVATION + "\r\n" + OBSERVATION);
    Result result = run("--format", "json", file);
    assertThat(result.status()).isEqualTo(CpvValidate.VALID);
    JsonNode report = parse(result.out());
    assertThat(report.at("/files/0/format").asText()).isEqualTo("ndjson");
    assertThat(report.at("/files/0/type").asText()).isEqualTo("observation");
    assertThat(report.at("/files/0/valueCount").asLong()).isEqualTo(3);
    assertThat(report.at("/valid").asBoolean()).isTrue();
    assertThat(result.err()).isEmpty();

    String counts = file("counts.jsonl", "{\"count\":1}\n{\"count\":2}\n");
    assertThat(run("--type", "count", counts).status()).isEqualTo(CpvValidate.VALID);
  }

  @Test
  void anEmptyNdjsonFeedHoldsNoValueAndNothingWrong() throws IOException {
    Result result = run("--format=json", file("empty.ndjson", ""));
    assertThat(result.status()).isEqualTo(CpvValidate.VALID);
    assertThat(parse(result.out()).at("/files/0/valueCount").asLong()).isZero();
  }

  // Invalid files, each problem with its place and rule

  @Test
  void malformedJsonIsReportedWhereItBreaks() throws IOException {
    String text = "{\"schemaVersion\":1,\n\"bodies\":[\"cc\" \"cc/politburo\"]}";
    String file = file("broken.json", text);
    Result result = run(file);
    assertThat(result.status()).isEqualTo(CpvValidate.INVALID);
    assertThat(result.lines()).hasSize(1);
    // What Jackson found, without its hint, which Jackson 2 and 3 word differently.
    assertThat(result.lines().get(0)).isEqualTo(file + ":2:" + column(text, 2, "\"cc/politburo\"")
        + ": /bodies/1: [json.syntax] Unexpected character ('\"' (code 34)): the input must be well-formed JSON "
        + "(RFC 8259)");
    assertThat(result.err()).isEqualTo("cpv-validate: 1 file checked, 1 invalid, 1 problem\n");
  }

  @Test
  void aWrongTypeAnUnknownMemberAMissingMemberAndAnUnknownCodeAreNamedByTheirRules() throws IOException {
    String wrongType = OBSERVATION.replace("98.5", "\"98.5\"");
    String missing = OBSERVATION.replace(",\"status\":\"final\"", "");
    String unknownCode = OBSERVATION.replace("final", "done");
    assertThat(run("--type", "observation", file("a.json", wrongType)).lines()).containsExactly(
        dir.resolve("a.json") + ":1:" + (wrongType.indexOf("\"98.5\"") + 1) + ": /value/percentage: [json.type] "
            + "expected a number, found a string: each value must be of the JSON type the schema gives it (string, "
            + "number, boolean, object or array; never null: leave an absent member out)");
    Result unknown = run("--type", "observation", file("b.json", OBSERVATION.replace("\"final\"}",
        "\"final\",\"colour\":\"red\"}")));
    assertThat(unknown.lines()).singleElement().asString()
        .contains(":1:134: /colour: [json.unknown-member] member 'colour' is not one of indicator, subject, period, "
            + "value, status, source");
    assertThat(run("--type", "observation", file("c.json", missing)).lines()).singleElement().asString()
        .contains(":1:1: : [json.required] member 'status' is missing from observation");
    assertThat(run("--type", "observation", file("d.json", unknownCode)).lines()).singleElement().asString()
        .contains(":1:" + (unknownCode.indexOf("\"done\"") + 1) + ": /status: [observation-status.code] 'done'",
            "it is not one of provisional, final");
  }

  @Test
  void everyCrossCheckOfADatasetIsListedAtTheValueItConcerns() throws IOException {
    String text = dataset(tenure("person/pham-minh-chinh", PartyPosts.POLITBURO_MEMBER),
        tenure("person/nobody", PartyPosts.POLITBURO_MEMBER), tenure("person/nobody-else", Id.of("cc/no-such-post")));
    String file = file("crossed.json", text);
    Result result = run(file);
    assertThat(result.status()).isEqualTo(CpvValidate.INVALID);
    assertThat(result.lines()).hasSize(3).allMatch(line -> PROBLEM_LINE.matcher(line).matches());
    assertThat(result.lines()).anySatisfy(line -> assertThat(line).startsWith(file + ":6:"
        + column(text, 6, "\"person/nobody\"") + ": /tenures/1/person: [personnel.unknown-id] "));
    assertThat(result.lines()).anySatisfy(line -> assertThat(line).startsWith(file + ":7:"
        + column(text, 7, "\"cc/no-such-post\"") + ": /tenures/2/post: [personnel.unknown-id] ").contains(
            "cc/no-such-post"));
    assertThat(result.lines()).anySatisfy(line -> assertThat(line).startsWith(file + ":7:"
        + column(text, 7, "\"person/nobody-else\"") + ": /tenures/2/person: [personnel.unknown-id] "));
    assertThat(result.err()).isEqualTo("cpv-validate: 1 file checked, 1 invalid, 3 problems\n");
  }

  @Test
  void aDocumentEndedByOneTheDatasetDoesNotHoldIsReportedAtTheEndingReference() throws IOException {
    // 205-QĐ/TW was superseded by 114-QĐ/TW, which this dataset leaves out.
    String text = "{\"schemaVersion\":1,\n\"bodies\":[\"cc\",\"cc/politburo\"],\n\"documents\":[\n"
        + json(PartyDocuments.registry().byKey(PartyDocuments.REGULATION_205)) + "]}";
    String file = file("documents.json", text);
    Result result = run(file);
    assertThat(result.status()).isEqualTo(CpvValidate.INVALID);
    assertThat(result.lines()).containsExactly(file + ":4:" + column(text, 4, "{\"number\":\"114-QĐ/TW\"")
        + ": /documents/0/termination/by: [document-registry.unknown] '114-QĐ/TW of 2023-07-11 (regulation, "
        + "cc/politburo)' is not in the registry: relations and terminations point at documents in the registry");
  }

  @Test
  void aDatasetOfANewerSchemaVersionIsRejectedAsSuch() throws IOException {
    assertThat(run(file("future.json", "{\"schemaVersion\":2}")).lines()).singleElement().asString()
        .endsWith(":1:18: /schemaVersion: [json.schema-version] schemaVersion 2 is newer than this reader's 1: a "
            + "document must carry a schemaVersion this reader knows: 1");
  }

  @Test
  void eachBadLineOfNdjsonIsReportedAtItsLineAndTheRestStillRead() throws IOException {
    String text = OBSERVATION + "\r\n"
        + "\n"
        + OBSERVATION.replace("final", "done") + "\n"
        + OBSERVATION + "\n"
        + "{\"indicator\":\n"
        + OBSERVATION.replace("98.5", "198.5") + "\n";
    String file = file("feed.ndjson", text);
    Result result = run(file);
    assertThat(result.status()).isEqualTo(CpvValidate.INVALID);
    assertThat(result.lines()).hasSize(3);
    assertThat(result.lines().get(0)).startsWith(file + ":3:" + (OBSERVATION.indexOf("\"final\"") + 1)
        + ": /status: [observation-status.code] 'done'");
    assertThat(result.lines().get(1)).startsWith(file + ":5:").contains(": [json.syntax] ");
    assertThat(result.lines().get(2)).startsWith(file + ":6:" + (OBSERVATION.indexOf("98.5") + 1)
        + ": /value/percentage: [percentage.range] percentage 198.5 is outside 0..100");

    JsonNode report = parse(run("--format", "json", file).out());
    assertThat(report.at("/files/0/valueCount").asLong()).isEqualTo(2);
    assertThat(report.at("/files/0/problems")).extracting(p -> p.get("line").asInt()).containsExactly(3, 5, 6);
  }

  @Test
  void emptyInputIsNoJsonDocument() throws IOException {
    Result result = run(file("empty.json", ""));
    assertThat(result.status()).isEqualTo(CpvValidate.INVALID);
    assertThat(result.lines()).singleElement().asString().endsWith("empty.json:0:0: : [json.syntax] the input is "
        + "empty: the input must be well-formed JSON (RFC 8259)");
    assertThat(run("-").lines()).containsExactly("<stdin>:0:0: : [json.syntax] the input is empty: the input must "
        + "be well-formed JSON (RFC 8259)");
  }

  @Test
  void binaryGarbageIsAProblemOfItsFileNeverAFailure() throws IOException {
    Random random = new Random(20190930);
    for (int i = 0; i < 200; i++) {
      byte[] garbage = new byte[1 + random.nextInt(2000)];
      random.nextBytes(garbage);
      if (i % 4 == 0) {
        garbage[0] = 0; // Jackson takes a leading zero byte for UTF-16 or UTF-32
        garbage[1 % garbage.length] = 0;
      }
      String name = i % 2 == 0 ? "garbage.json" : "garbage.ndjson";
      Result result = run(file(name, garbage));
      assertThat(result.status()).as("run %d", i).isEqualTo(CpvValidate.INVALID);
      assertThat(result.lines()).as("run %d", i).isNotEmpty().allMatch(line -> PROBLEM_LINE.matcher(line).matches());
      assertThat(result.err()).doesNotContain("unexpected", "Exception");
    }
  }

  @Test
  void bytesThatAreNoUtf8TextStopTheReadingOfTheirFileWithAProblem() throws IOException {
    byte[] utf32 = {0, 0, 0, '{', 0, 0x11, 0, 0};
    Result result = run(file("utf32.json", utf32));
    assertThat(result.status()).isEqualTo(CpvValidate.INVALID);
    assertThat(result.lines()).singleElement().asString().contains(": : [json.syntax] the input is not UTF-8 text");
    byte[] feed = ("{\"count\":1}\n" + new String(utf32, StandardCharsets.ISO_8859_1) + "\n{\"count\":2}\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(run("--type", "count", file("utf32.ndjson", feed)).lines()).singleElement().asString()
        .contains("utf32.ndjson:2:0: : [json.syntax] the input is not UTF-8 text, and nothing after this point is "
            + "read");
  }

  @Test
  void controlCharactersAndUnpairedSurrogatesAreEscapedSoAProblemStaysOneLine() throws IOException {
    String file = file("odd.ndjson", OBSERVATION.replace("cells-reviewed", "a\\n\\ud800") + "\n");
    Result result = run(file);
    assertThat(result.lines()).singleElement().asString()
        .contains("/indicator: [id.syntax] 'a\\u000A\\uD800'");
    JsonNode report = parse(run("--format", "json", file).out());
    assertThat(report.at("/files/0/problems/0/message").asText()).startsWith("'a\n\\uD800'");
  }

  // Several files, standard input, the JSON report

  @Test
  void severalFilesAreEachCheckedAndTheStatusSaysWhetherAnyWasWrong() throws IOException {
    String good = file("good.ndjson", OBSERVATION + "\n");
    String bad = file("bad.ndjson", OBSERVATION.replace("final", "done") + "\n");
    Result result = run(good, bad, good);
    assertThat(result.status()).isEqualTo(CpvValidate.INVALID);
    assertThat(result.lines()).singleElement().asString().startsWith(bad + ":1:");
    assertThat(result.err()).isEqualTo("cpv-validate: 3 files checked, 1 invalid, 1 problem\n");
  }

  @Test
  void theJsonReportListsEveryFileWithItsProblems() throws IOException {
    String good = file("good.json", dataset(tenure("person/pham-minh-chinh", PartyPosts.POLITBURO_MEMBER)));
    String text = dataset(tenure("person/nobody", PartyPosts.POLITBURO_MEMBER));
    String bad = file("bad.json", text);
    Result result = run(new byte[0], "--format", "json", good, bad);
    assertThat(result.status()).isEqualTo(CpvValidate.INVALID);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).endsWith("}\n").hasLineCount(1);
    JsonNode report = parse(result.out());
    assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(report.get("fileCount").asLong()).isEqualTo(2);
    assertThat(report.get("invalidFileCount").asLong()).isEqualTo(1);
    assertThat(report.get("problemCount").asLong()).isEqualTo(1);
    assertThat(report.get("valid").asBoolean()).isFalse();
    JsonNode first = report.at("/files/0");
    assertThat(first.get("file").asText()).isEqualTo(good);
    assertThat(first.get("format").asText()).isEqualTo("json");
    assertThat(first.get("type").asText()).isEqualTo("dataset");
    assertThat(first.get("problems")).isEmpty();
    assertThat(first.get("valueCount").asLong()).isEqualTo(1);
    assertThat(first.get("valid").asBoolean()).isTrue();
    JsonNode second = report.at("/files/1");
    assertThat(second.get("valid").asBoolean()).isFalse();
    assertThat(second.get("valueCount").asLong()).isZero();
    JsonNode problem = second.at("/problems/0");
    assertThat(problem.get("line").asInt()).isEqualTo(5);
    assertThat(problem.get("column").asInt()).isEqualTo(column(text, 5, "\"person/nobody\""));
    assertThat(problem.get("pointer").asText()).isEqualTo("/tenures/0/person");
    assertThat(problem.get("rule").asText()).isEqualTo("personnel.unknown-id");
    assertThat(problem.get("message").asText()).contains("person/nobody");
    assertThat(problem.size()).isEqualTo(5);
  }

  @Test
  void theStandardInputIsReadForADashAsADocumentOrAsNdjson() {
    byte[] ratio = "{\"numerator\":64,\"denominator\":63}".getBytes(StandardCharsets.UTF_8);
    Result document = run(ratio, "--type", "ratio", "-");
    assertThat(document.status()).isEqualTo(CpvValidate.INVALID);
    assertThat(document.lines()).containsExactly("<stdin>:1:14: /numerator: [ratio.numerator] numerator 64 is "
        + "outside 0..63: the numerator is a whole number from 0 up to the denominator");

    byte[] feed = (OBSERVATION + "\n" + OBSERVATION.replace("2019-Q4", "2019-Q5") + "\n")
        .getBytes(StandardCharsets.UTF_8);
    Result lines = run(feed, "--ndjson", "-");
    assertThat(lines.lines()).singleElement().asString().startsWith("<stdin>:2:")
        .contains("/period: [reporting-period.");
    assertThat(run(dataset(tenure("person/pham-minh-chinh", PartyPosts.POLITBURO_MEMBER))
        .getBytes(StandardCharsets.UTF_8), "-").status()).isEqualTo(CpvValidate.VALID);
  }

  @Test
  void lenientReadingSkipsMembersOfANewerWriter() throws IOException {
    String file = file("newer.json", OBSERVATION.replace("\"final\"}", "\"final\",\"confidence\":0.9}"));
    assertThat(run("--type", "observation", file).status()).isEqualTo(CpvValidate.INVALID);
    assertThat(run("--lenient", "--type", "observation", file).status()).isEqualTo(CpvValidate.VALID);
  }

  // The command line

  @Test
  void helpTellsTheTypesTheFormatsAndTheExitStatus() {
    Result result = run("--help");
    assertThat(result.status()).isEqualTo(CpvValidate.VALID);
    assertThat(result.out()).startsWith("Usage: cpv-validate [options] FILE...\n")
        .contains(Options.TYPES.keySet())
        .contains("FILE:LINE:COLUMN: POINTER: [RULE] MESSAGE",
            "\"problemCount\":N", "  2  usage error", "  3  unexpected failure");
    assertThat(run("-h").out()).isEqualTo(result.out());
  }

  @Test
  void aCommandLineThatAsksForNothingPossibleIsAUsageError() throws IOException {
    String file = file("x.json", "{}");
    assertUsage(run(), "cpv-validate: no FILE given ('-' reads standard input)");
    assertUsage(run("--strict", file), "cpv-validate: unknown option '--strict'");
    assertUsage(run("--format", "xml", file), "cpv-validate: --format takes 'text' or 'json', not 'xml'");
    assertUsage(run("--type", "meeting-of-the-future", file),
        "cpv-validate: --type takes the schema id of a type, not 'meeting-of-the-future'; the ids are ");
    assertUsage(run(file, "--type"), "cpv-validate: option --type needs a value");
    assertUsage(run("--ndjson=yes", file), "cpv-validate: option --ndjson takes no value");
    assertUsage(run("-", "-"), "cpv-validate: standard input ('-') can be read only once");
    assertUsage(run(file, dir.resolve("missing.json").toString(), dir.toString()),
        "cpv-validate: no such file: " + dir.resolve("missing.json") + "; a directory, not a file: " + dir);
    assertThat(run("--", "--help").err()).startsWith("cpv-validate: no such file: --help");
  }

  private static void assertUsage(Result result, String message) {
    assertThat(result.status()).isEqualTo(CpvValidate.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith(message)
        .endsWith("\nUsage: cpv-validate [options] FILE...   (cpv-validate --help tells more)\n");
  }

  @Test
  void aFailureOfTheOutputIsOneLineAndStatusThree() throws IOException {
    String file = file("bad.ndjson", OBSERVATION.replace("final", "done") + "\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream broken = new PrintStream(new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    }, false, StandardCharsets.UTF_8);
    int status = CpvValidate.run(new String[] {"--format", "json", file}, new ByteArrayInputStream(new byte[0]),
        broken, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(CpvValidate.FAILURE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("cpv-validate: unexpected failure: the output could not be written\n");
  }
}
