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
 */
package io.github.cpvmodel.document;
