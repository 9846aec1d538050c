package io.github.cpvmodel.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.Violation;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.body.ParentLink;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentNumber;
import io.github.cpvmodel.document.DocumentRegistry;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.meeting.Congress;
import io.github.cpvmodel.meeting.MeetingReference;
import io.github.cpvmodel.meeting.MeetingTime;
import io.github.cpvmodel.meeting.Plenum;
import io.github.cpvmodel.mention.Resolution.Outcome;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.reference.Provinces;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the finder finds of each kind, and how each resolves or why not. */
class MentionFinderTest {
  private static final LocalDate DAY = LocalDate.of(2019, 9, 30);
  private static final LocalDate MERGED = LocalDate.of(2025, 7, 1);

  private static List<Mention> find(LocalDate day, String text) {
    return MentionFinder.of(MentionContext.on(day)).find(text);
  }

  /** Kind, surface, outcome and targets of every mention. */
  private static List<String> described(MentionContext context, String text) {
    return MentionFinder.of(context).find(text).stream().map(m -> m.kind().code() + " '" + m.surface() + "' "
        + m.resolution().outcome() + " " + m.resolution().targets()).toList();
  }

  private static List<String> described(LocalDate day, String text) {
    return described(MentionContext.on(day), text);
  }

  private static Mention only(LocalDate day, String text) {
    List<Mention> mentions = find(day, text);
    assertThat(mentions).as("mentions in %s", text).hasSize(1);
    return mentions.get(0);
  }

  @Nested
  class Documents {
    @Test
    void aCitationRunsThroughItsDateItsIssuerAndTheIssuersTermWhichDecidesWhatItMeans() {
      String text = "Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị (khóa XII) về đại hội";
      Mention directive = only(LocalDate.of(2025, 6, 1), text);
      assertThat(directive.surface()).isEqualTo("Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị (khóa XII)");
      assertThat(directive.term()).isEqualTo(OptionalInt.of(12));
      assertThat(directive.documents()).singleElement().hasToString("Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị");
      assertThat(directive.resolution().documents()).extracting(Document::key)
          .containsExactly(PartyDocuments.DIRECTIVE_35_OF_2019);
      assertThat(directive.resolution().reason()).endsWith("issued in term 12");
    }

    @Test
    void aNumberAloneMeansTheDocumentOfTheTermOfTheDayOrIsAmbiguousWithoutADay() {
      assertThat(only(LocalDate.of(2025, 6, 1), "theo Chỉ thị 35 của Bộ Chính trị").resolution().documents())
          .extracting(Document::key).containsExactly(PartyDocuments.DIRECTIVE_35_OF_2024);
      Resolution undated = MentionFinder.of(MentionContext.undated()).find("theo Chỉ thị 35").get(0).resolution();
      assertThat(undated.outcome()).isEqualTo(Outcome.AMBIGUOUS);
      assertThat(undated.documents()).extracting(Document::key)
          .containsExactly(PartyDocuments.DIRECTIVE_35_OF_2019, PartyDocuments.DIRECTIVE_35_OF_2024);
    }

    @Test
    void aDocumentCitedBeforeItWasIssuedOrUnknownSaysSo() {
      Resolution early = only(LocalDate.of(2024, 1, 1), "Chỉ thị 45-CT/TW").resolution();
      assertThat(early.outcome()).isEqualTo(Outcome.CITED_BEFORE_ISSUE);
      assertThat(early.documents()).extracting(Document::key).containsExactly(PartyDocuments.DIRECTIVE_45);
      Resolution unknown = only(DAY, "thực hiện Chỉ thị 999 về").resolution();
      assertThat(unknown.outcome()).isEqualTo(Outcome.UNKNOWN);
      assertThat(unknown.reason()).isEqualTo("no document of the registry matches 'Chỉ thị 999'");
    }

    @Test
    void aBareNumberAndTheCharterAndThePlatformByNameAreCitations() {
      assertThat(described(DAY, "theo 205-QĐ/TW, Điều lệ Đảng và Cương lĩnh xây dựng đất nước trong thời kỳ quá "
          + "độ lên chủ nghĩa xã hội.")).containsExactly(
          "document '205-QĐ/TW' RESOLVED [205-QĐ/TW ngày 23/9/2019]",
          "document 'Điều lệ Đảng' RESOLVED [Điều lệ Đảng từ ngày 12/1/2011 đến ngày 19/1/2011]",
          "document 'Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội' RESOLVED "
              + "[Cương lĩnh chính trị từ ngày 12/1/2011 đến ngày 19/1/2011]");
    }

