package io.github.cpvmodel.json.format;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.document.DocumentKey;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.meeting.AgendaItem;
import io.github.cpvmodel.meeting.AttendanceMode;
import io.github.cpvmodel.meeting.BridgePoint;
import io.github.cpvmodel.meeting.BridgePointCount;
import io.github.cpvmodel.meeting.Conference;
import io.github.cpvmodel.meeting.ConferenceKind;
import io.github.cpvmodel.meeting.Congress;
import io.github.cpvmodel.meeting.Direction;
import io.github.cpvmodel.meeting.ElectedBody;
import io.github.cpvmodel.meeting.Leader;
import io.github.cpvmodel.meeting.Meeting;
import io.github.cpvmodel.meeting.MeetingReference;
import io.github.cpvmodel.meeting.MeetingTime;
import io.github.cpvmodel.meeting.NamedEvent;
import io.github.cpvmodel.meeting.PartOfDay;
import io.github.cpvmodel.meeting.Participant;
import io.github.cpvmodel.meeting.ParticipantRole;
import io.github.cpvmodel.meeting.Plenum;
import io.github.cpvmodel.meeting.Term;
import io.github.cpvmodel.meeting.TermYears;
import io.github.cpvmodel.person.TenureBasis;
import io.github.cpvmodel.progress.ReportingPeriod;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The wire format of meetings: conferences, congresses and plenums (told apart by their {@code "type"}), their
 * times, participants, bridge points, agenda items, directions, elected bodies and leaders, the references to
 * meetings and the named events they are about, and the terms congresses open.
 */
public final class MeetingFormat {
  private MeetingFormat() {}

  /** What a conference is for, as its code. */
  public static final CodeShape<ConferenceKind> CONFERENCE_KIND = CodeShape.of(ConferenceKind.class,
      ConferenceKind.CODE, "conference-kind", "Loại hội nghị (conference kind)",
      "What a conference is for, as its Vietnamese title names it: a briefing (hội nghị giao ban), a dissemination "
          + "(hội nghị quán triệt), a review (hội nghị tổng kết), an interim review (hội nghị sơ kết), a working "
          + "session (buổi làm việc), a plenum (hội nghị Ban Chấp hành) or another conference");

  /** How people attend a conference, as its code. */
  public static final CodeShape<AttendanceMode> MODE = CodeShape.of(AttendanceMode.class, AttendanceMode.CODE,
      "attendance-mode", "Hình thức tổ chức (attendance mode)", "How people attend a conference: in one room (trực "
          + "tiếp), through linked bridge points (trực tuyến) or both");

  /** The part a person plays at a meeting, as its code. */
  public static final CodeShape<ParticipantRole> ROLE = CodeShape.of(ParticipantRole.class, ParticipantRole.CODE,
      "participant-role", "Vai trò tại hội nghị (participant role)", "The part a person plays at a conference or at "
          + "one of its bridge points: chair (chủ trì), co-chair (đồng chủ trì), rapporteur (trình bày báo cáo) or "
          + "attendee (dự)");

  /** A part of a day, as its code. */
  public static final CodeShape<PartOfDay> PART_OF_DAY = CodeShape.of(PartOfDay.class, PartOfDay.CODE,
      "part-of-day", "Buổi (part of day)", "The part of a day in which a meeting was held, when the record names no "
          + "hours: morning (sáng), afternoon (chiều) or evening (tối)");

  /** The kind of meeting a reference names, as its code; the codes a meeting's {@code "type"} takes too. */
  public static final CodeShape<MeetingReference.Kind> REFERENCE_KIND = CodeShape.of(MeetingReference.Kind.class,
      MeetingReference.Kind.CODE, "meeting-kind", "Loại cuộc họp (meeting kind)",
      "The kind of a meeting: a congress (đại hội), a plenum (hội nghị Ban Chấp hành) or a conference (hội nghị)");

  /** The years of a term, as their text, e.g. {@code "2020-2025"}. */
  public static final TextShape<TermYears> TERM_YEARS = TextShape.of(TermYears.class, "term-years",
      "Nhiệm kỳ (term years)",
      "The first and last years of a term joined by a hyphen, from 1930 to 9999; the last after the "
          + "first (a check the schema cannot make)",
      TermYears::parse, TermYears::toString, true,
      "pattern", "^[0-9]{4}-[0-9]{4}$");

  private static final String PRECISION = "precision";

  private static final Field<MeetingTime, String> EXACT = KindShape.kind(PRECISION, "exact",
      MeetingFormat::precision, "known to the minute or better: the start and end are the real times");
  private static final Field<MeetingTime, OffsetDateTime> START = Field.required("start", Scalars.DATE_TIME,
      t -> t.start().toOffsetDateTime(), "when the meeting began, written with the offset Asia/Ho_Chi_Minh had "
          + "then; read in any offset");
  private static final Field<MeetingTime, OffsetDateTime> END = Field.required("end", Scalars.DATE_TIME,
      t -> t.end().toOffsetDateTime(), "when it ended, after the start (a check the schema cannot make)");

