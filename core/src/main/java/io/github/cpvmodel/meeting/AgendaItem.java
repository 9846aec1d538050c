package io.github.cpvmodel.meeting;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.progress.ReportingPeriod;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of a meeting's agenda (<i>chương trình</i>, <i>nội dung</i>): a title, who presents it, the periods it
 * reviews, and the documents, meetings and events it deals with.
 *
 * <pre>{@code
 * AgendaItem item = AgendaItem.builder()
 *     .title(LocalizedName.of("Quán triệt Chỉ thị 35-CT/TW", "Dissemination of Directive 35-CT/TW"))
 *     .addDocument(DocumentReference.parse("Chỉ thị 35-CT/TW"))
 *     .addMeeting(MeetingReference.congress(PartyBodies.CENTRAL_COMMITTEE, 13))
 *     .addPeriod(ReportingPeriod.years(2016, 2020))
 *     .build();
 * }</pre>
 *
 * <p>Rejects a period, document, meeting or event listed twice (rule {@link Meeting#DUPLICATE}).
 */
@Value.Immutable
@ModelStyle
public abstract class AgendaItem {
  AgendaItem() {}

  /** {@return what the item is about} */
  @Value.Parameter
  public abstract LocalizedName title();

  /** {@return the id of the person who presents the item, or empty} */
  public abstract Optional<Id> presenter();

  /**
   * The documents the item deals with.
   *
   * @return the references to the documents, in the order listed
   */
  public abstract ImmutableList<DocumentReference> documents();

  /**
   * The periods the item reviews, when they are its own rather than the conference's: "<i>Báo cáo tổng kết
   * nhiệm kỳ 2020-2025</i>".
   *
   * @return the periods, in the order named; possibly empty
   */
  public abstract ImmutableList<ReportingPeriod> periods();

  /**
   * The meetings the item deals with, such as the congress it prepares.
   *
   * @return the references to the meetings, in the order named
   */
  public abstract ImmutableList<MeetingReference> meetings();

  /**
   * The events the item deals with, such as elections.
   *
   * @return the events, in the order named
   */
  public abstract ImmutableList<NamedEvent> events();

  /**
   * An item known only by its title.
   *
   * @param title the title
   * @return the item
   */
  public static AgendaItem of(LocalizedName title) {
    return ImmutableAgendaItem.of(title);
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgendaItem}; {@code build()} validates. */
  public static final class Builder extends ImmutableAgendaItem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.requireDistinct(documents(), "documents");
    Checks.requireDistinct(periods(), "periods");
    Checks.requireDistinct(meetings(), "meetings");
    Checks.requireDistinct(events(), "events");
  }
}
