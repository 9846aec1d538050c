package io.github.cpvmodel.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyKind;
import io.github.cpvmodel.person.PostRole;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The names the press writes besides the built-in ones: other names of bodies (<i>Ban Bí thư</i> for the
 * Secretariat, whose own name is <i>Ban Bí thư Trung ương Đảng</i>; <i>Ban TVTU</i> for the standing board of a
 * provincial committee) and of posts (<i>Ủy viên Trung ương Đảng</i>, a member of the Central Committee), the words
 * it writes for a role before a body's name (<i>Bí thư</i>, <i>Trưởng</i> in <i>Trưởng Ban Tổ chức Trung ương</i>,
 * <i>Chủ nhiệm</i>), other names of provinces (<i>TPHCM</i>), and the names of State bodies and posts the press writes
 * beside Party posts (<i>Chủ tịch HĐND tỉnh</i>, <i>Chủ tịch nước</i>). Reading what a text cites needs them; each comes, in the resource {@code press-names.csv}, with a press
 * text that writes it so.
 *
 * <pre>{@code
 * PressNames.bodies().get("Ban Bí thư");       // [cc/secretariat]
 * PressNames.posts().get("Ủy viên Trung ương Đảng"); // [cc/member]
 * PressNames.roles().get("Trưởng");            // [HEAD]
 * PressNames.bodies().get("Ban TVTU").size();  // 88: the standing board of every provincial committee, both eras
 * }</pre>
 *
 * <p>The names are as written (NFC), to be matched by {@linkplain io.github.cpvmodel.text.VietnameseText#foldKey fold
 * key}. A name that stands for the body of every provincial-level unit lists them all, in the order of
 * {@link PartyBodies#all()}: which one a text means depends on the place it speaks of. The data is built once, on
 * first use, and is immutable and safe to share between threads.
 */
public final class PressNames {
  private PressNames() {}

  /** {@return other names of built-in bodies, as written, each with the bodies it may stand for} */
  public static ImmutableListMultimap<String, Id> bodies() {
    return Data.INSTANCE.bodies;
  }

  /** {@return other titles of built-in posts, as written, each with the posts it stands for} */
  public static ImmutableListMultimap<String, Id> posts() {
    return Data.INSTANCE.posts;
  }

  /**
   * The words written for a role before the name of a body: the generic name of every {@link PostRole} ("Bí thư",
   * "Phó Bí thư Thường trực", "Ủy viên"), the same without a last word "ban" that the body's name repeats ("Trưởng"
   * in "Trưởng Ban Tổ chức Trung ương"), and the other words of the resource ("Chủ nhiệm").
   *
   * @return the words as written, each with its roles
   */
  public static ImmutableListMultimap<String, PostRole> roles() {
    return Data.INSTANCE.roles;
  }

  /** {@return the names of State bodies the press writes with a post ("HĐND tỉnh"), as written} */
  public static ImmutableList<String> stateBodies() {
    return Data.INSTANCE.stateBodies;
  }

  /** {@return the titles of State posts the press writes beside Party posts ("Chủ tịch nước"), as written} */
  public static ImmutableList<String> stateTitles() {
    return Data.INSTANCE.stateTitles;
  }

  /** {@return other names of provincial-level units, as written, each with the units it stands for ("TPHCM")} */
  public static ImmutableListMultimap<String, Id> provinces() {
    return Data.INSTANCE.provinces;
  }

  /** Built on first use; the holder idiom makes that lazy, once and thread-safe. */
  private static final class Data {
    static final Data INSTANCE = new Data();

    final ImmutableListMultimap<String, Id> bodies;
    final ImmutableListMultimap<String, Id> posts;
    final ImmutableListMultimap<String, PostRole> roles;
    final ImmutableList<String> stateBodies;
    final ImmutableList<String> stateTitles;
    final ImmutableListMultimap<String, Id> provinces;

    private Data() {
      ImmutableListMultimap.Builder<String, Id> bodies = ImmutableListMultimap.builder();
      ImmutableListMultimap.Builder<String, Id> posts = ImmutableListMultimap.builder();
      ImmutableListMultimap.Builder<String, PostRole> roles = ImmutableListMultimap.builder();
      ImmutableList.Builder<String> stateBodies = ImmutableList.builder();
      ImmutableList.Builder<String> stateTitles = ImmutableList.builder();
      ImmutableListMultimap.Builder<String, Id> provinces = ImmutableListMultimap.builder();
      for (PostRole role : PostRole.values()) {
        String label = role.label().vi();
        roles.put(label, role);
        List<String> words = Arrays.asList(label.split(" "));
        if (words.size() > 1 && words.get(words.size() - 1).equals("ban")) {
          roles.put(String.join(" ", words.subList(0, words.size() - 1)), role);
        }
      }
      for (ReferenceFile.Row row : ReferenceFile.load("press-names.csv").rows()) {
        String name = row.get("name");
        row.get("source");
        switch (row.get("kind")) {
          case "body":
            bodies.putAll(name, targets(row));
            break;
          case "post":
            Id post = row.get("target", Id::of);
            if (PartyPosts.find(post).isEmpty()) {
              throw row.broken("target", "'" + post + "' is no built-in post");
            }
            posts.put(name, post);
            break;
          case "role":
            roles.put(name, row.get("target", PostRole::parse));
            break;
          case "state-body":
            stateBodies.add(name);
            break;
          case "state-title":
            stateTitles.add(name);
            break;
          case "province":
            Id unit = row.get("target", Id::of);
            if (Provinces.find(unit).isEmpty()) {
              throw row.broken("target", "'" + unit + "' is no built-in provincial-level unit");
            }
            provinces.put(name, unit);
            break;
          default:
            throw row.broken("kind", "'" + row.get("kind") + "' is not body, post, role, province, state-body or "
                + "state-title");
        }
      }
      this.bodies = bodies.build();
      this.posts = posts.build();
      this.roles = roles.build();
      this.stateBodies = stateBodies.build();
      this.stateTitles = stateTitles.build();
      this.provinces = provinces.build();
    }

    /** The bodies a row names: one by id, or the body of every provincial-level unit a selector picks. */
    private static List<Id> targets(ReferenceFile.Row row) {
      String target = row.get("target");
      Predicate<Body> which;
      switch (target) {
        case "{provincial-committee}":
          which = body -> body.kind() == BodyKind.PARTY_COMMITTEE && isProvincial(body);
          break;
        case "{provincial-standing-board}":
          which = body -> body.kind() == BodyKind.STANDING_BOARD && isProvincial(body);
          break;
        default:
          Id id = row.get("target", Id::of);
          which = body -> body.id().equals(id);
          break;
      }
      List<Id> ids = PartyBodies.all().stream().filter(which).map(Body::id).collect(Collectors.toList());
      if (ids.isEmpty()) {
        throw row.broken("target", "'" + target + "' names no built-in body");
      }
      return ids;
    }

    private static boolean isProvincial(Body body) {
      return body.validity().start().flatMap(start -> PartyBodies.provinceOn(body.id(), start)).isPresent();
    }
  }
}
