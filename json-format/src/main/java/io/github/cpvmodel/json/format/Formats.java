package io.github.cpvmodel.json.format;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/** Every declared shape, by the type it reads and writes. */
public final class Formats {
  private Formats() {}

  private static final ImmutableMap<Class<?>, Shape<?>> SHAPES = index(
      VocabularyFormat.ID, VocabularyFormat.VALIDITY, VocabularyFormat.LOCALIZED_NAME, VocabularyFormat.SOURCE,
      ProgressFormat.PERIOD, ProgressFormat.VALUE_KIND, ProgressFormat.STATUS, ProgressFormat.VALUE,
      ProgressFormat.COUNT, ProgressFormat.RATIO, ProgressFormat.PERCENTAGE, ProgressFormat.YES_NO,
      ProgressFormat.INDICATOR, ProgressFormat.OBSERVATION, ProgressFormat.TARGET, ProgressFormat.TASK_STATUS,
      ProgressFormat.TASK, ProgressFormat.TASK_GROUP,
      DocumentFormat.REFERENCE, DocumentFormat.NUMBER, DocumentFormat.TYPE, DocumentFormat.ISSUE_DATE,
      DocumentFormat.FORCE_STATUS, DocumentFormat.TERMINATION_KIND, DocumentFormat.RELATION_KIND,
      DocumentFormat.OCCASION, DocumentFormat.KEY, DocumentFormat.TERMINATION, DocumentFormat.RELATION,
      DocumentFormat.DOCUMENT,
      BodyFormat.KIND, BodyFormat.LEVEL, BodyFormat.CHANGE_KIND, BodyFormat.PARENT_LINK, BodyFormat.BODY,
      BodyFormat.CHANGE,
      PersonFormat.ROLE, PersonFormat.SECTOR, PersonFormat.BASIS, PersonFormat.PERSON, PersonFormat.POST,
      PersonFormat.TENURE,
      MeetingFormat.CONFERENCE_KIND, MeetingFormat.MODE, MeetingFormat.ROLE, MeetingFormat.PART_OF_DAY,
      MeetingFormat.REFERENCE_KIND, MeetingFormat.TERM_YEARS, MeetingFormat.TIME, MeetingFormat.PARTICIPANT,
      MeetingFormat.BRIDGE_POINT, MeetingFormat.BRIDGE_POINT_COUNT, MeetingFormat.NAMED_EVENT,
      MeetingFormat.REFERENCE, MeetingFormat.AGENDA_ITEM, MeetingFormat.DIRECTION, MeetingFormat.ELECTED_BODY,
      MeetingFormat.LEADER, MeetingFormat.CONFERENCE, MeetingFormat.CONGRESS, MeetingFormat.PLENUM,
      MeetingFormat.MEETING, MeetingFormat.TERM,
      DatasetFormat.DATASET);

  private static ImmutableMap<Class<?>, Shape<?>> index(Shape<?>... shapes) {
    ImmutableMap.Builder<Class<?>, Shape<?>> map = ImmutableMap.builder();
    for (Shape<?> s : shapes) {
      map.put(s.type(), s);
    }
    return map.buildOrThrow();
  }

  /** {@return every declared shape, by the type it reads and writes} */
  public static ImmutableMap<Class<?>, Shape<?>> all() {
    return SHAPES;
  }

  /**
   * The shape of a type or of its nearest declared supertype (a generated implementation class finds its
   * abstract type).
   *
   * @param type the type
   * @param <T> the type
   * @return the shape, if the type has one
   */
  @SuppressWarnings("unchecked")
  public static <T> Optional<Shape<? super T>> find(Class<T> type) {
    requireNonNull(type, "type");
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Shape<?> s = SHAPES.get(c);
      if (s != null) {
        return Optional.of((Shape<? super T>) s);
      }
    }
    return Optional.empty();
  }

  /**
   * The shape of a type, or of its nearest declared supertype.
   *
   * @param type the type
   * @param <T> the type
   * @return the shape
   * @throws IllegalArgumentException if the type has no wire format
   */
  public static <T> Shape<? super T> of(Class<T> type) {
    return find(type).orElseThrow(() -> new IllegalArgumentException(String.format(
        "%s has no JSON wire format; the types that have one are %s", type.getName(),
        SHAPES.keySet().stream().map(Class::getSimpleName).sorted().collect(java.util.stream.Collectors.toList()))));
  }
}