    @Test
    void aTypeWithNoNumberAndNoOccasionCitesNoDocument() {
      assertThat(described(DAY, "các nghị quyết, chỉ thị và Quyết định của Bộ Chính trị ngày 30/6/2019; Điều lệ "
          + "Hội Nông dân")).containsExactly("body 'Bộ Chính trị' RESOLVED [cc/politburo]");
    }

    @Test
    void aLocalIssuerBelongsToTheCitationAndPicksTheDocumentAmongNamesakes() {
      Document dongNai = resolution21(PartyBodies.committeeOf(Provinces.byName("Đồng Nai", DAY)).id());
      Document binhDuong = resolution21(PartyBodies.committeeOf(Provinces.byName("Bình Dương", DAY)).id());
      MentionContext context = MentionContext.on(DAY).withRegistry(DocumentRegistry.of(List.of(dongNai, binhDuong),
          List.of()));
      Mention cited = MentionFinder.of(context).find("Nghị quyết 21-NQ/TU của Tỉnh ủy Đồng Nai về").get(0);
      assertThat(cited.surface()).isEqualTo("Nghị quyết 21-NQ/TU của Tỉnh ủy Đồng Nai");
      assertThat(cited.resolution().documents()).containsExactly(dongNai);
      assertThat(MentionFinder.of(context).find("Nghị quyết 21-NQ/TU").get(0).resolution().outcome())
          .isEqualTo(Outcome.AMBIGUOUS);
    }

    private Document resolution21(Id issuer) {
      return Document.builder().number(DocumentNumber.parse("21-NQ/TU")).type(DocumentType.RESOLUTION)
          .issuingBody(issuer).issued(LocalDate.of(2018, 3, 1)).title(LocalizedName.of("về công tác cán bộ")).build();
    }
  }

  @Nested
  class Periods {
    @Test
    void aLabelWithoutItsYearTakesTheYearOfTheTextsDay() {
      Mention quarter = only(DAY, "trong quý IV, ngành");
      assertThat(quarter.period()).map(ReportingPeriod::toString).contains("2019-Q4");
      assertThat(quarter.resolution().reason()).isEqualTo("the year of the text's day, 2019");
      assertThat(only(DAY, "kết quả 6 tháng đầu năm.").period()).map(ReportingPeriod::toString).contains("2019-H1");
    }

    @Test
    void anUndatedTextLeavesTheYearUnknown() {
      Mention quarter = MentionFinder.of(MentionContext.undated()).find("trong quý IV, ngành").get(0);
      assertThat(quarter.kind()).isEqualTo(MentionKind.PERIOD);
      assertThat(quarter.surface()).isEqualTo("quý IV");
      assertThat(quarter.period()).isEmpty();
      assertThat(quarter.resolution().outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"trong năm nay và năm tới", "ngày 30 tháng 9 năm 2019", "ngày 30/9/2019",
        "Chiều 30-9, Thứ Hai, 30/09/2019 (GMT+7)", "từ đầu năm đến nay", "giai đoạn mới", "5 năm qua"})
    void aDayOrAVagueSpanIsNoPeriod(String text) {
      assertThat(find(DAY, text)).isEmpty();
    }
  }

  @Nested
  class BodiesAndProvinces {
    @Test
    void aNameMeansWhatItMeantOnTheDayOfEitherEra() {
      assertThat(described(DAY, "Tỉnh ủy Đồng Nai, Tỉnh ủy Bình Phước")).containsExactly(
          "body 'Tỉnh ủy Đồng Nai' RESOLVED [party/dong-nai/committee]",
          "body 'Tỉnh ủy Bình Phước' RESOLVED [party/binh-phuoc/committee]");
      assertThat(described(MERGED, "Tỉnh ủy Đồng Nai, Tỉnh ủy Bình Phước")).containsExactly(
          "body 'Tỉnh ủy Đồng Nai' RESOLVED [party/dong-nai-2025/committee]",
          "body 'Tỉnh ủy Bình Phước' UNKNOWN []");
      assertThat(find(MERGED, "tỉnh Bình Phước").get(0).resolution().reason())
          .startsWith("no province so named existed on 2025-07-01; it named 70 Tỉnh Bình Phước 2008-08-01/2025-06-30");
    }

    @Test
    void aNameWithoutItsPlaceMeansThePlaceOfTheContextOrThePlaceNamedLast() {
      Resolution alone = only(DAY, "Tỉnh ủy đã ban hành").resolution();
      assertThat(alone.outcome()).isEqualTo(Outcome.AMBIGUOUS);
      assertThat(alone.bodies()).hasSize(58).allSatisfy(body -> assertThat(body.name().vi()).startsWith("Tỉnh ủy "));
      MentionContext dongNai = MentionContext.on(DAY).withPlace(Provinces.byName("Đồng Nai", DAY));
      assertThat(described(dongNai, "Tỉnh ủy đã ban hành"))
          .containsExactly("body 'Tỉnh ủy' RESOLVED [party/dong-nai/committee]");
      assertThat(described(DAY, "tại điểm cầu Tiền Giang, Ban Thường vụ Tỉnh ủy")).containsExactly(
          "province 'Tiền Giang' RESOLVED [province/tien-giang]",
          "body 'Ban Thường vụ Tỉnh ủy' RESOLVED [party/tien-giang/committee/standing-board]");
    }