  private static final ObjectShape<MeetingTime> EXACT_TIME = ObjectShape.of(MeetingTime.class,
      "meeting-time-exact", "Thời gian chính xác (exact meeting time)",
      "When a meeting was held, to the minute: the start and end with their offsets, both within the years 0 to "
          + "9999 (a check the schema cannot make)",
      s -> MeetingTime.of(START.get(s).toZonedDateTime(), END.get(s).toZonedDateTime()), EXACT, START, END);

  private static final Field<MeetingTime, String> PART = KindShape.kind(PRECISION, "part-of-day",
      MeetingFormat::precision, "known to a part of one day, the record naming no hours");
  private static final Field<MeetingTime, LocalDate> DAY = Field.required("day", Scalars.DATE,
      MeetingTime::firstDay, "the day").inCorePaths("start");
  private static final Field<MeetingTime, PartOfDay> PART_FIELD = Field.required("partOfDay", PART_OF_DAY,
      t -> t.partOfDay().orElseThrow(), "the part of the day: morning to noon, afternoon to 18:00, evening to "
          + "midnight");

  private static final ObjectShape<MeetingTime> PART_TIME = ObjectShape.of(MeetingTime.class,
      "meeting-time-part-of-day", "Buổi (meeting time by part of day)",
      "When a meeting was held, as the record gives it: a part of one day in Asia/Ho_Chi_Minh ('chiều 30-9'); the "
          + "day within the years 0 to 9999 (a check the schema cannot make)",
      s -> MeetingTime.of(DAY.get(s), PART_FIELD.get(s)), PART, DAY, PART_FIELD);

  private static final Field<MeetingTime, String> DAYS = KindShape.kind(PRECISION, "days", MeetingFormat::precision,
      "known to the days only");
  private static final Field<MeetingTime, LocalDate> FIRST_DAY = Field.required("firstDay", Scalars.DATE,
      MeetingTime::firstDay, "the first day").inCorePaths("start");
  private static final Field<MeetingTime, LocalDate> LAST_DAY = Field.required("lastDay", Scalars.DATE,
      MeetingTime::lastDay, "the last day, the first for a meeting of one day; not before the first (a check the "
          + "schema cannot make)").inCorePaths("end");

  private static final ObjectShape<MeetingTime> DAYS_TIME = ObjectShape.of(MeetingTime.class, "meeting-time-days",
      "Các ngày (meeting time by days)",
      "When a meeting was held, as the record gives it: whole days in Asia/Ho_Chi_Minh, within the years 0 to 9999 "
          + "(a check the schema cannot make)",
      s -> MeetingTime.of(FIRST_DAY.get(s), LAST_DAY.get(s)), DAYS, FIRST_DAY, LAST_DAY);

  /**
   * When a meeting was held, as precisely as the record says, the precision first:
   * {@code {"precision":"exact","start":"2019-09-30T14:00:00+07:00","end":"2019-09-30T17:00:00+07:00"}},
   * {@code {"precision":"part-of-day","day":"2019-09-30","partOfDay":"afternoon"}} or
   * {@code {"precision":"days","firstDay":"2016-01-21","lastDay":"2016-01-28"}}.
   */
  public static final KindShape<MeetingTime> TIME = KindShape.of(MeetingTime.class, "meeting-time",
      "Thời gian họp (meeting time)", "When a meeting was held, as precisely as the record says, which its "
          + "precision names first: exact times, a part of one day or whole days",
      EXACT_TIME, PART_TIME, DAYS_TIME);

  private static String precision(MeetingTime time) {
    switch (time.precision()) {
      case EXACT:
        return "exact";
      case PART_OF_DAY:
        return "part-of-day";
      default:
        return "days";
    }
  }

  private static final Field<Participant, Id> PERSON = Field.required("person", VocabularyFormat.ID,
      Participant::person, "the id of the person");
  private static final Field<Participant, ParticipantRole> PARTICIPANT_ROLE = Field.required("role", ROLE,
      Participant::role, "the part the person plays");
  private static final Field<Participant, ImmutableList<Id>> POSTS = Field.list("posts", VocabularyFormat.ID,
      Participant::posts, "the ids of the posts the record names for the person, in its order, each once (a check "
          + "the schema cannot make)");

  /** A participant: {@code {"person":"person/pham-minh-chinh","role":"chair","posts":["cc/politburo/member"]}}. */
  public static final ObjectShape<Participant> PARTICIPANT = ObjectShape.of(Participant.class, "participant",
      "Người tham dự (participant)",
      "A person at a meeting, in a role, with the posts the record names for him or her on that day; that the "
          + "person held them that day is a check of the dataset, not of the schema",
      s -> Participant.of(PERSON.get(s), PARTICIPANT_ROLE.get(s), POSTS.list(s)), PERSON, PARTICIPANT_ROLE, POSTS);

