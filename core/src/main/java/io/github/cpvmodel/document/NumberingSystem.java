package io.github.cpvmodel.document;

/**
 * The two numbering systems a number in a Party text can belong to.
 *
 * <p>Party documents are numbered {@code <n>-<TYPE>/<ISSUER>} without a year ({@code 35-CT/TW}); State documents
 * {@code <n>/<year>/<TYPE>-<ISSUER>} or {@code <n>/<TYPE>-<ISSUER>} ({@code 15/2020/NĐ-CP}, {@code 388/TTr-CP}).
 * Party meetings cite both, so {@link DocumentNumber#parse} recognises both and says which it saw.
 */
public enum NumberingSystem {
  /** A Party number (<i>số văn bản của Đảng</i>), e.g. {@code 205-QĐ/TW}. */
  PARTY,
  /** A State number (<i>số văn bản của Nhà nước</i>), e.g. {@code 15/2020/NĐ-CP}, {@code 202/2025/QH15}. */
  STATE
}
