package io.github.cpvmodel.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.RomanNumeral;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.document.NumberingSystem;
import io.github.cpvmodel.meeting.MeetingTime;
import io.github.cpvmodel.meeting.PartOfDay;
import io.github.cpvmodel.meeting.TermYears;
import io.github.cpvmodel.progress.Count;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.Percentage;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.testkit.property.Gen;
import io.github.cpvmodel.testkit.property.HostileText;
import io.github.cpvmodel.testkit.property.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Whatever a factory or a builder accepts, from any parts (not only the parts generators make), prints as text
 * that reads back as an equal value: {@code parse(x.toString()).equals(x)}.
 */
class BuilderInputsReadBackTest {
  private static final int TRIES = 3_000;

  /** Days of every year java.time knows, with the edges and the days around the zone's clock changes. */
  private static final Gen<LocalDate> DAYS = Gen.oneOf(
      Gen.elements(LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1), LocalDate.of(-1, 12, 31),
          LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(1947, 4, 1),
          LocalDate.of(1975, 6, 12), LocalDate.of(1975, 6, 13), LocalDate.of(1945, 9, 1)),
      Gen.ints(-800_000, 800_000).map(LocalDate::ofEpochDay),
      Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE).map(d -> LocalDate.ofEpochDay(d * 170L)));

  /** Instants in any zone, many of them within hours of a clock change of Asia/Ho_Chi_Minh. */
  private static final Gen<ZonedDateTime> TIMES;

  static {
    List<ZoneOffsetTransition> changes = MeetingTime.ZONE.getRules().getTransitions();
    List<ZoneId> zones = ZoneId.getAvailableZoneIds().stream().sorted().limit(600).map(ZoneId::of).toList();
    Gen<Instant> nearChanges = Gen.elements(changes).flatMap(c -> Gen.ints(-4 * 3600, 4 * 3600)
        .map(s -> c.getInstant().plusSeconds(s / 900 * 900L)));
    Gen<Instant> anywhere = Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE)
        .map(s -> Instant.ofEpochSecond(s * 200L));
    TIMES = Gen.oneOf(nearChanges, anywhere).flatMap(i -> Gen.elements(zones).map(z -> i.atZone(z)));
  }

  private static final Gen<Long> LONGS = Gen.oneOf(Gen.elements(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L, 1L),
      Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE).map(i -> (long) i),
      Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE).map(i -> (long) i * Integer.MAX_VALUE));

  private static final Gen<BigDecimal> DECIMALS = Gen.ints(0, 1_000_000).flatMap(unscaled -> Gen.ints(-20, 120)
      .flatMap(scale -> Gen.ints(0, 40).map(zeros -> new BigDecimal(BigInteger.valueOf(unscaled)
          .multiply(BigInteger.TEN.pow(zeros)), scale))));

  /** Checks that a value built from parts reads back from its text, unless the parts were rejected with a rule. */
  private static <T> void readsBack(Supplier<T> build, Function<String, T> parse) {
    T value;
    try {
      value = build.get();
    } catch (ValidationException rejected) {
      assertThat(rejected.violations()).isNotEmpty();
      return;
    }
    assertThat(parse.apply(value.toString())).as("%s read back", value).isEqualTo(value);
  }

  @Test
  void meetingTimesReadBackWhateverTheirParts() {
    Property.forAll(TIMES, TIMES).withTries(TRIES).checkAssert((a, b) -> readsBack(() -> MeetingTime.of(a, b),
        MeetingTime::parse));
    Property.forAll(DAYS, Gen.elements(PartOfDay.values())).withTries(TRIES).checkAssert((day, part) ->
        readsBack(() -> MeetingTime.of(day, part), MeetingTime::parse));
    Property.forAll(DAYS, Gen.ints(0, 40)).withTries(TRIES).checkAssert((day, days) -> {
      LocalDate last = day.toEpochDay() > LocalDate.MAX.toEpochDay() - days ? day : day.plusDays(days);
      readsBack(() -> MeetingTime.of(day, last), MeetingTime::parse);
    });
  }

  @Test
  void validitiesReadBackWhateverTheirDays() {
    Property.forAll(DAYS, DAYS).withTries(TRIES).checkAssert((a, b) -> {
      readsBack(() -> Validity.closed(a, b), Validity::parse);
      readsBack(() -> Validity.startingOn(a), Validity::parse);
      readsBack(() -> Validity.endingOn(b), Validity::parse);
    });
  }

  @Test
  void observedValuesReadBackWhateverTheirNumbers() {
    Property.forAll(LONGS, LONGS).withTries(TRIES).checkAssert((a, b) -> {
      readsBack(() -> Ratio.of(a, b), ObservedValue::parse);
      readsBack(() -> Count.of(a), ObservedValue::parse);
    });
    Property.forAll(DECIMALS).withTries(TRIES).checkAssert(d -> readsBack(() -> Percentage.of(d),
        ObservedValue::parse));
    Property.forAll(LONGS, LONGS, Gen.ints(-5, 60)).withTries(TRIES).checkAssert((a, b, decimals) ->
        readsBack(() -> Ratio.of(a, b).toPercentage(decimals), ObservedValue::parse));
  }

  @Test
  void numeralsTermsAndPeriodsReadBackWhateverTheirNumbers() {
    Gen<Integer> ints = Gen.oneOf(Gen.ints(-10, 4_010), Gen.elements(Integer.MIN_VALUE, Integer.MAX_VALUE),
        Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE));
    Property.forAll(ints).withTries(TRIES).checkAssert(n -> readsBack(() -> RomanNumeral.of(n),
        RomanNumeral::parse));
    Property.forAll(ints, ints).withTries(TRIES).checkAssert((a, b) -> readsBack(() -> TermYears.of(a, b),
        TermYears::parse));
    Property.forAll(DAYS, DAYS).withTries(TRIES).checkAssert((a, b) -> readsBack(() -> ReportingPeriod.closed(a, b),
        ReportingPeriod::parse));
  }

  @Test
  void documentNumbersReadBackWhateverTheirParts() {
    Gen<Optional<Year>> years = Gen.oneOf(Gen.constant(Optional.empty()),
        Gen.ints(-5, 12_000).map(y -> Optional.of(Year.of(y))));
    Gen<String> codes = HostileText.from(Gen.elements("TW", "CP", "QĐ", "NQ", "BTCTW", "UBND", "HU", "TU", "QH15"));
    Gen<Optional<String>> typeCodes = Gen.oneOf(Gen.constant(Optional.empty()), codes.map(Optional::of));
    Gen<Head> heads = Gen.elements(NumberingSystem.values()).flatMap(system -> Gen.ints(-1, 1_000_000)
        .flatMap(n -> years.map(year -> new Head(system, n, year))));
    Property.forAll(heads, typeCodes, codes).withTries(TRIES).checkAssert((head, type, issuer) ->
        readsBack(() -> DocumentNumber.builder().system(head.system()).sequence(head.sequence()).year(head.year())
            .typeCode(type).issuerCode(issuer).build(), DocumentNumber::parse));
  }

  /** The parts of a number before its codes. */
  private record Head(NumberingSystem system, int sequence, Optional<Year> year) {}

  @Test
  void documentReferencesReadBackWhateverTheirDates() {
    List<Function<LocalDate, IssueDate>> precisions = List.of(IssueDate::of, d -> IssueDate.of(YearMonth.from(d)),
        d -> IssueDate.of(Year.from(d)));
    Property.forAll(DAYS, Gen.elements(precisions), Gen.elements(DocumentType.values())).withTries(TRIES)
        .checkAssert((day, precision, type) -> {
          readsBack(() -> precision.apply(day), IssueDate::parse);
          readsBack(() -> DocumentReference.builder().type(type).sequence(35).issued(precision.apply(day)).build(),
              DocumentReference::parse);
        });
  }
}
