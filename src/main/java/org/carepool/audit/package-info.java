/**
 * The audit log: who did what ({@link org.carepool.audit.AuditAction}), when and from where. Every
 * feature records its own lines through {@link org.carepool.audit.Audit}; a line too long for its
 * column is cut, never refused.
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.ingest}, {@code org.carepool.report},
 * {@code org.carepool.schedule}, {@code org.carepool.finance}, {@code io.javalin}.
 */
package org.carepool.audit;
