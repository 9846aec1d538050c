/**
 * Party documents (<i>văn bản của Đảng</i>): their {@link io.github.cpvmodel.document.DocumentNumber numbers}
 * ({@code 35-CT/TW}, {@code 08-QĐi/TW}; State numbers such as {@code 15/2020/NĐ-CP} are recognised too),
 * {@link io.github.cpvmodel.document.DocumentType types}, {@link io.github.cpvmodel.document.IssuerCode issuer
 * codes}, the {@link io.github.cpvmodel.document.Document documents} themselves with their in-force status over
 * time, typed {@link io.github.cpvmodel.document.DocumentRelation relations} between them, short
 * {@link io.github.cpvmodel.document.DocumentReference references} such as "Chỉ thị 35" and a
 * {@link io.github.cpvmodel.document.DocumentRegistry registry} that resolves them.
 *
 * <p>Two facts shape the package. Party numbers restart every term, so a number alone does not identify a
 * document: identity is number + type + issuing body + date of issue ({@link io.github.cpvmodel.document.DocumentKey}),
 * and a reference is resolved against a date or a term, or reported as ambiguous. And a number's abbreviation does
 * not always determine the type ("QĐ" is used for <i>Quy định</i> and <i>Quyết định</i>), nor its issuer code the
 * issuing body ("/TW" is used by the Central Committee, the Politburo and the Secretariat): type and body are
 * fields of their own, checked against the number but never guessed from it.
 *
 * <p>Real records are incomplete, and the package says how it reads them. A date of issue may be known only in
 * part ({@link io.github.cpvmodel.document.IssueDate}: a month, a year, a term), and every comparison with it is
 * conservative. A document may have no number (the Charter, the Platform, a congress resolution): its identity is
 * then type, issuing body, date of issue and title. A document with no recorded end is not known to be in force
 * ({@link io.github.cpvmodel.document.ForceStatus}). And a citation on a day is resolved first within the term
 * that contains the day, because that is how the numbers run.
 */
package io.github.cpvmodel.document;
