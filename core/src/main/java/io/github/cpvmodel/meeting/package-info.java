/**
 * Meetings of the Party: conferences (<i>hội nghị</i>) with their participants, bridge points, agenda and
 * directions; congresses (<i>đại hội</i>) with the bodies they elected and the leaders elected or appointed
 * (<i>chỉ định</i>) for the term; the terms (<i>khóa</i>) they open and the plenums (<i>hội nghị Ban Chấp
 * hành</i>) held within a term. Directions and agenda items may be about meetings ({@link
 * io.github.cpvmodel.meeting.MeetingReference}: "<i>Hội nghị Trung ương 8 khóa XIII</i>", "<i>Đại hội XIV</i>",
 * whether or not a dataset holds them) and named events ({@link io.github.cpvmodel.meeting.NamedEvent}, whose time
 * may be unknown or known only in part).
 *
 * <p>Meetings refer to bodies, people, posts and documents by {@link io.github.cpvmodel.Id}: a meeting is valid on
 * its own when its own parts agree (it ends after it starts, an in-person conference has no bridge points, a
 * congress is numbered from I), and a {@link io.github.cpvmodel.dataset.Dataset} checks what only the whole can tell (a
 * co-chair held the post named for him on the day, a bridge point's province existed that day, a document was
 * issued before it was cited).
 *
 * <p>Times are {@link java.time.ZonedDateTime}s in {@link io.github.cpvmodel.meeting.MeetingTime#ZONE
 * Asia/Ho_Chi_Minh}; when the record gives only a part of the day ("<i>chiều 30-9</i>") or only the days, the
 * {@link io.github.cpvmodel.meeting.MeetingTime} says so instead of inventing hours.
 */
package io.github.cpvmodel.meeting;
