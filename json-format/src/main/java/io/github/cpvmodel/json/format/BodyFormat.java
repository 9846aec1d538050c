package io.github.cpvmodel.json.format;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyChange;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.body.ParentLink;
import io.github.cpvmodel.document.DocumentReference;
import java.time.LocalDate;

/** The wire format of Party bodies: kinds, levels, parent links, bodies and the changes between them. */
public final class BodyFormat {
  private BodyFormat() {}

  /** The kind of a body, as its code. */
  public static final CodeShape<BodyKind> KIND = CodeShape.of(BodyKind.class, BodyKind.CODE, "body-kind",
      "Loại tổ chức đảng (body kind)", "What sort of Party body something is: the Central Committee, the "
          + "Politburo, an advisory commission, a Party organisation (đảng bộ), a cell (chi bộ)…");

  /** The level of a body, as its code. */
  public static final CodeShape<BodyLevel> LEVEL = CodeShape.of(BodyLevel.class, BodyLevel.CODE, "body-level",
      "Cấp (body level)", "The level at which a Party body works, following the State's administrative map; the "
          + "district level (cấp huyện) ended on 2025-07-01");

  /** What happened in a change, as its code. */
  public static final CodeShape<BodyChange.Kind> CHANGE_KIND = CodeShape.of(BodyChange.Kind.class,
      BodyChange.Kind.CODE, "body-change-kind", "Loại thay đổi tổ chức (body change kind)",
      "What happened in a change: bodies established (thành lập), renamed (đổi tên), merged (hợp nhất, sáp nhập), "
          + "split (chia tách), dissolved (giải thể) or changed in kind");

  private static final Field<ParentLink, Id> PARENT = Field.required("parent", VocabularyFormat.ID,
      ParentLink::parent, "the id of the body stood under");
  private static final Field<ParentLink, Validity> LINK_VALIDITY = Field.required("validity",
      VocabularyFormat.VALIDITY, ParentLink::validity, "the days it stood under it");

  /** A parent link: {@code {"parent":"cc","validity":"2025-07-01/.."}}. */
  public static final ObjectShape<ParentLink> PARENT_LINK = ObjectShape.of(ParentLink.class, "parent-link",
      "Trực thuộc (parent link)", "That a body stood directly under another during some days",
      s -> ParentLink.of(PARENT.get(s), LINK_VALIDITY.get(s)), PARENT, LINK_VALIDITY);

  private static final Field<Body, Id> ID = Field.required("id", VocabularyFormat.ID, Body::id, "the body's id");
  private static final Field<Body, BodyKind> BODY_KIND = Field.required("kind", KIND, Body::kind, "its kind");
  private static final Field<Body, BodyLevel> BODY_LEVEL = Field.required("level", LEVEL, Body::level,
      "its level");
  private static final Field<Body, LocalizedName> NAME = Field.required("name", VocabularyFormat.LOCALIZED_NAME,
      Body::name, "its full official name");
  private static final Field<Body, Validity> VALIDITY = Field.required("validity", VocabularyFormat.VALIDITY,
      Body::validity, "the days it existed, '../..' when not recorded; within its level's (a check the schema "
          + "cannot make)");
  private static final Field<Body, String> ABBREVIATION = Field.optional("abbreviation", Scalars.TEXT,
      Body::abbreviation, "its usual abbreviation, e.g. BTCTW");
  private static final Field<Body, ImmutableList<ParentLink>> PARENTS = Field.list("parents", PARENT_LINK,
      Body::parents, "the bodies it stood directly under, in order; not itself, within its life and not "
          + "overlapping (checks the schema cannot make)");

  /** A body. */
  public static final ObjectShape<Body> BODY = ObjectShape.of(Body.class, "body", "Tổ chức đảng (Party body)",
      "A Party body: a committee, a commission, a Party organisation, a cell",
      s -> Body.builder().id(ID.get(s)).kind(BODY_KIND.get(s)).level(BODY_LEVEL.get(s)).name(NAME.get(s))
          .validity(VALIDITY.get(s)).abbreviation(ABBREVIATION.optional(s)).parents(PARENTS.list(s)).build(),
      ID, BODY_KIND, BODY_LEVEL, NAME, VALIDITY, ABBREVIATION, PARENTS);

  private static final Field<BodyChange, BodyChange.Kind> WHAT = Field.required("kind", CHANGE_KIND,
      BodyChange::kind, "what happened");
  private static final Field<BodyChange, LocalDate> DATE = Field.required("date", Scalars.DATE, BodyChange::date,
      "the day it took effect");
  private static final Field<BodyChange, ImmutableList<Id>> PREDECESSORS = Field.list("predecessors",
      VocabularyFormat.ID, BodyChange::predecessors, "the ids of the bodies that ended, as many as the kind "
          + "allows (a check the schema cannot make)");
  private static final Field<BodyChange, ImmutableList<Id>> SUCCESSORS = Field.list("successors",
      VocabularyFormat.ID, BodyChange::successors, "the ids of the bodies that began, as many as the kind "
          + "allows (a check the schema cannot make)");
  private static final Field<BodyChange, DocumentReference> DECISION = Field.optional("decision",
      DocumentFormat.REFERENCE, BodyChange::decision, "the document that decided it, when known");
  private static final Field<BodyChange, String> NOTE = Field.optional("note", Scalars.TEXT, BodyChange::note,
      "a remark");

  /** A change in the organisation. */
  public static final ObjectShape<BodyChange> CHANGE = ObjectShape.of(BodyChange.class, "body-change",
      "Thay đổi tổ chức (body change)",
      "Bodies established, renamed, merged, split, dissolved or changed in kind on one day",
      s -> BodyChange.builder().kind(WHAT.get(s)).date(DATE.get(s)).predecessors(PREDECESSORS.list(s))
          .successors(SUCCESSORS.list(s)).decision(DECISION.optional(s)).note(NOTE.optional(s)).build(),
      WHAT, DATE, PREDECESSORS, SUCCESSORS, DECISION, NOTE);
}
