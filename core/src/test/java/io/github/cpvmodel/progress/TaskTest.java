package io.github.cpvmodel.progress;

import static io.github.cpvmodel.progress.ReportingPeriodTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskTest {
  private static final Id SECTOR = Id.of("cc/organisation-commission");
  private static final Task PLANS = Task.builder()
      .id(Id.of("plans"))
      .name(LocalizedName.of("Xây dựng kế hoạch triển khai nhiệm vụ của các tiểu ban chuẩn bị đại hội"))
      .responsible(Id.of("party/dong-nai"))
      .started(LocalDate.of(2019, 6, 15))
      .deadline(LocalDate.of(2019, 9, 30))
      .build();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2019-06-14, NOT_STARTED",
      "2019-06-15, IN_PROGRESS",
      "2019-09-30, IN_PROGRESS",
      "2019-10-01, OVERDUE",
  })
  void statusIsReadOffTheDatesForAGivenDay(LocalDate asOf, TaskStatus status) {
    assertThat(PLANS.statusOn(asOf)).isEqualTo(status);
  }

  @Test
  void aTaskDoneLateIsDoneFromTheDayItWasFinished() {
    Task late = PLANS.withCompleted(LocalDate.of(2019, 10, 10));
    assertThat(late.statusOn(LocalDate.of(2019, 10, 9))).isEqualTo(TaskStatus.OVERDUE);
    assertThat(late.statusOn(LocalDate.of(2019, 10, 10))).isEqualTo(TaskStatus.DONE);
    Task standing = Task.of(Id.of("cadre-work"), LocalizedName.of("Công tác cán bộ"), SECTOR);
    assertThat(standing.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(TaskStatus.NOT_STARTED);
  }

  @Test
  void aTaskCompletedBeforeItStartedIsRejected() {
    assertRejected(() -> PLANS.withCompleted(LocalDate.of(2019, 6, 14)), Task.ORDER,
        "completed: completed '2019-06-14' is before started '2019-06-15'");
  }

  @Test
  void aGroupCountsItsTasksByStatus() {
    Task done = Task.of(Id.of("directive-review"), LocalizedName.of("Tổng kết Chỉ thị 36-CT/TW"), SECTOR)
        .withStarted(LocalDate.of(2019, 1, 2)).withCompleted(LocalDate.of(2019, 5, 30));
    TaskGroup group = TaskGroup.of(Id.of("organisation-sector/2019/congress-preparation"),
        LocalizedName.of("Chuẩn bị đại hội đảng bộ các cấp"), ImmutableList.of(done, PLANS));
    LocalDate october = LocalDate.of(2019, 10, 1);
    assertThat(group.progressOn(october)).isEqualTo(Ratio.of(1, 2));
    assertThat(group.tasksOn(TaskStatus.OVERDUE, october)).containsExactly(PLANS);
    assertThat(group.statusCountsOn(october)).containsExactly(
        entry(TaskStatus.NOT_STARTED, 0),
        entry(TaskStatus.IN_PROGRESS, 0),
        entry(TaskStatus.DONE, 1),
        entry(TaskStatus.OVERDUE, 1));
  }

  @Test
  void aGroupNeedsTasksWithDistinctIds() {
    assertRejected(() -> TaskGroup.of(Id.of("g"), LocalizedName.of("Nhóm"), ImmutableList.of()), TaskGroup.EMPTY,
        "tasks: group 'g' has no tasks");
    assertThatThrownBy(
            () -> TaskGroup.of(Id.of("g"), LocalizedName.of("Nhóm"), ImmutableList.of(PLANS, PLANS, PLANS)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path() + " " + v.rule().code())
            .containsExactly("tasks[1].id task-group.duplicate", "tasks[2].id task-group.duplicate"));
  }

  @Test
  void aGroupTakesMoreTasksByACopyThatIsCheckedAgain() {
    TaskGroup group = TaskGroup.of(Id.of("g"), LocalizedName.of("Nhóm"), ImmutableList.of(PLANS));
    Task vetting = PLANS.withDeadline(LocalDate.of(2019, 12, 31)).withCompleted(LocalDate.of(2019, 11, 1));
    Task more = Task.builder().from(vetting).id(Id.of("vetting")).build();
    assertThat(group.withTasks(ImmutableList.of(PLANS, more)).tasks()).containsExactly(PLANS, more);
    assertRejected(() -> group.withTasks(ImmutableList.of(PLANS, vetting)), TaskGroup.DUPLICATE, "plans");
  }
}
