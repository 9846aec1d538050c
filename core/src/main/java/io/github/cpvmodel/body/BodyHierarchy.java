package io.github.cpvmodel.body;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Violation;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of bodies read as a tree that changes over time: which bodies stood directly under which on a given day
 * (<i>hệ thống tổ chức của Đảng</i> as it stood on that date). This is what a roll-up of figures up the hierarchy,
 * a bridge-point check or an organisation chart asks.
 *
 * <pre>{@code
 * BodyHierarchy bodies = BodyHierarchy.of(PartyBodies.all());
 * bodies.childrenOn(PartyBodies.CENTRAL_COMMITTEE, LocalDate.of(2019, 9, 30)); // 10 central bodies, 67 Party
 *                                                                           // organisations (63 provincial)
 * bodies.parentOn(Id.of("party/dong-nai/committee"), LocalDate.of(2019, 9, 30)); // the Đồng Nai organisation
 * }</pre>
 *
 * <p>Building one rejects two bodies with the same id (rule {@link #DUPLICATE_ID}); asking about an id that is not
 * in the set is rejected (rule {@link #UNKNOWN_BODY}). What no single body can check — a parent that is not in the
 * set, a parent that did not exist on every day of the link, a body that is its own ancestor — is reported by
 * {@link #validate()}, all at once and with paths, without throwing. Immutable and safe to share between threads.
 */
public final class BodyHierarchy {
  /** Ids are unique in a hierarchy. */
  public static final Rule DUPLICATE_ID = Rule.of("body-hierarchy.duplicate-id",
      "each body of a hierarchy has its own id");

  /** Questions name bodies of the hierarchy. */
  public static final Rule UNKNOWN_BODY = Rule.of("body-hierarchy.unknown-body",
      "the id must name a body of the hierarchy");

  /** Parent links point into the hierarchy. */
  public static final Rule UNKNOWN_PARENT = Rule.of("body-hierarchy.unknown-parent",
      "a parent link must name a body of the hierarchy");

  /** A parent exists while the link holds. */
  public static final Rule PARENT_ABSENT = Rule.of("body-hierarchy.parent-absent",
      "a body can stand under a parent only on days when that parent exists");

  /** The hierarchy is a tree on every day. */
  public static final Rule CYCLE = Rule.of("body-hierarchy.cycle",
      "no body may be its own ancestor on any day");

  private static final BodyHierarchy EMPTY = new BodyHierarchy(ImmutableList.of());

  private final ImmutableList<Body> bodies;
  private final ImmutableMap<Id, Body> bodiesById;
  private final ImmutableListMultimap<Id, Body> byParent;

  private BodyHierarchy(ImmutableList<Body> bodies) {
    this.bodiesById = DUPLICATE_ID.index(bodies, Body::id, "bodies[%d].id", ValidationException::throwFor);
    ImmutableListMultimap.Builder<Id, Body> children = ImmutableListMultimap.builder();
    for (Body body : bodies) {
      List<ParentLink> links = body.parents();
      for (int i = 0; i < links.size(); i++) {
        if (!linksEarlier(links, i)) {
          children.put(links.get(i).parent(), body);
        }
      }
    }
    this.bodies = bodies;
    this.byParent = children.build();
  }

  /**
   * A hierarchy of the given bodies, in their order.
   *
   * @param bodies the bodies
   * @return the hierarchy
   * @throws ValidationException if two bodies share an id (rule {@link #DUPLICATE_ID})
   */
  public static BodyHierarchy of(Iterable<? extends Body> bodies) {
    return new BodyHierarchy(ImmutableList.copyOf(bodies));
  }

  /** {@return the hierarchy without bodies} */
  public static BodyHierarchy empty() {
    return EMPTY;
  }

  /**
   * This hierarchy with more bodies, e.g. a user's districts and cells added to the built-in provinces.
   *
   * @param more the bodies to add, after those already here
   * @return the larger hierarchy
   * @throws ValidationException if an id is used twice (rule {@link #DUPLICATE_ID})
   */
  public BodyHierarchy plus(Iterable<? extends Body> more) {
    return new BodyHierarchy(ImmutableList.<Body>builder().addAll(bodies).addAll(more).build());
  }

  /** {@return every body, in the order given} */
  public ImmutableList<Body> bodies() {
    return bodies;
  }

  /**
   * The body with an id, if it is here.
   *
   * @param id the id
   * @return the body, or empty
   */
  public Optional<Body> find(Id id) {
    return Optional.ofNullable(bodiesById.get(id));
  }

  /**
   * The body with an id.
   *
   * @param id the id
   * @return the body
   * @throws ValidationException if no body has that id (rule {@link #UNKNOWN_BODY})
   */
  public Body byId(Id id) {
    Body body = bodiesById.get(id);
    if (body == null) {
      String value = id.value();
      String prefix = value.substring(0, value.lastIndexOf('/') + 1);
      List<String> near = bodiesById.keySet().stream().map(Id::value)
          .filter(v -> !prefix.isEmpty() && v.startsWith(prefix) && v.indexOf('/', prefix.length()) < 0)
          .limit(5).collect(Collectors.toList());
      UNKNOWN_BODY.require(false, "id", "no body has id '%s' among the %d bodies of the hierarchy%s", id,
          bodies.size(), near.isEmpty() ? "" : "; under '" + prefix + "' there are " + near);
    }
    return body;
  }

  /**
   * Whether a body with that id is here.
   *
   * @param id the id
   * @return whether it is
   */
  public boolean contains(Id id) {
    return bodiesById.containsKey(id);
  }

  /**
   * The bodies that existed on {@code day}, in the order given.
   *
   * @param day the day
   * @return the bodies
   */
  public ImmutableList<Body> on(LocalDate day) {
    return bodies.stream().filter(b -> b.existsOn(day)).collect(ImmutableList.toImmutableList());
  }

  /**
   * The bodies that stood directly under {@code parent} on {@code day}, in the order given; their
   * {@link Body#name() names} are those of that day, since a renamed body is a new body.
   *
   * @param parent the parent's id
   * @param day the day
   * @return the children, possibly none
   * @throws ValidationException if {@code parent} is not here (rule {@link #UNKNOWN_BODY})
   */
  public ImmutableList<Body> childrenOn(Id parent, LocalDate day) {
    byId(parent);
    ImmutableList.Builder<Body> children = ImmutableList.builder();
    for (Body child : byParent.get(parent)) {
      if (child.parentOn(day).map(parent::equals).orElse(false)) {
        children.add(child);
      }
    }
    return children.build();
  }

  /**
   * The body that {@code child} stood directly under on {@code day}.
   *
   * @param child the child's id
   * @param day the day
   * @return the parent, or empty if the child had none that day or its parent is not here
   * @throws ValidationException if {@code child} is not here (rule {@link #UNKNOWN_BODY})
   */
  public Optional<Body> parentOn(Id child, LocalDate day) {
    return byId(child).parentOn(day).flatMap(this::find);
  }

  /**
   * The chain of parents of a body on {@code day}, nearest first: for a provincial Organisation Commission, its
   * Provincial Party Committee, the provincial Party organisation, the Central Committee.
   *
   * @param id the body's id
   * @param day the day
   * @return the ancestors, possibly none; a cycle stops the chain before the first repeat
   * @throws ValidationException if {@code id} is not here (rule {@link #UNKNOWN_BODY})
   */
  public ImmutableList<Body> ancestorsOn(Id id, LocalDate day) {
    ImmutableList.Builder<Body> chain = ImmutableList.builder();
    Set<Id> seen = new HashSet<>();
    seen.add(id);
    Optional<Body> parent = parentOn(id, day);
    while (parent.isPresent() && seen.add(parent.get().id())) {
      chain.add(parent.get());
      parent = parent.get().parentOn(day).flatMap(this::find);
    }
    return chain.build();
  }

  /**
   * Every body below {@code id} on {@code day}, depth first, each child before its own children.
   *
   * @param id the body's id
   * @param day the day
   * @return the descendants, possibly none
   * @throws ValidationException if {@code id} is not here (rule {@link #UNKNOWN_BODY})
   */
  public ImmutableList<Body> descendantsOn(Id id, LocalDate day) {
    ImmutableList.Builder<Body> out = ImmutableList.builder();
    Set<Id> seen = new HashSet<>();
    seen.add(id);
    Deque<Body> stack = new ArrayDeque<>(childrenOn(id, day));
    while (!stack.isEmpty()) {
      Body body = stack.pop();
      if (seen.add(body.id())) {
        out.add(body);
        childrenOn(body.id(), day).reverse().forEach(stack::push);
      }
    }
    return out.build();
  }

  /**
   * Checks what only the whole set can show: every parent link names a body that is here (rule
   * {@link #UNKNOWN_PARENT}) and that existed on every day of the link (rule {@link #PARENT_ABSENT}), and no body
   * is its own ancestor (rule {@link #CYCLE}).
   *
   * @return every violation, with paths such as {@code bodies[3].parents[0].parent}; empty when all holds
   */
  public ImmutableList<Violation> validate() {
    List<Violation> violations = new ArrayList<>();
    boolean loops = hasLoop();
    for (int i = 0; i < bodies.size(); i++) {
      Body body = bodies.get(i);
      // Paths are made only for violations: a hierarchy may hold hundreds of thousands of bodies.
      for (int j = 0; j < body.parents().size(); j++) {
        ParentLink link = body.parents().get(j);
        Body parent = bodiesById.get(link.parent());
        if (parent == null) {
          violations.add(UNKNOWN_PARENT.violation("bodies[" + i + "].parents[" + j + "].parent",
              String.format("'%s' names parent '%s', which is not in the hierarchy", body.id(), link.parent())));
        } else if (!parent.validity().encloses(link.validity())) {
          violations.add(PARENT_ABSENT.violation("bodies[" + i + "].parents[" + j + "].validity", String.format(
              "'%s' stands under '%s' for '%s', but '%s' exists only '%s'", body.id(), parent.id(),
              link.validity(), parent.id(), parent.validity())));
        }
      }
      Optional<LocalDate> cycle = loops ? cycleThrough(body) : Optional.empty();
      if (cycle.isPresent()) {
        violations.add(CYCLE.violation("bodies[" + i + "]",
            String.format("'%s' is its own ancestor on %s", body.id(), cycle.get())));
      }
    }
    return ImmutableList.copyOf(violations);
  }

  /** Whether a link before the {@code i}-th names the same parent: a child is listed once under each parent. */
  private static boolean linksEarlier(List<ParentLink> links, int i) {
    for (int j = 0; j < i; j++) {
      if (links.get(j).parent().equals(links.get(i).parent())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether following parent links, whatever their days, can lead from a body back to it: only then can a body be
   * its own ancestor on some day. One depth-first walk over every parent and its links, so that a hierarchy without
   * such a loop (every real one) is known to have no cycle without trying the days of each body.
   */
  private boolean hasLoop() {
    // Each body of a loop is the parent of the next, so the walk starts from parents only and reaches no other
    // body: a hierarchy of many grassroots organisations under few parents is walked over those few.
    Set<Id> parents = byParent.keySet();
    // The state of each body: absent not reached yet, TRUE on the walk's path, FALSE done.
    Map<Body, Boolean> state = new IdentityHashMap<>(parents.size());
    Body[] path = new Body[parents.size()];
    int[] nextLink = new int[parents.size()];
    for (Id id : parents) {
      Body root = bodiesById.get(id);
      if (root == null || state.containsKey(root)) {
        continue;
      }
      int top = 0;
      path[0] = root;
      nextLink[0] = 0;
      state.put(root, Boolean.TRUE);
      while (top >= 0) {
        List<ParentLink> links = path[top].parents();
        if (nextLink[top] == links.size()) {
          state.put(path[top--], Boolean.FALSE);
          continue;
        }
        Body parent = bodiesById.get(links.get(nextLink[top]++).parent());
        Boolean seen = parent == null ? Boolean.FALSE : state.get(parent);
        if (seen == null) {
          state.put(parent, Boolean.TRUE);
          path[++top] = parent;
          nextLink[top] = 0;
        } else if (seen) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A day on which following the parents of {@code body} leads back to it. The parent chain can only change on
   * the first day of some link, so those days (and any day, for links open at the start) are the ones to try.
   */
  private Optional<LocalDate> cycleThrough(Body body) {
    Set<LocalDate> days = new HashSet<>();
    Deque<Body> todo = new ArrayDeque<>();
    Set<Id> visited = new HashSet<>();
    todo.push(body);
    while (!todo.isEmpty()) {
      Body next = todo.pop();
      if (!visited.add(next.id())) {
        continue;
      }
      for (ParentLink link : next.parents()) {
        days.add(link.validity().start().orElse(LocalDate.MIN));
        find(link.parent()).ifPresent(todo::push);
      }
    }
    for (LocalDate day : days) {
      Set<Id> seen = new HashSet<>();
      Optional<Id> current = Optional.of(body.id());
      while (current.isPresent() && seen.add(current.get())) {
        current = find(current.get()).flatMap(b -> b.parentOn(day));
      }
      if (current.isPresent() && current.get().equals(body.id())) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }
}