  private static final Field<BridgePoint, Boolean> CENTRAL = Field.optional("central", Scalars.BOOLEAN,
      b -> Optional.of(b.central()), "whether this is the central bridge point, where the conference is chaired; "
          + "always written, and false when absent on reading");
  private static final Field<BridgePoint, Id> SITE_BODY = Field.optional("body", VocabularyFormat.ID,
      BridgePoint::body, "the id of the body hosting it");
  private static final Field<BridgePoint, Id> PROVINCE = Field.optional("province", VocabularyFormat.ID,
      BridgePoint::province, "the id of its province; a bridge point has a body, a province or both (a check the "
          + "schema cannot make)");
  private static final Field<BridgePoint, LocalizedName> SITE_NAME = Field.optional("name",
      VocabularyFormat.LOCALIZED_NAME, BridgePoint::name, "the name of the site, when it is more than the name of "
          + "its body or province");
  private static final Field<BridgePoint, ImmutableList<Participant>> SITE_PARTICIPANTS = Field.list(
      "participants", PARTICIPANT, BridgePoint::participants, "the people named at it with their roles and posts, "
          + "each once, none of them the chair (checks the schema cannot make)");
  private static final Field<BridgePoint, Integer> ATTENDANCE = Field.optional("attendance", Scalars.WHOLE_INT,
      b -> boxed(b.attendance()), "how many people attended there, at least 1 (a check the schema cannot make)");

  /** A bridge point. */
  public static final ObjectShape<BridgePoint> BRIDGE_POINT = ObjectShape.of(BridgePoint.class, "bridge-point",
      "Điểm cầu (bridge point)",
      "A site of an online or hybrid conference, central or tied to a body or a province, with its own co-chairs; "
          + "that the province existed on the day is a check of the dataset, not of the schema",
      s -> {
        BridgePoint.Builder point = BridgePoint.builder();
        CENTRAL.optional(s).ifPresent(point::central);
        return point.body(SITE_BODY.optional(s)).province(PROVINCE.optional(s)).name(SITE_NAME.optional(s))
            .participants(SITE_PARTICIPANTS.list(s)).attendance(unboxed(ATTENDANCE.optional(s))).build();
      },
      CENTRAL, SITE_BODY, PROVINCE, SITE_NAME, SITE_PARTICIPANTS, ATTENDANCE);

  private static final Field<BridgePointCount, BodyLevel> LEVEL = Field.required("level", BodyFormat.LEVEL,
      BridgePointCount::level, "the level of the bridge points counted; the commune level is 'grassroots'");
  private static final Field<BridgePointCount, Integer> COUNT = Field.required("count", Scalars.WHOLE_INT,
      BridgePointCount::count, "how many bridge points the conference reached there, at least 1 (a check the "
          + "schema cannot make)");

  /** A count of bridge points at a level: {@code {"level":"grassroots","count":3321}}. */
  public static final ObjectShape<BridgePointCount> BRIDGE_POINT_COUNT = ObjectShape.of(BridgePointCount.class,
      "bridge-point-count", "Số điểm cầu (bridge point count)",
      "How many bridge points an online conference reached at one level, as its report counts them; that the "
          + "bridge points it lists there are no more is a check of the dataset, not of the schema",
      s -> BridgePointCount.of(LEVEL.get(s), COUNT.get(s)), LEVEL, COUNT);

  private static final Field<NamedEvent, LocalizedName> EVENT_NAME = Field.required("name",
      VocabularyFormat.LOCALIZED_NAME, NamedEvent::name, "the name of the event, as the record gives it");
  private static final Field<NamedEvent, ReportingPeriod> WITHIN = Field.optional("within", ProgressFormat.PERIOD,
      NamedEvent::within, "the days within which it falls, as precisely as the record gives them; absent when the "
          + "time is not known");
  private static final Field<NamedEvent, Source> EVENT_SOURCE = Field.optional("source", VocabularyFormat.SOURCE,
      NamedEvent::source, "where its time comes from");

  /** An event that is neither a document nor a meeting, such as elections. */
  public static final ObjectShape<NamedEvent> NAMED_EVENT = ObjectShape.of(NamedEvent.class, "named-event",
      "Sự kiện (named event)",
      "An event a direction or an agenda item is about that is neither a document nor a meeting, with the days "
          + "within which it falls when they are known",
      s -> NamedEvent.builder().name(EVENT_NAME.get(s)).within(WITHIN.optional(s)).source(EVENT_SOURCE.optional(s))
          .build(),
      EVENT_NAME, WITHIN, EVENT_SOURCE);

