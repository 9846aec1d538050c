package io.github.cpvmodel.progress;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A group of tasks under one heading (<i>nhóm nhiệm vụ, giải pháp</i>), such as one of the "8 nhóm nhiệm vụ,
 * giải pháp" a sector follows through a year, with its tasks in order.
 *
 * <pre>{@code
 * Task plan = Task.of(Id.of("organisation-sector/2019/group-1/plan"),
 *     LocalizedName.of("Xây dựng kế hoạch"), PartyBodies.ORGANISATION_COMMISSION)
 *     .withCompleted(LocalDate.of(2019, 9, 15));
 * Task personnel = Task.of(Id.of("organisation-sector/2019/group-1/personnel"),
 *     LocalizedName.of("Chuẩn bị nhân sự"), PartyBodies.ORGANISATION_COMMISSION);
 * TaskGroup group = TaskGroup.of(Id.of("organisation-sector/2019/group-1"),
 *     LocalizedName.of("Chuẩn bị đại hội đảng bộ các cấp"), ImmutableList.of(plan, personnel));
 * group.progressOn(LocalDate.of(2019, 9, 30)); // 1/2: one of two tasks done
 * }</pre>
 *
 * <p>Rejects a group without tasks (rule {@link #EMPTY}) and two tasks with one id (rule {@link #DUPLICATE}).
 */
@Value.Immutable
@ModelStyle
public abstract class TaskGroup {
  /** A group has tasks. */
  public static final Rule EMPTY = Rule.of("task-group.empty", "a task group has at least one task");

  /** Task ids are unique within a group. */
  public static final Rule DUPLICATE = Rule.of("task-group.duplicate", "each task of a group has its own id");

  TaskGroup() {}

  /** {@return the id} */
  @Value.Parameter
  public abstract Id id();

  /** {@return the heading} */
  @Value.Parameter
  public abstract LocalizedName name();

  /** {@return the tasks, in the order the plan lists them, at least one} */
  @Value.Parameter
  public abstract ImmutableList<Task> tasks();

  /**
   * A task group.
   *
   * @param id the id
   * @param name the heading
   * @param tasks the tasks, at least one, with distinct ids
   * @return the group
   * @throws ValidationException if there is no task (rule {@link #EMPTY}) or two share an id (rule
   *     {@link #DUPLICATE}), reporting every duplicate
   */
  public static TaskGroup of(Id id, LocalizedName name, Iterable<? extends Task> tasks) {
    return ImmutableTaskGroup.of(id, name, tasks);
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskGroup}; {@code build()} validates. */
  public static final class Builder extends ImmutableTaskGroup.Builder {
    Builder() {}
  }

  /**
   * This group with other tasks, e.g. one more: {@code group.withTasks(ImmutableList.<Task>builder()
   * .addAll(group.tasks()).add(task).build())}.
   *
   * @param tasks the tasks, in order
   * @return the copy
   * @throws ValidationException if there is none (rule {@link #EMPTY}) or two share an id (rule
   *     {@link #DUPLICATE})
   */
  public abstract TaskGroup withTasks(Iterable<? extends Task> tasks);

  @Value.Check
  void check() {
    EMPTY.require(!tasks().isEmpty(), "tasks", "group '%s' has no tasks", id());
    List<Violation> violations = new ArrayList<>();
    DUPLICATE.index(tasks(), Task::id, "tasks[%d].id", violations::add);
    ValidationException.requireNone(violations);
  }

  /**
   * How many tasks stand where at the end of {@code day}.
   *
   * @param day the day
   * @return the number of tasks of each status, every status present, in the order of {@link TaskStatus}
   */
  public ImmutableMap<TaskStatus, Integer> statusCountsOn(LocalDate day) {
    EnumMap<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
    for (TaskStatus status : TaskStatus.values()) {
      counts.put(status, 0);
    }
    for (Task task : tasks()) {
      counts.merge(task.statusOn(day), 1, Integer::sum);
    }
    return Maps.immutableEnumMap(counts);
  }

  /**
   * The tasks that stand at {@code status} at the end of {@code day}, such as the overdue ones.
   *
   * @param status the status
   * @param day the day
   * @return those tasks, in order
   */
  public ImmutableList<Task> tasksOn(TaskStatus status, LocalDate day) {
    return tasks().stream().filter(t -> t.statusOn(day) == status).collect(ImmutableList.toImmutableList());
  }

  /**
   * The share of tasks done at the end of {@code day}.
   *
   * @param day the day
   * @return done tasks over all tasks, e.g. 5/8
   */
  public Ratio progressOn(LocalDate day) {
    return Ratio.of(tasksOn(TaskStatus.DONE, day).size(), tasks().size());
  }
}
