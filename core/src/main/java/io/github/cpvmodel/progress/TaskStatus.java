package io.github.cpvmodel.progress;

import io.github.cpvmodel.Coded;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;

/**
 * Where a {@link Task} stands on a given date; see {@link Task#statusOn}.
 */
public enum TaskStatus implements Coded {
  /** Not begun, and not yet due (<i>chưa triển khai</i>). */
  NOT_STARTED("not-started"),
  /** Begun, not finished, not yet due (<i>đang triển khai</i>). */
  IN_PROGRESS("in-progress"),
  /** Finished (<i>đã hoàn thành</i>). */
  DONE("done"),
  /** Not finished, and the deadline has passed (<i>quá hạn</i>). */
  OVERDUE("overdue");

  /** A task status is written as its code. */
  public static final Rule CODE = Rule.of("task-status.code", "a task status is written as one of its codes");

  private final String code;

  TaskStatus(String code) {
    this.code = code;
  }

  /**
   * The stable code of this status.
   *
   * @return {@code not-started}, {@code in-progress}, {@code done} or {@code overdue}
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * The task status a code names.
   *
   * @param code the code, e.g. {@code in-progress}; white space around it is ignored
   * @return the task status
   * @throws ValidationException if no task status has that code (rule {@link #CODE}); the message lists the
   *     codes
   */
  public static TaskStatus parse(CharSequence code) {
    return Coded.parse(TaskStatus.class, code, CODE);
  }
}
