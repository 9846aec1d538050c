package io.github.cpvmodel.examples;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.json.CpvJson;
import io.github.cpvmodel.meeting.AttendanceMode;
import io.github.cpvmodel.meeting.BridgePoint;
import io.github.cpvmodel.meeting.Conference;
import io.github.cpvmodel.meeting.ConferenceKind;
import io.github.cpvmodel.meeting.Direction;
import io.github.cpvmodel.meeting.MeetingTime;
import io.github.cpvmodel.meeting.PartOfDay;
import io.github.cpvmodel.meeting.Participant;
import io.github.cpvmodel.meeting.ParticipantRole;
import io.github.cpvmodel.person.Person;
import io.github.cpvmodel.person.Personnel;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.PostSector;
import io.github.cpvmodel.person.Tenure;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.progress.Indicator;
import io.github.cpvmodel.progress.Observation;
import io.github.cpvmodel.progress.ObservationStatus;
import io.github.cpvmodel.progress.ReportingPeriod;
import io.github.cpvmodel.progress.RollUp;
import io.github.cpvmodel.progress.RollUpResult;
import io.github.cpvmodel.progress.ValueKind;
import io.github.cpvmodel.progress.YesNo;
import io.github.cpvmodel.reference.PartyBodies;
import io.github.cpvmodel.reference.PartyDocuments;
import io.github.cpvmodel.reference.Province;
import io.github.cpvmodel.reference.Provinces;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The online briefing (<i>Hội nghị giao ban trực tuyến</i>) of the Central Organisation Commission on the
 * afternoon of 30 September 2019, as the newspaper Đồng Nai reported it, built with the public API of cpv-model,
 * checked as a {@link Dataset} and summarised in Vietnamese with English beside it.
 *
 * <p>Everything the reference data knows — the provinces of 2019, the Party bodies, the documents cited — comes
 * from it; only what the article says is typed here: who chaired, the posts named, the co-chairs at the Đồng Nai
 * bridge point, that the sector follows 8 groups of tasks (the article does not name them), the directions, and
 * that every province had built its plan for the congress-preparation subcommittees — recorded as one yes per
 * provincial Party organisation and rolled up to the article's "63/63".
 * The article gives the afternoon, not the hours, and says only that the posts were held that day, so the tenures
 * cover that day alone.
 *
 * <pre>{@code
 * Demonstration.summarise(Demonstration.seed(), System.out);
 * }</pre>
 */
public final class Demonstration {
  /** The day of the briefing. */
  public static final LocalDate DAY = LocalDate.of(2019, 9, 30);

  /** "Has built the plan for the tasks of the congress-preparation subcommittees", the article's 63/63. */
  public static final Indicator PLAN_BUILT = Indicator.of(Id.of("congress-preparation/subcommittee-plan-built"),
      LocalizedName.of("Đã xây dựng kế hoạch triển khai thực hiện nhiệm vụ của các tiểu ban chuẩn bị đại hội Đảng "
          + "các cấp", "Has built the plan for the tasks of the subcommittees preparing the Party congresses"),
      LocalizedName.of("Cấp ủy tỉnh, thành phố đã ban hành kế hoạch triển khai nhiệm vụ của các tiểu ban chuẩn bị "
          + "đại hội", "The provincial Party committee has issued its plan for the congress-preparation "
          + "subcommittees"),
      ValueKind.YES_NO);

  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

  private Demonstration() {}

  /**
   * Writes the seed dataset as JSON, reads it back (which checks it again, as any reader of the JSON does) and
   * prints the summary of the dataset read back to standard output, with the size of its JSON.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    byte[] json = seedJson();
    Dataset back = CpvJson.standard().read(Dataset.class, json);
    summarise(back, out);
    out.println();
    out.printf("JSON: %,d bytes (schemaVersion 1), read back and checked: %s%n", json.length,
        back.equals(seed()) ? "the same dataset" : "A DIFFERENT DATASET");
  }

  /**
   * The seed dataset as canonical, pretty-printed JSON: the fixture other services can compare their output with.
   *
   * @return UTF-8 JSON
   */
  public static byte[] seedJson() {
    return CpvJson.standard().withPretty(true).write(seed());
  }