    @Test
    void severalBodiesOfEveryPlaceAreNoMention() {
      assertThat(find(DAY, "các Tỉnh ủy, Thành ủy và Đảng ủy trực thuộc Trung ương")).isEmpty();
    }

    @Test
    void aProvinceIsNamedWithOrWithoutItsPrefixAndItsBareNameWithCapitals() {
      assertThat(described(DAY, "tỉnh Đồng Nai, TP. Hồ Chí Minh, Thành phố Hà Nội, tỉnh Bà Rịa - Vũng Tàu, Hòa Bình"))
          .containsExactly("province 'tỉnh Đồng Nai' RESOLVED [province/dong-nai]",
              "province 'TP. Hồ Chí Minh' RESOLVED [province/ho-chi-minh]",
              "province 'Thành phố Hà Nội' RESOLVED [province/ha-noi]",
              "province 'tỉnh Bà Rịa - Vũng Tàu' RESOLVED [province/ba-ria-vung-tau]",
              "province 'Hòa Bình' RESOLVED [province/hoa-binh]");
      assertThat(find(DAY, "học tập tư tưởng Hồ Chí Minh vì hòa bình")).isEmpty();
    }
  }

  @Nested
  class MeetingsAndTerms {
    @Test
    void aCongressResolvesToTheBuiltInOneAndAPlenumToTheDatasetsIfItHoldsIt() {
      assertThat(described(DAY, "tiến tới Đại hội XIII của Đảng; Hội nghị Trung ương 4 khóa XII")).containsExactly(
          "meeting 'Đại hội XIII của Đảng' RESOLVED [cc/congress/13]",
          "meeting 'Hội nghị Trung ương 4 khóa XII' UNKNOWN []");
      Plenum plenum = Plenum.builder().id(Id.of("cc/term/12/plenum/4")).body(PartyBodies.CENTRAL_COMMITTEE).term(12)
          .ordinal(4).time(MeetingTime.of(LocalDate.of(2016, 10, 9), LocalDate.of(2016, 10, 12))).build();
      Dataset dataset = Dataset.builder().addReferenceData().addMeetings(plenum).build();
      assertThat(described(MentionContext.on(DAY).withDataset(dataset), "Hội nghị Trung ương 4 khóa XII"))
          .containsExactly("meeting 'Hội nghị Trung ương 4 khóa XII' RESOLVED [cc/term/12/plenum/4]");
    }

    @Test
    void aProvincialCongressIsTheCongressOfTheOrganisationNamed() {
      String text = "Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ XI, nhiệm kỳ 2020-2025";
      List<Mention> mentions = find(DAY, text);
      assertThat(mentions).extracting(Mention::surface)
          .containsExactly("Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ XI", "nhiệm kỳ 2020-2025");
      assertThat(mentions.get(0).meetings()).containsExactly(MeetingReference.congress(Id.of("party/dong-nai"), 11));
      Congress congress = Congress.builder().id(Id.of("party/dong-nai/congress/11")).body(Id.of("party/dong-nai"))
          .ordinal(11).time(MeetingTime.of(LocalDate.of(2020, 10, 14), LocalDate.of(2020, 10, 16))).build();
      Dataset dataset = Dataset.builder().addReferenceData().addMeetings(congress).build();
      assertThat(MentionFinder.of(MentionContext.on(LocalDate.of(2020, 10, 20)).withDataset(dataset)).find(text)
          .get(0).resolution().meetings()).containsExactly(congress);
    }

    @Test
    void aTermOnItsOwnIsTheTermOfTheBodyBeforeIt() {
      assertThat(described(DAY, "Bộ Chính trị khóa XII; đại biểu Quốc hội khóa XV")).containsExactly(
          "body 'Bộ Chính trị' RESOLVED [cc/politburo]",
          "term 'khóa XII' RESOLVED [cc/term/12]",
          "term 'khóa XV' UNKNOWN []");
    }
  }

