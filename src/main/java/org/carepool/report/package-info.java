/**
 * Reports and board packs (SPEC §6): the figures gathered from finance and indicators, the
 * JasperReports templates filled and exported to PDF, XLSX and CSV, the board pack's composition
 * (every arrangement of a board, then the board's own reports), and the files handed to people
 * ({@link org.carepool.report.Downloads}: rendered in turn, cached by data version, audited). The
 * only package that imports JasperReports.
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.schedule}, {@code org.carepool.ingest},
 * {@code io.javalin}.
 */
package org.carepool.report;
