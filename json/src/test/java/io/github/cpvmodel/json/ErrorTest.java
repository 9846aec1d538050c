package io.github.cpvmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentRelation;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.document.Occasion;
import io.github.cpvmodel.document.Termination;
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

  // Members in any order are read; the names come last so that the columns before them count characters and
  // bytes alike.
  private static final String TASK = "{\"id\":\"plan\",\"responsible\":\"cc\",\"started\":\"2019-09-15\","
      + "\"completed\":\"2019-09-14\",\"name\":{\"vi\":\"Xây dựng kế hoạch\"}}";

  @Test
  void aTargetPlacesItsValuesRejection() {
    String text = "{\"indicator\":\"cells\",\"subject\":\"cc\",\"period\":\"2019\","
        + "\"value\":{\"numerator\":2,\"denominator\":1}}";
    JsonDataException e = error(CpvJson.standard(), io.github.cpvmodel.progress.Target.class, text);
    assertProblem(e, text, "/value/numerator", "2,", Ratio.NUMERATOR, "numerator 2 is outside 0..1");
  }

  @Test
  void aTaskCompletedBeforeItStartedIsRejectedAtCompleted() {
    JsonDataException e = error(CpvJson.standard(), io.github.cpvmodel.progress.Task.class, TASK);
    assertProblem(e, TASK, "/completed", "\"2019-09-14", io.github.cpvmodel.progress.Task.ORDER,
        "completed '2019-09-14' is before started '2019-09-15'");
  }

  @Test
  void aTaskGroupPlacesItsRulesInsideTheList() {
    String task = TASK.replace("2019-09-14", "2019-09-16");
    String text = "{\"id\":\"group-1\",\"tasks\":[" + task + "," + task + "],\"name\":{\"vi\":\"Nhóm 1\"}}";
    JsonDataException e = error(CpvJson.standard(), io.github.cpvmodel.progress.TaskGroup.class, text);
    // Read from bytes, the rule is placed at the value it names: the second task's id, whose column counts the
    // bytes of the first task's Vietnamese name.
    String beforeSecondId = text.substring(0, text.indexOf("\"plan\"", text.indexOf("\"plan\"") + 1));
    assertProblem(e, "/tasks/1/id", 1, beforeSecondId.getBytes(StandardCharsets.UTF_8).length + 1,
        io.github.cpvmodel.progress.TaskGroup.DUPLICATE, "'plan'");
    String empty = "{\"id\":\"group-1\",\"name\":{\"vi\":\"Nhóm 1\"}}";
    JsonDataException none = error(CpvJson.standard(), io.github.cpvmodel.progress.TaskGroup.class, empty);
    assertProblem(none, "/tasks", 1, 1, io.github.cpvmodel.progress.TaskGroup.EMPTY, "has no tasks");
  }

  @Test
  void everyCodedEnumRejectsAnUnknownCodeWithItsOwnRule() {
    java.util.Map<Class<?>, Rule> rules = java.util.Map.of(
        io.github.cpvmodel.progress.TaskStatus.class, io.github.cpvmodel.progress.TaskStatus.CODE,
        io.github.cpvmodel.body.BodyKind.class, io.github.cpvmodel.body.BodyKind.CODE,
        io.github.cpvmodel.body.BodyLevel.class, io.github.cpvmodel.body.BodyLevel.CODE,
        io.github.cpvmodel.body.BodyChange.Kind.class, io.github.cpvmodel.body.BodyChange.Kind.CODE,
        io.github.cpvmodel.person.PostRole.class, io.github.cpvmodel.person.PostRole.CODE,
        io.github.cpvmodel.person.PostSector.class, io.github.cpvmodel.person.PostSector.CODE,
        io.github.cpvmodel.person.TenureBasis.class, io.github.cpvmodel.person.TenureBasis.CODE);
    rules.forEach((type, rule) -> assertProblem(error(CpvJson.standard(), type, "\"DONE\""), "", 1, 1, rule,
        "it is not one of"));
  }

  private static final String BODY = "{\"id\":\"x/body\",\"kind\":\"cell\",\"level\":\"%s\","
      + "\"validity\":\"%s\",\"parents\":[{\"parent\":\"%s\",\n"
      + "\"validity\":\"%s\"}],\"name\":{\"vi\":\"Chi bộ 1\"}}";

  @Test
  void aBodyPlacesItsRulesAtTheMemberOrLinkTheyName() {
    io.github.cpvmodel.body.Body ok = CpvJson.standard().read(io.github.cpvmodel.body.Body.class,
        String.format(BODY, "cell", "2020-01-01/..", "x/cell", "2020-01-01/..").getBytes(StandardCharsets.UTF_8));
    assertThat(ok.parents()).hasSize(1);
    String self = String.format(BODY, "cell", "2020-01-01/..", "x/body", "2020-01-01/..");
    assertProblem(error(CpvJson.standard(), io.github.cpvmodel.body.Body.class, self), self, "/parents/0/parent",
        "\"x/body\",\n", io.github.cpvmodel.body.Body.PARENT_SELF, "'x/body' names itself as parent");
    String ended = String.format(BODY, "district", "2020-01-01/..", "x/cell", "2020-01-01/2020-02-01");
    assertProblem(error(CpvJson.standard(), io.github.cpvmodel.body.Body.class, ended), ended, "/validity",
        "\"2020-01-01/..", io.github.cpvmodel.body.Body.LEVEL_ENDED, "'2020-01-01/..'");
    String link = String.format(BODY, "cell", "2020-01-01/..", "x/cell", "2020-01-01/2019-01-01");
    assertProblem(error(CpvJson.standard(), io.github.cpvmodel.body.Body.class, link), link, "/parents/0/validity",
        "\"2020-01-01/2019", io.github.cpvmodel.Validity.ORDER, "2019-01-01");
  }

  @Test
  void aChangePlacesARepeatedBodyAtItsIndex() {
    String text = "{\"kind\":\"merged\",\"date\":\"2025-07-01\",\"predecessors\":[\"x/a\",\"x/a\"],"
        + "\"successors\":[\"x/b\"]}";
    JsonDataException e = error(CpvJson.standard(), io.github.cpvmodel.body.BodyChange.class, text);
    assertProblem(e, text, "/predecessors/1", "\"x/a\"]", io.github.cpvmodel.body.BodyChange.REPEATED,
        "'x/a' is listed twice");
    String split = "{\"kind\":\"split\",\"date\":\"2025-07-01\",\"predecessors\":[\"x/a\"],"
        + "\"successors\":[\"x/b\"],\"decision\":\"Chỉ thị\"}";
    JsonDataException cited = error(CpvJson.standard(), io.github.cpvmodel.body.BodyChange.class, split);
    assertProblem(cited, split, "/decision", "\"Chỉ thị", io.github.cpvmodel.document.DocumentReference.SYNTAX,
        "'Chỉ thị'");
  }

  @Test
  void aPersonsBlankOtherNameIsPlacedAtItsIndex() {
    String text = "{\"id\":\"person/a\",\"otherNames\":[\"Ba\",\" \"],\"fullName\":\"Phạm Minh Chính\"}";
    JsonDataException e = error(CpvJson.standard(), io.github.cpvmodel.person.Person.class, text);
    assertProblem(e, text, "/otherNames/1", "\" \"", io.github.cpvmodel.person.Person.NAME, "is blank");
  }

  @Test
  void aPostsBadOrganIdIsPlacedAtOrgan() {
    String text = "{\"id\":\"cc/head\",\"organ\":\"C C\",\"sector\":\"party\",\"role\":\"head\","
        + "\"title\":{\"vi\":\"Trưởng ban\"}}";
    JsonDataException e = error(CpvJson.standard(), io.github.cpvmodel.person.Post.class, text);
    assertProblem(e, text, "/organ", "\"C C", Id.SYNTAX, "'C C'");
  }

  // Each line is ASCII up to the values the tests point at, so that columns count characters and bytes alike.
  private static final String DOCUMENT = "{\"number\":\"%s\",\"type\":\"%s\",\n"
      + "\"issuingBody\":\"%s\",\"issued\":\"2019-05-30\"%s,\n\"title\":{\"vi\":\"Chỉ thị\"}}";

  private static String document(String number, String type, String body, String more) {
    return String.format(DOCUMENT, number, type, body, more);
  }

  @Test
  void aDocumentReadsWhenItsPartsAgree() {
    Document ok = CpvJson.standard().read(Document.class,
        document("35-CT/TW", "directive", "cc/politburo", "").getBytes(StandardCharsets.UTF_8));
    assertThat(ok.key()).isEqualTo(io.github.cpvmodel.reference.PartyDocuments.DIRECTIVE_35_OF_2019);
  }

  @Test
  void anUnknownDocumentTypeNamesTheCodes() {
    String text = document("35-CT/TW", "decree", "cc/politburo", "");
    assertProblem(error(CpvJson.standard(), Document.class, text), text, "/type", "\"decree",
        DocumentType.CODE, "'decree' stops making sense as a code at index 0: it is not one of");
  }

  @Test
  void aMalformedDocumentNumberIsAParseErrorAtTheNumber() {
    String text = document("35-CT", "directive", "cc/politburo", "");
    assertProblem(error(CpvJson.standard(), Document.class, text), text, "/number", "\"35-CT",
        DocumentNumber.SYNTAX, "'35-CT'");
    String foreign = document("35-CT/T\u00dc", "directive", "cc/politburo", "");
    assertProblem(error(CpvJson.standard(), Document.class, foreign), foreign, "/number", "\"35-CT/T",
        DocumentNumber.CODE, "'T\u00dc'");
  }

  @Test
  void aDocumentWhosePartsDisagreeIsRejectedAtTheMemberCoreNames() {
    String type = document("35-CT/TW", "decision", "cc/politburo", "");
    assertProblem(error(CpvJson.standard(), Document.class, type), type, "/type", "\"decision",
        Document.TYPE, "type 'decision' does not fit number '35-CT/TW'");
    String body = document("35-CT/TW", "directive", "cc/office", "");
    assertProblem(error(CpvJson.standard(), Document.class, body), body, "/issuingBody", "\"cc/office",
        Document.ISSUER, "body 'cc/office' does not number under '/TW'");
    String ended = document("35-CT/TW", "directive", "cc/politburo",
        ",\"termination\":{\"kind\":\"expired\",\"on\":\"2019-05-30\"}");
    assertProblem(error(CpvJson.standard(), Document.class, ended), ended, "/termination/on",
        "\"2019-05-30\"}", Document.IN_FORCE, "no longer in force from '2019-05-30'");
    String adopted = document("35-CT/TW", "directive", "cc/politburo", ",\"adoptedAt\":{\"term\":12}");
    assertProblem(error(CpvJson.standard(), Document.class, adopted), adopted, "/adoptedAt", "{\"term",
        Document.OCCASION, "adopted at 'Đại hội XII' but issued by 'cc/politburo'");
  }

  @Test
  void aDocumentWithoutADateOfIssueNamesTheMissingMember() {
    String text = "{\"number\":\"35-CT/TW\",\"type\":\"directive\",\"issuingBody\":\"cc/politburo\","
        + "\"title\":{\"vi\":\"Chỉ thị\"}}";
    assertProblem(error(CpvJson.standard(), Document.class, text), "", 1, 1, JsonDataException.REQUIRED,
        "member 'issued' is missing from document");
  }

  @Test
  void anUnknownDocumentMemberIsRejectedNamingTheKnownOnes() {
    String text = document("35-CT/TW", "directive", "cc/politburo", ",\"issuer\":\"TW\"");
    assertProblem(error(CpvJson.standard(), Document.class, text), text, "/issuer", "\"issuer",
        JsonDataException.UNKNOWN_MEMBER, "member 'issuer' is not one of number, type, issuingBody, issued, "
            + "title, subject, adoptedAt, commencement, termination, confirmedInForceOn, source, unverified");
  }

  @Test
  void aDocumentsMalformedDateOfIssueAndRepeatedUnverifiedMemberArePlaced() {
    String date = document("35-CT/TW", "directive", "cc/politburo", "").replace("2019-05-30", "2019-5");
    assertProblem(error(CpvJson.standard(), Document.class, date), date, "/issued", "\"2019-5",
        IssueDate.SYNTAX, "'2019-5'");
    String twice = document("35-CT/TW", "directive", "cc/politburo", ",\"unverified\":[\"title\",\"title\"]");
    assertProblem(error(CpvJson.standard(), Document.class, twice), twice, "/unverified/1", "\"title\"]",
        JsonDataException.REPEATED_ITEM, "'title' is listed twice");
    String unknown = document("35-CT/TW", "directive", "cc/politburo", ",\"unverified\":[\"issuer\"]");
    assertProblem(error(CpvJson.standard(), Document.class, unknown), unknown, "/unverified", "[",
        Document.UNVERIFIED, "'issuer' is not a field of a document");
  }

  private static final String KEY = "{\"number\":\"35-CT/TW\",\"type\":\"directive\",\"issuingBody\":"
      + "\"cc/politburo\",\"issued\":\"2019-05-30\"%s}";

  @Test
  void aKeyHasANumberOrATitleNotBoth() {
    String both = String.format(KEY, ",\"title\":\"Chỉ thị\"");
    assertProblem(error(CpvJson.standard(), DocumentKey.class, both), both, "/title", "\"Chỉ",
        DocumentKey.IDENTITY, "'35-CT/TW' has both a number and a title");
    String neither = String.format(KEY, "").replace("\"number\":\"35-CT/TW\",", "");
    assertProblem(error(CpvJson.standard(), DocumentKey.class, neither), "/title", 1, 1, DocumentKey.IDENTITY,
        "key of directive has neither number nor title");
  }

  @Test
  void aRelationOfADocumentToItselfIsRejectedAtTheTarget() {
    String key = String.format(KEY, "");
    String text = "{\"document\":" + key + ",\"kind\":\"summarizes\",\n\"target\":" + key + "}";
    assertProblem(error(CpvJson.standard(), DocumentRelation.class, text), "/target", 2, 10,
        DocumentRelation.SELF, "summarizes itself");
  }

  @Test
  void anExpiryThatNamesADocumentIsRejectedAtBy() {
    String text = "{\"kind\":\"expired\",\"on\":\"2021-02-02\",\"by\":" + String.format(KEY, "") + "}";
    assertProblem(error(CpvJson.standard(), Termination.class, text), text, "/by", "{\"number", Termination.BY,
        "expired on '2021-02-02' but ended by");
  }

  @Test
  void anOccasionBeyondItsRangeIsRejectedAtItsMember() {
    String term = "{\"term\":4294967297}";
    assertProblem(error(CpvJson.standard(), Occasion.class, term), term, "/term", "4294967297", Occasion.NUMBER,
        "term '4294967297' is out of range");
    String plenum = "{\"term\":12,\"plenum\":0}";
    assertProblem(error(CpvJson.standard(), Occasion.class, plenum), plenum, "/plenum", "0}", Occasion.NUMBER,
        "plenum '0' is out of range");
  }

  @Test
  void everyDocumentCodeRejectsAnUnknownCodeWithItsOwnRule() {
    java.util.Map<Class<?>, Rule> rules = java.util.Map.of(DocumentType.class, DocumentType.CODE,
        io.github.cpvmodel.document.ForceStatus.class, io.github.cpvmodel.document.ForceStatus.CODE,
        io.github.cpvmodel.document.RelationKind.class, io.github.cpvmodel.document.RelationKind.CODE,
        io.github.cpvmodel.document.TerminationKind.class, io.github.cpvmodel.document.TerminationKind.CODE);
    rules.forEach((type, rule) -> assertProblem(error(CpvJson.standard(), type, "\"DONE\""), "", 1, 1, rule,
        "it is not one of"));
  }

  @Test
  void aTenuresReversedDaysArePlacedAtValidity() {
    String text = "{\"person\":\"person/a\",\"post\":\"cc/head\",\"validity\":\"2020-01-01/2019-12-31\","
        + "\"basis\":\"elected\"}";
    JsonDataException e = error(CpvJson.standard(), io.github.cpvmodel.person.Tenure.class, text);
    assertProblem(e, text, "/validity", "\"2020", io.github.cpvmodel.Validity.ORDER, "2019-12-31");
  }
}
