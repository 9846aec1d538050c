package io.github.cpvmodel;

import static io.github.cpvmodel.ParseAssertions.assertParseError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.RelationKind;
import io.github.cpvmodel.document.TerminationKind;
import io.github.cpvmodel.meeting.AttendanceMode;
import io.github.cpvmodel.meeting.ConferenceKind;
import io.github.cpvmodel.meeting.PartOfDay;
import io.github.cpvmodel.meeting.ParticipantRole;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.PostSector;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.TaskStatus;
import io.github.cpvmodel.progress.ValueKind;
import io.github.cpvmodel.reference.Attestation;
import io.github.cpvmodel.reference.ProvinceKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The wire contract of every coded enum, listed by hand so that a new one is a conscious addition. */
class CodedTest {
  private static final String CODE_FORMAT = "[a-z0-9]+(-[a-z0-9]+)*";

  static Stream<Arguments> codedEnums() {
    return Stream.of(
        coded(BodyKind.class, BodyKind::parse, BodyKind.CODE),
        coded(BodyLevel.class, BodyLevel::parse, BodyLevel.CODE),
        coded(BodyChange.Kind.class, BodyChange.Kind::parse, BodyChange.Kind.CODE),
        coded(PostRole.class, PostRole::parse, PostRole.CODE),
        coded(PostSector.class, PostSector::parse, PostSector.CODE),
        coded(TenureBasis.class, TenureBasis::parse, TenureBasis.CODE),
        coded(DocumentType.class, DocumentType::parse, DocumentType.CODE),
        coded(RelationKind.class, RelationKind::parse, RelationKind.CODE),
        coded(TerminationKind.class, TerminationKind::parse, TerminationKind.CODE),
        coded(ValueKind.class, ValueKind::parse, ValueKind.CODE),
        coded(ObservationStatus.class, ObservationStatus::parse, ObservationStatus.CODE),
        coded(TaskStatus.class, TaskStatus::parse, TaskStatus.CODE),
        coded(ProvinceKind.class, ProvinceKind::parse, ProvinceKind.CODE),
        coded(Attestation.class, Attestation::parse, Attestation.CODE),
        coded(ConferenceKind.class, ConferenceKind::parse, ConferenceKind.CODE),
        coded(AttendanceMode.class, AttendanceMode::parse, AttendanceMode.CODE),
        coded(ParticipantRole.class, ParticipantRole::parse, ParticipantRole.CODE),
        coded(PartOfDay.class, PartOfDay::parse, PartOfDay.CODE));
  }

  private static <E extends Enum<E> & Coded> Arguments coded(Class<E> type, Function<CharSequence, E> parse,
      Rule rule) {
    return Arguments.of(type.getSimpleName(), List.of(type.getEnumConstants()), parse, rule);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codedEnums")
  void codesAreHyphenatedLowerCaseWordsUniqueWithinTheirType(String type, List<? extends Coded> constants) {
    assertThat(constants).isNotEmpty().allSatisfy(c -> assertThat(c.code()).matches(CODE_FORMAT));
    assertThat(constants.stream().map(Coded::code).distinct().count()).as("distinct codes of %s", type)
        .isEqualTo(constants.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codedEnums")
  void parseReadsBackEveryCodeIgnoringSurroundingWhiteSpace(String type, List<? extends Coded> constants,
      Function<CharSequence, Coded> parse) {
    for (Coded constant : constants) {
      assertThat(parse.apply(constant.code())).isSameAs(constant);
      assertThat(parse.apply(new StringBuilder(" \t").append(constant.code()).append('\n'))).isSameAs(constant);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codedEnums")
  void parseRejectsAnyOtherTextQuotingItAndListingTheCodes(String type, List<? extends Coded> constants,
      Function<CharSequence, Coded> parse, Rule rule) {
    String codes = constants.stream().map(Coded::code).collect(Collectors.joining(", "));
    Enum<?> first = (Enum<?>) constants.get(0);
    for (String wrong : List.of("", "x", first.name(), constants.get(0).code().toUpperCase(Locale.ROOT),
        constants.get(0).code() + "-x")) {
      ParseException e = assertParseError(() -> parse.apply(wrong), wrong, 0, rule);
      assertThat(e.violations()).singleElement()
          .satisfies(v -> assertThat(v.message()).contains("not one of " + codes + ": " + rule.description()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codedEnums")
  void findIsParseWithoutTheException(String type, List<? extends Coded> constants) {
    for (Coded constant : constants) {
      Class<?> enumType = ((Enum<?>) constant).getDeclaringClass();
      assertThat(find(enumType, constant.code())).containsSame(constant);
      assertThat(find(enumType, " " + constant.code() + " ")).containsSame(constant);
      assertThat(find(enumType, constant.code() + "-x")).isEmpty();
    }
  }

  /** Calls {@link Coded#find} on an enum known only at run time, as a generic caller such as a JSON reader would. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Optional<Object> find(Class<?> type, String code) {
    return ((Optional<?>) Coded.find((Class) type, code)).map(Object.class::cast);
  }

  @Test
  void eachTypeHasItsOwnCodeRule() {
    List<Rule> rules = codedEnums().map(a -> (Rule) a.get()[3]).collect(Collectors.toList());
    assertThat(rules).doesNotHaveDuplicates().allSatisfy(rule -> assertThat(rule.code()).endsWith(".code"));
  }

  @Test
  void readsACodeAfterWhiteSpaceAndPointsThereWhenItIsUnknown() {
    assertParseError(() -> TaskStatus.parse("  finished"), "  finished", 2, TaskStatus.CODE);
  }
}
