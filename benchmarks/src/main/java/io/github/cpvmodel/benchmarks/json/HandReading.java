package io.github.cpvmodel.benchmarks.json;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.json.format.TextCache;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.ValueKind;
import io.github.cpvmodel.reference.PartyBodies;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a hand-written reader of the observation document keeps while it reads, on either Jackson: values already
 * made from equal text, shared as the library shares them, and the built-in bodies by their ids. The readers expect
 * the members in the order the library writes them and fail on anything else, which no reader of other programs'
 * JSON could do: they show the most a reader written for this one document can gain, not a reader to use.
 */
final class HandReading {
  private static final Map<String, Body> BUILT_IN = PartyBodies.all().stream()
      .collect(Collectors.toUnmodifiableMap(body -> body.id().value(), Function.identity()));

  /** The ids read, of indicators and bodies. */
  final TextCache<Id> ids = new TextCache<>(Id::of);
  /** The periods read. */
  final TextCache<ReportingPeriod> periods = new TextCache<>(ReportingPeriod::parse);
  /** The statuses read. */
  final TextCache<ObservationStatus> statuses = new TextCache<>(ObservationStatus::parse);
  /** The value kinds read. */
  final TextCache<ValueKind> kinds = new TextCache<>(ValueKind::parse);

  /**
   * The built-in body of an id.
   *
   * @param id the id
   * @return the body
   * @throws IllegalStateException if no built-in body has that id
   */
  static Body builtIn(String id) {
    Body body = BUILT_IN.get(id);
    expect(body != null, "the id of a built-in body");
    return body;
  }

  /**
   * Fails unless the document holds what the reader expects next.
   *
   * @param holds whether it does
   * @param what what the reader expects
   * @throws IllegalStateException if it does not
   */
  static void expect(boolean holds, String what) {
    if (!holds) {
      throw new IllegalStateException("The hand-written reader expects " + what + " here, in the order the library "
          + "writes the document");
    }
  }
}