  private static final Field<MeetingReference, MeetingReference.Kind> REFERENCE_KIND_FIELD = Field.required("kind",
      REFERENCE_KIND, MeetingReference::kind, "the kind of meeting named");
  private static final Field<MeetingReference, Id> REFERENCE_BODY = Field.optional("body", VocabularyFormat.ID,
      MeetingReference::body, "the id of the body holding the meeting (the committee of a plenum); present for a "
          + "congress or a plenum (a check the schema cannot make)");
  private static final Field<MeetingReference, Integer> REFERENCE_ORDINAL = Field.optional("ordinal",
      Scalars.WHOLE_INT, r -> boxed(r.ordinal()), "the ordinal of the congress, or of the plenum within its term, "
          + "from 1; present for a congress or a plenum only (checks the schema cannot make)");
  private static final Field<MeetingReference, Integer> REFERENCE_TERM = Field.optional("term", Scalars.WHOLE_INT,
      r -> boxed(r.term()), "the number of the term of a plenum, from 1; present for a plenum only (checks the "
          + "schema cannot make)");
  private static final Field<MeetingReference, Id> REFERENCE_MEETING = Field.optional("meeting",
      VocabularyFormat.ID, MeetingReference::meeting, "the id of the meeting it claims to name; present for a "
          + "conference (a check the schema cannot make)");

  /** A reference to a meeting: {@code {"kind":"plenum","body":"cc","ordinal":8,"term":13}}. */
  public static final ObjectShape<MeetingReference> REFERENCE = ObjectShape.of(MeetingReference.class,
      "meeting-reference", "Trích dẫn cuộc họp (meeting reference)",
      "A meeting as a direction or an agenda item names it: a congress by its body and ordinal, a plenum by its "
          + "committee, term and ordinal, a conference by its id; that the meeting it claims is the one it "
          + "describes is a check of the dataset, not of the schema",
      s -> MeetingReference.builder().kind(REFERENCE_KIND_FIELD.get(s)).body(REFERENCE_BODY.optional(s))
          .ordinal(unboxed(REFERENCE_ORDINAL.optional(s))).term(unboxed(REFERENCE_TERM.optional(s)))
          .meeting(REFERENCE_MEETING.optional(s)).build(),
      REFERENCE_KIND_FIELD, REFERENCE_BODY, REFERENCE_ORDINAL, REFERENCE_TERM, REFERENCE_MEETING);

  private static final Field<AgendaItem, LocalizedName> ITEM_TITLE = Field.required("title",
      VocabularyFormat.LOCALIZED_NAME, AgendaItem::title, "what the item is about");
  private static final Field<AgendaItem, Id> PRESENTER = Field.optional("presenter", VocabularyFormat.ID,
      AgendaItem::presenter, "the id of the person who presents it");
  private static final Field<AgendaItem, ImmutableList<DocumentReference>> ITEM_DOCUMENTS = Field.list("documents",
      DocumentFormat.REFERENCE, AgendaItem::documents, "the documents it deals with, each once (a check the schema "
          + "cannot make)");
  private static final Field<AgendaItem, ImmutableList<ReportingPeriod>> ITEM_PERIODS = Field.list("periods",
      ProgressFormat.PERIOD, AgendaItem::periods, "the periods it reviews, when they are its own, each once (a "
          + "check the schema cannot make)");
  private static final Field<AgendaItem, ImmutableList<MeetingReference>> ITEM_MEETINGS = Field.list("meetings",
      REFERENCE, AgendaItem::meetings, "the meetings it deals with, each once (a check the schema cannot make)");
  private static final Field<AgendaItem, ImmutableList<NamedEvent>> ITEM_EVENTS = Field.list("events", NAMED_EVENT,
      AgendaItem::events, "the events it deals with, each once (a check the schema cannot make)");

  /** An item of an agenda. */
  public static final ObjectShape<AgendaItem> AGENDA_ITEM = ObjectShape.of(AgendaItem.class, "agenda-item",
      "Nội dung chương trình (agenda item)",
      "One item of a meeting's agenda: a title, who presents it, and the periods, documents, meetings and events "
          + "it deals with",
      s -> AgendaItem.builder().title(ITEM_TITLE.get(s)).presenter(PRESENTER.optional(s))
          .documents(ITEM_DOCUMENTS.list(s)).periods(ITEM_PERIODS.list(s)).meetings(ITEM_MEETINGS.list(s))
          .events(ITEM_EVENTS.list(s)).build(),
      ITEM_TITLE, PRESENTER, ITEM_DOCUMENTS, ITEM_PERIODS, ITEM_MEETINGS, ITEM_EVENTS);

