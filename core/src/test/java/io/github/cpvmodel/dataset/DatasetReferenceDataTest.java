package io.github.cpvmodel.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.Violation;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyHistory;
import io.github.cpvmodel.meeting.Congress;
import io.github.cpvmodel.meeting.ElectedBody;
import io.github.cpvmodel.meeting.MeetingTime;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.reference.NationalCongresses;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.reference.PartyPosts;
import io.github.cpvmodel.reference.Province;
import io.github.cpvmodel.reference.Provinces;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference data added in one call, body changes in a dataset, the non-throwing check and terms of committees. */
class DatasetReferenceDataTest {
  private static final LocalDate SEED_DAY = LocalDate.of(2019, 9, 30);

  @Test
  void oneCallAddsEveryBuiltInValueConsistently() {
    Dataset reference = Dataset.builder().addReferenceData().build();

    assertThat(reference.bodies()).containsExactlyElementsOf(PartyBodies.all());
    assertThat(reference.changes()).containsExactlyElementsOf(PartyBodies.changes());
    assertThat(reference.posts()).containsExactlyElementsOf(PartyPosts.all());
    assertThat(reference.meetings()).containsExactlyElementsOf(NationalCongresses.all());
    assertThat(reference.terms()).containsExactlyElementsOf(NationalCongresses.terms());
    assertThat(reference.documents()).containsExactlyElementsOf(PartyDocuments.registry().documents());
    assertThat(reference.relations()).containsExactlyElementsOf(PartyDocuments.registry().relations());
    assertThat(Dataset.builder().addReferenceData().validate()).isEmpty();
  }

  @Test
  void usersAddWhoHeldTheBuiltInSeats() {
    Person chinh = Person.of(Id.of("person/pham-minh-chinh"), "Phạm Minh Chính");
    Dataset dataset = Dataset.builder().addReferenceData().addPeople(chinh)
        .addTenures(Tenure.of(chinh.id(), PartyPosts.POLITBURO_MEMBER, Validity.parse("2016-01-27/2021-01-31"),
            TenureBasis.ELECTED))
        .build();
    assertThat(dataset.personnel().postsHeldOn(chinh.id(), SEED_DAY)).extracting(p -> p.title().vi())
        .containsExactly("Ủy viên Bộ Chính trị");
  }

  @Test
  void validateListsWhatBuildThrows() {
    Dataset.Builder builder = Dataset.builder().addReferenceData()
        .addTenures(Tenure.of(Id.of("person/unknown"), PartyPosts.POLITBURO_MEMBER,
            Validity.startingOn(SEED_DAY), TenureBasis.ELECTED));

    List<Violation> violations = builder.validate();

    assertThat(violations).isNotEmpty();
    assertThat(violations.get(0).path()).isEqualTo("tenures[0].person");
    assertThatThrownBy(builder::build).isInstanceOf(ValidationException.class)
        .asInstanceOf(type(ValidationException.class))
        .satisfies(e -> assertThat(e.violations()).isEqualTo(violations));
  }

  @Test
  void bodyChangesAreCheckedWithTheBodies() {
    BodyChange unknown = BodyChange.builder().kind(BodyChange.Kind.DISSOLVED).date(SEED_DAY)
        .addPredecessor(Id.of("party/no-such-body")).build();
    List<Violation> violations = Dataset.builder().addAllBodies(PartyBodies.all()).addChanges(unknown).validate();
    assertThat(violations).extracting(Violation::path, v -> v.rule())
        .containsExactly(org.assertj.core.api.Assertions.tuple("changes[0].predecessors[0]",
            BodyHistory.UNKNOWN_BODY));

    BodyChange early = BodyChange.builder().kind(BodyChange.Kind.DISSOLVED).date(SEED_DAY)
        .addPredecessor(PartyBodies.EXTERNAL_RELATIONS_COMMISSION).build();
    assertThat(Dataset.builder().addAllBodies(PartyBodies.all()).addChanges(early).validate())
        .extracting(v -> v.rule()).containsExactly(BodyHistory.PREDECESSOR_END);

    // A body ended twice cannot be a history: reported with the rest, not thrown from inside the check.
    assertThat(Dataset.builder().addAllBodies(PartyBodies.all()).addAllChanges(PartyBodies.changes())
        .addChanges(PartyBodies.changes().get(0)).validate())
        .extracting(v -> v.rule()).contains(BodyHistory.ENDED_TWICE);
  }

  @Test
  void aTermOfAProvincialCommitteeIsOpenedByItsOrganisationsCongress() {
    Province dongNai = Provinces.byCode("75", SEED_DAY);
    Id organisation = PartyBodies.organisationOf(dongNai).id();
    Id committee = PartyBodies.committeeOf(dongNai).id();
    Congress congress = Congress.builder().id(organisation.child("congress/11")).body(organisation).ordinal(11)
        .time(MeetingTime.of(LocalDate.of(2020, 10, 13), LocalDate.of(2020, 10, 15)))
        .addElected(ElectedBody.of(committee, 53)).build();
    Term term = Term.builder().id(committee.child("term/11")).body(committee).number(11).congress(congress.id())
        .validity(Validity.startingOn(LocalDate.of(2020, 10, 16))).build();

    assertThat(Dataset.builder().addAllBodies(PartyBodies.all()).addMeetings(congress).addTerms(term).validate())
        .isEmpty();

    Id another = PartyBodies.organisationOf(Provinces.byCode("70", SEED_DAY)).id();
    Congress elsewhere = Congress.builder().from(congress).id(another.child("congress/11")).body(another).build();
    assertThat(Dataset.builder().addAllBodies(PartyBodies.all()).addMeetings(elsewhere)
        .addTerms(Term.builder().from(term).congress(elsewhere.id()).build()).validate())
        .extracting(Violation::path, v -> v.rule())
        .containsExactly(org.assertj.core.api.Assertions.tuple("terms[0].congress", Dataset.TERM_CONGRESS));
  }
}