  @Nested
  class Posts {
    @Test
    void aPostIsItsTitleOrARoleAndTheBodyItIsHeldIn() {
      assertThat(described(DAY, "đồng chí Tô Lâm, Tổng Bí thư; Thường trực Ban Bí thư; Phó Bí thư Tỉnh ủy Sơn La; "
          + "Trưởng Ban Tổ chức Trung ương; Phó Bí thư Quân ủy Trung ương")).containsExactly(
          "post 'Tổng Bí thư' RESOLVED [cc/general-secretary]",
          "post 'Thường trực Ban Bí thư' RESOLVED [cc/secretariat/permanent-member]",
          "post 'Phó Bí thư Tỉnh ủy Sơn La' RESOLVED [party/son-la/committee/deputy-secretary]",
          "post 'Trưởng Ban Tổ chức Trung ương' RESOLVED [cc/organisation-commission/head]",
          "post 'Phó Bí thư Quân ủy Trung ương' UNKNOWN [party/army/committee]");
    }

    @Test
    void aPostWithoutItsPlaceIsThatOfThePlaceAndAStatePostIsKnownAsOne() {
      MentionContext sonLa = MentionContext.on(DAY).withPlace(Provinces.byName("Sơn La", DAY));
      assertThat(described(sonLa, "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc "
          + "hội tỉnh Sơn La")).containsExactly(
          "post 'Ủy viên Ban Chấp hành Trung ương Đảng' RESOLVED [cc/member]",
          "post 'Bí thư Tỉnh ủy' RESOLVED [party/son-la/committee/secretary]",
          "post 'Trưởng Đoàn đại biểu Quốc hội tỉnh Sơn La' UNKNOWN []");
    }
  }

  @Nested
  class Figures {
    @Test
    void aRatioOrAPercentageWithWhatItCountsWhenTheWordsAfterItSay() {
      List<Mention> figures = find(DAY, "Đến nay, 63/63 tỉnh, thành phố trực thuộc đã xây dựng kế hoạch; đạt 95,5%.");
      assertThat(figures).extracting(Mention::surface).containsExactly("63/63", "95,5%");
      assertThat(figures.get(0).figure()).contains(ObservedValue.parse("63/63"));
      assertThat(figures.get(0).counted()).contains("tỉnh, thành phố trực thuộc");
      assertThat(figures.get(1).figure()).contains(ObservedValue.parse("95.5%"));
      assertThat(figures.get(1).counted()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sáng 30/9", "ngày 9/10", "30/09/2019", "9/8 lần", "101% kế hoạch", "có 63 tỉnh"})
    void aDateOrAnImpossibleValueIsNoFigure(String text) {
      assertThat(find(DAY, text)).isEmpty();
    }
  }

  @Test
  void theBodiesOfAHierarchyGivenAreFoundByTheirNames() {
    Body steering = Body.of(Id.of("party/dong-nai/committee/steering-35"), BodyKind.STEERING_COMMITTEE,
        BodyLevel.PROVINCIAL, LocalizedName.of("Ban Chỉ đạo 35 Tỉnh ủy Đồng Nai"), Validity.startingOn(
            LocalDate.of(2019, 1, 1))).withParents(ParentLink.of(Id.of("party/dong-nai/committee"),
                Validity.startingOn(LocalDate.of(2019, 1, 1))));
    MentionContext context = MentionContext.on(DAY).withHierarchy(PartyBodies.hierarchy().plus(List.of(steering)));
    assertThat(described(context, "theo Ban Chỉ đạo 35 Tỉnh ủy Đồng Nai"))
        .containsExactly("body 'Ban Chỉ đạo 35 Tỉnh ủy Đồng Nai' RESOLVED [party/dong-nai/committee/steering-35]");
    assertThat(described(DAY, "theo Ban Chỉ đạo 35 Tỉnh ủy Đồng Nai"))
        .containsExactly("body 'Tỉnh ủy Đồng Nai' RESOLVED [party/dong-nai/committee]");
  }

  @Test
  void rejectsATextLongerThanAnArticleAtOnce() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> find(DAY, "a".repeat(TextKind.ARTICLE.maxLength() + 1)));
    assertThat(e.violations()).extracting(Violation::rule).containsExactly(TextKind.LENGTH);
    assertThat(find(DAY, "")).isEmpty();
  }

  @Test
  void theContextSaysWhatTheFinderResolvesAgainst() {
    MentionFinder finder = MentionFinder.of(MentionContext.on(DAY));
    assertThat(finder.context().day()).contains(DAY);
    assertThat(finder).hasToString("MentionFinder on 2019-09-30");
    assertThat(MentionContext.on(DAY).withDay(MERGED)).isEqualTo(MentionContext.on(MERGED));
    assertThat(MentionKind.parse("document")).isEqualTo(MentionKind.DOCUMENT);
    assertThat(Outcome.parse("cited-before-issue")).isEqualTo(Outcome.CITED_BEFORE_ISSUE);
  }
}