  private static final Field<Direction, LocalizedName> TEXT = Field.required("text", VocabularyFormat.LOCALIZED_NAME,
      Direction::text, "what is to be done, in the words of the record");
  private static final Field<Direction, ImmutableList<Id>> ADDRESSEES = Field.list("addressees",
      VocabularyFormat.ID, Direction::addressees, "the ids of the bodies it is addressed to, each once (a check the "
          + "schema cannot make)");
  private static final Field<Direction, LocalDate> DEADLINE = Field.optional("deadline", Scalars.DATE,
      Direction::deadline, "the day by which it is to be done, not before the meeting's first day (a check the "
          + "schema cannot make)");
  private static final Field<Direction, ReportingPeriod> DUE_PERIOD = Field.optional("period",
      ProgressFormat.PERIOD, Direction::period, "the period within which it is to be done, never with a deadline, "
          + "ending no earlier than the meeting's first day (checks the schema cannot make)");
  private static final Field<Direction, ImmutableList<DocumentReference>> DIRECTION_DOCUMENTS = Field.list(
      "documents", DocumentFormat.REFERENCE, Direction::documents, "the documents it names, each once (a check the "
          + "schema cannot make)");
  private static final Field<Direction, ImmutableList<MeetingReference>> DIRECTION_MEETINGS = Field.list("meetings",
      REFERENCE, Direction::meetings, "the meetings it is about, each once (a check the schema cannot make)");
  private static final Field<Direction, ImmutableList<NamedEvent>> DIRECTION_EVENTS = Field.list("events",
      NAMED_EVENT, Direction::events, "the events it is about, each once (a check the schema cannot make)");

  /** A conclusion or direction given at a meeting. */
  public static final ObjectShape<Direction> DIRECTION = ObjectShape.of(Direction.class, "direction",
      "Kết luận, chỉ đạo (direction)",
      "A conclusion or direction given at a meeting: what is to be done, by which bodies, by when or within which "
          + "period, and the documents, meetings and events it is about",
      s -> Direction.builder().text(TEXT.get(s)).addressees(ADDRESSEES.list(s)).deadline(DEADLINE.optional(s))
          .period(DUE_PERIOD.optional(s)).documents(DIRECTION_DOCUMENTS.list(s)).meetings(DIRECTION_MEETINGS.list(s))
          .events(DIRECTION_EVENTS.list(s)).build(),
      TEXT, ADDRESSEES, DEADLINE, DUE_PERIOD, DIRECTION_DOCUMENTS, DIRECTION_MEETINGS, DIRECTION_EVENTS);

  private static final Field<ElectedBody, Id> ELECTED_ID = Field.required("body", VocabularyFormat.ID,
      ElectedBody::body, "the id of the body");
  private static final Field<ElectedBody, Integer> MEMBERS = Field.required("members", Scalars.WHOLE_INT,
      ElectedBody::members, "the number of full members, at least 1 (a check the schema cannot make)");
  private static final Field<ElectedBody, Integer> ALTERNATES = Field.optional("alternates", Scalars.WHOLE_INT,
      e -> boxed(e.alternates()), "the number of alternate members, from 0, when the record gives it (a check the "
          + "schema cannot make)");
  private static final Field<ElectedBody, TenureBasis> ELECTED_BASIS = Field.optional("basis", PersonFormat.BASIS,
      e -> Optional.of(e.basis()), "how the body came about, 'elected' or 'appointed' (a check the schema cannot "
          + "make); always written, and 'elected' when absent on reading");
  private static final Field<ElectedBody, DocumentReference> ELECTED_DECISION = Field.optional("decision",
      DocumentFormat.REFERENCE, ElectedBody::decision, "the document that appointed it, or approved its election; "
          + "present when appointed (a check the schema cannot make)");

  /** A body that came out of a congress: {@code {"body":"cc","members":180,"alternates":20,"basis":"elected"}}. */
  public static final ObjectShape<ElectedBody> ELECTED_BODY = ObjectShape.of(ElectedBody.class, "elected-body",
      "Cơ quan được bầu (elected body)",
      "A body that came out of a congress, elected or appointed, with the number of its full and alternate members",
      s -> {
        ElectedBody.Builder body = ElectedBody.builder();
        ELECTED_BASIS.optional(s).ifPresent(body::basis);
        return body.body(ELECTED_ID.get(s)).members(MEMBERS.get(s)).alternates(unboxed(ALTERNATES.optional(s)))
            .decision(ELECTED_DECISION.optional(s)).build();
      },
      ELECTED_ID, MEMBERS, ALTERNATES, ELECTED_BASIS, ELECTED_DECISION);

  private static final Field<Leader, Id> LEADER_PERSON = Field.required("person", VocabularyFormat.ID,
      Leader::person, "the id of the person");
  private static final Field<Leader, Id> LEADER_POST = Field.required("post", VocabularyFormat.ID, Leader::post,
      "the id of the post the person took");
  private static final Field<Leader, TenureBasis> LEADER_BASIS = Field.required("basis", PersonFormat.BASIS,
      Leader::basis, "how the person came to it: 'elected', 'appointed' or 'assigned' (a check the schema cannot "
          + "make)");
  private static final Field<Leader, DocumentReference> LEADER_DECISION = Field.optional("decision",
      DocumentFormat.REFERENCE, Leader::decision, "the document that appointed or assigned the person, or approved "
          + "the election; present when appointed (a check the schema cannot make)");

