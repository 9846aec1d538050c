package io.github.cpvmodel.progress;

/**
 * Where a {@link Task} stands on a given date; see {@link Task#status}.
 */
public enum TaskStatus {
  /** Not begun, and not yet due (<i>chưa triển khai</i>). */
  NOT_STARTED("not-started"),
  /** Begun, not finished, not yet due (<i>đang triển khai</i>). */
  IN_PROGRESS("in-progress"),
  /** Finished (<i>đã hoàn thành</i>). */
  DONE("done"),
  /** Not finished, and the deadline has passed (<i>quá hạn</i>). */
  OVERDUE("overdue");

  private final String code;

  TaskStatus(String code) {
    this.code = code;
  }

  /**
   * The stable code of this status.
   *
   * @return {@code not-started}, {@code in-progress}, {@code done} or {@code overdue}
   */
  public String code() {
    return code;
  }
}
