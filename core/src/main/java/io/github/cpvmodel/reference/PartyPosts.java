package io.github.cpvmodel.reference;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.body.BodyLevel;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.person.PostSector;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The seats (<i>chức vụ</i>) of the built-in Party bodies, without holders: the General Secretary (<i>Tổng Bí
 * thư</i>), members and alternate members of the Central Committee, members of the Politburo (<i>Ủy viên Bộ Chính
 * trị</i>), Secretaries of the Central Committee (<i>Bí thư Trung ương Đảng</i>), the Permanent Member of the
 * Secretariat (<i>Thường trực Ban Bí thư</i>), the chair of the Central Inspection Commission (<i>Chủ nhiệm Ủy ban
 * Kiểm tra Trung ương</i>), the head, deputy heads and standing deputy head of every central commission (<i>Trưởng
 * Ban Tổ chức Trung ương</i> …), and the secretary, deputy secretaries and standing-board members of every provincial
 * Party committee of both eras (<i>Bí thư Tỉnh ủy Đồng Nai</i> …). A user adds who held them, as
 * {@link io.github.cpvmodel.person.Tenure tenures}.
 *
 * <pre>{@code
 * Post head = PartyPosts.find(PartyBodies.ORGANISATION_COMMISSION, PostRole.HEAD).orElseThrow();
 * head.title().vi();                                                   // "Trưởng Ban Tổ chức Trung ương"
 * PartyPosts.find(PartyPosts.POLITBURO_MEMBER).orElseThrow().title().vi(); // "Ủy viên Bộ Chính trị"
 * Province dongNai = Provinces.byCode("75", LocalDate.of(2019, 9, 30));
 * PartyPosts.find(PartyBodies.committeeOf(dongNai).id(), PostRole.SECRETARY)
 *     .orElseThrow().title().vi();                                     // "Bí thư Tỉnh ủy Đồng Nai"
 * }</pre>
 *
 * <p>A post lives as long as its body ({@link Post#organ()}): the posts of a commission are derived from the body
 * data, so the head of the Commission for Economic Affairs exists until 2025-02-02 and the head of the Commission for
 * Policies and Strategies from 2025-02-03, with no retyped dates. A post's id is its body's id followed by the code of
 * its role ({@code cc/organisation-commission/head}, {@code party/dong-nai/committee/secretary}), except the General
 * Secretary's, {@link #GENERAL_SECRETARY}. The titles are written as the press writes them; the posts of the central
 * bodies and the patterns for commissions and provincial committees are read from the resource {@code
 * party-posts.csv}, each row with its sources and {@linkplain #findAttestation attestation}: a pattern is attested for
 * one body (the Organisation Commission, a provincial committee) and applied to the others.
 *
 * <p>Lists are in the order of {@link PartyBodies#all()} (the order of their bodies), then in the order of the rows of
 * the resource. All lists are immutable, built once on first use and safe to share between threads.
 */
public final class PartyPosts {
  /** The General Secretary (<i>Tổng Bí thư</i>), the secretary of the Central Committee. */
  public static final Id GENERAL_SECRETARY = Id.of("cc/general-secretary");
  /** A member of the Central Committee (<i>Ủy viên Ban Chấp hành Trung ương Đảng</i>). */
  public static final Id CENTRAL_COMMITTEE_MEMBER = Id.of("cc/member");
  /** An alternate member of the Central Committee (<i>Ủy viên Dự khuyết Ban Chấp hành Trung ương Đảng</i>). */
  public static final Id CENTRAL_COMMITTEE_ALTERNATE_MEMBER = Id.of("cc/alternate-member");
  /** A member of the Politburo (<i>Ủy viên Bộ Chính trị</i>). */
  public static final Id POLITBURO_MEMBER = Id.of("cc/politburo/member");
  /** A Secretary of the Central Committee, a member of the Secretariat (<i>Bí thư Trung ương Đảng</i>). */
  public static final Id SECRETARIAT_MEMBER = Id.of("cc/secretariat/member");
  /** The Permanent Member of the Secretariat (<i>Thường trực Ban Bí thư</i>). */
  public static final Id SECRETARIAT_PERMANENT_MEMBER = Id.of("cc/secretariat/permanent-member");
  /** The chair of the Central Inspection Commission (<i>Chủ nhiệm Ủy ban Kiểm tra Trung ương</i>). */
  public static final Id INSPECTION_COMMISSION_CHAIR = Id.of("cc/inspection-commission/chair");

  private PartyPosts() {}

  /** {@return every built-in post, in the order of their bodies} */
  public static ImmutableList<Post> all() {
    return Data.INSTANCE.all;
  }

  /**
   * The posts whose body existed on {@code day}: on 2019-09-30 the head of the Commission for Economic Affairs and the
   * secretaries of the 63 provincial committees, on 2025-07-01 the head of the Commission for Policies and Strategies
   * and the secretaries of the 34.
   *
   * @param day the day
   * @return the posts, in the order of their bodies
   */
  public static ImmutableList<Post> on(LocalDate day) {
    requireNonNull(day, "day");
    return Data.INSTANCE.all.stream().filter(post -> PartyBodies.hierarchy().byId(post.organ()).existsOn(day))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The built-in post with an id.
   *
   * @param id the id, e.g. {@code cc/politburo/member}
   * @return the post, or empty
   */
  public static Optional<Post> find(Id id) {
    return Optional.ofNullable(Data.INSTANCE.byId.get(requireNonNull(id, "id")));
  }

  /**
   * The built-in post of a role in a body.
   *
   * @param organ the body's id, e.g. {@link PartyBodies#ORGANISATION_COMMISSION}
   * @param role the role, e.g. {@link PostRole#HEAD}
   * @return the post, or empty when the body has no built-in post of that role
   */
  public static Optional<Post> find(Id organ, PostRole role) {
    requireNonNull(role, "role");
    return postsOf(organ).stream().filter(post -> post.role() == role).findFirst();
  }

  /**
   * The built-in posts of a body.
   *
   * @param organ the body's id
   * @return the posts, in the order of the rows of the resource; empty for a body without built-in posts
   */
  public static ImmutableList<Post> postsOf(Id organ) {
    return Data.INSTANCE.byOrgan.get(requireNonNull(organ, "organ"));
  }

  /**
   * How well the title of a built-in post is attested.
   *
   * @param post the post's id
   * @return {@link Attestation#VERIFIED} when the press writes that title for that body,
   *     {@link Attestation#SECONDARY} when the title follows a pattern the press writes for another body of the same
   *     kind; empty for an id that names no built-in post
   */
  public static Optional<Attestation> findAttestation(Id post) {
    return Optional.ofNullable(Data.INSTANCE.attestations.get(requireNonNull(post, "post")));
  }

  /** Built on first use; the holder idiom makes that lazy, once and thread-safe. */
  private static final class Data {
    static final Data INSTANCE = new Data();

    final ImmutableList<Post> all;
    final ImmutableMap<Id, Post> byId;
    final ImmutableListMultimap<Id, Post> byOrgan;
    final ImmutableMap<Id, Attestation> attestations;

    private Data() {
      ImmutableListMultimap.Builder<Id, Post> byOrgan = ImmutableListMultimap.builder();
      ImmutableMap.Builder<Id, Attestation> attestations = ImmutableMap.builder();
      for (ReferenceFile.Row row : ReferenceFile.load("party-posts.csv").rows()) {
        PostRole role = row.get("role", PostRole::parse);
        Attestation attestation = row.get("attestation", Attestation::parse);
        for (Body organ : organs(row)) {
          Id id = row.find("id", Id::of).orElse(organ.id().child(role.code()));
          LocalizedName title = LocalizedName.of(fill(row.get("title_vi"), organ.name().vi()),
              fill(row.get("title_en"), organ.name().en().orElseThrow()));
          byOrgan.put(organ.id(), Post.of(id, organ.id(), PostSector.PARTY, role, title));
          attestations.put(id, attestation);
        }
      }
      this.byOrgan = byOrgan.build();
      this.all = PartyBodies.all().stream().flatMap(body -> this.byOrgan.get(body.id()).stream())
          .collect(ImmutableList.toImmutableList());
      this.byId = all.stream().collect(ImmutableMap.toImmutableMap(Post::id, post -> post));
      this.attestations = attestations.build();
    }

    /** The bodies a row applies to: the one it names, or those its selector picks, in the order of the bodies. */
    private static List<Body> organs(ReferenceFile.Row row) {
      String organ = row.get("organ");
      Predicate<Body> which;
      switch (organ) {
        case "{central-commission}":
          which = body -> body.level() == BodyLevel.CENTRAL && body.kind() == BodyKind.ADVISORY_COMMISSION;
          break;
        case "{provincial-committee}":
          which = body -> unitOf(body).map(unit -> PartyBodies.committeeOf(unit).equals(body)).orElse(false);
          break;
        case "{provincial-standing-board}":
          which = body -> unitOf(body).map(unit -> PartyBodies.committeeOf(unit).id().child("standing-board")
              .equals(body.id())).orElse(false);
          break;
        default:
          Id id = row.get("organ", Id::of);
          which = body -> body.id().equals(id);
          break;
      }
      List<Body> organs = PartyBodies.all().stream().filter(which).collect(Collectors.toList());
      if (organs.isEmpty()) {
        throw row.broken("organ", "'" + organ + "' names no built-in body");
      }
      return organs;
    }

    /** The unit of a provincial body, on the body's first day (a provincial body lives as long as its unit). */
    private static Optional<Province> unitOf(Body body) {
      return body.validity().start().flatMap(start -> PartyBodies.provinceOn(body.id(), start));
    }

    private static String fill(String pattern, String name) {
      return pattern.replace("{name}", name).replace("{name_en}", name);
    }
  }
}
