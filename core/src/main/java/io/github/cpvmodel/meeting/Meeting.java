package io.github.cpvmodel.meeting;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.Validity;

/**
 * Something the Party holds on given days: a {@link Conference} (<i>hội nghị</i>), a {@link Congress} (<i>đại
 * hội</i>) or a {@link Plenum} (<i>hội nghị Ban Chấp hành</i>). A {@link io.github.cpvmodel.dataset.Dataset} keeps its
 * meetings in one list, in which each has a distinct {@link #id()}.
 *
 * <pre>{@code
 * Meeting xii = NationalCongresses.byOrdinal(12);
 * xii.id();    // cc/congress/12
 * xii.dates(); // 2016-01-21/2016-01-28: opened after its preparatory session of 2016-01-20
 * }</pre>
 */
public sealed interface Meeting permits Conference, Congress, Plenum {
  /** A list names each person, post, body, document or site once. */
  Rule DUPLICATE = Rule.of("meeting.duplicate",
      "a list in a meeting names each person, post, body, document or site at most once");

  /** {@return the identifier of this meeting, e.g. {@code cc/congress/12}} */
  Id id();

  /**
   * The days on which the meeting was held.
   *
   * @return the closed interval from the first to the last day
   */
  Validity dates();
}
