package io.github.cpvmodel.person;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.text.VietnameseText;
import org.immutables.value.Value;

/**
 * A person (<i>đồng chí</i> in Party usage): a stable id and the full Vietnamese name, family name first
 * (<i>họ</i>, <i>tên đệm</i>, <i>tên</i>), with any other names the person is known by. What the person does is
 * told by {@link Tenure tenures} of {@link Post posts}, not by the person.
 *
 * <pre>{@code
 * Person chinh = Person.of(Id.of("person/pham-minh-chinh"), "Phạm Minh Chính");
 * chinh.familyName(); // "Phạm"
 * chinh.givenName();  // "Chính"
 * }</pre>
 *
 * <p>Names are {@linkplain VietnameseText#normalize normalised}. Rejects a blank full name or other name (rule
 * {@link #NAME}).
 */
@Value.Immutable
@ModelStyle
public abstract class Person {
  /** Names are not blank. */
  public static final Rule NAME = Rule.of("person.name",
      "a person's name has at least one visible character, family name first, e.g. 'Phạm Minh Chính'");

  Person() {}

  /** {@return the stable id, e.g. {@code person/pham-minh-chinh}} */
  @Value.Parameter
  public abstract Id id();

  /** {@return the full name, family name first, e.g. "Nguyễn Phú Cường"} */
  @Value.Parameter
  public abstract String fullName();

  /** {@return other names, possibly none: a former name, a pen name, a spelling used abroad} */
  public abstract ImmutableList<String> otherNames();

  /**
   * A person with one name.
   *
   * @param id the id
   * @param fullName the full name, family name first
   * @return the person
   * @throws ValidationException if the name is blank (rule {@link #NAME})
   */
  public static Person of(Id id, String fullName) {
    return ImmutablePerson.of(id, fullName);
  }

  /** {@return a new builder, for code that sets the parts one by one} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}; {@code build()} normalises and validates. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  /** {@return the family name (<i>họ</i>), the first word of the full name, e.g. "Phạm"} */
  public String familyName() {
    String name = fullName();
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  /**
   * {@return the given name (<i>tên</i>), the last word, by which Vietnamese people are addressed and sorted, e.g.
   * "Chính"}
   */
  public String givenName() {
    String name = fullName();
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  /**
   * Whether {@code text} is one of this person's names, ignoring case, tones and marks.
   *
   * @param text the text
   * @return whether it matches the full name or another name
   */
  public boolean matches(CharSequence text) {
    return VietnameseText.matches(text, fullName()) || otherNames().stream()
        .anyMatch(n -> VietnameseText.matches(text, n));
  }

  @Value.Check
  Person normalize() {
    String name = TextKind.NAME.normalize(fullName(), "fullName");
    ImmutableList.Builder<String> normalized = ImmutableList.builder();
    for (int i = 0; i < otherNames().size(); i++) {
      normalized.add(TextKind.NAME.normalize(otherNames().get(i), "otherNames[" + i + "]"));
    }
    ImmutableList<String> others = normalized.build();
    NAME.require(!name.isEmpty(), "fullName", "full name '%s' of '%s' is blank", fullName(), id());
    for (int i = 0; i < others.size(); i++) {
      NAME.require(!others.get(i).isEmpty(), "otherNames[" + i + "]", "other name '%s' of '%s' is blank",
          otherNames().get(i), id());
    }
    if (name.equals(fullName()) && others.equals(otherNames())) {
      return this;
    }
    return ImmutablePerson.builder().from(this).fullName(name).otherNames(others).build();
  }

  /** Returns the full name. */
  @Override
  public String toString() {
    return fullName();
  }
}
