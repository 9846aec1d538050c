package io.github.cpvmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpvmodel.json.format.PreparedText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparedTextTest {
  @Test
  void eachSlotPreparesTheTextOnceAndKeepsItsOwnForm() {
    PreparedText text = PreparedText.of("party/ha-noi");
    List<String> made = new ArrayList<>();
    for (int slot = 0; slot < PreparedText.SLOTS; slot++) {
      int s = slot;
      StringBuilder first = text.prepared(slot, t -> {
        made.add(s + ":" + t);
        return new StringBuilder(t);
      });
      StringBuilder again = text.prepared(slot, t -> {
        throw new AssertionError("slot " + s + " prepared twice");
      });
      assertThat(again).isSameAs(first);
    }
    assertThat(made).containsExactly("0:party/ha-noi", "1:party/ha-noi", "2:party/ha-noi", "3:party/ha-noi");
    assertThat(text.<StringBuilder>prepared(0, StringBuilder::new))
        .isNotSameAs(text.<StringBuilder>prepared(1, StringBuilder::new));
  }

  @Test
  void aSlotOutsideTheLibrariesIsRejected() {
    PreparedText text = PreparedText.of("final");
    for (int slot : new int[] {-1, PreparedText.SLOTS}) {
      assertThatThrownBy(() -> text.prepared(slot, t -> t))
          .isInstanceOf(IndexOutOfBoundsException.class)
          .hasMessage("Slot " + slot + " is not one of the 4 from 0");
    }
  }
}
