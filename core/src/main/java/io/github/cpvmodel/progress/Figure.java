package io.github.cpvmodel.progress;

import io.github.cpvmodel.Id;

/**
 * A figure (<i>số liệu</i>) of an {@link Indicator} for a body over a {@link ReportingPeriod}: either reported, an
 * {@link Observation}, or planned, a {@link Target}. The two are held against each other by indicator, body and
 * period, and both are checked against their indicator by {@link Indicator#verify(Figure)}.
 *
 * <pre>{@code
 * List<Figure> row = List.of(target, actual); // the plan and the report of Đồng Nai for 9 tháng đầu năm 2019
 * row.forEach(planBuilt::verify);
 * }</pre>
 *
 * <p>Implemented by {@link Observation} and {@link Target} only; the rejections are theirs.
 */
public interface Figure {
  /**
   * The indicator.
   *
   * @return the indicator's id
   */
  Id indicator();

  /**
   * The body the figure is about.
   *
   * @return the body's id
   */
  Id subject();

  /**
   * The period the figure covers.
   *
   * @return the period
   */
  ReportingPeriod period();

  /**
   * The value.
   *
   * @return the value, of the indicator's kind
   */
  ObservedValue value();
}
