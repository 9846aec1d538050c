package io.github.cpvmodel.progress;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of work a body is responsible for (<i>nhiệm vụ</i>), with its deadline and the dates it was begun and
 * finished. Its {@linkplain #statusOn status} is not stored but read off these dates for a given day, so the same
 * task is in progress in September and overdue in January.
 *
 * <pre>{@code
 * Task plan = Task.builder()
 *     .id(Id.of("congress-preparation/subcommittee-plans"))
 *     .name(LocalizedName.of("Xây dựng kế hoạch triển khai nhiệm vụ của các tiểu ban chuẩn bị đại hội"))
 *     .responsible(Id.of("party/dong-nai"))
 *     .deadline(LocalDate.of(2019, 9, 30))
 *     .started(LocalDate.of(2019, 6, 15))
 *     .build();
 * plan.statusOn(LocalDate.of(2019, 9, 1));  // IN_PROGRESS
 * plan.statusOn(LocalDate.of(2019, 10, 1)); // OVERDUE
 * }</pre>
 *
 * <p>Rejects a completion date before the start date (rule {@link #ORDER}).
 */
@Value.Immutable
@ModelStyle
public abstract class Task {
  /** A task is finished no earlier than it is begun. */
  public static final Rule ORDER = Rule.of("task.order", "a task cannot be completed before it was started");

  Task() {}

  /** {@return the id} */
  @Value.Parameter
  public abstract Id id();

  /** {@return what is to be done} */
  @Value.Parameter
  public abstract LocalizedName name();

  /**
   * The body responsible (<i>cơ quan chủ trì</i>).
   *
   * @return the body's id
   */
  @Value.Parameter
  public abstract Id responsible();

  /** {@return the last day by which the task should be done, or empty for standing work} */
  public abstract Optional<LocalDate> deadline();

  /** {@return the day work began, or empty if not begun (or not recorded)} */
  public abstract Optional<LocalDate> started();

  /** {@return the day the task was finished, or empty if not finished} */
  public abstract Optional<LocalDate> completed();

  /**
   * A task not yet begun, without a deadline.
   *
   * @param id the id
   * @param name what is to be done
   * @param responsible the body responsible
   * @return the task
   */
  public static Task of(Id id, LocalizedName name, Id responsible) {
    return ImmutableTask.of(id, name, responsible);
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Task}; {@code build()} validates. */
  public static final class Builder extends ImmutableTask.Builder {
    Builder() {}
  }

  /**
   * This task with a deadline.
   *
   * @param deadline the last day by which it should be done
   * @return the copy
   */
  public abstract Task withDeadline(LocalDate deadline);

  /**
   * This task begun on a day.
   *
   * @param started the day work began
   * @return the copy
   * @throws ValidationException if it was completed before that day (rule {@link #ORDER})
   */
  public abstract Task withStarted(LocalDate started);

  /**
   * This task finished on a day.
   *
   * @param completed the day it was finished
   * @return the copy
   * @throws ValidationException if that day is before it was started (rule {@link #ORDER})
   */
  public abstract Task withCompleted(LocalDate completed);

  @Value.Check
  void check() {
    if (started().isPresent() && completed().isPresent()) {
      ORDER.require(!completed().get().isBefore(started().get()), "completed",
          "completed '%s' is before started '%s'", completed().get(), started().get());
    }
  }

  /**
   * Where the task stands at the end of {@code day}: {@link TaskStatus#DONE} if completed on or before that day;
   * otherwise {@link TaskStatus#OVERDUE} if the deadline is before it; otherwise {@link TaskStatus#IN_PROGRESS}
   * if begun on or before it; otherwise {@link TaskStatus#NOT_STARTED}.
   *
   * @param day the day
   * @return the status on that day
   */
  public TaskStatus statusOn(LocalDate day) {
    if (completed().map(d -> !d.isAfter(day)).orElse(false)) {
      return TaskStatus.DONE;
    } else if (deadline().map(d -> d.isBefore(day)).orElse(false)) {
      return TaskStatus.OVERDUE;
    } else if (started().map(d -> !d.isAfter(day)).orElse(false)) {
      return TaskStatus.IN_PROGRESS;
    }
    return TaskStatus.NOT_STARTED;
  }
}
