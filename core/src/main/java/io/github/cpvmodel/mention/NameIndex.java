package io.github.cpvmodel.mention;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.body.Body;
import io.github.cpvmodel.body.BodyHierarchy;
import io.github.cpvmodel.document.Document;
import io.github.cpvmodel.document.DocumentType;
import io.github.cpvmodel.person.Post;
import io.github.cpvmodel.person.PostRole;
import io.github.cpvmodel.reference.PressNames;
import io.github.cpvmodel.reference.Province;
import io.github.cpvmodel.reference.ProvinceKind;
import io.github.cpvmodel.reference.Provinces;
import io.github.cpvmodel.text.VietnameseText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The names a text may give the things the context knows, indexed word by word by their fold keys (a trie), so
 * that the names that start at a word of a text are found by walking its words once: bodies (by their names,
 * abbreviations and press names, and without their place: "Tỉnh ủy" for every <i>Tỉnh ủy X</i>), provinces (bare,
 * with their prefix, "TP." for a city), posts (by title, and without their place), the words of roles and the
 * names of State bodies that a post is written with, and documents known by a name rather than a number (the
 * Charter, the Platform).
 *
 * <p>Between the words of a name a text may write a dash ("Bà Rịa - Vũng Tàu") or, after "TP", a dot; a comma only
 * where the name has one ("Ban Chính sách, chiến lược Trung ương").
 */
final class NameIndex {
  /** What a name stands for. */
  enum Category { BODY, PROVINCE, POST, DOCUMENT, ROLE, STATE_BODY, STATE_TITLE }

  /**
   * The things one name stands for in one category: bodies, provinces, posts, roles, or a document (or its type).
   * A name without its place ({@code placeless}) stands for the body or post of every place; a bare province name
   * must be written with capitals ("Hòa Bình", not "hòa bình", peace).
   */
  static final class Named {
    final Category category;
    final boolean placeless;
    final boolean bare;
    final List<Object> targets = new ArrayList<>();

    Named(Category category, boolean placeless, boolean bare) {
      this.category = category;
      this.placeless = placeless;
      this.bare = bare;
    }

    <T> ImmutableList<T> targets(Class<T> type) {
      return targets.stream().filter(type::isInstance).map(type::cast).distinct()
          .collect(ImmutableList.toImmutableList());
    }
  }

