package io.github.cpvmodel.json.format;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The declaration of a type written as a JSON object: its members in their canonical order, each with its wire
 * name, and how to build the value from them through core's builders or factories, which validate it. Reading takes
 * the members in their canonical order on a fast path and in any order otherwise; a member name given twice is
 * rejected at its second occurrence, and so are unknown members unless the reading is lenient, which skips them (and
 * still rejects a name given twice within what it skips); a rejection by core is placed at the member it names.
 *
 * @param <T> the type
 */
public final class ObjectShape<T> extends Shape<T> {
  private final String id;
  private final ImmutableList<Field<T, ?>> fields;
  private final Field<T, ?>[] array;
  private final Function<Object[], T> construct;
  private final String known;
  /** How many members, in their canonical order, include every required one. */
  private final int required;

  @SuppressWarnings("unchecked")
  private ObjectShape(Class<T> type, String id, String title, String description, List<Field<T, ?>> fields,
      Function<Object[], T> construct) {
    super(type, new SchemaDefinitions.Definition(id, title, description));
    this.id = id;
    this.fields = ImmutableList.copyOf(fields);
    this.array = (Field<T, ?>[]) this.fields.toArray(new Field<?, ?>[0]);
    for (int i = 0; i < array.length; i++) {
      array[i].bind(i);
    }
    this.construct = construct;
    this.known = this.fields.stream().map(f -> f.name().text()).collect(Collectors.joining(", "));
    int required = 0;
    for (int i = 0; i < array.length; i++) {
      if (array[i].isRequired()) {
        required = i + 1;
      }
    }
    this.required = required;
  }

  /**
   * A declaration.
   *
   * @param type the Java type
   * @param id the name of its definition in the schema, kebab-case
   * @param title the Vietnamese term and the English one, e.g. {@code "Chỉ tiêu (indicator)"}
   * @param description what a value means, and what the schema cannot check about it
   * @param construct builds the value from the members read, through core's builders or factories
   * @param fields the members in their canonical order
   * @param <T> the type
   * @return the declaration
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public static <T> ObjectShape<T> of(Class<T> type, String id, String title, String description,
      Function<Object[], T> construct, Field<T, ?>... fields) {
    return new ObjectShape<>(requireNonNull(type, "type"), id, title, description, List.of(fields), construct);
  }

  /** {@return the name of the definition in the schema} */
  public String id() {
    return id;
  }

  /** {@return the members in their canonical order} */
  public ImmutableList<Field<T, ?>> fields() {
    return fields;
  }

  @Override
  public T read(TokenReader r, Reading reading) throws IOException {
    if (r.current() != Token.START_OBJECT) {
      throw Reading.typeError(r, "an object (" + id + ")");
    }
    return readMembers(r, reading, r.position(), 0);
  }

  /**
   * Reads the members of an object whose start and first member's name have been read: on the fast path from there
   * when that member is the first declared, as in a one-of value, whose first name tells its form.
   *
   * @param start the position of the object, where a member found missing is reported
   */
  T readMembersFromName(TokenReader r, Reading reading, long start) throws IOException {
    if (!r.name().equals(array[0].name().text())) {
      return readMembers(r, reading, start, -1);
    }
    r.next();
    // Read before the object's own member values are set up, as a kind's code is: a value of the first member that
    // is itself an object uses that depth's array before this object does.
    long at = r.position();
    Object first = array[0].shape().read(r, reading);
    return readMembers(r, reading, start, at, first);
  }

  /**
   * Reads the members of an object whose start has been read.
   *
   * @param start the position of the object, where a member found missing is reported
   * @param read 0 to take the fast path from the next token, or -1 when the reader is on a member's name (or the
   *     object's end) and the fast path is not taken
   */
  T readMembers(TokenReader r, Reading reading, long start, int read) throws IOException {
    return readMembers(r, reading, start, read, null, 0);
  }

  /**
   * Reads the members of an object whose first member's value has been read, the reader on that value.
   *
   * @param start the position of the object, where a member found missing is reported
   * @param firstAt the position of the first member's value
   * @param first the value of the first member
   */
  T readMembers(TokenReader r, Reading reading, long start, long firstAt, Object first) throws IOException {
    return readMembers(r, reading, start, 1, first, firstAt);
  }

