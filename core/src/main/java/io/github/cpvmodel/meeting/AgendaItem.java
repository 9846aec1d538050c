package io.github.cpvmodel.meeting;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.document.DocumentReference;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of a meeting's agenda (<i>chương trình</i>, <i>nội dung</i>): a title, who presents it and the
 * documents it deals with.
 *
 * <pre>{@code
 * AgendaItem item = AgendaItem.builder()
 *     .title(LocalizedName.of("Quán triệt Chỉ thị 35-CT/TW", "Dissemination of Directive 35-CT/TW"))
 *     .addDocument(DocumentReference.parse("Chỉ thị 35-CT/TW"))
 *     .build();
 * }</pre>
 *
 * <p>Rejects a document listed twice (rule {@link Meeting#DUPLICATE}).
 */
@Value.Immutable
@ModelStyle
public abstract class AgendaItem {
  AgendaItem() {}

  /** {@return what the item is about} */
  @Value.Parameter
  public abstract LocalizedName title();

  /** {@return the id of the person who presents the item, or empty} */
  public abstract Optional<Id> presenter();

  /**
   * The documents the item deals with.
   *
   * @return the references to the documents, in the order listed
   */
  public abstract ImmutableList<DocumentReference> documents();

  /**
   * An item known only by its title.
   *
   * @param title the title
   * @return the item
   */
  public static AgendaItem of(LocalizedName title) {
    return ImmutableAgendaItem.of(title);
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgendaItem}; {@code build()} validates. */
  public static final class Builder extends ImmutableAgendaItem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.requireDistinct(documents(), "documents");
  }
}