  /**
   * The briefing with the people, posts and tenures it names and the reference bodies and documents, as one
   * dataset; building it checks every reference and that each post named was held that day.
   *
   * @return the dataset
   */
  public static Dataset seed() {
    Province dongNai = Provinces.byName("Đồng Nai", DAY);
    Id dongNaiCommittee = PartyBodies.committeeOf(dongNai).id();
    Id chinh = Id.of("person/pham-minh-chinh");
    Id cuong = Id.of("person/nguyen-phu-cuong");
    Id ru = Id.of("person/pham-van-ru");
    Post politburo = post(PartyBodies.POLITBURO, PostRole.MEMBER, "Ủy viên Bộ Chính trị", "Member of the Politburo");
    Post secretariat = post(PartyBodies.SECRETARIAT, PostRole.MEMBER, "Bí thư Trung ương Đảng",
        "Secretary of the Party Central Committee");
    Post head = post(PartyBodies.ORGANISATION_COMMISSION, PostRole.HEAD, "Trưởng ban Tổ chức Trung ương",
        "Head of the Central Organisation Commission");
    Post ccMember = post(PartyBodies.CENTRAL_COMMITTEE, PostRole.MEMBER, "Ủy viên Trung ương Đảng",
        "Member of the Party Central Committee");
    Post secretary = post(dongNaiCommittee, PostRole.SECRETARY, "Bí thư Tỉnh ủy Đồng Nai",
        "Secretary of the Đồng Nai Provincial Party Committee");
    Post councilChair = Post.of(Id.of("state/dong-nai/peoples-council/chair"), Id.of("state/dong-nai/peoples-council"),
        PostSector.STATE, PostRole.CHAIR, LocalizedName.of("Chủ tịch Hội đồng nhân dân tỉnh Đồng Nai",
            "Chairman of the Đồng Nai Provincial People's Council"));
    Post standingBoard = post(dongNaiCommittee.child("standing-board"), PostRole.MEMBER,
        "Ủy viên Ban Thường vụ Tỉnh ủy Đồng Nai", "Member of the Standing Board of the Đồng Nai Provincial Party "
            + "Committee");
    Post organisationHead = post(dongNaiCommittee.child("organisation-commission"), PostRole.HEAD,
        "Trưởng ban Tổ chức Tỉnh ủy Đồng Nai", "Head of the Organisation Commission of the Đồng Nai Provincial "
            + "Party Committee");

    Source article = Source.builder()
        .publication("Báo Đồng Nai")
        .title("Tham mưu tốt cho công tác chuẩn bị Đại hội Đảng các cấp")
        .published(DAY)
        .author("Nguyệt Hà")
        .build();
    ReportingPeriod nineMonths = ReportingPeriod.parseLabel("9 tháng đầu năm 2019");

    List<Body> organisationCommissions = new ArrayList<>();
    organisationCommissions.add(PartyBodies.hierarchy().byId(PartyBodies.ORGANISATION_COMMISSION));
    Conference.Builder briefing = Conference.builder()
        .id(PartyBodies.ORGANISATION_COMMISSION.child("meeting/2019-09-30"))
        .kind(ConferenceKind.BRIEFING)
        .title(LocalizedName.of("Hội nghị giao ban trực tuyến Ban Tổ chức Trung ương",
            "Online briefing of the Central Organisation Commission"))
        .organiser(PartyBodies.ORGANISATION_COMMISSION)
        .mode(AttendanceMode.ONLINE)
        .time(MeetingTime.of(DAY, PartOfDay.AFTERNOON))
        .addPeriod(nineMonths)
        .taskGroupCount(8)
        .addParticipant(Participant.of(chinh, ParticipantRole.CHAIR,
            ImmutableList.of(politburo.id(), secretariat.id(), head.id())))
        .addBridgePoint(BridgePoint.builder().central(true).body(PartyBodies.ORGANISATION_COMMISSION).build());
    for (Province province : Provinces.on(DAY)) {
      Body committee = PartyBodies.committeeOf(province);
      BridgePoint.Builder point = BridgePoint.builder().province(province.id()).body(committee.id());
      if (province.equals(dongNai)) {
        point.addParticipant(Participant.of(cuong, ParticipantRole.CO_CHAIR,
                ImmutableList.of(ccMember.id(), secretary.id(), councilChair.id())))
            .addParticipant(Participant.of(ru, ParticipantRole.CO_CHAIR,
                ImmutableList.of(standingBoard.id(), organisationHead.id())));
      }
      briefing.addBridgePoint(point.build());
      PartyBodies.hierarchy().childrenOn(committee.id(), DAY).stream()
          .filter(body -> body.kind() == BodyKind.ADVISORY_COMMISSION)
          .forEach(organisationCommissions::add);
    }
    // The article names the resolutions as "Nghị quyết Trung ương 4 (khóa XI, XII)" and the regulations as those
    // on setting an example; the numbers are those of the reference documents.
    for (String cited : List.of("Chỉ thị 36", "Chỉ thị 35", "Nghị quyết 12-NQ/TW", "Nghị quyết 04-NQ/TW",
        "Chỉ thị 05", "Quy định 08-QĐi/TW", "Quy định 205-QĐ/TW")) {
      briefing.addCitedDocument(DocumentReference.parse(cited));
    }
    briefing
        .addDirection(Direction.builder()
            .text(LocalizedName.of("Tập trung rà soát những nhiệm vụ còn lại, đặc biệt tham mưu tốt cho công tác "
                    + "chuẩn bị đại hội Đảng các cấp, tiến tới Đại hội XIII của Đảng và các nhiệm vụ thường xuyên về "
                    + "công tác cán bộ",
                "Review the remaining tasks, above all advise well on preparing the Party congresses at every level "
                    + "toward the XIII Congress, and the regular tasks of personnel work"))
            .addAllAddressees(organisationCommissions.stream().map(Body::id).collect(ImmutableList.toImmutableList()))
            .period(ReportingPeriod.parseLabel("quý 4 năm 2019"))
            .build())
        .addDirection(Direction.builder()
            .text(LocalizedName.of("Tiếp tục tham mưu thực hiện hiệu quả các nghị quyết Trung ương về công tác tổ "
                    + "chức xây dựng Đảng; đẩy mạnh phân cấp gắn với tăng cường kiểm tra, giám sát và kiểm soát quyền "
                    + "lực, triển khai thực hiện hiệu quả Quy định 205-QĐ/TW",
                "Keep advising on carrying out the Central Committee's resolutions on Party organisation work; "
                    + "decentralise further together with inspection, supervision and control of power, and carry "
                    + "out Regulation 205-QĐ/TW effectively"))
            .addAllAddressees(organisationCommissions.stream().map(Body::id).collect(ImmutableList.toImmutableList()))
            .addDocument(DocumentReference.parse("Quy định 205-QĐ/TW"))
            .build())
        .source(article);

    List<Observation> plans = PartyBodies.provincialOrganisationsOn(DAY).stream()
        .map(organisation -> Observation.builder().indicator(PLAN_BUILT.id()).subject(organisation.id())
            .period(nineMonths).value(YesNo.YES).status(ObservationStatus.FINAL).source(article).build())
        .collect(ImmutableList.toImmutableList());

    List<Post> posts = List.of(politburo, secretariat, head, ccMember, secretary, councilChair, standingBoard,
        organisationHead);
    return Dataset.builder()
        .addAllBodies(PartyBodies.all())
        .addAllDocuments(PartyDocuments.registry().documents())
        .addAllRelations(PartyDocuments.registry().relations())
        .addPeople(Person.of(chinh, "Phạm Minh Chính"), Person.of(cuong, "Nguyễn Phú Cường"),
            Person.of(ru, "Phạm Văn Ru"))
        .addAllPosts(posts)
        .addTenures(
            heldThatDay(chinh, politburo), heldThatDay(chinh, secretariat), heldThatDay(chinh, head),
            heldThatDay(cuong, ccMember), heldThatDay(cuong, secretary), heldThatDay(cuong, councilChair),
            heldThatDay(ru, standingBoard), heldThatDay(ru, organisationHead))
        .addMeetings(briefing.build())
        .addIndicators(PLAN_BUILT)
        .addAllObservations(plans)
        .build();
  }

