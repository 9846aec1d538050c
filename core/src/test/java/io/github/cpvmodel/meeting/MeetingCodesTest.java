package io.github.cpvmodel.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MeetingCodesTest {
  @Test
  void everyConstantIsFoundByItsCode() {
    Arrays.stream(ConferenceKind.values()).forEach(k -> assertThat(ConferenceKind.fromCode(k.code())).isEqualTo(k));
    Arrays.stream(AttendanceMode.values()).forEach(m -> assertThat(AttendanceMode.fromCode(m.code())).isEqualTo(m));
    Arrays.stream(ParticipantRole.values())
        .forEach(r -> assertThat(ParticipantRole.fromCode(r.code())).isEqualTo(r));
    assertThat(ConferenceKind.fromCode(" Briefing ")).isEqualTo(ConferenceKind.BRIEFING);
  }

  @Test
  void anUnknownCodeIsQuotedWithTheKnownOnes() {
    assertThatThrownBy(() -> AttendanceMode.fromCode("remote"))
        .hasMessage("'remote' is not one of 'in-person', 'online', 'hybrid': an attendance mode is one of "
            + "'in-person', 'online', 'hybrid' [attendance-mode.code]");
    assertThatThrownBy(() -> ParticipantRole.fromCode("chairman")).hasMessageEndingWith("[participant-role.code]");
    assertThatThrownBy(() -> ConferenceKind.fromCode("")).hasMessageEndingWith("[conference-kind.code]");
  }

  @Test
  void labelsAreVietnameseFirst() {
    assertThat(ConferenceKind.BRIEFING.label().vi()).isEqualTo("hội nghị giao ban");
    assertThat(AttendanceMode.ONLINE.label().vi()).isEqualTo("trực tuyến");
    assertThat(ParticipantRole.CO_CHAIR.label().vi()).isEqualTo("đồng chủ trì");
    assertThat(AttendanceMode.IN_PERSON.hasBridgePoints()).isFalse();
    assertThat(AttendanceMode.HYBRID.hasBridgePoints()).isTrue();
  }
}
