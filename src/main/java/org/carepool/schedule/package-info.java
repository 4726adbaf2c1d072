/**
 * Board-pack schedules: the files of {@code schedules/} and those made on the page, their Quartz
 * triggers, the runs and their history, and what a delivered pack closes.
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.ingest}, {@code io.javalin},
 * {@code net.sf.jasperreports}.
 */
package org.carepool.schedule;