  /** A name found in a text: what it stands for and the token after its last word. */
  record Match(Named named, int end) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Named> names = new ArrayList<>();
  }

  private static final String COMMA = ",";

  /** The Party's own documents known by the name of their type. */
  private static final List<DocumentType> NAMED_TYPES =
      List.of(DocumentType.CHARTER, DocumentType.POLITICAL_PLATFORM);

  /** Cached for the built-in reference data, which most contexts use. */
  private static final class BuiltIn {
    static final NameIndex INSTANCE = build(MentionContext.undated());
  }

  private final Node root = new Node();
  private final Set<String> provinceKeys = new HashSet<>();

  private NameIndex() {}

  static NameIndex of(MentionContext context) {
    return context.usesBuiltInNames() && context.registry().isEmpty() ? BuiltIn.INSTANCE : build(context);
  }

  private static NameIndex build(MentionContext context) {
    NameIndex index = new NameIndex();
    for (Province unit : Provinces.all()) {
      index.provinceKeys.add(VietnameseText.foldKey(unit.name()));
    }
    for (Province unit : Provinces.all()) {
      // A bare "Hồ Chí Minh" is a person more often than the city, which the press names with its prefix.
      if (!VietnameseText.foldKey(unit.name()).equals("ho chi minh")) {
        index.add(Category.PROVINCE, unit.name(), false, true, unit);
      }
      index.add(Category.PROVINCE, unit.fullName().vi(), false, false, unit);
      if (unit.kind() == ProvinceKind.CITY) {
        index.add(Category.PROVINCE, "TP " + unit.name(), false, false, unit);
      }
    }
    BodyHierarchy bodies = context.bodiesInUse();
    for (Body body : bodies.bodies()) {
      index.addWithoutPlace(Category.BODY, body.name().vi(), body);
      body.abbreviation().ifPresent(abbreviation -> index.add(Category.BODY, abbreviation, false, false, body));
    }
    PressNames.bodies().asMap().forEach((name, ids) -> {
      List<Body> known = ids.stream().map(bodies::find).flatMap(Optional::stream).collect(Collectors.toList());
      known.forEach(body -> index.add(Category.BODY, name, known.size() > 1, false, body));
    });
    List<Post> posts = context.postsInUse();
    Map<Id, Post> postsById = posts.stream().collect(Collectors.toMap(Post::id, Function.identity(), (a, b) -> a));
    for (Post post : posts) {
      index.addWithoutPlace(Category.POST, post.title().vi(), post);
    }
    PressNames.posts().forEach((name, id) -> Optional.ofNullable(postsById.get(id))
        .ifPresent(post -> index.add(Category.POST, name, false, false, post)));
    PressNames.roles().forEach((name, role) -> index.add(Category.ROLE, name, false, false, role));
    PressNames.stateBodies().forEach(name -> index.add(Category.STATE_BODY, name, false, false, name));
    PressNames.stateTitles().forEach(name -> index.add(Category.STATE_TITLE, name, false, false, name));
    PressNames.provinces().forEach((name, id) -> Provinces.find(id)
        .ifPresent(unit -> index.add(Category.PROVINCE, name, false, false, unit)));
    for (DocumentType type : NAMED_TYPES) {
      index.add(Category.DOCUMENT, type.label().vi(), false, false, type);
    }
    for (Document document : context.documentsInUse().documents()) {
      if (document.number().isEmpty() && NAMED_TYPES.contains(document.type())) {
        document.key().title().ifPresent(title -> index.add(Category.DOCUMENT, withoutNote(title), false, false,
            document));
      }
    }
    return index;
  }

  /** A title without a note in parentheses at its end: "Cương lĩnh … (bổ sung, phát triển năm 2011)". */
  private static String withoutNote(String title) {
    String trimmed = title.strip();
    int open = trimmed.lastIndexOf('(');
    return trimmed.endsWith(")") && open > 0 ? trimmed.substring(0, open).strip() : trimmed;
  }

  /** Adds a name and, if it ends with the name of a province ("Tỉnh ủy Đồng Nai"), the name without it. */
  private void addWithoutPlace(Category category, String name, Object target) {
    add(category, name, false, false, target);
    List<String> keys = keys(name);
    for (int words = Math.min(4, keys.size() - 1); words >= 1; words--) {
      String tail = String.join(" ", keys.subList(keys.size() - words, keys.size()));
      if (provinceKeys.contains(tail)) {
        insert(keys.subList(0, keys.size() - words), category, true, false, target);
        return;
      }
    }
  }

  private void add(Category category, String name, boolean placeless, boolean bare, Object target) {
    insert(keys(name), category, placeless, bare, target);
  }

  private void insert(List<String> keys, Category category, boolean placeless, boolean bare, Object target) {
    if (keys.isEmpty()) {
      return;
    }
    Node node = root;
    for (String key : keys) {
      node = node.next.computeIfAbsent(key, k -> new Node());
    }
    Named named = null;
    for (Named existing : node.names) {
      if (existing.category == category && existing.placeless == placeless && existing.bare == bare) {
        named = existing;
      }
    }
    if (named == null) {
      named = new Named(category, placeless, bare);
      node.names.add(named);
    }
    named.targets.add(target);
  }

  /** The keys a name is indexed by: its words' fold keys, and its commas. */
  private static List<String> keys(String name) {
    TextScan scan = new TextScan(name);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < scan.size(); i++) {
      if (scan.kind(i) != TextScan.Kind.SIGN) {
        keys.add(scan.key(i));
      } else if (scan.isSign(i, ',')) {
        keys.add(COMMA);
      }
    }
    return keys;
  }

  /**
   * Every name that starts at token {@code from} of a text, shortest first.
   *
   * @param scan the tokens of the text
   * @param from the token where the names start, a word
   * @return the matches, each with the token after its last word
   */
  List<Match> namesAt(TextScan scan, int from) {
    List<Match> matches = new ArrayList<>();
    Node node = root;
    int i = from;
    while (i < scan.size()) {
      String key;
      if (scan.kind(i) != TextScan.Kind.SIGN) {
        key = scan.key(i);
      } else if (scan.isSign(i, ',')) {
        key = COMMA;
      } else if (i > from && (scan.isSign(i, '-') || scan.isSign(i, '\u2013')
          || scan.isSign(i, '.') && scan.isWord(i - 1, "tp"))) {
        i++;
        continue;
      } else {
        break;
      }
      node = node.next.get(key);
      if (node == null) {
        break;
      }
      i++;
      for (Named named : node.names) {
        matches.add(new Match(named, i));
      }
    }
    return matches;
  }

  /** {@return whether any name starts with the word whose fold key is {@code key}} */
  boolean startsName(String key) {
    return root.next.containsKey(key);
  }

  /** {@return the roles a role word stands for} */
  static ImmutableList<PostRole> roles(Named named) {
    return named.targets(PostRole.class);
  }
}
