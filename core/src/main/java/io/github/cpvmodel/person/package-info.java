/**
 * People and the posts they hold: {@link io.github.cpvmodel.person.Person} (full Vietnamese name, family name
 * first), {@link io.github.cpvmodel.person.Post} (a seat in a Party body or, marked as such, in a State organ, with
 * its {@link io.github.cpvmodel.person.PostRole role}), {@link io.github.cpvmodel.person.Tenure} (who held which
 * post from when to when, elected or appointed, by which document) and
 * {@link io.github.cpvmodel.person.Personnel}, which answers who held what on a date and checks tenures against
 * the bodies.
 *
 * <p>One person holds several posts at once, in the Party and in the State: on 2019-09-30 Nguyễn Phú Cường was a
 * member of the Central Committee, Secretary of the Đồng Nai Provincial Party Committee and Chairman of the
 * provincial People's Council, which is a State organ, not a Party body.
 */
package io.github.cpvmodel.person;
