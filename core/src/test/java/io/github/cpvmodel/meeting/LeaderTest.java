package io.github.cpvmodel.meeting;

import static io.github.cpvmodel.meeting.ConferenceTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LeaderTest {
  private static final Id SECRETARY = Id.of("party/dong-nai/committee/secretary");
  private static final Id DEPUTY = Id.of("party/dong-nai/committee/deputy-secretary");
  private static final Id PERSON_A = Id.of("person/nguyen-van-a");
  private static final Id PERSON_B = Id.of("person/tran-thi-b");
  private static final DocumentReference DECISION = DocumentReference.parse("Quyết định 1234-QĐNS/TW");

  private static Congress.Builder dongNaiXi() {
    return CongressPlenumTermTest.dongNaiXi().addElected(ElectedBody.of(Id.of("party/dong-nai/committee"), 55));
  }

  @Test
  void aProvincialCongressListsALeaderItElectedAndOneThePolitburoAppointed() {
    Leader appointed = Leader.of(PERSON_A, SECRETARY, TenureBasis.APPOINTED, DECISION);
    Leader elected = Leader.of(PERSON_B, DEPUTY, TenureBasis.ELECTED);
    assertThatNoException().isThrownBy(() -> dongNaiXi().addLeaders(appointed, elected).build());
    assertThat(appointed.decision()).hasValueSatisfying(d -> assertThat(d.type()).contains(DocumentType.DECISION));
    assertThat(appointed).hasToString("person/nguyen-van-a as party/dong-nai/committee/secretary (appointed)");
  }

  @Test
  void aLeaderBeginsTheTenureOfItsPostOnItsBasisWithItsDecision() {
    Validity days = Validity.closed(LocalDate.of(2020, 10, 16), LocalDate.of(2025, 6, 30));
    Tenure tenure = Leader.of(PERSON_A, SECRETARY, TenureBasis.APPOINTED, DECISION).toTenure(days);
    assertThat(tenure).isEqualTo(Tenure.of(PERSON_A, SECRETARY, days, TenureBasis.APPOINTED).withDecision(DECISION));
  }

  @ParameterizedTest
  @EnumSource(value = TenureBasis.class, names = {"ELECTED", "ASSIGNED"})
  void anElectionOrAnAssignmentMayNameADecisionOrNot(TenureBasis basis) {
    assertThatNoException().isThrownBy(() -> Leader.of(PERSON_B, DEPUTY, basis));
    assertThatNoException().isThrownBy(() -> Leader.of(PERSON_B, DEPUTY, basis, DECISION));
  }

  @Test
  void rejectsABasisThatIsNotAnOutcomeOfACongress() {
    assertRejected(() -> Leader.of(PERSON_A, SECRETARY, TenureBasis.UNKNOWN, DECISION), Leader.BASIS, "basis",
        "basis 'unknown' of 'person/nguyen-van-a' as 'party/dong-nai/committee/secretary' is not an outcome of a "
            + "congress");
  }

  @Test
  void rejectsAnAppointmentWithoutItsDecision() {
    assertRejected(() -> Leader.of(PERSON_A, SECRETARY, TenureBasis.APPOINTED), Leader.DECISION, "decision",
        "'person/nguyen-van-a' appointed as 'party/dong-nai/committee/secretary' names no decision");
    assertThat(Leader.DECISION.description()).contains("quyết định chỉ định");
  }

  @Test
  void rejectsAPersonListedTwiceInTheSamePost() {
    assertRejected(() -> dongNaiXi().addLeaders(Leader.of(PERSON_B, DEPUTY, TenureBasis.ELECTED),
        Leader.of(PERSON_B, DEPUTY, TenureBasis.APPOINTED, DECISION)).build(), Meeting.DUPLICATE, "leaders[1]",
        "'person/tran-thi-b as party/dong-nai/committee/deputy-secretary' is used twice, first at leaders[0]");
  }

  @Test
  void anAppointmentReportedWithoutItsNumberNamesTheDecisionByIssuerAndDate() {
    DocumentReference reported = DocumentReference.parse("Quyết định của Bộ Chính trị ngày 30/6/2025");
    Leader leader = Leader.of(PERSON_A, SECRETARY, TenureBasis.APPOINTED, reported);
    assertThat(leader.decision()).contains(DocumentReference.of(DocumentType.DECISION,
        io.github.cpvmodel.reference.PartyBodies.POLITBURO,
        io.github.cpvmodel.document.IssueDate.of(LocalDate.of(2025, 6, 30))));
    assertThat(leader.decision().orElseThrow().number()).isEmpty();
    assertThat(leader.toTenure(Validity.startingOn(LocalDate.of(2025, 6, 30))).decision()).contains(reported);
  }

  @Test
  void anElectedBodyRecordsWhetherItWasElectedOrAppointedAndBy() {
    ElectedBody elected = ElectedBody.of(Id.of("party/dong-nai/committee"), 55);
    assertThat(elected.basis()).isEqualTo(TenureBasis.ELECTED);
    assertThat(elected.decision()).isEmpty();
    DocumentReference reported = DocumentReference.parse("Quyết định của Bộ Chính trị tháng 6/2025");
    ElectedBody board = ElectedBody.appointed(Id.of("party/dong-nai/standing-board"), 17, reported);
    assertThat(board.basis()).isEqualTo(TenureBasis.APPOINTED);
    assertThat(board.decision()).contains(reported);
    assertRejected(() -> ElectedBody.builder().body(Id.of("party/dong-nai/committee")).members(5)
        .basis(TenureBasis.APPOINTED).build(), ElectedBody.DECISION, "decision",
        "'party/dong-nai/committee' was appointed but names no decision");
    assertRejected(() -> ElectedBody.builder().body(Id.of("party/dong-nai/committee")).members(5)
        .basis(TenureBasis.ASSIGNED).build(), ElectedBody.BASIS, "basis",
        "basis 'assigned' of 'party/dong-nai/committee' is neither elected nor appointed");
  }
}
