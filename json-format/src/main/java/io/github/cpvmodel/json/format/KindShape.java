package io.github.cpvmodel.json.format;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * A type with kinds whose forms may share member names, told apart by a first member that names the kind, e.g. a
 * meeting: {@code {"type":"conference","id":…}} or {@code {"type":"congress","id":…}}. Each kind is an
 * {@link ObjectShape} whose first member is declared with {@link #kind}, so that a value of one kind, read or
 * written on its own, carries the same member. Reading takes the kind on a fast path when it comes first and finds
 * it in any position otherwise; writing puts it first; the schema lists the kinds under {@code oneOf}, each fixing
 * the member with {@code const}.
 *
 * @param <T> the type
 */
public final class KindShape<T> extends Shape<T> {
  private final Name member;
  private final ImmutableList<ObjectShape<? extends T>> forms;
  private final ImmutableList<String> codes;
  private final String known;

  private KindShape(Class<T> type, SchemaDefinitions.Definition definition, List<ObjectShape<? extends T>> forms) {
    super(type, definition);
    this.forms = ImmutableList.copyOf(forms);
    ImmutableList.Builder<String> codes = ImmutableList.builder();
    Name first = null;
    for (ObjectShape<? extends T> form : forms) {
      Field<?, ?> f = form.fields().get(0);
      if (!(f.shape() instanceof Tag) || (first != null && !first.text().equals(f.name().text()))) {
        throw new IllegalArgumentException("The first member of " + form.id() + " does not name its kind in '"
            + (first == null ? f.name() : first) + "'");
      }
      first = f.name();
      codes.add(((Tag) f.shape()).code);
    }
    this.member = requireNonNull(first, "a kind");
    this.codes = codes.build();
    if (this.codes.stream().distinct().count() != this.codes.size()) {
      throw new IllegalArgumentException("Two kinds of " + type.getSimpleName() + " share a code: " + this.codes);
    }
    this.known = String.join(", ", this.codes);
  }

  /**
   * A type with kinds.
   *
   * @param type the type
   * @param id the name of its definition in the schema, kebab-case
   * @param title the Vietnamese term and the English one, e.g. {@code "Cuộc họp (meeting)"}
   * @param description what a value means, and what the schema cannot check about it
   * @param forms the kinds, each an object whose first member is declared with {@link #kind}, all under one name
   * @param <T> the type
   * @return the shape
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public static <T> KindShape<T> of(Class<T> type, String id, String title, String description,
      ObjectShape<? extends T>... forms) {
    return new KindShape<>(requireNonNull(type, "type"), new SchemaDefinitions.Definition(id, title, description),
        List.of(forms));
  }

  /**
   * The member that names the kind of every value of an object's type, e.g. {@code "type":"conference"}.
   *
   * @param name the wire name of the member, the same in every kind
   * @param code the code of this kind
   * @param description what the member means
   * @param <S> the type of the object
   * @return the member, to be declared first
   */
  public static <S> Field<S, String> kind(String name, String code, String description) {
    return kind(name, code, value -> code, description);
  }

  /**
   * The member that names the kind of an object, when the values of one Java type fall in several kinds (a meeting
   * time, exact or known by the day).
   *
   * @param name the wire name of the member, the same in every kind
   * @param code the code of this kind
   * @param kindOf the code of the kind of a value
   * @param description what the member means
   * @param <S> the type of the object
   * @return the member, to be declared first
   */
  public static <S> Field<S, String> kind(String name, String code, Function<? super S, String> kindOf,
      String description) {
    return Field.required(name, new Tag(requireNonNull(code, "code"), name), kindOf, description);
  }

  @Override
  public T read(TokenReader r, Reading reading) throws IOException {
    if (r.current() != Token.START_OBJECT) {
      throw Reading.typeError(r, "an object whose '" + member + "' is one of " + known);
    }
    long start = r.position();
    if (r.nextName(member)) {
      r.next();
      int k = kindAt(r);
      return forms.get(k).readMembers(r, reading, start, r.position(), codes.get(k));
    }
    Replay replay = Replay.until(r, member);
    if (replay == null) {
      throw new JsonDataException(Problem.of(r.pointer(), start, JsonDataException.REQUIRED, String.format(
          "member '%s' is missing; it names the kind, one of %s: %s", member, known,
          JsonDataException.REQUIRED.description())));
    }
    return forms.get(kindAt(r)).readMembers(replay, reading, start, -1);
  }

  /** The index of the kind the current token names. */
  private int kindAt(TokenReader r) throws IOException {
    if (r.current() != Token.STRING) {
      throw Reading.typeError(r, "a string (one of " + known + ")");
    }
    int k = codes.indexOf(r.text());
    if (k < 0) {
      throw unknown(r, member, known);
    }
    return k;
  }

  private static JsonDataException unknown(TokenReader r, Name member, String known) throws IOException {
    return Reading.fail(r, JsonDataException.KIND, String.format("%s '%s' is not one of %s", member, r.text(),
        known));
  }

  @Override
  @SuppressWarnings("unchecked")
  public void write(T value, TokenWriter w) throws IOException {
    for (int i = 0; i < forms.size(); i++) {
      ObjectShape<Object> form = (ObjectShape<Object>) forms.get(i);
      if (form.type().isInstance(value) && codes.get(i).equals(form.fields().get(0).valueOf(value))) {
        form.write(value, w);
        return;
      }
    }
    throw new IllegalArgumentException("No kind of " + type().getSimpleName() + " writes " + value);
  }

  @Override
  void keywords(TokenWriter w, SchemaDefinitions defs) throws IOException {
    SchemaDefinitions.oneOf(w, defs, forms);
  }

  /** The member naming one kind: reads and writes only its code. */
  private static final class Tag extends Shape<String> {
    private final String code;
    private final Name member;

    Tag(String code, String member) {
      super(String.class);
      this.code = code;
      this.member = Name.of(member);
    }

    @Override
    public String read(TokenReader r, Reading reading) throws IOException {
      if (r.current() != Token.STRING) {
        throw Reading.typeError(r, "a string ('" + code + "')");
      }
      if (!r.text().equals(code)) {
        throw unknown(r, member, code);
      }
      return code;
    }

    @Override
    public void write(String value, TokenWriter w) throws IOException {
      w.string(code);
    }

    @Override
    void keywords(TokenWriter w, SchemaDefinitions defs) throws IOException {
      SchemaDefinitions.keywords(w, "const", code);
    }
  }
}
