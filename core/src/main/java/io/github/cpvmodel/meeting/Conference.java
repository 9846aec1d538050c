package io.github.cpvmodel.meeting;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.progress.ReportingPeriod;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A conference (<i>hội nghị</i>) organised by a Party body: a briefing, a dissemination, a review, a working
 * session. It has a {@link ConferenceKind kind}, a title, an organiser, an {@link AttendanceMode attendance mode}, a
 * {@link MeetingTime time}, and what the record says of it: the participants with their roles and posts, the
 * {@link BridgePoint bridge points} of an online conference, the agenda, the documents cited and the
 * {@link Direction directions} given.
 *
 * <pre>{@code
 * Conference briefing = Conference.builder()
 *     .id(Id.of("meeting/2019-09-30/organisation-briefing"))
 *     .kind(ConferenceKind.BRIEFING)
 *     .title(LocalizedName.of("Hội nghị giao ban trực tuyến Ban Tổ chức Trung ương"))
 *     .organiser(Id.of("cc/organisation-commission"))
 *     .mode(AttendanceMode.ONLINE)
 *     .time(MeetingTime.of(LocalDate.of(2019, 9, 30), PartOfDay.AFTERNOON))
 *     .addParticipant(Participant.of(Id.of("person/pham-minh-chinh"), ParticipantRole.CHAIR,
 *         ImmutableList.of(Id.of("cc/organisation-commission/head"))))
 *     .build();
 * }</pre>
 *
 * <p>Rejects, besides what its parts reject: a second chair (rule {@link #CHAIR}); bridge points, listed or counted, at an
 * in-person conference (rule {@link #BRIDGE_POINTS}); more than one central bridge point (rule {@link #CENTRAL}); a person,
 * a cited document, a period, a bridge point's site or a level of bridge points listed twice (rule {@link Meeting#DUPLICATE}); a direction due before
 * the conference (rule {@link #DEADLINE}); a number of task groups below 1 (rule
 * {@link #TASK_GROUPS}). Whether the people held their posts on the day and
 * the documents were issued before they were cited is for a {@link io.github.cpvmodel.dataset.Dataset} to check.
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class Conference implements Meeting {
  /** A conference has at most one chair. */
  public static final Rule CHAIR = Rule.of("conference.chair",
      "a conference has at most one chair; others who chair with him or her are co-chairs");

  /** Only linked sites make bridge points. */
  public static final Rule BRIDGE_POINTS = Rule.of("conference.bridge-points",
      "only an online or hybrid conference has bridge points, listed or counted");

  /** At most one bridge point is central. */
  public static final Rule CENTRAL = Rule.of("conference.central-bridge-point",
      "a conference has at most one central bridge point");

  /** A number of task groups is positive. */
  public static final Rule TASK_GROUPS = Rule.of("conference.task-groups",
      "the number of task groups is at least 1 (leave it out when the record does not give it)");

  /** Deadlines come after the meeting that sets them. */
  public static final Rule DEADLINE = Rule.of("conference.deadline",
      "a direction's deadline, or the end of its period, is not before the first day of the conference that "
          + "gives it");

  Conference() {}

  @Override
  public abstract Id id();

  /** {@return what the conference is for} */
  public abstract ConferenceKind kind();

  /** {@return the title, as the record gives it, e.g. "Hội nghị giao ban trực tuyến Ban Tổ chức Trung ương"} */
  public abstract LocalizedName title();

  /** {@return the id of the body that organises the conference} */
  public abstract Id organiser();

  /** {@return how people attend} */
  public abstract AttendanceMode mode();

  /** {@return when the conference was held} */
  public abstract MeetingTime time();

  /**
   * The periods whose work the conference reviews (<i>kỳ báo cáo</i>): "<i>9 tháng đầu năm 2019</i>"; a review
   * may look back on several ("<i>nhiệm kỳ 2020-2025</i>" and "<i>giai đoạn 2016-2020</i>"). An
   * {@link AgendaItem} may have periods of its own.
   *
   * @return the periods, in the order the record names them; possibly empty
   */
  public abstract ImmutableList<ReportingPeriod> periods();

  /**
   * How many groups of tasks (<i>nhóm nhiệm vụ, giải pháp</i>) the work under review follows, when the record
   * gives their number: "<i>bám sát 8 nhóm nhiệm vụ, giải pháp</i>". The groups themselves, when their headings
   * and tasks are known, are {@link io.github.cpvmodel.progress.TaskGroup task groups}.
   *
   * @return the number, at least 1, or empty
   */
  public abstract OptionalInt taskGroupCount();

  /** {@return the items of the agenda, in order} */
  public abstract ImmutableList<AgendaItem> agenda();

  /**
   * The documents cited at the conference, as the record cites them ("<i>Chỉ thị 35</i>", "<i>Quy định 205-QĐ/TW</i>");
   * a {@link io.github.cpvmodel.dataset.Dataset} resolves each against the documents issued by the conference's last day.
   *
   * @return the references, in the order cited
   */
  public abstract ImmutableList<DocumentReference> citedDocuments();

  /**
   * The people of the conference as a whole with their roles and posts: the chair, co-chairs, rapporteurs,
   * attendees. People named at a bridge point are its {@link BridgePoint#participants() participants}.
   *
   * @return the participants, in the order named
   */
  public abstract ImmutableList<Participant> participants();

  /**
   * The sites of an online or hybrid conference.
   *
   * @return the bridge points, in the order listed
   */
  public abstract ImmutableList<BridgePoint> bridgePoints();

  /**
   * How many bridge points the conference reached at each level, as its report counts them ("<i>3.321 điểm cầu
   * cấp xã</i>"), whether or not it lists them; a {@link io.github.cpvmodel.dataset.Dataset} checks that the listed
   * {@link #bridgePoints()} of a level never outnumber its count.
   *
   * @return the counts, one per level at most, in the order the record gives them
   */
  public abstract ImmutableList<BridgePointCount> bridgePointCounts();

  /** {@return the conclusions and directions given, in order} */
  public abstract ImmutableList<Direction> directions();

  /** {@return where the record of the conference comes from, or empty} */
  public abstract Optional<Source> source();

  /**
   * The chair (<i>chủ trì</i>).
   *
   * @return the participant whose role is {@link ParticipantRole#CHAIR}, or empty when the record names none
   */
  public Optional<Participant> chair() {
    return participants().stream().filter(p -> p.role() == ParticipantRole.CHAIR).findFirst();
  }

  /**
   * The co-chairs of the conference as a whole (<i>đồng chủ trì</i>); a conference may have co-chairs and no chair.
   * Co-chairs at a bridge point are the {@link BridgePoint#coChairs() bridge point's}.
   *
   * @return the participants whose role is {@link ParticipantRole#CO_CHAIR}, in the order named
   */
  public ImmutableList<Participant> coChairs() {
    return participants().stream().filter(p -> p.role() == ParticipantRole.CO_CHAIR)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The count of bridge points at a level.
   *
   * @param level the level; the commune level is {@link BodyLevel#GRASSROOTS}
   * @return the count the record gives for that level, or empty
   */
  public Optional<BridgePointCount> findBridgePointCount(BodyLevel level) {
    return bridgePointCounts().stream().filter(c -> c.level() == level).findFirst();
  }

  /**
   * The central bridge point (<i>điểm cầu Trung ương</i>).
   *
   * @return the bridge point, or empty
   */
  public Optional<BridgePoint> centralBridgePoint() {
    return bridgePoints().stream().filter(BridgePoint::central).findFirst();
  }

  /**
   * The bridge point at a site.
   *
   * @param site the id of a province or body
   * @return the bridge point tied to it, or empty
   */
  public Optional<BridgePoint> findBridgePoint(Id site) {
    return bridgePoints().stream()
        .filter(b -> b.province().equals(Optional.of(site)) || b.body().equals(Optional.of(site))).findFirst();
  }

  @Override
  public Validity dates() {
    return time().dates();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Conference}; {@code build()} validates. */
  public static final class Builder extends ImmutableConference.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    int chairs = 0;
    for (int i = 0; i < participants().size(); i++) {
      if (participants().get(i).role() == ParticipantRole.CHAIR) {
        chairs++;
        CHAIR.require(chairs == 1, "participants[" + i + "].role", "'%s' is a second chair",
            participants().get(i).person());
      }
    }
    Checks.requireDistinct(participants().stream().map(Participant::person)
        .collect(ImmutableList.toImmutableList()), "participants");
    Checks.requireDistinct(citedDocuments(), "citedDocuments");
    BRIDGE_POINTS.require(mode().hasBridgePoints() || bridgePoints().isEmpty(), "bridgePoints",
        "the conference is '%s' but has %d bridge point%s", mode().code(), bridgePoints().size(),
        bridgePoints().size() == 1 ? "" : "s");
    int central = 0;
    for (int i = 0; i < bridgePoints().size(); i++) {
      if (bridgePoints().get(i).central()) {
        central++;
        CENTRAL.require(central == 1, "bridgePoints[" + i + "].central", "bridge point '%s' is a second central "
            + "one", bridgePoints().get(i).site());
      }
    }
    Checks.requireDistinct(bridgePoints().stream().map(BridgePoint::site)
        .collect(ImmutableList.toImmutableList()), "bridgePoints");
    BRIDGE_POINTS.require(mode().hasBridgePoints() || bridgePointCounts().isEmpty(), "bridgePointCounts",
        "the conference is '%s' but counts bridge points at %d levels", mode().code(), bridgePointCounts().size());
    Checks.requireDistinct(bridgePointCounts().stream().map(BridgePointCount::level)
        .collect(ImmutableList.toImmutableList()), "bridgePointCounts");
    Checks.requireDistinct(periods(), "periods");
    taskGroupCount().ifPresent(n -> TASK_GROUPS.require(n >= 1, "taskGroupCount", "'%d' task groups is below 1",
        n));
    LocalDate first = time().firstDay();
    for (int i = 0; i < directions().size(); i++) {
      Direction direction = directions().get(i);
      String path = "directions[" + i + "]";
      direction.deadline().ifPresent(d -> DEADLINE.require(!d.isBefore(first), path + ".deadline",
          "deadline '%s' is before the conference on '%s'", d, first));
      direction.period().ifPresent(p -> DEADLINE.require(!p.end().isBefore(first), path + ".period",
          "period '%s' ends before the conference on '%s'", p.label().vi(), first));
    }
  }
}
