package io.github.cpvmodel.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.progress.Count;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.Percentage;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.YesNo;
import java.math.BigDecimal;
import java.util.List;

/**
 * Plain Java records mirroring the JSON of a dataset of built-in bodies (by their ids), indicators and observations
 * member for member, as a program without the library would declare them for Jackson's databind: no validation,
 * ids, periods and codes as strings. Jackson 2 and Jackson 3 both bind them (Jackson 3 keeps Jackson 2's
 * annotations); absent members are nulls, left out when written.
 */
final class Records {
  private Records() {}

  /**
   * A dataset document of indicators and observations.
   *
   * @param schemaVersion the version of the wire format
   * @param bodies the ids of the built-in bodies
   * @param indicators the indicators
   * @param observations the observations
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DatasetRecord(long schemaVersion, List<String> bodies, List<IndicatorRecord> indicators,
      List<ObservationRecord> observations) {}

  /**
   * A name.
   *
   * @param vi in Vietnamese
   * @param en in English, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record NameRecord(String vi, String en) {}

  /**
   * An indicator.
   *
   * @param id its id
   * @param name its name
   * @param definition what it measures
   * @param kind the code of its value kind
   */
  record IndicatorRecord(String id, NameRecord name, NameRecord definition, String kind) {}

  /**
   * An observed value: the members of one kind are set, the others null.
   *
   * @param count a count
   * @param numerator a ratio's numerator
   * @param denominator a ratio's denominator
   * @param percentage a percentage
   * @param yes yes or no
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ValueRecord(Long count, Long numerator, Long denominator, BigDecimal percentage, Boolean yes) {}

  /**
   * An observation.
   *
   * @param indicator the id of its indicator
   * @param subject the id of its body
   * @param period its period's text
   * @param value its value
   * @param status the code of its status
   */
  record ObservationRecord(String indicator, String subject, String period, ValueRecord value, String status) {}

  /**
   * The records of a dataset of built-in bodies, indicators and observations: what databind must decode from its
   * JSON.
   *
   * @param dataset the dataset
   * @return its records
   */
  static DatasetRecord of(Dataset dataset) {
    return new DatasetRecord(1, dataset.bodies().stream().map(body -> body.id().value()).toList(),
        dataset.indicators().stream().map(Records::of).toList(),
        dataset.observations().stream().map(Records::of).toList());
  }

  static IndicatorRecord of(Indicator indicator) {
    return new IndicatorRecord(indicator.id().value(), of(indicator.name()), of(indicator.definition()),
        indicator.kind().code());
  }

  static NameRecord of(LocalizedName name) {
    return new NameRecord(name.vi(), name.en().orElse(null));
  }

  static ObservationRecord of(Observation observation) {
    return new ObservationRecord(observation.indicator().value(), observation.subject().value(),
        observation.period().toString(), of(observation.value()), observation.status().code());
  }

  static ValueRecord of(ObservedValue value) {
    if (value instanceof Count count) {
      return new ValueRecord(count.value(), null, null, null, null);
    } else if (value instanceof Ratio ratio) {
      return new ValueRecord(null, ratio.numerator(), ratio.denominator(), null, null);
    } else if (value instanceof Percentage percentage) {
      // As the wire writes it: plain, so that 100 reads back as 100 rather than 1E+2.
      return new ValueRecord(null, null, null, new BigDecimal(percentage.value().toPlainString()), null);
    }
    return new ValueRecord(null, null, null, null, ((YesNo) value).isYes());
  }
}
