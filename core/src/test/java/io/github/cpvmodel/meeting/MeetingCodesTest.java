package io.github.cpvmodel.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingCodesTest {
  @Test
  void labelsAreVietnameseFirst() {
    assertThat(ConferenceKind.BRIEFING.label().vi()).isEqualTo("hội nghị giao ban");
    assertThat(AttendanceMode.ONLINE.label().vi()).isEqualTo("trực tuyến");
    assertThat(ParticipantRole.CO_CHAIR.label().vi()).isEqualTo("đồng chủ trì");
    assertThat(AttendanceMode.IN_PERSON.hasBridgePoints()).isFalse();
    assertThat(AttendanceMode.HYBRID.hasBridgePoints()).isTrue();
  }
}
