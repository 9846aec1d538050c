package io.github.cpvmodel.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MeetingCodesTest {
  @Test
  void everyConstantIsFoundByItsCode() {
    Arrays.stream(ConferenceKind.values()).forEach(k -> assertThat(ConferenceKind.parse(k.code())).isEqualTo(k));
    Arrays.stream(AttendanceMode.values()).forEach(m -> assertThat(AttendanceMode.parse(m.code())).isEqualTo(m));
    Arrays.stream(ParticipantRole.values())
        .forEach(r -> assertThat(ParticipantRole.parse(r.code())).isEqualTo(r));
    assertThat(ConferenceKind.parse(" briefing ")).isEqualTo(ConferenceKind.BRIEFING);
  }

  @Test
  void anUnknownCodeIsQuotedWithTheKnownOnes() {
    assertThatThrownBy(() -> AttendanceMode.parse("remote"))
        .hasMessageContaining("'remote'").hasMessageContaining("not one of in-person, online, hybrid: an attendance "
            + "mode is written as one of its codes [attendance-mode.code]");
    assertThatThrownBy(() -> ParticipantRole.parse("chairman")).hasMessageEndingWith("[participant-role.code]");
    assertThatThrownBy(() -> ConferenceKind.parse("")).hasMessageEndingWith("[conference-kind.code]");
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
