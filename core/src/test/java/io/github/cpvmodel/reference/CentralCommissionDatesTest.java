package io.github.cpvmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.Id;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first days of the central commissions and blocs, each as the source named beside it gives it. */
class CentralCommissionDatesTest {
  @ParameterizedTest(name = "[{index}] {0} from {1}")
  @CsvSource({
      // re-established by the 6th plenum of the XI Central Committee, operating from 1/2/2013 (voh.com.vn 144357)
      "cc/internal-affairs-commission, 2013-02-01",
      "cc/economic-commission, 2013-02-01",
      // Quyết định 44-QĐ/TW of 11/4/2007 (tuyengiao.vn 20503)
      "cc/information-education-commission, 2007-04-11",
      // Quyết định 47-QĐ/TW of 11/4/2007 (TTXVN via hoilhpn.vinhphuc.gov.vn)
      "party/central-agencies-bloc, 2007-04-11",
      "party/central-agencies-bloc/committee, 2007-04-11"})
  void startsOnTheDayItsSourceGives(String id, LocalDate first) {
    var body = PartyBodies.hierarchy().byId(Id.of(id));
    assertThat(body.validity().start()).contains(first);
    assertThat(body.existsOn(first.minusDays(1))).isFalse();
    assertThat(body.existsOn(first)).isTrue();
  }
}