  private static Post post(Id organ, PostRole role, String vi, String en) {
    return Post.of(organ.child(role.code()), organ, PostSector.PARTY, role, LocalizedName.of(vi, en));
  }

  private static Tenure heldThatDay(Id person, Post post) {
    return Tenure.of(person, post.id(), Validity.onlyOn(DAY), TenureBasis.UNKNOWN);
  }

  /**
   * Prints what a reader of the article would recognise: when, who organised and chaired it with his posts, how
   * many bridge points, the Đồng Nai bridge point and its co-chairs with their posts, the period under review, the
   * groups of tasks, the documents cited and the directions; Vietnamese first, English beside it.
   *
   * @param dataset a dataset holding the briefing
   * @param out where to print
   */
  public static void summarise(Dataset dataset, PrintStream out) {
    Conference briefing = dataset.conferences().get(0);
    BodyHierarchy bodies = dataset.hierarchy();
    Personnel personnel = dataset.personnel();
    LocalDate day = briefing.time().firstDay();
    line(out, "", briefing.title());
    out.println();
    line(out, "Thời gian / Time: ", briefing.time().label());
    line(out, "Đơn vị tổ chức / Organiser: ", bodies.byId(briefing.organiser()).name());
    line(out, "Hình thức / Mode: ", briefing.mode().label());
    briefing.periods().forEach(p -> line(out, "Kỳ báo cáo / Period under review: ", p.label()));
    briefing.chair().ifPresent(chair -> {
      out.println("Chủ trì / Chair: " + personnel.findPerson(chair.person()).orElseThrow().fullName());
      posts(out, personnel, chair);
    });
    long local = briefing.bridgePoints().stream().filter(b -> !b.central()).count();
    out.println("Số điểm cầu / Bridge points: " + briefing.bridgePoints().size() + " ("
        + (briefing.bridgePoints().size() - local) + " Trung ương / central, " + local
        + " tỉnh, thành phố / provinces)");
    Province dongNai = Provinces.byName("Đồng Nai", day);
    briefing.findBridgePoint(dongNai.id()).ifPresent(point -> {
      out.println("Điểm cầu " + dongNai.name() + " / " + dongNai.name() + " bridge point — đồng chủ trì / co-chairs:");
      for (Participant coChair : point.coChairs()) {
        out.println("  " + personnel.findPerson(coChair.person()).orElseThrow().fullName());
        posts(out, personnel, coChair);
      }
    });
    briefing.taskGroupCount().ifPresent(n -> out.println("Nhóm nhiệm vụ, giải pháp / Groups of tasks: " + n));
    out.println("Văn bản được nêu / Documents cited:");
    for (DocumentReference reference : briefing.citedDocuments()) {
      Document document = dataset.registry().resolve(reference, briefing.time().lastDay()).document().orElseThrow();
      LocalizedName issuer = bodies.byId(document.issuingBody()).name();
      String number = document.number().map(n -> " " + n).orElse("");
      out.println("  - " + document.type().label().vi() + number + " " + document.issued().vietnamese() + " của "
          + issuer.vi() + " " + document.title().vi());
      out.println("    " + document.type().label().en().orElse("") + number + " of "
          + document.issued() + " (" + issuer.en().orElse(issuer.vi()) + ")"
          + (document.isVerified() ? "" : " [chưa kiểm chứng / unverified: " + String.join(", ", document.unverified())
              + "]"));
    }
    briefing.periods().forEach(period -> {
      RollUpResult plans = dataset.observations().stream().collect(
          RollUp.of(bodies, PartyBodies.CENTRAL_COMMITTEE, period.end())
              .onlyChildren(PartyBodies::isProvincialOrganisation)
              .collector(PLAN_BUILT, period));
      out.println("Tiến độ / Progress: " + plans.value().map(Object::toString).orElse("?")
          + " tỉnh, thành phố đã xây dựng kế hoạch của các tiểu ban chuẩn bị đại hội / provinces have built the "
          + "plan for the congress-preparation subcommittees"
          + (plans.missing().isEmpty() ? "" : " (chưa báo cáo / not reported: " + plans.missing().stream()
              .map(b -> b.name().vi()).collect(Collectors.joining(", ")) + ")"));
    });
    out.println("Kết luận, chỉ đạo / Directions:");
    for (int i = 0; i < briefing.directions().size(); i++) {
      Direction direction = briefing.directions().get(i);
      String when = direction.period().map(p -> "[" + p.label().vi() + " / " + p.label().en().orElse("") + "] ")
          .orElse("");
      out.println("  " + (i + 1) + ". " + when + direction.text().vi());
      direction.text().en().ifPresent(en -> out.println("     " + en));
      out.println("     → " + direction.addressees().size() + " cơ quan nhận / bodies addressed");
    }
    briefing.source().ifPresent(s -> out.println("Nguồn / Source: " + s.publication() + ", "
        + s.title().orElse("") + ", " + s.published().map(d -> d.format(VI_DATE)).orElse("") + ", "
        + s.author().orElse("")));
    out.println("Kiểm tra / Check: bộ dữ liệu hợp lệ / the dataset is valid (" + dataset.bodies().size()
        + " cơ quan / bodies, " + dataset.people().size() + " người / people, " + dataset.tenures().size()
        + " nhiệm kỳ giữ chức / tenures, " + dataset.documents().size() + " văn bản / documents, "
        + dataset.observations().size() + " số liệu / observations)");
  }

  private static void posts(PrintStream out, Personnel personnel, Participant participant) {
    for (Id id : participant.posts()) {
      LocalizedName title = personnel.findPost(id).orElseThrow().title();
      out.println("    - " + title.vi() + " / " + title.en().orElse(title.vi()));
    }
  }

  private static void line(PrintStream out, String label, LocalizedName name) {
    out.println(label + name.vi() + name.en().map(en -> " / " + en).orElse(""));
  }
}
