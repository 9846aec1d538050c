/**
 * Generators of {@link io.github.cpvmodel.meeting meetings}, valid by construction, and one invalid mutation per rule
 * of the meeting package ({@link io.github.cpvmodel.testkit.meeting.MeetingMutations}).
 */
package io.github.cpvmodel.testkit.meeting;
