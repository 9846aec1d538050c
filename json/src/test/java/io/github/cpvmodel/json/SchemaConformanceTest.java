package io.github.cpvmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.body.ParentLink;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.document.Occasion;
import io.github.cpvmodel.json.conformance.GeneratedValues;
import io.github.cpvmodel.json.format.CpvSchema;
import io.github.cpvmodel.json.format.Formats;
import io.github.cpvmodel.json.format.JsonDataException;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.progress.Count;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.Percentage;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.Task;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The schema against the reader and the writer, checked by an independent validator: what the writer emits is
 * valid against the definition of its type, and what the schema rejects the reader rejects too, for hand-written
 * documents of every kind of mistake and for structural mutations of written ones.
 */
class SchemaConformanceTest {
  private static final CpvJson JSON = CpvJson.standard();
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static String written(Object value) {
    return new String(JSON.write(value), StandardCharsets.UTF_8);
  }

  /** Whether the root of the document takes a value of any declared type (no dataset is declared yet). */
  private static boolean rootTakesAnyType() {
    return Formats.all().keySet().stream().noneMatch(type -> isRoot(type));
  }

  private static boolean isRoot(Class<?> type) {
    return CpvSchema.uriOf(type).equals(CpvSchema.ID + "#/$defs/" + CpvSchema.ROOT);
  }