  /** A leader who came out of a congress. */
  public static final ObjectShape<Leader> LEADER = ObjectShape.of(Leader.class, "leader", "Lãnh đạo (leader)",
      "A person and the post he or she took at or after a congress, and how; that a tenure of the person in the "
          + "post begins then is a check of the dataset, not of the schema",
      s -> Leader.builder().person(LEADER_PERSON.get(s)).post(LEADER_POST.get(s)).basis(LEADER_BASIS.get(s))
          .decision(LEADER_DECISION.optional(s)).build(),
      LEADER_PERSON, LEADER_POST, LEADER_BASIS, LEADER_DECISION);

  private static final String TYPE = "type";

  private static final String TYPE_SAYS = "the kind of meeting";

  private static final Field<Conference, String> CONFERENCE_TYPE = KindShape.kind(TYPE,
      MeetingReference.Kind.CONFERENCE.code(), TYPE_SAYS);
  private static final Field<Conference, Id> CONFERENCE_ID = Field.required("id", VocabularyFormat.ID,
      Conference::id, "the conference's id, distinct among the meetings of a dataset (a check the schema cannot "
          + "make)");
  private static final Field<Conference, ConferenceKind> KIND = Field.required("kind", CONFERENCE_KIND,
      Conference::kind, "what the conference is for");
  private static final Field<Conference, LocalizedName> TITLE = Field.required("title",
      VocabularyFormat.LOCALIZED_NAME, Conference::title, "the title, as the record gives it");
  private static final Field<Conference, Id> ORGANISER = Field.required("organiser", VocabularyFormat.ID,
      Conference::organiser, "the id of the body that organises it");
  private static final Field<Conference, AttendanceMode> CONFERENCE_MODE = Field.required("mode", MODE,
      Conference::mode, "how people attend");
  private static final Field<Conference, MeetingTime> CONFERENCE_TIME = Field.required("time", TIME,
      Conference::time, "when it was held");
  private static final Field<Conference, ImmutableList<ReportingPeriod>> PERIODS = Field.list("periods",
      ProgressFormat.PERIOD, Conference::periods, "the periods whose work it reviews, each once (a check the schema "
          + "cannot make)");
  private static final Field<Conference, Integer> TASK_GROUPS = Field.optional("taskGroupCount", Scalars.WHOLE_INT,
      c -> boxed(c.taskGroupCount()), "how many groups of tasks the work under review follows, at least 1 (a check "
          + "the schema cannot make)");
  private static final Field<Conference, ImmutableList<AgendaItem>> AGENDA = Field.list("agenda", AGENDA_ITEM,
      Conference::agenda, "the items of the agenda, in order");
  private static final Field<Conference, ImmutableList<DocumentReference>> CITED = Field.list("citedDocuments",
      DocumentFormat.REFERENCE, Conference::citedDocuments, "the documents cited, each once (a check the schema "
          + "cannot make); that each was issued by the conference's last day is a check of the dataset");
  private static final Field<Conference, ImmutableList<Participant>> PARTICIPANTS = Field.list("participants",
      PARTICIPANT, Conference::participants, "the people of the conference as a whole, each once, at most one of "
          + "them the chair (checks the schema cannot make)");
  private static final Field<Conference, ImmutableList<BridgePoint>> BRIDGE_POINTS = Field.list("bridgePoints",
      BRIDGE_POINT, Conference::bridgePoints, "its sites, only when online or hybrid, each site once, at most one "
          + "central (checks the schema cannot make)");
  private static final Field<Conference, ImmutableList<BridgePointCount>> BRIDGE_POINT_COUNTS = Field.list(
      "bridgePointCounts", BRIDGE_POINT_COUNT, Conference::bridgePointCounts, "how many bridge points it reached at "
          + "each level, only when online or hybrid, each level once (checks the schema cannot make)");
  private static final Field<Conference, ImmutableList<Direction>> DIRECTIONS = Field.list("directions", DIRECTION,
      Conference::directions, "the conclusions and directions given, in order");
  private static final Field<Conference, Source> CONFERENCE_SOURCE = Field.optional("source",
      VocabularyFormat.SOURCE, Conference::source, "where the record of it comes from");

  /** A conference: {@code {"type":"conference","id":…,"kind":"briefing",…}}. */
  public static final ObjectShape<Conference> CONFERENCE = ObjectShape.of(Conference.class, "conference",
      "Hội nghị (conference)",
      "A conference organised by a Party body: a briefing, a dissemination, a review, a working session, with its "
          + "participants, bridge points, agenda, cited documents and directions; that people held their posts and "
          + "documents were issued by then are checks of the dataset, not of the schema",
      s -> {
        Conference.Builder conference = Conference.builder().id(CONFERENCE_ID.get(s)).kind(KIND.get(s))
            .title(TITLE.get(s)).organiser(ORGANISER.get(s)).mode(CONFERENCE_MODE.get(s))
            .time(CONFERENCE_TIME.get(s)).periods(PERIODS.list(s)).taskGroupCount(unboxed(TASK_GROUPS.optional(s)));
        return conference.agenda(AGENDA.list(s)).citedDocuments(CITED.list(s)).participants(PARTICIPANTS.list(s))
            .bridgePoints(BRIDGE_POINTS.list(s)).bridgePointCounts(BRIDGE_POINT_COUNTS.list(s))
            .directions(DIRECTIONS.list(s)).source(CONFERENCE_SOURCE.optional(s)).build();
      },
      CONFERENCE_TYPE, CONFERENCE_ID, KIND, TITLE, ORGANISER, CONFERENCE_MODE, CONFERENCE_TIME, PERIODS,
      TASK_GROUPS, AGENDA, CITED, PARTICIPANTS, BRIDGE_POINTS, BRIDGE_POINT_COUNTS, DIRECTIONS, CONFERENCE_SOURCE);

