package io.github.cpvmodel.progress;

import io.github.cpvmodel.Code;
import io.github.cpvmodel.Coded;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;

/**
 * Where a {@link Task} stands on a given date; see {@link Task#statusOn}.
 */
public enum TaskStatus implements Coded {
  /** Not begun, and not yet due (<i>chưa triển khai</i>). */
  @Code("not-started") NOT_STARTED,
  /** Begun, not finished, not yet due (<i>đang triển khai</i>). */
  @Code("in-progress") IN_PROGRESS,
  /** Finished (<i>đã hoàn thành</i>). */
  @Code("done") DONE,
  /** Not finished, and the deadline has passed (<i>quá hạn</i>). */
  @Code("overdue") OVERDUE;

  /** A task status is written as its code. */
  public static final Rule CODE = Rule.of("task-status.code", "a task status is written as one of its codes");

  /**
   * The task status a code names.
   *
   * @param code the code, e.g. {@code in-progress}; white space around it is ignored
   * @return the task status
   * @throws ParseException if no task status has that code (rule {@link #CODE}); the message lists the codes
   */
  public static TaskStatus parse(CharSequence code) {
    return Coded.parse(TaskStatus.class, code, CODE);
  }
}
