package io.github.cpvmodel.meeting;

import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.progress.ReportingPeriod;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event a direction or an agenda item is about that is neither a document nor a meeting of the Party: "<i>cuộc
 * bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031</i>" (the elections
 * of the National Assembly of term XVI and of the People's Councils for 2026-2031).
 *
 * <p>Its time is known as precisely as the record gives it, and often only in part: the days {@linkplain #within()
 * within} which it falls are a {@link ReportingPeriod} — a day, a month, a year — or nothing when the record gives
 * no time. A period here says when the event happens, not how long it lasts.
 *
 * <pre>{@code
 * NamedEvent elections = NamedEvent.of(LocalizedName.of(
 *     "Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031",
 *     "Elections of the 16th National Assembly and of the People's Councils for 2026-2031"));
 * elections.within(); // Optional.empty: the record gives no date
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class NamedEvent {
  NamedEvent() {}

  /** {@return the name of the event, as the record gives it} */
  @Value.Parameter
  public abstract LocalizedName name();

  /**
   * The days within which the event falls, as precisely as the record gives them: {@code 2026-03} for "in March
   * 2026", a single day for a known date.
   *
   * @return the period, or empty when the time is not known
   */
  public abstract Optional<ReportingPeriod> within();

  /** {@return where the time of the event comes from, or empty} */
  public abstract Optional<Source> source();

  /**
   * An event known by its name only.
   *
   * @param name the name
   * @return the event, whose time is not known
   */
  public static NamedEvent of(LocalizedName name) {
    return ImmutableNamedEvent.of(name);
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NamedEvent}. */
  public static final class Builder extends ImmutableNamedEvent.Builder {
    Builder() {}
  }
}
