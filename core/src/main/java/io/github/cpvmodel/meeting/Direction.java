package io.github.cpvmodel.meeting;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.progress.ReportingPeriod;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A conclusion or direction given at a meeting (<i>kết luận</i>, <i>chỉ đạo</i>, <i>đề nghị</i>): what is to be
 * done, by which bodies, by when or within which period, and the documents, meetings and events it is about
 * (preparing "<i>Đại hội XIV</i>", carrying out the resolution of "<i>Hội nghị Trung ương 8 khóa XIII</i>", the
 * elections of 2026). "<i>Đồng chí đề nghị, trong
 * quý 4 năm 2019, ngành Tổ chức xây dựng Đảng cả nước phải tập trung rà soát những nhiệm vụ còn lại …</i>" is a
 * direction for the fourth quarter of 2019.
 *
 * <pre>{@code
 * Direction d = Direction.builder()
 *     .text(LocalizedName.of("Tập trung rà soát những nhiệm vụ còn lại"))
 *     .addAddressee(Id.of("cc/organisation-commission"))
 *     .period(ReportingPeriod.quarter(2019, 4))
 *     .build();
 * }</pre>
 *
 * <p>Rejects a deadline together with a period (rule {@link #DUE}) and a body, document, meeting or event listed
 * twice (rule
 * {@link Meeting#DUPLICATE}).
 */
@Value.Immutable
@ModelStyle
public abstract class Direction {
  /** A direction is due by a day or within a period, not both. */
  public static final Rule DUE = Rule.of("direction.due",
      "a direction has a deadline or a period (or neither), not both");

  Direction() {}

  /** {@return what is to be done, in the words of the record} */
  @Value.Parameter
  public abstract LocalizedName text();

  /**
   * The bodies the direction is addressed to.
   *
   * @return the ids of the bodies, in the order named; possibly empty when the record names none
   */
  public abstract ImmutableList<Id> addressees();

  /** {@return the day by which it is to be done, or empty} */
  public abstract Optional<LocalDate> deadline();

  /** {@return the period within which it is to be done: "<i>trong quý 4 năm 2019</i>", or empty} */
  public abstract Optional<ReportingPeriod> period();

  /**
   * The documents the direction names, such as a regulation to carry out.
   *
   * @return the references to the documents, in the order named
   */
  public abstract ImmutableList<DocumentReference> documents();

  /**
   * The meetings the direction is about: a congress to prepare, a plenum whose resolution is to be carried out, a
   * conference of the dataset. A {@link io.github.cpvmodel.dataset.Dataset} resolves those it holds.
   *
   * @return the references to the meetings, in the order named
   */
  public abstract ImmutableList<MeetingReference> meetings();

  /**
   * The events the direction is about, such as elections, with their time as far as it is known.
   *
   * @return the events, in the order named
   */
  public abstract ImmutableList<NamedEvent> events();

  /**
   * A direction known only by its text.
   *
   * @param text what is to be done
   * @return the direction
   */
  public static Direction of(LocalizedName text) {
    return ImmutableDirection.of(text);
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Direction}; {@code build()} validates. */
  public static final class Builder extends ImmutableDirection.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    DUE.require(deadline().isEmpty() || period().isEmpty(), "period", "period '%s' is given with deadline '%s'",
        period().map(ReportingPeriod::toString).orElse(""), deadline().map(LocalDate::toString).orElse(""));
    Checks.requireDistinct(addressees(), "addressees");
    Checks.requireDistinct(documents(), "documents");
    Checks.requireDistinct(meetings(), "meetings");
    Checks.requireDistinct(events(), "events");
  }
}
