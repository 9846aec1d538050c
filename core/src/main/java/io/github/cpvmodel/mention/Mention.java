package io.github.cpvmodel.mention;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.document.DocumentReference;
import io.github.cpvmodel.meeting.MeetingReference;
import io.github.cpvmodel.progress.ObservedValue;
import io.github.cpvmodel.progress.ReportingPeriod;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A place in a text that cites one value of the model (<i>đề cập</i>): its span, as char offsets into the text
 * exactly as given ({@code [start, end)}, whatever its normalisation), its {@link MentionKind kind}, the value read
 * from it, and what it {@linkplain Resolution resolved} to.
 *
 * <p>The value read depends on the kind: {@link #documents()} (one reference per document cited; two for "Nghị
 * quyết Trung ương 4 (khóa XI, XII)"), {@link #period()}, {@link #meetings()}, {@link #term()}, or {@link #figure()}
 * with what it {@link #counted() counts}; a body, a province or a post is known by its name, which
 * {@link #resolution()} turns into what it names. A value the text leaves incomplete (a period without its year in an
 * undated text, a provincial congress whose province is not named) is absent, and the resolution says why.
 *
 * <pre>{@code
 * String text = "Nổi bật là việc ban hành Chỉ thị 35 của Bộ Chính trị về chuẩn bị đại hội";
 * Mention directive = MentionFinder.of(MentionContext.on(LocalDate.of(2019, 9, 30))).find(text).get(0);
 * directive.kind();        // DOCUMENT
 * directive.surface();     // "Chỉ thị 35 của Bộ Chính trị"
 * text.substring(directive.start(), directive.end()); // the same
 * directive.documents();   // [Chỉ thị 35 của Bộ Chính trị]
 * directive.resolution().isResolved(); // true: 35-CT/TW of 2019-05-30
 * }</pre>
 *
 * <p>Mentions are made by a {@link MentionFinder}; they are values, equal when all their parts are.
 */
@Value.Immutable
@ModelStyle
public abstract class Mention {
  Mention() {}

  /** {@return what the mention cites} */
  public abstract MentionKind kind();

  /** {@return the index of its first char in the text as given} */
  public abstract int start();

  /** {@return the index after its last char in the text as given} */
  public abstract int end();

  /** {@return the text of the mention as written: the text's chars from {@link #start()} to {@link #end()}} */
  public abstract String surface();

  /**
   * {@return the documents a {@link MentionKind#DOCUMENT} mention cites, in the order written; a document named by its
   * title alone ("Điều lệ Đảng") is cited by its type; empty for other kinds, and for a document named by the
   * congress or plenum of a body other than the Central Committee that adopted it ("Nghị quyết Đại hội đại biểu Đảng
   * bộ tỉnh lần thứ XI"), which {@link #meetings()} names}
   */
  public abstract ImmutableList<DocumentReference> documents();

  /** {@return the period a {@link MentionKind#PERIOD} mention names, with its year; empty if the year is unknown} */
  public abstract Optional<ReportingPeriod> period();

  /**
   * {@return the congress or plenums a {@link MentionKind#MEETING} mention names, or that adopted the document a
   * {@link MentionKind#DOCUMENT} mention names by them; empty when the text does not say whose meeting it is or
   * which}
   */
  public abstract ImmutableList<MeetingReference> meetings();

  /**
   * {@return the number of the term a {@link MentionKind#TERM} mention names ("khóa XII" is 12), or of the term of
   * the issuer a {@link MentionKind#DOCUMENT} mention gives ("của Bộ Chính trị (khóa XII)"); else empty}
   */
  public abstract OptionalInt term();

  /**
   * {@return the ratio or percentage of a {@link MentionKind#FIGURE} mention; empty for an actual written over a
   * target ("8.793/6.500"), which is no ratio of a part to its whole}
   */
  public abstract Optional<ObservedValue> figure();

  /**
   * {@return what a figure counts, as the text writes it right after the figure ("tỉnh, thành phố trực thuộc" in
   * "63/63 tỉnh, thành phố trực thuộc đã xây dựng kế hoạch"), if it does}
   */
  public abstract Optional<String> counted();

  /** {@return what the mention resolved to in the finder's context} */
  public abstract Resolution resolution();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a mention; only the finder does. */
  static final class Builder extends ImmutableMention.Builder {
    Builder() {}
  }

  /**
   * Returns the kind, span, surface and resolution, e.g. {@code document [233, 243) 'Chỉ thị 36': RESOLVED
   * [36-CT/TW ngày 30/5/2014] (…)}.
   */
  @Override
  public String toString() {
    return kind().code() + " [" + start() + ", " + end() + ") '" + surface() + "': " + resolution();
  }
}