  private static final Field<Congress, String> CONGRESS_TYPE = KindShape.kind(TYPE,
      MeetingReference.Kind.CONGRESS.code(), TYPE_SAYS);
  private static final Field<Congress, Id> CONGRESS_ID = Field.required("id", VocabularyFormat.ID, Congress::id,
      "the congress's id, distinct among the meetings of a dataset (a check the schema cannot make)");
  private static final Field<Congress, Id> CONGRESS_BODY = Field.required("body", VocabularyFormat.ID,
      Congress::body, "the id of the Party organisation holding it");
  private static final Field<Congress, Integer> CONGRESS_ORDINAL = Field.required("ordinal", Scalars.WHOLE_INT,
      Congress::ordinal, "its number among its body's congresses, from 1 (a check the schema cannot make)");
  private static final Field<Congress, TermYears> CONGRESS_TERM_YEARS = Field.optional("termYears", TERM_YEARS,
      Congress::termYears, "the years of the term it opens, as it names them");
  private static final Field<Congress, MeetingTime> CONGRESS_TIME = Field.required("time", TIME, Congress::time,
      "when it was held, from the opening to the closing session");
  private static final Field<Congress, LocalDate> PREPARATORY = Field.optional("preparatorySession", Scalars.DATE,
      Congress::preparatorySession, "the day of its preparatory session, when held on an earlier day: before the "
          + "opening day (a check the schema cannot make)");
  private static final Field<Congress, LocalizedName> PLACE = Field.optional("place",
      VocabularyFormat.LOCALIZED_NAME, Congress::place, "where it was held");
  private static final Field<Congress, Integer> DELEGATES = Field.optional("delegates", Scalars.WHOLE_INT,
      c -> boxed(c.delegates()), "the number of delegates, at least 1 (a check the schema cannot make)");
  private static final Field<Congress, ImmutableList<ElectedBody>> ELECTED = Field.list("elected", ELECTED_BODY,
      Congress::elected, "the bodies it elected, each once (a check the schema cannot make)");
  private static final Field<Congress, ImmutableList<Leader>> LEADERS = Field.list("leaders", LEADER,
      Congress::leaders, "the leaders who came out of it, a person at most once in a post (a check the schema "
          + "cannot make)");
  private static final Field<Congress, ImmutableList<DocumentKey>> CONGRESS_DOCUMENTS = Field.list("documents",
      DocumentFormat.KEY, Congress::documents, "the documents it adopted, each once, none dated before its first day "
          + "(checks the schema cannot make)");
  private static final Field<Congress, Source> CONGRESS_SOURCE = Field.optional("source", VocabularyFormat.SOURCE,
      Congress::source, "where the record of it comes from");

  /** A congress: {@code {"type":"congress","id":"cc/congress/12","body":"cc","ordinal":12,…}}. */
  public static final ObjectShape<Congress> CONGRESS = ObjectShape.of(Congress.class, "congress",
      "Đại hội (congress)",
      "A congress of a Party organisation, numbered within its body, with the bodies and leaders that came out of "
          + "it and the documents it adopted",
      s -> {
        Congress.Builder congress = Congress.builder().id(CONGRESS_ID.get(s)).body(CONGRESS_BODY.get(s))
            .ordinal(CONGRESS_ORDINAL.get(s)).termYears(CONGRESS_TERM_YEARS.optional(s)).time(CONGRESS_TIME.get(s))
            .preparatorySession(PREPARATORY.optional(s)).place(PLACE.optional(s));
        return congress.delegates(unboxed(DELEGATES.optional(s))).elected(ELECTED.list(s)).leaders(LEADERS.list(s))
            .documents(CONGRESS_DOCUMENTS.list(s)).source(CONGRESS_SOURCE.optional(s)).build();
      },
      CONGRESS_TYPE, CONGRESS_ID, CONGRESS_BODY, CONGRESS_ORDINAL, CONGRESS_TERM_YEARS, CONGRESS_TIME, PREPARATORY,
      PLACE, DELEGATES, ELECTED, LEADERS, CONGRESS_DOCUMENTS, CONGRESS_SOURCE);

