package io.github.cpvmodel.testkit.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Violation;
import io.github.cpvmodel.body.BodyHistory;
import io.github.cpvmodel.reference.PartyBodies;

import io.github.cpvmodel.Rule;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.document.Lookup;
import io.github.cpvmodel.meeting.BridgePoint;
import io.github.cpvmodel.meeting.Conference;
import io.github.cpvmodel.meeting.Congress;
import io.github.cpvmodel.meeting.Participant;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.reference.Provinces;
import io.github.cpvmodel.testkit.contract.MutationsContract;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of generated datasets, and the rejection of every mutation of a dataset. */
class DatasetPropertiesTest extends MutationsContract {
  @Test
  void generatedDatasetsAreConsistentAndTheirReferencesResolve() {
    Property.forAll(DatasetGenerators.datasets()).withTries(30).checkAssert(d -> {
      assertThat(Dataset.builder().from(d).build()).isEqualTo(d);
      Conference conference = d.conferences().get(0);
      assertThat(d.hierarchy().contains(conference.organiser())).isTrue();
      for (BridgePoint point : conference.bridgePoints()) {
        point.province().ifPresent(p -> assertThat(Provinces.find(p).orElseThrow()
            .existsOn(conference.time().firstDay())).isTrue());
        for (Participant coChair : point.coChairs()) {
          assertThat(d.personnel().postsHeldOn(coChair.person(), conference.time().firstDay()))
              .extracting(post -> post.id()).containsAll(coChair.posts());
        }
      }
      assertThat(conference.citedDocuments()).allSatisfy(r -> assertThat(
          d.registry().resolve(r, conference.time().lastDay()).isFound()).isTrue());
      Congress congress = (Congress) d.meetings().get(1);
      assertThat(congress.leaders()).isNotEmpty().allSatisfy(leader -> assertThat(d.tenures()).anySatisfy(t -> {
        assertThat(t.person()).isEqualTo(leader.person());
        assertThat(t.post()).isEqualTo(leader.post());
        assertThat(t.basis()).isEqualTo(leader.basis());
        assertThat(t.validity().start()).contains(congress.time().firstDay());
      }));
      assertThat(congress.leaders()).filteredOn(l -> l.basis() == TenureBasis.APPOINTED)
          .allSatisfy(l -> assertThat(l.decision()).isPresent());
    });
  }

  @Test
  void validateListsWhatBuildWouldThrowWithoutThrowing() {
    Property.forAll(DatasetGenerators.datasets()).withTries(20).checkAssert(d -> {
      assertThat(Dataset.builder().from(d).validate()).isEmpty();
      assertThat(Dataset.builder().from(d).addAllChanges(PartyBodies.changes()).validate()).isEmpty();
      // The changes name bodies the dataset no longer holds: reported with paths, not thrown.
      Dataset.Builder broken = Dataset.builder().from(d).bodies(d.bodies().stream()
          .filter(b -> PartyBodies.history().endOf(b.id()).isEmpty()).collect(ImmutableList.toImmutableList()))
          .addAllChanges(PartyBodies.changes());
      List<Violation> violations = broken.validate();
      assertThat(violations).isNotEmpty().extracting(Violation::rule).contains(BodyHistory.UNKNOWN_BODY);
      assertThat(violations).filteredOn(v -> v.rule().equals(BodyHistory.UNKNOWN_BODY))
          .allSatisfy(v -> assertThat(v.path()).startsWith("changes["));
      assertThatThrownBy(broken::build).isInstanceOf(ValidationException.class);
    });
  }

  DatasetPropertiesTest() {
    super(100, Dataset.class);
  }

  @Override
  protected List<Mutation> mutations() {
    return DatasetMutations.all();
  }

  @Override
  protected List<Rule> rulesDeclaredElsewhere() {
    // A conference moved before a document it cites breaks the document look-up's rule.
    return List.of(Lookup.CITED_BEFORE_ISSUE);
  }
}
