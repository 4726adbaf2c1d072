package org.carepool.audit;

import java.time.Instant;

/** One line of the audit log: who did what, when and from which address. */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, String detail, String address) {}
