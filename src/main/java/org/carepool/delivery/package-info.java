/**
 * Sending packs: mail with retries, the pack archive on disk, and alerts to the administrators.
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.schedule}, {@code org.carepool.ingest},
 * {@code io.javalin}, {@code net.sf.jasperreports}.
 */
package org.carepool.delivery;
