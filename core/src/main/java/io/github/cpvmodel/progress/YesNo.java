package io.github.cpvmodel.progress;

/**
 * Whether something is so (<i>có / không</i>): whether a provincial Party committee "đã xây dựng kế hoạch". When
 * yes/no observations of child bodies are rolled up, they become a {@link Ratio} of the children: 63 times yes is
 * 63/63.
 *
 * <pre>{@code
 * YesNo yes = YesNo.of(true); // YesNo.YES itself: there are exactly two values
 * yes.isYes();                 // true
 * }</pre>
 */
public final class YesNo extends ObservedValue {
  /** Yes: <i>có</i>, <i>đã</i>. */
  public static final YesNo YES = new YesNo(true);

  /** No: <i>không</i>, <i>chưa</i>. */
  public static final YesNo NO = new YesNo(false);

  private final boolean yes;

  private YesNo(boolean yes) {
    this.yes = yes;
  }

  /**
   * The value for a boolean.
   *
   * @param yes whether it is so
   * @return {@link #YES} or {@link #NO}
   */
  public static YesNo of(boolean yes) {
    return yes ? YES : NO;
  }

  /**
   * Whether it is so.
   *
   * @return true for {@link #YES}
   */
  public boolean isYes() {
    return yes;
  }

  /** {@return {@link ValueKind#YES_NO}} */
  @Override
  public ValueKind kind() {
    return ValueKind.YES_NO;
  }

  /** Returns {@code yes} or {@code no}. */
  @Override
  public String toString() {
    return yes ? "yes" : "no";
  }
}
