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
import io.github.cpvmodel.meeting.AttendanceMode;
import io.github.cpvmodel.meeting.BridgePoint;
import io.github.cpvmodel.meeting.Conference;
import io.github.cpvmodel.meeting.ConferenceKind;
import io.github.cpvmodel.meeting.Meeting;
import io.github.cpvmodel.meeting.MeetingReference;
import io.github.cpvmodel.meeting.PartOfDay;
import io.github.cpvmodel.meeting.ParticipantRole;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.ReportingPeriod;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorTest {
  private static JsonDataException error(CpvJson json, Class<?> type, String text) {
    return catchThrowableOfType(JsonDataException.class,
        () -> json.read(type, text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The line and column of the first occurrence of a text, as a reader of bytes counts them (from 1, the column in
   * UTF-8 bytes); of the place marked
   * {@code |} in it when it has one ({@code "},{\"id\":|\"plan"}: the second task's id).
   */
  private static int[] at(String text, String needle) {
    int mark = Math.max(0, needle.indexOf('|'));
    int index = text.indexOf(needle.replace("|", "")) + mark;
    int lineStart = text.lastIndexOf('\n', index) + 1;
    int line = 1 + (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
    return new int[] {line, text.substring(lineStart, index).getBytes(StandardCharsets.UTF_8).length + 1};
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
  void theProblemsOfAOneOfValueArePlacedAsThoseOfAnObject() {
    String text = "{\"indicator\":\"i\",\"subject\":\"s\",\"period\":\"2019\",\"value\":{\"numerator\":1},"
        + "\"status\":\"final\"}";
    assertProblem(error(CpvJson.standard(), Observation.class, text), text, "/value", "{\"numerator",
        JsonDataException.REQUIRED, "member 'denominator' is missing from ratio");
    for (String value : List.of("{\"numerator\":3,\"denominator\":2}", "{\"denominator\":2,\"numerator\":3}")) {
      String wrong = text.replace("{\"numerator\":1}", value);
      assertProblem(error(CpvJson.standard(), Observation.class, wrong), wrong, "/value/numerator", "3",
          Ratio.NUMERATOR, "numerator 3 is outside 0..2");
    }
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
  void aDuplicateMemberIsRejectedAtItsNameWhateverTheFactory() {
    String text = "{\"numerator\":1,\"denominator\":2,\"numerator\":1}";
    for (CpvJson json : List.of(CpvJson.standard(), CpvJson.standard().withLenient(true),
        CpvJson.standard().withFactory(new com.fasterxml.jackson.core.JsonFactory()))) {
      assertProblem(error(json, Ratio.class, text), "/numerator", 1, text.lastIndexOf("\"numerator") + 1,
          JsonDataException.DUPLICATE_MEMBER, "member 'numerator' appears twice");
    }
  }

  @Test
  void aLenientReadingStillRejectsANameGivenTwiceInWhatItSkips() {
    CpvJson lenient = CpvJson.standard().withLenient(true);
    String unknownTwice = "{\"numerator\":1,\"x\":1,\"denominator\":2,\"x\":2}";
    assertProblem(error(lenient, Ratio.class, unknownTwice), "/x", 1, unknownTwice.lastIndexOf("\"x") + 1,
        JsonDataException.DUPLICATE_MEMBER, "member 'x' appears twice");
    String within = "{\"numerator\":1,\"x\":[{\"a\":{\"b\":1,\"c\":[]},\"b\":2,\"a\":3}],\"denominator\":2}";
    assertProblem(error(lenient, Ratio.class, within), "/x/0/a", 1, within.lastIndexOf("\"a") + 1,
        JsonDataException.DUPLICATE_MEMBER, "member 'a' appears twice");
    // The same names in different objects are no repetition.
    assertThat(lenient.read(Ratio.class, ("{\"numerator\":1,\"x\":[{\"a\":{\"a\":1}},{\"a\":2}],\"y\":{\"x\":1},"
        + "\"denominator\":2}").getBytes(StandardCharsets.UTF_8))).isEqualTo(Ratio.of(1, 2));
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
  void aValueWhoseFirstMemberIsOfNoFormIsRejectedAtThatMember() {
    // Read after a value of another form, whose first name the reader expects first.
    CpvJson.standard().read(Observation.class, String.format(OBSERVATION, "{\"count\":3}")
        .getBytes(StandardCharsets.UTF_8));
    String text = String.format(OBSERVATION, "{\"total\":3}");
    JsonDataException e = error(CpvJson.standard(), Observation.class, text);
    assertProblem(e, text, "/value/total", "\"total\"", JsonDataException.ONE_OF,
        "member 'total' belongs to none of the forms count, ratio, percentage, yes-no");
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
    assertProblem(e, text, "/tasks/1/id", "},{\"id\":|\"plan", io.github.cpvmodel.progress.TaskGroup.DUPLICATE, "'plan'");
    String empty = "{\"id\":\"group-1\",\"name\":{\"vi\":\"Nhóm 1\"}}";
    JsonDataException none = error(CpvJson.standard(), io.github.cpvmodel.progress.TaskGroup.class, empty);
    assertProblem(none, "/tasks", 1, 1, io.github.cpvmodel.progress.TaskGroup.EMPTY, "has no tasks");
  }

  @Test
  void everyCodedEnumRejectsAnUnknownCodeWithItsOwnRule() {
    java.util.Map<Class<?>, Rule> rules = java.util.Map.ofEntries(
        java.util.Map.entry(io.github.cpvmodel.progress.TaskStatus.class, io.github.cpvmodel.progress.TaskStatus.CODE),
        java.util.Map.entry(io.github.cpvmodel.body.BodyKind.class, io.github.cpvmodel.body.BodyKind.CODE),
        java.util.Map.entry(io.github.cpvmodel.body.BodyLevel.class, io.github.cpvmodel.body.BodyLevel.CODE),
        java.util.Map.entry(io.github.cpvmodel.body.BodyChange.Kind.class,
            io.github.cpvmodel.body.BodyChange.Kind.CODE),
        java.util.Map.entry(io.github.cpvmodel.person.PostRole.class, io.github.cpvmodel.person.PostRole.CODE),
        java.util.Map.entry(io.github.cpvmodel.person.PostSector.class, io.github.cpvmodel.person.PostSector.CODE),
        java.util.Map.entry(io.github.cpvmodel.person.TenureBasis.class, io.github.cpvmodel.person.TenureBasis.CODE),
        java.util.Map.entry(ConferenceKind.class, ConferenceKind.CODE),
        java.util.Map.entry(AttendanceMode.class, AttendanceMode.CODE),
        java.util.Map.entry(ParticipantRole.class, ParticipantRole.CODE),
        java.util.Map.entry(PartOfDay.class, PartOfDay.CODE),
        java.util.Map.entry(MeetingReference.Kind.class, MeetingReference.Kind.CODE));
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
        "\"parent\":|\"x/body", io.github.cpvmodel.body.Body.PARENT_SELF, "'x/body' names itself as parent");
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
    assertProblem(e, text, "/predecessors/1", "\"x/a\",|\"x/a", io.github.cpvmodel.body.BodyChange.REPEATED,
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
        "\"on\":|\"2019-05-30", Document.IN_FORCE, "no longer in force from '2019-05-30'");
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

  // A conference on two lines, so that positions on the second are told apart; its text is ASCII, so that columns
  // count characters and bytes alike.
  private static final String CONFERENCE = "{\"type\":\"conference\",\"id\":\"meeting/m-1\",\"kind\":\"briefing\","
      + "\"title\":{\"vi\":\"Giao ban\"},\"organiser\":\"cc\",\"mode\":\"%s\",\"time\":%s,\n"
      + "\"bridgePoints\":[%s]}";

  private static final String AFTERNOON = "{\"precision\":\"part-of-day\",\"day\":\"2019-09-30\","
      + "\"partOfDay\":\"afternoon\"}";

  private static String conference(String mode, String time, String bridgePoints) {
    return String.format(CONFERENCE, mode, time, bridgePoints);
  }

  @Test
  void anUnknownMeetingKindIsRejectedAtItsType() {
    String first = "{\"type\":\"assembly\",\"id\":\"meeting/m-1\"}";
    assertProblem(error(CpvJson.standard(), Meeting.class, first), first, "/type", "\"assembly",
        JsonDataException.KIND, "type 'assembly' is not one of conference, congress, plenum");
    String later = "{\"id\":\"meeting/m-1\",\"body\":{\"x\":[1]},\n\"type\":\"assembly\"}";
    assertProblem(error(CpvJson.standard(), Meeting.class, later), later, "/type", "\"assembly",
        JsonDataException.KIND, "type 'assembly' is not one of conference, congress, plenum");
    String other = conference("online", AFTERNOON, "").replace("\"conference\"", "\"congress\"");
    assertProblem(error(CpvJson.standard(), Conference.class, other), other, "/type", "\"congress",
        JsonDataException.KIND, "type 'congress' is not one of conference");
    String number = "{\"type\":1}";
    assertProblem(error(CpvJson.standard(), Meeting.class, number), number, "/type", "1",
        JsonDataException.TYPE, "expected a string (one of conference, congress, plenum), found a number");
  }

  @Test
  void aMissingKindIsNamedWithTheKinds() {
    String meeting = "{\"id\":\"meeting/m-1\",\"time\":" + AFTERNOON + "}";
    assertProblem(error(CpvJson.standard(), Meeting.class, meeting), "", 1, 1, JsonDataException.REQUIRED,
        "member 'type' is missing; it names the kind, one of conference, congress, plenum");
    String time = conference("online", "{\"day\":\"2019-09-30\",\"partOfDay\":\"afternoon\"}", "");
    assertProblem(error(CpvJson.standard(), Meeting.class, time), time, "/time", "{\"day",
        JsonDataException.REQUIRED, "member 'precision' is missing; it names the kind, one of exact, part-of-day, "
            + "days");
    assertProblem(error(CpvJson.standard(), Meeting.class, "{}"), "", 1, 1, JsonDataException.REQUIRED,
        "member 'type' is missing");
  }

  @Test
  void aBadMeetingTimeIsPlacedAtItsMember() {
    String local = conference("online", "{\"precision\":\"exact\",\"start\":\"2019-09-30T14:00\","
        + "\"end\":\"2019-09-30T17:00+07:00\"}", "");
    assertProblem(error(CpvJson.standard(), Meeting.class, local), local, "/time/start", "\"2019-09-30T14:00\"",
        JsonDataException.DATE_TIME, "'2019-09-30T14:00'");
    String offset = local.replace("T14:00\"", "T14:00+25:00\"");
    assertProblem(error(CpvJson.standard(), Meeting.class, offset), offset, "/time/start", "\"2019-09-30T14:00+",
        JsonDataException.DATE_TIME, "'2019-09-30T14:00+25:00'");
    String reversed = local.replace("T14:00\"", "T18:00+07:00\"");
    assertProblem(error(CpvJson.standard(), Meeting.class, reversed), reversed, "/time/end", "\"2019-09-30T17",
        io.github.cpvmodel.meeting.MeetingTime.ORDER, "is not after start");
    String days = conference("online", "{\"precision\":\"days\",\"firstDay\":\"2016-01-28\","
        + "\"lastDay\":\"2016-01-21\"}", "");
    assertProblem(error(CpvJson.standard(), Meeting.class, days), days, "/time/lastDay", "\"2016-01-21",
        io.github.cpvmodel.meeting.MeetingTime.ORDER, "last day '2016-01-21' is before first day '2016-01-28'");
    String hours = conference("online", "{\"precision\":\"hours\"}", "");
    assertProblem(error(CpvJson.standard(), Meeting.class, hours), hours, "/time/precision", "\"hours",
        JsonDataException.KIND, "precision 'hours' is not one of exact, part-of-day, days");
    String part = conference("online", AFTERNOON.replace("afternoon", "night"), "");
    assertProblem(error(CpvJson.standard(), Meeting.class, part), part, "/time/partOfDay", "\"night",
        PartOfDay.CODE, "'night'");
  }

  private static final String POINT = "{\"central\":%s,\"body\":\"x/site-%d\",\"attendance\":%d}";

  @Test
  void aRejectionInsideAConferenceIsPlacedAtItsBridgePoint() {
    String attendance = conference("online", AFTERNOON, String.format(POINT, true, 0, 5) + ","
        + String.format(POINT, false, 1, 0));
    assertProblem(error(CpvJson.standard(), Meeting.class, attendance), attendance, "/bridgePoints/1/attendance",
        "0}]", BridgePoint.ATTENDANCE, "attendance '0' is below 1");
    String central = conference("online", AFTERNOON, String.format(POINT, true, 0, 5) + ","
        + String.format(POINT, true, 1, 5));
    assertProblem(error(CpvJson.standard(), Meeting.class, central), central, "/bridgePoints/1/central",
        "true,\"body\":\"x/site-1", Conference.CENTRAL, "bridge point 'x/site-1' is a second central one");
    String inPerson = conference("in-person", AFTERNOON, String.format(POINT, true, 0, 5));
    assertProblem(error(CpvJson.standard(), Meeting.class, inPerson), inPerson, "/bridgePoints", "[{",
        Conference.BRIDGE_POINTS, "the conference is 'in-person' but has 1 bridge point");
    String twice = conference("online", AFTERNOON, "{\"body\":\"x/site\",\"participants\":["
        + "{\"person\":\"person/a\",\"role\":\"co-chair\"},{\"person\":\"person/a\",\"role\":\"attendee\"}]}");
    assertProblem(error(CpvJson.standard(), Meeting.class, twice), twice, "/bridgePoints/0/participants/1",
        "{\"person\":\"person/a\",\"role\":\"attendee", Meeting.DUPLICATE, "'person/a'");
  }

  @Test
  void membersOutOfOrderAreReadAndTheirRejectionsPlacedWhereTheyAre() {
    String canonical = conference("online", AFTERNOON, String.format(POINT, true, 0, 5));
    Meeting read = CpvJson.standard().read(Meeting.class, canonical.getBytes(StandardCharsets.UTF_8));
    String typeLast = "{\"id\":\"meeting/m-1\",\"mode\":\"online\",\"bridgePoints\":[{\"attendance\":5,"
        + "\"body\":\"x/site-0\",\"central\":true}],\"organiser\":\"cc\",\n\"time\":{\"partOfDay\":\"afternoon\","
        + "\"day\":\"2019-09-30\",\"precision\":\"part-of-day\"},\"title\":{\"vi\":\"Giao ban\"},"
        + "\"kind\":\"briefing\",\"type\":\"conference\"}";
    for (Class<?> type : java.util.List.of(Meeting.class, Conference.class)) {
      assertThat(CpvJson.standard().read(type, typeLast.getBytes(StandardCharsets.UTF_8))).isEqualTo(read);
    }
    String bad = typeLast.replace("\"attendance\":5", "\"attendance\":0").replace("\"afternoon\"", "\"noon\"");
    JsonDataException e = error(CpvJson.standard(), Meeting.class, bad);
    assertProblem(e, bad, "/bridgePoints/0/attendance", "0,", BridgePoint.ATTENDANCE, "attendance '0' is below 1");
    String time = typeLast.replace("\"afternoon\"", "\"noon\"");
    assertProblem(error(CpvJson.standard(), Meeting.class, time), time, "/time/partOfDay", "\"noon",
        PartOfDay.CODE, "'noon'");
    String unknown = typeLast.replace("\"mode\"", "\"venue\":[{\"a\":1}],\"mode\"");
    assertProblem(error(CpvJson.standard(), Meeting.class, unknown), unknown, "/venue", "\"venue",
        JsonDataException.UNKNOWN_MEMBER, "member 'venue' is not one of type, id, kind, title");
    assertThat(CpvJson.standard().withLenient(true).read(Meeting.class, unknown.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(read);
    String twice = typeLast.replace("{\"id\"", "{\"type\":\"conference\",\"id\"");
    JsonDataException repeated = error(CpvJson.standard().withFactory(new com.fasterxml.jackson.core.JsonFactory()),
        Meeting.class, twice);
    assertProblem(repeated, "/type", 2, twice.lastIndexOf("\"type") - twice.lastIndexOf('\n'),
        JsonDataException.DUPLICATE_MEMBER, "member 'type' appears twice");
  }

  @Test
  void aCountOutsideAnIntIsOverTheLimit() {
    String text = "{\"level\":\"central\",\"count\":3000000000}";
    assertProblem(error(CpvJson.standard(), io.github.cpvmodel.meeting.BridgePointCount.class, text), text,
        "/count", "3000000000", JsonDataException.LIMIT, "number 3000000000 is outside the range of this member");
  }

  @Test
  void aDocumentAPlenumAdoptedBeforeItOpenedIsRejectedAtItsKey() {
    String text = "{\"type\":\"plenum\",\"id\":\"cc/term/3/plenum/2\",\"body\":\"cc\",\"term\":3,"
        + "\"ordinal\":2,\"time\":{\"precision\":\"days\",\"firstDay\":\"2020-03-01\",\"lastDay\":\"2020-03-01\"},"
        + "\"adopted\":[{\"number\":\"05-NQ/TW\",\"type\":\"resolution\",\"issuingBody\":\"cc\","
        + "\"issued\":\"2020-02\"}]}";
    assertProblem(error(CpvJson.standard(), Meeting.class, text), text, "/adopted/0", "{\"number",
        io.github.cpvmodel.meeting.Plenum.ADOPTED, "is dated before the plenum opened on '2020-03-01'");
  }
}