  @Test
  void everyDeclaredTypeHasAGenerator() {
    Set<Class<?>> missing = Sets.difference(Formats.all().keySet(), GeneratedValues.all().keySet());
    assertThat(missing).as("types declared in Formats.all() that GeneratedValues.all() has no generator for").isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> whatTheWriterEmitsIsValidAgainstTheDefinitionOfItsType() {
    boolean anyType = rootTakesAnyType();
    return GeneratedValues.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().getName(), () -> {
      Class<?> type = e.getKey();
      Property.forAll(e.getValue()).checkAssert(value -> {
        String json = written(value);
        assertThat(SchemaValidator.errors(type, json)).as("%s", json).isEmpty();
        if (anyType || isRoot(type)) {
          assertThat(SchemaValidator.errors(CpvSchema.ID, json)).as("the root, for %s", json).isEmpty();
        }
      });
    }));
  }

  /** A document that breaks the schema of a type in one way. */
  private record Invalid(String mistake, Class<?> type, String json) {}

  private static final String OBSERVATION = "{\"indicator\":\"cells\",\"subject\":\"cc\",\"period\":\"2019\","
      + "\"value\":%s,\"status\":%s}";
  private static final String BODY = "{\"id\":\"cc\",\"kind\":\"central-committee\",\"level\":%s,"
      + "\"name\":{\"vi\":\"Ban Chấp hành Trung ương\"},\"validity\":\"../..\"%s}";

  private static final ImmutableList<Invalid> INVALID = ImmutableList.of(
      new Invalid("wrong type: a number as a string", Ratio.class, "{\"numerator\":\"63\",\"denominator\":63}"),
      new Invalid("wrong type: a number for an id", Id.class, "12"),
      new Invalid("wrong type: an array for an object", LocalizedName.class, "[\"Ban Tổ chức Trung ương\"]"),
      new Invalid("wrong type: a boolean for a name", Person.class, "{\"id\":\"person/a\",\"fullName\":true}"),
      new Invalid("wrong type: a value as its text", Observation.class,
          String.format(OBSERVATION, "\"63/63\"", "\"final\"")),
      new Invalid("wrong type: an object for a list", Body.class, String.format(BODY, "\"central\"",
          ",\"parents\":{\"parent\":\"party\",\"validity\":\"../..\"}")),
      new Invalid("wrong type: a string for a boolean", Post.class, "{\"id\":\"cc/head\",\"organ\":\"cc\","
          + "\"sector\":\"party\",\"role\":\"head\",\"title\":{\"vi\":\"Trưởng ban\"},\"singleHolder\":\"yes\"}"),
      new Invalid("wrong type: a fraction for a whole number", Count.class, "{\"count\":1.5}"),
      new Invalid("wrong type: null for an optional member", Body.class, String.format(BODY, "\"central\"",
          ",\"abbreviation\":null")),
      new Invalid("missing required member", Indicator.class, "{\"id\":\"cells\",\"name\":{\"vi\":\"Chi bộ\"},"
          + "\"definition\":{\"vi\":\"Số chi bộ\"}}"),
      new Invalid("missing required member", Observation.class, "{\"indicator\":\"cells\",\"subject\":\"cc\","
          + "\"period\":\"2019\",\"value\":{\"count\":1}}"),
      new Invalid("missing required member", ParentLink.class, "{\"parent\":\"cc\"}"),
      new Invalid("missing required member", Tenure.class, "{\"person\":\"person/a\",\"post\":\"cc/head\","
          + "\"validity\":\"2019-01-01/..\"}"),
      new Invalid("missing required member", LocalizedName.class, "{\"en\":\"Central Committee\"}"),
      new Invalid("missing required member", Source.class, "{\"title\":\"Hội nghị giao ban\"}"),
      new Invalid("missing required member: a value of no form", ObservedValue.class, "{}"),
      new Invalid("unknown member", Source.class, "{\"publication\":\"Báo Nhân Dân\",\"publisher\":\"x\"}"),
      new Invalid("unknown member", Count.class, "{\"count\":1,\"unit\":\"cells\"}"),
      new Invalid("unknown member", Task.class, "{\"id\":\"t1\",\"name\":{\"vi\":\"Tổng kết\"},"
          + "\"responsible\":\"cc\",\"owner\":\"person/a\"}"),
      new Invalid("unknown member: the members of two forms", ObservedValue.class, "{\"count\":1,\"yes\":true}"),
      new Invalid("unknown enum code", ObservationStatus.class, "\"done\""),
      new Invalid("unknown enum code", BodyLevel.class, "\"commune\""),
      new Invalid("unknown enum code", PostRole.class, "\"chairman\""),
      new Invalid("unknown enum code: another case", TenureBasis.class, "\"Elected\""),
      new Invalid("unknown enum code", Indicator.class, "{\"id\":\"cells\",\"name\":{\"vi\":\"Chi bộ\"},"
          + "\"definition\":{\"vi\":\"Số chi bộ\"},\"kind\":\"number\"}"),
      new Invalid("unknown enum code", Observation.class, String.format(OBSERVATION, "{\"count\":1}",
          "\"done\"")),
      new Invalid("string too long", Id.class, "\"" + "a".repeat(201) + "\""),
      new Invalid("string too long", DocumentReference.class, "\"Quy định " + "x".repeat(1000) + "\""),
      new Invalid("string too long", Body.class, String.format(BODY.replace("\"cc\"", "\"cc/" + "b".repeat(200)
          + "\""), "\"central\"", "")),
      new Invalid("empty string", LocalizedName.class, "{\"vi\":\"\"}"),
      new Invalid("wrong pattern", Id.class, "\"cc//x\""),
      new Invalid("wrong pattern", Id.class, "\"cc_x\""),
      new Invalid("wrong pattern", Observation.class, String.format(OBSERVATION.replace("\"cc\"", "\"Cc Bad!\""),
          "{\"count\":1}", "\"final\"")),
      new Invalid("wrong pattern", Validity.class, "\"2019-01-01..2019-12-31\""),
      new Invalid("wrong pattern", ReportingPeriod.class, "\"2019-Q5\""),
      new Invalid("wrong pattern", Task.class, "{\"id\":\"t1\",\"name\":{\"vi\":\"Tổng kết\"},\"responsible\":\"cc\","
          + "\"deadline\":\"30/09/2019\"}"),
      new Invalid("wrong format: no day of the calendar", Task.class, "{\"id\":\"t1\",\"name\":{\"vi\":\"Tổng kết\"},"
          + "\"responsible\":\"cc\",\"deadline\":\"2019-02-30\"}"),
      new Invalid("wrong format: no address", Source.class, "{\"publication\":\"Báo Nhân Dân\","
          + "\"url\":\"not an address\"}"),
      new Invalid("out of range", Count.class, "{\"count\":-1}"),
      new Invalid("out of range", Ratio.class, "{\"numerator\":0,\"denominator\":0}"),
      new Invalid("out of range", Percentage.class, "{\"percentage\":100.5}"),
      new Invalid("out of range", Occasion.class, "{\"term\":0}"),
      new Invalid("wrong constant: another schema version", Dataset.class, "{\"schemaVersion\":2}"),
      new Invalid("missing required member", Dataset.class, "{\"bodies\":[\"cc\"]}"),
      new Invalid("unknown enum code: no built-in body of that id", Dataset.class,
          "{\"schemaVersion\":1,\"bodies\":[\"cc/nowhere\"]}"),
      new Invalid("unknown enum code", DocumentType.class, "\"law\""),
      new Invalid("missing required member", DocumentKey.class, "{\"number\":\"35-CT/TW\",\"type\":\"directive\","
          + "\"issuingBody\":\"cc/politburo\"}"),
      new Invalid("wrong pattern", IssueDate.class, "\"30/5/2019\""));

  @TestFactory
  Stream<DynamicTest> whatTheSchemaRejectsTheReaderRejects() {
    return INVALID.stream().map(invalid -> DynamicTest.dynamicTest(invalid.mistake() + ": "
        + invalid.type().getSimpleName() + " " + abbreviated(invalid.json()), () -> {
          assertThat(SchemaValidator.errors(invalid.type(), invalid.json())).as("the schema's errors").isNotEmpty();
          assertThat(readError(invalid.type(), invalid.json())).as("what the reader throws")
              .isInstanceOf(JsonDataException.class);
        }));
  }

  @Test
  void theInvalidDocumentsCoverEveryKindOfMistake() {
    assertThat(INVALID.stream().map(i -> i.mistake().replaceFirst(":.*", "")).distinct())
        .contains("wrong type", "missing required member", "unknown member", "unknown enum code", "string too long",
            "wrong pattern");
  }

  /** What reading a document throws, null if it reads. */
  private static Throwable readError(Class<?> type, String json) {
    return catchThrowable(() -> JSON.read(type, json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String abbreviated(String json) {
    return json.length() <= 80 ? json : json.substring(0, 77) + "...";
  }

  /** How many values of each type are mutated. */
  private static final int MUTATED_VALUES = 30;

  /** How many mutants of one value are checked at most: a whole dataset gives thousands. */
  private static final int MUTANTS_PER_VALUE = 50;

  /** A document changed in one place, and how. */
  private record Mutant(String change, Supplier<JsonNode> document) {
    /** {@return the changed document, made only when asked for: a dataset has thousands of mutants} */
    String json() {
      return document.get().toString();
    }
  }

  @TestFactory
  Stream<DynamicTest> whenTheSchemaRejectsAMutationTheReaderRejectsItToo() {
    return GeneratedValues.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().getName(), () -> {
      Class<?> type = e.getKey();
      AtomicLong rejected = new AtomicLong();
      // Each value gives tens of mutants (a task group hundreds), so fewer values than the default suffice.
      Property.forAll(e.getValue()).withTries(MUTATED_VALUES).checkAssert(value -> {
        String json = written(value);
        for (Mutant m : sample(mutants(json), json.hashCode())) {
          String mutated = m.json();
          if (!SchemaValidator.errors(type, mutated).isEmpty()) {
            rejected.incrementAndGet();
            assertThat(readError(type, mutated)).as("what the reader throws for %s of %s: %s", m.change(), json,
                mutated).isInstanceOf(JsonDataException.class);
          }
        }
      });
      assertThat(rejected.get()).as("mutants the schema rejected").isPositive();
    }));
  }

  @Test
  void mutationsChangeEveryMemberAndValue() {
    List<String> changes = mutants("{\"numerator\":63,\"denominator\":63}").stream().map(Mutant::change)
        .collect(java.util.stream.Collectors.toList());
    assertThat(changes).contains("drop /numerator", "add an unknown member to the root", "replace the root by []",
        "replace /denominator by \"1\"", "replace /denominator by null", "replace /denominator by 1.5");
  }

  /**
   * At most {@link #MUTANTS_PER_VALUE} of the mutants, drawn at random from a seed of the value, so that the same
   * value gives the same sample, and no kind of change is skipped for the way the mutants are ordered.
   */
  private static List<Mutant> sample(List<Mutant> mutants, long seed) {
    if (mutants.size() <= MUTANTS_PER_VALUE) {
      return mutants;
    }
    List<Mutant> shuffled = new ArrayList<>(mutants);
    Collections.shuffle(shuffled, new Random(seed));
    return shuffled.subList(0, MUTANTS_PER_VALUE);
  }

  /** Every document that differs from a written one by one structural change. */
  private static List<Mutant> mutants(String json) {
    try {
      JsonNode root = TREES.readTree(json);
      List<Mutant> out = new ArrayList<>();
      mutate(root, JsonPointer.empty(), root, out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void mutate(JsonNode root, JsonPointer at, JsonNode node, List<Mutant> out) {
    for (JsonNode wrong : wrongValues(node)) {
      out.add(new Mutant("replace " + where(at) + " by " + wrong, () -> replaced(root, at, wrong)));
    }
    if (node.isObject()) {
      ObjectNode extended = ((ObjectNode) node).deepCopy();
      extended.put("unknownMember", true);
      out.add(new Mutant("add an unknown member to " + where(at), () -> replaced(root, at, extended)));
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        JsonPointer member = at.appendProperty(name);
        out.add(new Mutant("drop " + member, () -> dropped(root, member)));
        mutate(root, member, node.get(name), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        mutate(root, at.appendIndex(i), node.get(i), out);
      }
    }
  }

  /** Values of other JSON types than a value's, and of its own type just outside what the format writes. */
  private static List<JsonNode> wrongValues(JsonNode node) {
    List<JsonNode> wrong = new ArrayList<>();
    wrong.add(NODES.nullNode());
    if (node.isTextual()) {
      wrong.add(NODES.numberNode(1));
      wrong.add(NODES.textNode(""));
      wrong.add(NODES.textNode("a".repeat(1001)));
    } else if (node.isNumber()) {
      wrong.add(NODES.textNode("1"));
      wrong.add(NODES.numberNode(-1));
      wrong.add(NODES.numberNode(new BigDecimal("1.5")));
    } else if (node.isBoolean()) {
      wrong.add(NODES.textNode("true"));
    } else if (node.isObject()) {
      wrong.add(NODES.arrayNode());
      wrong.add(NODES.textNode("{}"));
    } else if (node.isArray()) {
      wrong.add(NODES.objectNode());
      wrong.add(NODES.arrayNode().add(NODES.arrayNode()));
    }
    return wrong;
  }

  private static JsonNode replaced(JsonNode root, JsonPointer at, JsonNode value) {
    if (at.matches()) {
      return value;
    }
    JsonNode copy = root.deepCopy();
    JsonNode parent = copy.at(at.head());
    JsonPointer last = at.last();
    if (parent.isArray()) {
      ((ArrayNode) parent).set(last.getMatchingIndex(), value);
    } else {
      ((ObjectNode) parent).set(last.getMatchingProperty(), value);
    }
    return copy;
  }

  private static String where(JsonPointer at) {
    return at.matches() ? "the root" : at.toString();
  }

  private static JsonNode dropped(JsonNode root, JsonPointer member) {
    JsonNode copy = root.deepCopy();
    ((ObjectNode) copy.at(member.head())).remove(member.last().getMatchingProperty());
    return copy;
  }
}
