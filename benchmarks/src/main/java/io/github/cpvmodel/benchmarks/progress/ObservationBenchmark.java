package io.github.cpvmodel.benchmarks.progress;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.benchmarks.Comparison;
import io.github.cpvmodel.benchmarks.Workload;
import io.github.cpvmodel.progress.Count;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.Percentage;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.YesNo;
import io.github.cpvmodel.testkit.body.BodyGenerators;
import io.github.cpvmodel.testkit.progress.ProgressGenerators;
import io.github.cpvmodel.testkit.property.Gen;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Setup;

/**
 * Building a validated {@link Observation} from the raw parts a file gives (the indicator's and the body's ids, the
 * period's canonical text, the value's text and the status's code) against building a {@link PlainObservation}
 * record from the same parts with the same checks written by hand. The rows are drawn from the testkit's generators
 * of indicators, body ids, periods of every kind, values of the indicator's kind and statuses, each part a string of
 * its own as a reader of a file makes it. The heap each keeps is measured by {@link ObservationFootprint}.
 */
public class ObservationBenchmark extends Comparison<ObservationBenchmark.Row> {
  /** A benchmark; JMH makes it. */
  public ObservationBenchmark() {}

  /**
   * The raw parts of one observation, each a string of its own.
   *
   * @param indicator the indicator's id
   * @param subject the body's id
   * @param period the period's canonical text
   * @param value the value's text
   * @param status the status's code
   */
  public record Row(String indicator, String subject, String period, String value, String status) {}

  /** Draws the rows and checks that both ways read them alike. */
  @Setup
  public void setUp() {
    inputs = rows("observation", INPUTS);
    requireSame("observation from raw parts");
  }

  /**
   * Rows of raw parts drawn from the testkit's generators.
   *
   * @param workload the workload's name, which seeds the draws
   * @param count how many rows
   * @return the rows
   */
  public static Row[] rows(String workload, int count) {
    RandomGenerator random = Workload.random(workload);
    Gen<Indicator> indicators = ProgressGenerators.indicators();
    Gen<Id> subjects = BodyGenerators.ids();
    Gen<ReportingPeriod> periods = ProgressGenerators.reportingPeriods();
    Row[] rows = new Row[count];
    for (int i = 0; i < count; i++) {
      Indicator indicator = indicators.generate(random);
      ObservedValue value = ProgressGenerators.observedValues(indicator.kind()).generate(random);
      ObservationStatus status = random.nextBoolean() ? ObservationStatus.FINAL : ObservationStatus.PROVISIONAL;
      rows[i] = new Row(copy(indicator.id().value()), copy(subjects.generate(random).value()),
          copy(periods.generate(random).toString()), copy(value.toString()), copy(status.code()));
    }
    return rows;
  }

  /** A string of its own, as a reader of a file makes for each field. */
  private static String copy(String text) {
    return new String(text.toCharArray());
  }

  /**
   * The library's way.
   *
   * @param row the raw parts
   * @return the observation
   */
  @Override
  protected Observation library(Row row) {
    return Observation.of(Id.of(row.indicator()), Id.of(row.subject()), ReportingPeriod.parse(row.period()),
        ObservedValue.parse(row.value()), ObservationStatus.parse(row.status()));
  }

  /**
   * The baseline's way.
   *
   * @param row the raw parts
   * @return the record
   */
  @Override
  protected PlainObservation baseline(Row row) {
    return PlainObservation.parse(row.indicator(), row.subject(), row.period(), row.value(), row.status());
  }

  /** The observation as the record holds it. */
  @Override
  protected Object asBaseline(Object result) {
    Observation o = (Observation) result;
    ObservedValue value = o.value();
    PlainObservation.Kind kind;
    long numerator = 0;
    long denominator = 0;
    java.math.BigDecimal percentage = null;
    if (value instanceof Count) {
      kind = PlainObservation.Kind.COUNT;
      numerator = ((Count) value).value();
    } else if (value instanceof Ratio) {
      kind = PlainObservation.Kind.RATIO;
      numerator = ((Ratio) value).numerator();
      denominator = ((Ratio) value).denominator();
    } else if (value instanceof Percentage) {
      kind = PlainObservation.Kind.PERCENTAGE;
      percentage = ((Percentage) value).value();
    } else {
      kind = PlainObservation.Kind.YES_NO;
      numerator = ((YesNo) value).isYes() ? 1 : 0;
    }
    return new PlainObservation(o.indicator().value(), o.subject().value(), o.period().start(), o.period().end(),
        kind, numerator, denominator, percentage, o.status() == ObservationStatus.FINAL);
  }
}
