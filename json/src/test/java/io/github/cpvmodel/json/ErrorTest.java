package io.github.cpvmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.json.format.JsonDataException;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.ReportingPeriod;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorTest {
  private static JsonDataException error(CpvJson json, Class<?> type, String text) {
    return catchThrowableOfType(JsonDataException.class,
        () -> json.read(type, text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The line and column of the first occurrence of a text, as a reader counts them (from 1). */
  private static int[] at(String text, String needle) {
    int index = text.indexOf(needle);
    int lineStart = text.lastIndexOf('\n', index) + 1;
    int line = 1 + (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
    return new int[] {line, index - lineStart + 1};
  }

  private static void assertProblem(JsonDataException e, String text, String pointer, String needle, Rule rule,
      String says) {
    int[] where = at(text, needle);
    assertProblem(e, pointer, where[0], where[1], rule, says);
  }

  private static void assertProblem(JsonDataException e, String pointer, int line, int column, Rule rule,
      String says) {
    assertThat(e).as("an error").isNotNull();
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.rule()).isEqualTo(rule);
    assertThat(e.getMessage()).contains((pointer.isEmpty() ? "" : pointer + ": ") + "line " + line + ", column " + column + ": ").contains(says)
        .contains(rule.description()).endsWith("[" + rule.code() + "]");
  }

  private static final String OBSERVATION = "{\"indicator\":\"cells\",\n"
      + "\"subject\":\"cc\",\"period\":\"2019\",\"value\":%s,\"status\":\"final\"}";

  @Test
  void aCoreRejectionIsPlacedAtTheMemberItNames() {
    String text = String.format(OBSERVATION, "{\"numerator\":64,\"denominator\":63}");
    JsonDataException e = error(CpvJson.standard(), Observation.class, text);
    assertProblem(e, text, "/value/numerator", "64", Ratio.NUMERATOR, "numerator 64 is outside 0..63");
  }

  @Test
  void aParseErrorIsPlacedAtTheString() {
    String text = "{\"indicator\":\"cells\",\"subject\":\"Cc Bad!\",\"period\":\"2019\",\"value\":{\"count\":1},"
        + "\"status\":\"final\"}";
    JsonDataException e = error(CpvJson.standard(), Observation.class, text);
    assertProblem(e, text, "/subject", "\"Cc Bad!", Id.SYNTAX, "'Cc Bad!' has ' ' at index 2");
  }

  @Test
  void aMalformedPeriodIsAParseError() {
    JsonDataException e = error(CpvJson.standard(), ReportingPeriod.class, "\"2019-Q5\"");
    assertProblem(e, "", 1, 1, ReportingPeriod.PART, "'2019-Q5'");
  }

  @Test
  void anUnknownCodeNamesTheCodes() {
    String text = "{\"indicator\":\"cells\",\"subject\":\"cc\",\"period\":\"2019\",\"value\":{\"yes\":true},"
        + "\"status\":\"done\"}";
    JsonDataException e = error(CpvJson.standard(), Observation.class, text);
    assertProblem(e, text, "/status", "\"done", ObservationStatus.CODE, "it is not one of");
  }

  @Test
  void aWrongTypeSaysWhatWasExpected() {
    String text = String.format(OBSERVATION, "12");
    JsonDataException e = error(CpvJson.standard(), Observation.class, text);
    assertProblem(e, text, "/value", "12", JsonDataException.TYPE, "expected an object (one of count, ratio, "
        + "percentage, yes-no), found a number");
  }

  @Test
  void aMissingMemberIsNamed() {
    JsonDataException e = error(CpvJson.standard(), Ratio.class, "{\"numerator\":1}");
    assertProblem(e, "", 1, 1, JsonDataException.REQUIRED, "member 'denominator' is missing from ratio");
  }

  @Test
  void anUnknownMemberIsRejectedNamingTheKnownOnes() {
    String text = "{\"numerator\":1,\"denominator\":2,\"x\":[1]}";
    JsonDataException e = error(CpvJson.standard(), Ratio.class, text);
    assertProblem(e, text, "/x", "\"x", JsonDataException.UNKNOWN_MEMBER,
        "member 'x' is not one of numerator, denominator");
    assertThat(CpvJson.standard().withLenient(true).read(Ratio.class,
        "{\"numerator\":1,\"x\":{\"y\":[1]},\"denominator\":2}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Ratio.of(1, 2));
  }

  @Test
  void aDuplicateMemberIsRejected() {
    JsonDataException e = error(CpvJson.standard(), Ratio.class, "{\"numerator\":1,\"numerator\":1}");
    assertThat(e.rule()).isEqualTo(JsonDataException.DUPLICATE_MEMBER);
    assertThat(e.line()).isEqualTo(1);
    String text = "{\"numerator\":1,\"denominator\":2,\"numerator\":1}";
    JsonDataException own = error(CpvJson.standard().withFactory(new com.fasterxml.jackson.core.JsonFactory()),
        Ratio.class, text);
    assertProblem(own, "/numerator", 1, text.lastIndexOf("\"numerator") + 1, JsonDataException.DUPLICATE_MEMBER,
        "member 'numerator' appears twice");
  }

  @Test
  void malformedJsonIsASyntaxError() {
    JsonDataException e = error(CpvJson.standard(), Ratio.class, "{\"numerator\":1,\n\"denominator\":}");
    assertThat(e.rule()).isEqualTo(JsonDataException.SYNTAX);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.pointer()).isEqualTo("/denominator");
  }

  @Test
  void aNumberOutsideALongIsOverTheLimit() {
    String text = "{\"numerator\":1,\"denominator\":99999999999999999999}";
    JsonDataException e = error(CpvJson.standard(), Ratio.class, text);
    assertProblem(e, text, "/denominator", "999", JsonDataException.LIMIT, "outside the range of whole numbers");
  }

  @Test
  void tooDeepNestingIsOverTheLimit() {
    String deep = "{\"numerator\":1,\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
    JsonDataException e = error(CpvJson.standard().withLenient(true), Ratio.class, deep);
    assertThat(e.rule()).isEqualTo(JsonDataException.LIMIT);
    assertThat(e.getMessage()).contains("nesting depth");
  }

  @Test
  void aValueWithTwoFormsIsRejected() {
    String text = String.format(OBSERVATION, "{}");
    JsonDataException e = error(CpvJson.standard(), Observation.class, text);
    assertProblem(e, text, "/value", "{}", JsonDataException.ONE_OF, "the object is empty");
  }

  @Test
  void textIsNormalisedToNfc() {
    io.github.cpvmodel.LocalizedName name = CpvJson.standard().read(io.github.cpvmodel.LocalizedName.class,
        "{\"vi\":\"\u00d0a\u0300ng\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(name.vi()).isEqualTo("\u0110\u00e0ng");
  }
}
