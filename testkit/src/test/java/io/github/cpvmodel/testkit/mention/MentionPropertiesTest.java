package io.github.cpvmodel.testkit.mention;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpvmodel.mention.Mention;
import io.github.cpvmodel.mention.MentionFinder;
import io.github.cpvmodel.mention.MentionKind;
import io.github.cpvmodel.mention.Resolution;
import io.github.cpvmodel.testkit.contract.MutationsContract;
import io.github.cpvmodel.testkit.document.DocumentGenerators;
import io.github.cpvmodel.testkit.property.Mutation;
import io.github.cpvmodel.testkit.property.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of what the finder finds in generated texts, and the rejection of every mutation. */
class MentionPropertiesTest extends MutationsContract {
  MentionPropertiesTest() {
    super(100, MentionKind.class, Resolution.Outcome.class);
  }

  @Override
  protected List<Mutation> mutations() {
    return MentionMutations.all();
  }

  @Test
  void mentionsLieInTheTextInOrderWithoutOverlapAndCarryTheValueOfTheirKind() {
    Property.forAll(MentionGenerators.texts(), MentionGenerators.contexts()).checkAssert((text, context) -> {
      int end = 0;
      for (Mention m : MentionFinder.of(context).find(text)) {
        assertThat(m.start()).isGreaterThanOrEqualTo(end);
        assertThat(m.end()).isGreaterThan(m.start());
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
        end = m.end();
        switch (m.kind()) {
          case DOCUMENT:
            // A document named by the meeting of a body the text leaves unresolved has no value to hold.
            assertThat(!m.documents().isEmpty() || !m.resolution().isResolved()).isTrue();
            break;
          case PERIOD:
            assertThat(m.period()).isPresent();
            break;
          case FIGURE:
            assertThat(m.figure().isPresent() || m.resolution().reason().startsWith("an actual of")).isTrue();
            break;
          case TERM:
            assertThat(m.term()).isPresent();
            break;
          default:
            assertThat(m.documents()).isEmpty();
            break;
        }
      }
    });
  }

  @Test
  void aNumberedCitationBetweenWordsIsFoundWholeAsADocument() {
    Property.forAll(DocumentGenerators.references().filter(r -> r.sequence().isPresent() || r.occasion().isPresent()),
        MentionGenerators.contexts()).checkAssert((reference, context) -> {
          String cited = reference.toString();
          String text = "thực hiện " + cited + " về việc chuẩn bị đại hội";
          List<Mention> mentions = MentionFinder.of(context).find(text);
          assertThat(mentions).first().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MentionKind.DOCUMENT);
            assertThat(m.surface()).isEqualTo(cited);
            assertThat(m.documents()).containsExactly(reference);
          });
        });
  }

  @Test
  void aPeriodLabelBetweenWordsIsFoundWholeWithItsPeriod() {
    // A range of days ("từ ngày 15/3/2019 đến ngày 20/10/2019") is the days of an event, not a period a text reports.
    Property.forAll(io.github.cpvmodel.testkit.progress.ProgressGenerators.reportingPeriods()
        .filter(p -> !p.label().vi().startsWith("từ ")), MentionGenerators.contexts()).checkAssert((period, context) -> {
          String label = period.label().vi();
          List<Mention> mentions = MentionFinder.of(context).find("kết quả " + label + ", nhiệm vụ");
          assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.surface()).isEqualTo(label);
            assertThat(m.period()).contains(period);
          });
        });
  }
}
