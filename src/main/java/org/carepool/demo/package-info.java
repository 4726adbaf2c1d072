/**
 * The deterministic Westshire demo data set (written as SPEC §3 CSV files) and what
 * {@code serve --demo} adds to an empty store: that data, loaded through the importer, and one
 * user per role.
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.report}, {@code org.carepool.schedule},
 * {@code io.javalin}.
 */
package org.carepool.demo;