  /**
   * Reads the members of an object.
   *
   * @param read how many members have been read in their canonical order, the reader on the last one's value (0
   *     or 1), or -1 when the reader is on a member's name (or the object's end) and the fast path is not taken
   */
  private T readMembers(TokenReader r, Reading reading, long start, int read, @Nullable Object first, long firstAt)
      throws IOException {
    int base = reading.push(array.length);
    Object[] slots = reading.values(array.length);
    try {
      Token t;
      // The names of unknown members a lenient reading skipped, kept to reject one given twice.
      List<String> skipped = null;
      // How many members were read in their canonical order, filling the first slots; the others still hold the
      // values of the object read before at this depth, and are emptied.
      int i = 0;
      if (read < 0) {
        t = r.current();
      } else {
        i = read;
        if (i == 1) {
          slots[0] = first;
          reading.position(base, firstAt);
        }
        while (i < array.length && r.nextName(array[i].name())) {
          readMember(i, r, reading, slots, base);
          i++;
        }
        t = i == array.length ? r.next() : r.current();
      }
      Arrays.fill(slots, i, array.length, null);
      // An object read in the canonical order up to its last required member has them all.
      boolean complete = t == Token.END_OBJECT && i >= required;
      while (t != Token.END_OBJECT) {
        if (t != Token.NAME) {
          throw Reading.typeError(r, "a member name");
        }
        String name = r.name();
        int k = indexOf(name);
        if (k < 0) {
          if (!reading.lenient()) {
            throw Reading.fail(r, JsonDataException.UNKNOWN_MEMBER, String.format(
                "member '%s' is not one of %s", name, known));
          }
          if (skipped == null) {
            skipped = new ArrayList<>(2);
          } else if (skipped.contains(name)) {
            throw JsonDataException.duplicate(r.pointer(), r.position(), name);
          }
          skipped.add(name);
          r.next();
          Reading.skip(r);
        } else {
          if (slots[k] != null) {
            throw JsonDataException.duplicate(r.pointer(), r.position(), name);
          }
          readMember(k, r, reading, slots, base);
        }
        t = r.next();
      }
      if (!complete) {
        for (Field<T, ?> f : array) {
          if (f.isRequired() && slots[f.index()] == null) {
            throw new JsonDataException(Problem.of(r.pointer(), start, JsonDataException.REQUIRED, String.format(
                "member '%s' is missing from %s, which has %s: %s", f.name(), id, known,
                JsonDataException.REQUIRED.description())));
          }
        }
      }
      try {
        return construct.apply(slots);
      } catch (ValidationException e) {
        throw rejected(e, r.pointer(), start, reading, base, slots);
      }
    } finally {
      reading.pop(base);
    }
  }

  private void readMember(int k, TokenReader r, Reading reading, Object[] slots, int base) throws IOException {
    r.next();
    reading.position(base + k, r.position());
    slots[k] = array[k].shape().read(r, reading);
  }

  private JsonDataException rejected(ValidationException e, String pointer, long start, Reading reading, int base,
      Object[] slots) {
    if (e instanceof JsonDataException) {
      return (JsonDataException) e;
    }
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    for (io.github.cpvmodel.Violation v : e.violations()) {
      int k = memberOf(v.path());
      // A rule about an absent member (an empty list left out) is placed at the object.
      long position = k < 0 || slots[k] == null ? start : reading.position(base + k);
      problems.add(Problem.of(pointer + pointerOf(v.path()), position, v));
    }
    return new JsonDataException(problems.build());
  }

  private int indexOf(String name) {
    for (int i = 0; i < array.length; i++) {
      if (array[i].name().text().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private int memberOf(String path) {
    int end = 0;
    while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
      end++;
    }
    String head = path.substring(0, end);
    for (int i = 0; i < array.length; i++) {
      if (array[i].path().equals(head)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  String pointerOf(String path) {
    int k = memberOf(path);
    if (k < 0) {
      return super.pointerOf(path);
    }
    Field<T, ?> f = array[k];
    String rest = path.substring(f.path().length());
    return "/" + f.name().text() + f.shape().pointerOf(rest.startsWith(".") ? rest.substring(1) : rest);
  }

  @Override
  public void write(T value, TokenWriter w) throws IOException {
    w.startObject();
    writeMembers(value, w);
    w.endObject();
  }

  @SuppressWarnings("unchecked")
  void writeMembers(T value, TokenWriter w) throws IOException {
    for (Field<T, ?> f : array) {
      Object v = f.valueOf(value);
      // Compared rather than switched on: most members are required, and an enum switch looks the kind up first.
      Field.Kind kind = f.kind();
      if (kind == Field.Kind.OPTIONAL) {
        if (((Optional<?>) v).isEmpty()) {
          continue;
        }
        v = ((Optional<?>) v).get();
      } else if (kind == Field.Kind.LIST) {
        if (((List<?>) v).isEmpty()) {
          continue;
        }
        v = ImmutableList.copyOf((List<?>) v);
      }
      w.name(f.name());
      ((Shape<Object>) f.shape()).write(v, w);
    }
  }

  @Override
  void keywords(TokenWriter w, SchemaDefinitions defs) throws IOException {
    w.name("type");
    w.string("object");
    w.name("properties");
    w.startObject();
    for (Field<T, ?> f : array) {
      w.name(f.name());
      f.shape().schema(w, defs, f.description());
    }
    w.endObject();
    w.name("required");
    w.startArray();
    for (Field<T, ?> f : array) {
      if (f.isRequired()) {
        w.string(f.name().text());
      }
    }
    w.endArray();
    w.name("additionalProperties");
    w.bool(false);
  }
}
