/**
 * Key performance indicators (derived from the activity summaries and imported) with their RAG
 * ratings, and the IRF spend mapping of a board (SPEC §5).
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.report}, {@code org.carepool.schedule},
 * {@code org.carepool.ingest}, {@code io.javalin}, {@code net.sf.jasperreports}.
 */
package org.carepool.indicators;
