package io.github.cpvmodel.json.format;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.function.Function;

/**
 * A member of an object's declaration: its wire name, the shape of its value, how to get it from the value, and
 * whether it is required, optional or a list (absent when empty).
 *
 * @param <T> the type of the object
 * @param <V> the type of the member's value
 */
public final class Field<T, V> {
  enum Kind {
    REQUIRED, OPTIONAL, LIST
  }

  private final Name name;
  private final String path;
  private final Shape<V> shape;
  private final Kind kind;
  private final Function<? super T, ?> getter;
  private final String description;
  private int index = -1;

  private Field(String name, String path, Shape<V> shape, Kind kind, Function<? super T, ?> getter,
      String description) {
    this.name = Name.of(name);
    this.path = path;
    this.shape = shape;
    this.kind = kind;
    this.getter = getter;
    this.description = description;
  }

  /**
   * A member that is always present.
   *
   * @param name the wire name
   * @param shape the shape of the value
   * @param getter gets the value
   * @param description what it means
   * @param <T> the type of the object
   * @param <V> the type of the value
   * @return the member
   */
  public static <T, V> Field<T, V> required(String name, Shape<V> shape, Function<? super T, ? extends V> getter,
      String description) {
    return new Field<>(name, name, shape, Kind.REQUIRED, getter, description);
  }

  /**
   * A member that may be absent.
   *
   * @param name the wire name
   * @param shape the shape of the value
   * @param getter gets the value, if any
   * @param description what it means
   * @param <T> the type of the object
   * @param <V> the type of the value
   * @return the member
   */
  public static <T, V> Field<T, V> optional(String name, Shape<V> shape,
      Function<? super T, ? extends Optional<? extends V>> getter, String description) {
    return new Field<>(name, name, shape, Kind.OPTIONAL, getter, description);
  }

  /**
   * A member that holds a list, left out when the list is empty.
   *
   * @param name the wire name
   * @param element the shape of an element
   * @param getter gets the list
   * @param description what it means
   * @param <T> the type of the object
   * @param <V> the type of an element
   * @return the member
   */
  public static <T, V> Field<T, ImmutableList<V>> list(String name, Shape<V> element,
      Function<? super T, ? extends ImmutableList<? extends V>> getter, String description) {
    return new Field<>(name, name, new ListShape<>(element, false), Kind.LIST, getter, description);
  }

  /**
   * A member that holds a set, written as an array in the set's order and left out when empty; an element listed
   * twice is rejected (rule {@link JsonDataException#REPEATED_ITEM}), not silently dropped.
   *
   * @param name the wire name
   * @param element the shape of an element
   * @param getter gets the set
   * @param description what it means
   * @param <T> the type of the object
   * @param <V> the type of an element
   * @return the member, whose value while constructing is a list without repeats
   */
  public static <T, V> Field<T, ImmutableList<V>> set(String name, Shape<V> element,
      Function<? super T, ? extends ImmutableSet<? extends V>> getter, String description) {
    return new Field<>(name, name, new ListShape<>(element, true), Kind.LIST, value -> getter.apply(value).asList(),
        description);
  }

  /**
   * The same member, named otherwise in core's violation paths.
   *
   * @param corePath the name core uses in paths
   * @return the member
   */
  public Field<T, V> inCorePaths(String corePath) {
    return new Field<>(name.text(), corePath, shape, kind, getter, description);
  }

  /** {@return the wire name} */
  public Name name() {
    return name;
  }

  /** {@return the shape of the value} */
  public Shape<V> shape() {
    return shape;
  }

  /** {@return what the member means} */
  public String description() {
    return description;
  }

  /** {@return whether the member is always present} */
  public boolean isRequired() {
    return kind == Kind.REQUIRED;
  }

  Kind kind() {
    return kind;
  }

  String path() {
    return path;
  }

  void bind(int index) {
    if (this.index >= 0) {
      throw new IllegalStateException("Field '" + name + "' is declared in two objects");
    }
    this.index = index;
  }

  int index() {
    return index;
  }

  Object valueOf(T value) {
    return getter.apply(value);
  }

  /**
   * The value of a required member, while constructing.
   *
   * @param slots the values read
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public V get(Object[] slots) {
    return (V) slots[index];
  }

  /**
   * The value of an optional member, while constructing.
   *
   * @param slots the values read
   * @return the value, if present
   */
  @SuppressWarnings("unchecked")
  public Optional<V> optional(Object[] slots) {
    return Optional.ofNullable((V) slots[index]);
  }

  /**
   * The value of a list member, while constructing.
   *
   * @param slots the values read
   * @return the value, empty when absent
   */
  @SuppressWarnings("unchecked")
  public V list(Object[] slots) {
    Object v = slots[index];
    return (V) (v == null ? ImmutableList.of() : v);
  }
}
