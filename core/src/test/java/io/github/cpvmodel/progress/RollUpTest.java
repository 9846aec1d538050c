package io.github.cpvmodel.progress;

import static io.github.cpvmodel.progress.IndicatorTest.PLAN_BUILT;
import static io.github.cpvmodel.progress.ReportingPeriodTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.body.ParentLink;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.Provinces;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RollUpTest {
  private static final LocalDate SEED_DAY = LocalDate.of(2019, 9, 30);
  private static final ReportingPeriod NINE_MONTHS = ReportingPeriod.parseLabel("9 tháng đầu năm 2019");
  private static final ReportingPeriod DECEMBER_2025 = ReportingPeriod.parseLabel("tháng 12 năm 2025");
  private static final BodyHierarchy BODIES = PartyBodies.hierarchy();

  /** The provincial Party organisations under the Central Committee on a day, as the roll-up expects them. */
  private static RollUp provinces(LocalDate day) {
    return RollUp.of(BODIES, PartyBodies.CENTRAL_COMMITTEE, day).onlyChildren(PartyBodies::isProvincialOrganisation);
  }

  private static List<Observation> everyProvinceSays(YesNo value, ReportingPeriod period, LocalDate day) {
    List<Observation> observations = new ArrayList<>();
    for (Body organisation : PartyBodies.provincialOrganisationsOn(day)) {
      observations.add(Observation.of(PLAN_BUILT.id(), organisation.id(), period, value, ObservationStatus.FINAL));
    }
    return observations;
  }

  @Test
  void theSeedsSixtyThreeOfSixtyThreeComesOutOfSixtyThreeProvincialObservations() {
    List<Observation> observations = everyProvinceSays(YesNo.YES, NINE_MONTHS, SEED_DAY);

    RollUpResult result = observations.stream().collect(provinces(SEED_DAY).collector(PLAN_BUILT, NINE_MONTHS));

    assertThat(observations).hasSize(Provinces.on(SEED_DAY).size());
    assertThat(result.value()).map(Object::toString).contains("63/63");
    assertThat(result.value().map(v -> ((Ratio) v).isComplete())).contains(true);
    assertThat(result.expected()).hasSize(63);
    assertThat(result.isComplete()).isTrue();
    assertThat(result.status()).isEqualTo(ObservationStatus.FINAL);
    assertThat(result.parent()).isEqualTo(PartyBodies.CENTRAL_COMMITTEE);
    assertThat(result.indicator()).isEqualTo(PLAN_BUILT.id());
    assertThat(result.period()).isEqualTo(NINE_MONTHS);
    assertThat(result.asOf()).isEqualTo(SEED_DAY);
  }

  @Test
  void aMissingProvinceIsNamedNotCountedSilently() {
    Body dongNai = PartyBodies.organisationOf(Provinces.byName("Đồng Nai", SEED_DAY));
    List<Observation> observations = everyProvinceSays(YesNo.YES, NINE_MONTHS, SEED_DAY);
    observations.removeIf(o -> o.subject().equals(dongNai.id()));

    RollUpResult result = observations.stream().collect(provinces(SEED_DAY).collector(PLAN_BUILT, NINE_MONTHS));

    assertThat(result.value()).contains(Ratio.of(62, 63));
    assertThat(result.missing()).containsExactly(dongNai);
    assertThat(result.isComplete()).isFalse();
    assertThat(result).hasToString("62/63 for cc of congress-preparation/subcommittee-plan-built in "
        + "2019-01-01/P9M as of 2019-09-30, missing: " + dongNai.name().vi());
    assertThat(dongNai.name().vi()).contains("Đồng Nai");
  }

  @Test
  void afterTheMergerTheSameIndicatorRollsUpOverThirtyFourProvinces() {
    LocalDate endOf2025 = DECEMBER_2025.end();
    List<Observation> observations = new ArrayList<>(everyProvinceSays(YesNo.YES, DECEMBER_2025, endOf2025));
    // Figures still filed under a province that ended with the merger are not expected and not counted.
    Body binhPhuoc = PartyBodies.organisationOf(Provinces.byName("Bình Phước", SEED_DAY));
    observations.add(Observation.of(PLAN_BUILT.id(), binhPhuoc.id(), DECEMBER_2025, YesNo.NO,
        ObservationStatus.FINAL));
    // And the 2019 figures in the same stream belong to another period.
    observations.addAll(everyProvinceSays(YesNo.NO, NINE_MONTHS, SEED_DAY));

    RollUpResult result = observations.stream().collect(provinces(endOf2025).collector(PLAN_BUILT, DECEMBER_2025));

    assertThat(result.value()).map(Object::toString).contains("34/34");
    assertThat(result.expected()).hasSize(Provinces.on(endOf2025).size()).doesNotContain(binhPhuoc);
    assertThat(provinces(SEED_DAY).expected()).contains(binhPhuoc);
  }

  @Test
  void aNoCountsAgainstTheRatioAndAProvisionalFigureIsGivenWay() {
    List<Observation> observations = everyProvinceSays(YesNo.YES, NINE_MONTHS, SEED_DAY);
    Observation first = observations.get(0);
    observations.set(0, first.withValue(YesNo.NO).withStatus(ObservationStatus.PROVISIONAL));

    RollUpResult provisional = observations.stream().collect(provinces(SEED_DAY).collector(PLAN_BUILT,
        NINE_MONTHS));
    observations.add(first);
    RollUpResult confirmed = observations.stream().collect(provinces(SEED_DAY).collector(PLAN_BUILT,
        NINE_MONTHS));

    assertThat(provisional.value()).contains(Ratio.of(62, 63));
    assertThat(provisional.status()).isEqualTo(ObservationStatus.PROVISIONAL);
    assertThat(confirmed.value()).contains(Ratio.of(63, 63));
    assertThat(confirmed.status()).isEqualTo(ObservationStatus.FINAL);
  }

  @Test
  void countsAddUpAndRatiosAddTheirParts() {
    Indicator meetings = indicator("meetings", ValueKind.COUNT);
    Indicator delegates = indicator("delegates-vetted", ValueKind.RATIO);
    ImmutableList<Body> children = provinces(SEED_DAY).expected();
    List<Observation> observations = new ArrayList<>();
    for (int i = 0; i < children.size() - 1; i++) {
      observations.add(Observation.of(meetings.id(), children.get(i).id(), NINE_MONTHS, Count.of(i),
          ObservationStatus.FINAL));
      observations.add(Observation.of(delegates.id(), children.get(i).id(), NINE_MONTHS, Ratio.of(i, 100),
          ObservationStatus.FINAL));
    }

    RollUpResult count = observations.stream().collect(provinces(SEED_DAY).collector(meetings, NINE_MONTHS));
    RollUpResult ratio = observations.stream().collect(provinces(SEED_DAY).collector(delegates, NINE_MONTHS));

    long sum = (long) (children.size() - 2) * (children.size() - 1) / 2;
    assertThat(count.value()).contains(Count.of(sum));
    assertThat(ratio.value()).contains(Ratio.of(sum, 100L * (children.size() - 1)));
    assertThat(count.missing()).containsExactly(children.get(children.size() - 1));
    assertThat(ratio.missing()).containsExactly(children.get(children.size() - 1));
  }

  @Test
  void aParallelStreamRollsUpTheSame() {
    List<Observation> observations = everyProvinceSays(YesNo.YES, NINE_MONTHS, SEED_DAY);
    observations.remove(10);
    RollUpResult sequential = observations.stream().collect(provinces(SEED_DAY).collector(PLAN_BUILT,
        NINE_MONTHS));
    RollUpResult parallel = observations.parallelStream().collect(provinces(SEED_DAY).collector(PLAN_BUILT,
        NINE_MONTHS));
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void nothingToCombineGivesNoValue() {
    Indicator delegates = indicator("delegates-vetted", ValueKind.RATIO);
    RollUpResult ratio = Stream.<Observation>empty().collect(provinces(SEED_DAY).collector(delegates,
        NINE_MONTHS));
    RollUpResult yesNo = Stream.<Observation>empty().collect(provinces(SEED_DAY)
        .onlyChildren(body -> false).collector(PLAN_BUILT, NINE_MONTHS));
    assertThat(ratio.value()).isEmpty();
    assertThat(ratio.missing()).hasSize(63);
    assertThat(yesNo.value()).isEmpty();
    assertThat(yesNo.toString()).startsWith("no value for cc");
  }

  @Test
  void noChildReportingGivesNoValueOfAnyKindNotZero() {
    Indicator members = indicator("new-members", ValueKind.COUNT);
    RollUpResult count = Stream.<Observation>empty().collect(provinces(SEED_DAY).collector(members, NINE_MONTHS));
    RollUpResult yesNo = Stream.<Observation>empty().collect(provinces(SEED_DAY).collector(PLAN_BUILT, NINE_MONTHS));
    assertThat(count.value()).isEmpty();
    assertThat(count.missing()).hasSize(63);
    assertThat(yesNo.value()).isEmpty();
    assertThat(yesNo.missing()).hasSize(63);
  }

  @Test
  void rejectionsNameTheirRules() {
    Indicator percentage = indicator("turnout", ValueKind.PERCENTAGE);
    assertRejected(() -> provinces(SEED_DAY).collector(percentage, NINE_MONTHS), RollUp.KIND,
        "indicator: indicator 'turnout' measures percentages");

    List<Observation> observations = everyProvinceSays(YesNo.YES, NINE_MONTHS, SEED_DAY);
    Observation first = observations.get(0);
    observations.add(first);
    assertThat(observations.stream().collect(provinces(SEED_DAY).collector(PLAN_BUILT, NINE_MONTHS)).value())
        .contains(Ratio.of(63, 63));
    observations.add(first.withValue(YesNo.NO));
    assertRejected(() -> observations.stream().collect(provinces(SEED_DAY).collector(PLAN_BUILT, NINE_MONTHS)),
        RollUp.DUPLICATE, "subject: '" + first.subject() + "' has two final observations of "
            + "'congress-preparation/subcommittee-plan-built' for 2019-01-01/P9M: 'yes' and 'no'");

    Observation wrongKind = first.withValue(Count.of(1));
    assertRejected(() -> Stream.of(wrongKind).collect(provinces(SEED_DAY).collector(PLAN_BUILT, NINE_MONTHS)),
        ValueKind.MATCH, "value '1' is a count");
    assertRejected(() -> RollUp.of(BODIES, Id.of("nowhere"), SEED_DAY), BodyHierarchy.UNKNOWN_BODY,
        "'nowhere'");
  }

  private static Indicator indicator(String id, ValueKind kind) {
    return Indicator.of(Id.of(id), LocalizedName.of(id), LocalizedName.of(id), kind);
  }

  @Test
  void subjectsThatAreNoBodyAreReportedNotIgnored() {
    List<Observation> observations = new ArrayList<>();
    for (var province : Provinces.on(SEED_DAY)) {
      observations.add(Observation.of(PLAN_BUILT.id(), province.id(), NINE_MONTHS, YesNo.YES,
          ObservationStatus.FINAL));
    }

    RollUpResult result = observations.stream().collect(provinces(SEED_DAY).collector(PLAN_BUILT, NINE_MONTHS));

    assertThat(result.value()).isEmpty();
    assertThat(result.missing()).hasSize(63);
    assertThat(result.unknownSubjects()).hasSize(63).contains(Id.of("province/dong-nai")).isSorted();
    assertThat(result.toString()).contains("unknown subjects: [province/an-giang");
  }

  @Test
  void theExpectedChildrenAreListedAsProvincialOrganisationsOnAreInEveryEra() {
    for (LocalDate day : List.of(SEED_DAY, DECEMBER_2025.end())) {
      assertThat(provinces(day).expected()).containsExactlyElementsOf(PartyBodies.provincialOrganisationsOn(day));
    }
  }

  /**
   * cc has a (reports 3), b (silent; its children b1 reports 4, b2 silent with child b21 reporting 5, b3 silent and
   * childless) and c (silent, childless).
   */
  @Test
  void throughEveryLevelAChildThatSentNothingIsRolledUpFromItsChildren() {
    Validity always = Validity.always();
    Body cc = Body.of(Id.of("cc"), BodyKind.CENTRAL_COMMITTEE, BodyLevel.CENTRAL, LocalizedName.of("Trung ương"),
        always);
    List<Body> bodies = new ArrayList<>(List.of(cc));
    for (String[] link : new String[][] {{"cc/a", "cc"}, {"cc/b", "cc"}, {"cc/c", "cc"}, {"cc/b/1", "cc/b"},
        {"cc/b/2", "cc/b"}, {"cc/b/3", "cc/b"}, {"cc/b/2/1", "cc/b/2"}}) {
      bodies.add(Body.of(Id.of(link[0]), BodyKind.PARTY_ORGANISATION, BodyLevel.GRASSROOTS,
          LocalizedName.of("Đảng bộ " + link[0]), always).withParents(ParentLink.of(Id.of(link[1]), always)));
    }
    BodyHierarchy tree = BodyHierarchy.of(bodies);
    Indicator members = Indicator.of(Id.of("members-admitted"), LocalizedName.of("Kết nạp đảng viên"),
        LocalizedName.of("Số đảng viên mới kết nạp"), ValueKind.COUNT);
    List<Observation> observations = List.of(count(members, "cc/a", 3), count(members, "cc/b/1", 4),
        count(members, "cc/b/2/1", 5), count(members, "cc/b/2", 0).withStatus(ObservationStatus.PROVISIONAL));
    RollUp deep = RollUp.of(tree, cc.id(), SEED_DAY).throughAllLevels(b -> true);

    RollUpResult result = observations.stream().collect(deep.collector(members, NINE_MONTHS));
    RollUpResult flat = observations.stream()
        .collect(RollUp.of(tree, cc.id(), SEED_DAY).collector(members, NINE_MONTHS));

    assertThat(result.value()).contains(Count.of(3 + 4 + 0));
    assertThat(result.missing()).extracting(Body::id).containsExactly(Id.of("cc/c"));
    assertThat(result.rolledUp()).singleElement().satisfies(b -> {
      assertThat(b.parent()).isEqualTo(Id.of("cc/b"));
      assertThat(b.value()).contains(Count.of(4));
      assertThat(b.missing()).extracting(Body::id).containsExactly(Id.of("cc/b/3"));
      assertThat(b.status()).isEqualTo(ObservationStatus.PROVISIONAL);
    });
    assertThat(result.allMissing()).extracting(Body::id).containsExactly(Id.of("cc/c"), Id.of("cc/b/3"));
    assertThat(result.isComplete()).isFalse();
    assertThat(result.toString()).isEqualTo("7 for cc of members-admitted in 2019-01-01/P9M as of 2019-09-30, "
        + "missing: Đảng bộ cc/c, missing below: Đảng bộ cc/b/3");
    assertThat(flat.value()).contains(Count.of(3));
    assertThat(flat.missing()).extracting(Body::id).containsExactly(Id.of("cc/b"), Id.of("cc/c"));
    assertThat(flat.rolledUp()).isEmpty();
    assertThat(observations.parallelStream().collect(deep.collector(members, NINE_MONTHS))).isEqualTo(result);
  }

  @Test
  void aYesNoChildRolledUpCountsAsYesOnlyWhenAllItsChildrenDo() {
    Validity always = Validity.always();
    List<Body> bodies = new ArrayList<>(List.of(Body.of(Id.of("cc"), BodyKind.CENTRAL_COMMITTEE, BodyLevel.CENTRAL,
        LocalizedName.of("Trung ương"), always)));
    for (String[] link : new String[][] {{"cc/yes", "cc"}, {"cc/no", "cc"}, {"cc/open", "cc"}, {"cc/yes/1", "cc/yes"},
        {"cc/yes/2", "cc/yes"}, {"cc/no/1", "cc/no"}, {"cc/no/2", "cc/no"}, {"cc/open/1", "cc/open"},
        {"cc/open/2", "cc/open"}}) {
      bodies.add(Body.of(Id.of(link[0]), BodyKind.CELL, BodyLevel.CELL, LocalizedName.of("Chi bộ " + link[0]),
          always).withParents(ParentLink.of(Id.of(link[1]), always)));
    }
    List<Observation> observations = new ArrayList<>();
    for (String[] answer : new String[][] {{"cc/yes/1", "y"}, {"cc/yes/2", "y"}, {"cc/no/1", "y"},
        {"cc/no/2", "n"}, {"cc/open/1", "y"}}) {
      observations.add(Observation.of(PLAN_BUILT.id(), Id.of(answer[0]), NINE_MONTHS, YesNo.of(answer[1].equals("y")),
          ObservationStatus.FINAL));
    }
    RollUpResult result = observations.stream().collect(RollUp.of(BodyHierarchy.of(bodies), Id.of("cc"), SEED_DAY)
        .throughAllLevels(b -> true).collector(PLAN_BUILT, NINE_MONTHS));

    assertThat(result.value()).map(Object::toString).contains("1/3");
    assertThat(result.missing()).extracting(Body::id).containsExactly(Id.of("cc/open"));
    assertThat(result.rolledUp()).extracting(r -> r.value().orElseThrow().toString())
        .containsExactly("2/2", "1/2", "1/2");
    assertThat(result.allMissing()).extracting(Body::id).containsExactly(Id.of("cc/open"), Id.of("cc/open/2"));
  }

  private static Observation count(Indicator indicator, String body, long value) {
    return Observation.of(indicator.id(), Id.of(body), NINE_MONTHS, Count.of(value), ObservationStatus.FINAL);
  }
}
