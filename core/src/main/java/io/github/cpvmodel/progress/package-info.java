/**
 * Progress reporting (<i>báo cáo tiến độ, kết quả thực hiện</i>): reporting periods and their Vietnamese labels,
 * indicators and their observed values, targets against actuals, task groups and tasks with their status on a
 * date, and the roll-up of observations of child bodies to their parent.
 *
 * <p>The vocabulary follows what the Party's reports say: "9 tháng đầu năm 2019" is a
 * {@link io.github.cpvmodel.progress.ReportingPeriod}; "63/63 tỉnh, thành phố đã xây dựng kế hoạch" is a
 * {@link io.github.cpvmodel.progress.Ratio} that comes out of rolling up 63 yes/no
 * {@link io.github.cpvmodel.progress.Observation observations} of provincial Party organisations; the
 * "8 nhóm nhiệm vụ, giải pháp" are {@link io.github.cpvmodel.progress.TaskGroup task groups}. Values are exact:
 * ratios keep their numerator and denominator, percentages are decimals, never floating point.
 */
package io.github.cpvmodel.progress;
