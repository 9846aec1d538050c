package io.github.cpvmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.document.ForceStatus;
import io.github.cpvmodel.document.IssueDate;
import io.github.cpvmodel.document.Lookup;
import io.github.cpvmodel.meeting.BridgePointCount;
import io.github.cpvmodel.meeting.Direction;
import io.github.cpvmodel.meeting.MeetingReference;
import io.github.cpvmodel.meeting.NamedEvent;
import io.github.cpvmodel.mention.Mention;
import io.github.cpvmodel.mention.MentionContext;
import io.github.cpvmodel.mention.MentionFinder;
import io.github.cpvmodel.mention.MentionKind;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.Ratio;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.RollUp;
import io.github.cpvmodel.progress.RollUpResult;
import io.github.cpvmodel.progress.ValueKind;
import io.github.cpvmodel.progress.YesNo;
import io.github.cpvmodel.reference.NationalCongresses;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.reference.PartyPosts;
import io.github.cpvmodel.reference.Province;
import io.github.cpvmodel.reference.Provinces;
import io.github.cpvmodel.testkit.VocabularyGenerators;
import io.github.cpvmodel.testkit.document.DocumentMutations;
import io.github.cpvmodel.testkit.property.Property;
import io.github.cpvmodel.testkit.text.TextGenerators;
import io.github.cpvmodel.text.VietnameseText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code of README.md, statement for statement, with what its comments promise asserted. */
class ReadmeExamplesTest {
  @Test
  void quickStart() {
    LocalDate day = LocalDate.of(2019, 9, 30);
    assertThat(Provinces.on(day)).hasSize(63);
    assertThat(Provinces.on(LocalDate.of(2025, 7, 1))).hasSize(34);
    assertThat(Provinces.byName("DONG NAI", day).code()).isEqualTo("75");
    DocumentNumber number = DocumentNumber.parse("205- QĐ/TW");
    assertThat(number.toString()).isEqualTo("205-QĐ/TW");
    assertThat(number.original()).contains("205- QĐ/TW");
    ReportingPeriod nineMonths = ReportingPeriod.parseLabel("9 tháng đầu năm 2019");
    assertThat(nineMonths.toString()).isEqualTo("2019-01-01/P9M");
    assertThat(NationalCongresses.termOn(day).orElseThrow().label().vi()).isEqualTo("khóa XII");
    assertThat(PartyBodies.provincialOrganisationsOn(day)).hasSize(63);
    assertThatThrownBy(() -> Validity.parse("2025-07-01/2025-06-30"))
        .isInstanceOf(IllegalArgumentException.class)
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations().get(0).rule().code()).isEqualTo("validity.order"));
  }

  @Test
  void bodiesAndReferenceData() {
    LocalDate merger = LocalDate.of(2025, 7, 1);
    Province binhPhuoc = Provinces.byCode("70", LocalDate.of(2019, 9, 30));
    assertThat(Provinces.successorsOn(binhPhuoc, merger)).singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo("Đồng Nai"))
        .satisfies(p -> assertThat(p.validity().start()).contains(merger));
    assertThat(PartyBodies.provincialOrganisationsOn(merger)).hasSize(34);
    assertThat(PartyBodies.history().successors(PartyBodies.ECONOMIC_COMMISSION))
        .containsExactly(Id.of("cc/policy-strategy-commission"));
    assertThat(PartyBodies.directOrganisationsOn(merger)).hasSize(40)
        .filteredOn(b -> !PartyBodies.isProvincialOrganisation(b)).hasSize(6);
  }

  @Test
  void postsAndProvinces() {
    LocalDate day = LocalDate.of(2019, 9, 30);
    assertThat(PartyPosts.find(PartyBodies.ORGANISATION_COMMISSION, PostRole.HEAD).orElseThrow()
        .title().vi()).isEqualTo("Trưởng Ban Tổ chức Trung ương");
    assertThat(PartyPosts.find(PartyPosts.POLITBURO_MEMBER).orElseThrow().title().vi())
        .isEqualTo("Ủy viên Bộ Chính trị");
    assertThat(PartyBodies.provinceOn(Id.of("party/binh-phuoc/committee"), day)
        .orElseThrow().code()).isEqualTo("70");
    assertThat(PartyBodies.provinceOn(Id.of("party/binh-phuoc/committee"), day).orElseThrow().name())
        .isEqualTo("Bình Phước");
    assertThat(PartyBodies.committeeOn(Id.of("province/dong-nai"), day)
        .orElseThrow().name().vi()).isEqualTo("Tỉnh ủy Đồng Nai");
  }

  @Test
  void datasetReceivedFromOthers() {
    Dataset.Builder received = Dataset.builder()
        .addReferenceData()
        .addTenures(Tenure.of(Id.of("person/unknown"), PartyPosts.POLITBURO_MEMBER,
            Validity.startingOn(LocalDate.of(2019, 9, 30)), TenureBasis.ELECTED));
    assertThat(received.validate().get(0).path()).isEqualTo("tenures[0].person");
    assertThat(Dataset.builder().addReferenceData().validate()).isEmpty();
    assertThat(Dataset.builder().addReferenceData().build().posts()).isNotEmpty();
  }

  @Test
  void partyDocuments() {
    DocumentNumber number = DocumentNumber.parse("205- QĐ/TW");
    assertThat(number.types()).containsExactlyInAnyOrder(DocumentType.DECISION, DocumentType.REGULATION);
    DocumentRegistry documents = PartyDocuments.registry();
    DocumentReference directive35 = DocumentReference.parse("Chỉ thị 35");
    assertThat(documents.resolve(directive35).outcome()).isEqualTo(Lookup.Outcome.AMBIGUOUS);
    assertThat(documents.resolve(directive35, LocalDate.of(2019, 9, 30)).document().orElseThrow().issued())
        .isEqualTo(IssueDate.of(LocalDate.of(2019, 5, 30)));
    Document of2024 = documents.resolve(directive35, LocalDate.of(2025, 6, 1)).document().orElseThrow();
    assertThat(of2024.key()).isEqualTo(PartyDocuments.DIRECTIVE_35_OF_2024);
    assertThat(of2024.statusOn(LocalDate.of(2025, 6, 1))).isEqualTo(ForceStatus.NOT_IN_FORCE);
    assertThat(documents.resolve(DocumentReference.parse("Nghị quyết Trung ương 4 khóa XII")).document()
        .orElseThrow().number()).contains(DocumentNumber.parse("04-NQ/TW"));
    assertThat(DocumentReference.parse("Quyết định của Bộ Chính trị ngày 30/6/2025").number()).isEmpty();
  }

  @Test
  void meetingsAndEvents() {
    ReportingPeriod term = ReportingPeriod.parseLabel("nhiệm kỳ 2020–2025");
    assertThat(term.toString()).isEqualTo("2020/2025");
    assertThat(term).isEqualTo(ReportingPeriod.closed(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31)));
    assertThat(term.label().vi()).isEqualTo("giai đoạn 2020-2025");
    assertThat(term.termLabel().orElseThrow().vi()).isEqualTo("nhiệm kỳ 2020-2025");
    assertThat(ReportingPeriod.parseLabel("10 năm 2011-2020").countedLabel().orElseThrow().en())
        .contains("10 years 2011-2020");
    MeetingReference plenum8 = MeetingReference.plenum(PartyBodies.CENTRAL_COMMITTEE, 13, 8);
    MeetingReference congressXiv = MeetingReference.congress(PartyBodies.CENTRAL_COMMITTEE, 14);
    NamedEvent elections = NamedEvent.of(LocalizedName.of(
        "Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031"));
    Direction direction = Direction.builder()
        .text(LocalizedName.of("Chuẩn bị tốt Đại hội XIV và cuộc bầu cử"))
        .addMeetings(plenum8, congressXiv)
        .addEvent(elections)
        .build();
    assertThat(elections.within()).isEmpty();
    assertThat(direction.meetings()).containsExactly(plenum8, congressXiv);
    Dataset dataset = Dataset.builder().addAllBodies(PartyBodies.all())
        .addMeetings(NationalCongresses.byOrdinal(14)).build();
    assertThat(dataset.findMeeting(congressXiv)).contains(NationalCongresses.byOrdinal(14));
    assertThat(dataset.findMeeting(plenum8)).isEmpty();
    BridgePointCount communes = BridgePointCount.of(BodyLevel.GRASSROOTS, 3321);
    assertThat(communes.level()).isEqualTo(BodyLevel.GRASSROOTS);
  }

  @Test
  void progressReporting() {
    ReportingPeriod period = ReportingPeriod.parseLabel("9 tháng đầu năm 2019");
    assertThat(period.label().en()).contains("first 9 months of 2019");
    assertThat(ReportingPeriod.parseLabel("quý IV năm 2019").toString()).isEqualTo("2019-Q4");
    Indicator planBuilt = Indicator.of(Id.of("congress-preparation/plan-built"),
        LocalizedName.of("Đã xây dựng kế hoạch"), LocalizedName.of("Cấp ủy đã ban hành kế hoạch"), ValueKind.YES_NO);
    RollUpResult result = PartyBodies.provincialOrganisationsOn(period.end()).stream()
        .map(b -> Observation.of(planBuilt.id(), b.id(), period, YesNo.YES, ObservationStatus.FINAL))
        .collect(RollUp.of(PartyBodies.hierarchy(), PartyBodies.CENTRAL_COMMITTEE, period.end())
            .onlyChildren(PartyBodies::isProvincialOrganisation)
            .collector(planBuilt, period));
    assertThat(result.value()).contains(Ratio.of(63, 63));
    assertThat(result.missing()).isEmpty();
    assertThat(result.unknownSubjects()).isEmpty();
  }

  @Test
  void findingWhatATextCites() {
    MentionContext context = MentionContext.on(LocalDate.of(2019, 9, 30));
    List<Mention> mentions = MentionFinder.of(context).find(
        "Đến nay, 63/63 tỉnh, thành phố trực thuộc đã triển khai Chỉ thị 35 của Bộ Chính trị trong quý IV.");
    assertThat(mentions).extracting(Mention::kind)
        .containsExactly(MentionKind.FIGURE, MentionKind.DOCUMENT, MentionKind.PERIOD);
    assertThat(mentions.get(0).counted()).contains("tỉnh, thành phố trực thuộc");
    assertThat(mentions.get(1).surface()).isEqualTo("Chỉ thị 35 của Bộ Chính trị");
    assertThat(mentions.get(1).resolution().documents().get(0).key()).isEqualTo(PartyDocuments.DIRECTIVE_35_OF_2019);
    assertThat(mentions.get(2).period()).contains(ReportingPeriod.parse("2019-Q4"));
  }

  @Test
  void propertyTests() {
    Property.forAll(VocabularyGenerators.validities())
        .check(v -> Validity.parse(v.toString()).equals(v));
    Property.forAll(TextGenerators.placeNames().flatMap(name ->
            TextGenerators.awkwardVariants(name).map(variant -> List.of(name, variant))))
        .check(pair -> VietnameseText.matches(pair.get(0), pair.get(1)));
    Property.rejects(DocumentMutations.all());
  }
}
