/**
 * The store: the one package that knows it is Derby. The connection pool, the Flyway migrations of
 * {@code schema/}, the jOOQ context, the streamed bulk writer of the activity path, backups of the
 * store, and the gate that keeps a load apart from reads that must see one data version.
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.ingest}, {@code org.carepool.report},
 * {@code org.carepool.schedule}, {@code org.carepool.finance}, {@code org.carepool.security},
 * {@code io.javalin}.
 */
package org.carepool.db;
