package io.github.cpvmodel.document;

/** How a document stopped being in force. */
public enum TerminationKind {
  /** Replaced by another document (<i>được thay thế</i>). */
  SUPERSEDED,
  /** Repealed by another document (<i>bị bãi bỏ</i>). */
  REPEALED,
  /** Ran its course: the period or task it was for ended (<i>hết hiệu lực</i>). */
  EXPIRED
}
