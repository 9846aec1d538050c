package io.github.cpvmodel.json.format;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A type with several forms, each an object whose member names are its own, so that the first member read tells
 * the form (no discriminator member is needed), e.g. an observed value: {@code {"count":12}} or
 * {@code {"numerator":63,"denominator":63}}.
 *
 * @param <T> the type
 */
public final class OneOfShape<T> extends Shape<T> {
  private final ImmutableList<ObjectShape<? extends T>> forms;
  /** The form of each member name, looked up once per value read rather than searched. */
  private final Map<String, ObjectShape<? extends T>> formOf;
  private final String names;
  /**
   * The form of the value read last, the likeliest form of the next (the values of a run of observations are of
   * their indicator's kind): its first name is matched as it is expected, without a lookup. Written without
   * synchronisation by the threads that share the shape, since any form is a valid guess.
   */
  private ObjectShape<? extends T> last;
  /** The class of the value written last and its form, as one immutable pair, for the same reasons. */
  private Written<T> written;

  /** A class of values and the form that writes them. */
  private record Written<T>(Class<?> type, ObjectShape<? extends T> form) {}

  private OneOfShape(Class<T> type, SchemaDefinitions.Definition definition, List<ObjectShape<? extends T>> forms) {
    super(type, definition);
    if (forms.isEmpty()) {
      throw new IllegalArgumentException("One-of shape '" + definition.id() + "' has no forms; it needs one or more");
    }
    this.forms = ImmutableList.copyOf(forms);
    Map<String, ObjectShape<? extends T>> formOf = new HashMap<>();
    for (ObjectShape<? extends T> form : forms) {
      for (Field<?, ?> f : form.fields()) {
        formOf.putIfAbsent(f.name().text(), form);
      }
    }
    this.formOf = Map.copyOf(formOf);
    this.names = forms.stream().map(ObjectShape::id).collect(Collectors.joining(", "));
    this.last = this.forms.get(0);
    // No value is of class Void: the first value written finds its form.
    this.written = new Written<>(Void.class, last);
  }

  /**
   * A type with several forms.
   *
   * @param type the type
   * @param id the name of its definition in the schema, kebab-case
   * @param title the Vietnamese term and the English one, e.g. {@code "Giá trị (observed value)"}
   * @param description what a value means, and what the schema cannot check about it
   * @param forms the forms, none sharing a member name with another
   * @param <T> the type
   * @return the shape
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public static <T> OneOfShape<T> of(Class<T> type, String id, String title, String description,
      ObjectShape<? extends T>... forms) {
    return new OneOfShape<>(type, new SchemaDefinitions.Definition(id, title, description), List.of(forms));
  }

  @Override
  public T read(TokenReader r, Reading reading) throws IOException {
    if (r.current() != Token.START_OBJECT) {
      throw Reading.typeError(r, "an object (one of " + names + ")");
    }
    long start = r.position();
    // A member found missing is placed at the object, as for an object of one form.
    ObjectShape<? extends T> guess = last;
    if (r.nextName(guess.fields().get(0).name())) {
      return guess.readMembersFromName(r, reading, start);
    }
    if (r.current() == Token.NAME) {
      ObjectShape<? extends T> form = formOf.get(r.name());
      if (form != null) {
        last = form;
        return form.readMembersFromName(r, reading, start);
      }
      throw Reading.fail(r, JsonDataException.ONE_OF, String.format("member '%s' belongs to none of the forms %s",
          r.name(), names));
    }
    // Only an empty object gets here (anything else is malformed), whose end has the same pointer as its start:
    // the pointer is not made for every value read.
    throw new JsonDataException(Problem.of(r.pointer(), start, JsonDataException.ONE_OF,
        "the object is empty; expected one of the forms " + names + ": " + JsonDataException.ONE_OF.description()));
  }

  @Override
  @SuppressWarnings("unchecked")
  public void write(T value, TokenWriter w) throws IOException {
    Written<T> seen = written;
    if (seen.type() != value.getClass()) {
      seen = new Written<>(value.getClass(), forms.stream().filter(form -> form.type().isInstance(value)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              "No form of " + type().getSimpleName() + " writes " + value.getClass())));
      written = seen;
    }
    ((ObjectShape<Object>) seen.form()).write(value, w);
  }

  @Override
  void keywords(TokenWriter w, SchemaDefinitions defs) throws IOException {
    SchemaDefinitions.oneOf(w, defs, forms);
  }
}