  private static final Field<Plenum, String> PLENUM_TYPE = KindShape.kind(TYPE, MeetingReference.Kind.PLENUM.code(),
      TYPE_SAYS);
  private static final Field<Plenum, Id> PLENUM_ID = Field.required("id", VocabularyFormat.ID, Plenum::id,
      "the plenum's id, distinct among the meetings of a dataset (a check the schema cannot make)");
  private static final Field<Plenum, Id> PLENUM_BODY = Field.required("body", VocabularyFormat.ID, Plenum::body,
      "the id of the committee meeting in plenum");
  private static final Field<Plenum, Integer> PLENUM_TERM = Field.required("term", Scalars.WHOLE_INT, Plenum::term,
      "the number of the committee's term, from 1 (a check the schema cannot make)");
  private static final Field<Plenum, Integer> PLENUM_ORDINAL = Field.required("ordinal", Scalars.WHOLE_INT,
      Plenum::ordinal, "its number within the term, from 1 (a check the schema cannot make)");
  private static final Field<Plenum, MeetingTime> PLENUM_TIME = Field.required("time", TIME, Plenum::time,
      "when it was held");
  private static final Field<Plenum, ImmutableList<DocumentKey>> ADOPTED = Field.list("adopted", DocumentFormat.KEY,
      Plenum::adopted, "the documents it adopted, each once, none dated before its first day (checks the schema "
          + "cannot make)");
  private static final Field<Plenum, Source> PLENUM_SOURCE = Field.optional("source", VocabularyFormat.SOURCE,
      Plenum::source, "where the record of it comes from");

  /** A plenum: {@code {"type":"plenum","id":"cc/term/12/plenum/4","body":"cc","term":12,"ordinal":4,…}}. */
  public static final ObjectShape<Plenum> PLENUM = ObjectShape.of(Plenum.class, "plenum",
      "Hội nghị Ban Chấp hành (plenum)",
      "A plenum of a Party committee, numbered within the committee's term, with the documents it adopted",
      s -> Plenum.builder().id(PLENUM_ID.get(s)).body(PLENUM_BODY.get(s)).term(PLENUM_TERM.get(s))
          .ordinal(PLENUM_ORDINAL.get(s)).time(PLENUM_TIME.get(s)).adopted(ADOPTED.list(s))
          .source(PLENUM_SOURCE.optional(s)).build(),
      PLENUM_TYPE, PLENUM_ID, PLENUM_BODY, PLENUM_TERM, PLENUM_ORDINAL, PLENUM_TIME, ADOPTED, PLENUM_SOURCE);

  /** A meeting, its {@code "type"} first: {@code "conference"}, {@code "congress"} or {@code "plenum"}. */
  public static final KindShape<Meeting> MEETING = KindShape.of(Meeting.class, "meeting",
      "Hội nghị, đại hội (meeting)", "Something the Party holds on given days, which its type names first: a "
          + "conference (hội nghị), a congress (đại hội) or a plenum (hội nghị Ban Chấp hành)",
      CONFERENCE, CONGRESS, PLENUM);

  private static final Field<Term, Id> TERM_ID = Field.required("id", VocabularyFormat.ID, Term::id,
      "the term's id");
  private static final Field<Term, Id> TERM_BODY = Field.required("body", VocabularyFormat.ID, Term::body,
      "the id of the committee whose term it is");
  private static final Field<Term, Integer> TERM_NUMBER = Field.required("number", Scalars.WHOLE_INT, Term::number,
      "the number of the term, the ordinal of the congress that opened it, from 1 (a check the schema cannot make)");
  private static final Field<Term, Id> TERM_CONGRESS = Field.optional("congress", VocabularyFormat.ID,
      Term::congress, "the id of the congress that opened it, when recorded; that it is that committee's congress "
          + "of the same number is a check of the dataset");
  private static final Field<Term, Validity> TERM_VALIDITY = Field.required("validity", VocabularyFormat.VALIDITY,
      Term::validity, "its days, with a first day (a check the schema cannot make); open-ended for the current one");
  private static final Field<Term, Source> FIRST_DAY_SOURCE = Field.optional("firstDaySource",
      VocabularyFormat.SOURCE, Term::firstDaySource, "where its first day is recorded");

  /** A term: {@code {"id":"cc/term/12","body":"cc","number":12,"congress":"cc/congress/12",…}}. */
  public static final ObjectShape<Term> TERM = ObjectShape.of(Term.class, "term", "Khóa (term)",
      "A term of a Party committee, opened by a congress and running until the next one",
      s -> Term.builder().id(TERM_ID.get(s)).body(TERM_BODY.get(s)).number(TERM_NUMBER.get(s))
          .congress(TERM_CONGRESS.optional(s)).validity(TERM_VALIDITY.get(s))
          .firstDaySource(FIRST_DAY_SOURCE.optional(s)).build(),
      TERM_ID, TERM_BODY, TERM_NUMBER, TERM_CONGRESS, TERM_VALIDITY, FIRST_DAY_SOURCE);

  private static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  private static OptionalInt unboxed(Optional<Integer> value) {
    return value.isPresent() ? OptionalInt.of(value.get()) : OptionalInt.empty();
  }
}
