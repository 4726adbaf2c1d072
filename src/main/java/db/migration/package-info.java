/**
 * Flyway migrations written in Java, for what the store's SQL cannot say (Derby has no conditional
 * DDL); the SQL migrations are in {@code schema/}. Found by Flyway on the class path, beside them.
 *
 * <p>Must not import: {@code org.carepool}.
 */
package db.migration;
