package io.github.cpvmodel.progress;

import io.github.cpvmodel.Id;
import org.immutables.value.Value;

/**
 * A figure (<i>số liệu</i>) of an {@link Indicator} for a body over a {@link ReportingPeriod}: either reported, an
 * {@link Observation}, or planned, a {@link Target}. The two are held against each other by indicator, body and
 * period, and both are checked against their indicator by {@link Indicator#requireFigure(Figure)}.
 *
 * <pre>{@code
 * Indicator planBuilt = Indicator.of(Id.of("congress-preparation/subcommittee-plan-built"),
 *     LocalizedName.of("Đã xây dựng kế hoạch", "Plan built"),
 *     LocalizedName.of("Cấp ủy đã ban hành kế hoạch", "Whether the Party committee has issued its plan"),
 *     ValueKind.YES_NO);
 * Id dongNai = Id.of("party/dong-nai");
 * ReportingPeriod nineMonths = ReportingPeriod.parseLabel("9 tháng đầu năm 2019");
 * List<Figure> row = List.of(Target.of(planBuilt.id(), dongNai, nineMonths, YesNo.YES),
 *     Observation.of(planBuilt.id(), dongNai, nineMonths, YesNo.YES, ObservationStatus.FINAL));
 * row.forEach(planBuilt::requireFigure);
 * }</pre>
 *
 * <p>Implemented by {@link Observation} and {@link Target} only (the interface is sealed); the rejections are
 * theirs.
 */
public sealed interface Figure permits Observation, Target {
  /** {@return the id of the indicator} */
  @Value.Parameter(order = 0)
  Id indicator();

  /** {@return the id of the body the figure is about} */
  @Value.Parameter(order = 1)
  Id subject();

  /** {@return the period the figure covers: reported over, or to be reached by its end} */
  @Value.Parameter(order = 2)
  ReportingPeriod period();

  /** {@return the value, of the indicator's kind} */
  @Value.Parameter(order = 3)
  ObservedValue value();
}
