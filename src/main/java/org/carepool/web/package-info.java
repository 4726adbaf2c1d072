/**
 * The HTTP face: the route table with an access rule on every route, the guard, the controllers
 * (each handler reads its input, calls one feature service, writes the answer), the pages, and
 * {@link org.carepool.web.ErrorMapping}, the one place failures become answers. Nothing imports this
 * package but the composition root.
 *
 * <p>Must not import: {@code org.carepool.db}, {@code org.apache.derby}, {@code net.sf.jasperreports},
 * {@code org.jooq}.
 */
package org.carepool.web;
