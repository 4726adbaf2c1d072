package org.carepool.audit;

/**
 * Which audit events to list, newest first; a null field matches everything.
 *
 * @param actor  exactly this user name (or "-", "command line"…)
 * @param action exactly this action, e.g. {@code SIGN_IN_FAILED}
 * @param before only events older than this id: the next page after an event
 */
public record AuditQuery(String actor, String action, Long before) {
  public static final AuditQuery ALL = new AuditQuery(null, null, null);
}
