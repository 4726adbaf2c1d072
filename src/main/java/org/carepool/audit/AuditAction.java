package org.carepool.audit;

/**
 * Every kind of line the audit log holds, by the name stored in {@code audit_event.action} and
 * offered in the audit page's filter.
 */
public enum AuditAction {
  SIGN_IN,
  SIGN_IN_FAILED,
  SIGN_IN_LOCKED,
  SIGN_OUT,
  USER_CREATED,
  USER_SAVED,
  USER_ROLE_CHANGED,
  USER_PASSWORD_RESET,
  USER_DISABLED,
  USER_ENABLED,
  /** Recorded before the load starts, so a load the process died in still shows. */
  IMPORT_STARTED,
  IMPORT_LOADED,
  IMPORT_REJECTED,
  REPORT_DOWNLOADED,
  PACK_DOWNLOADED,
  MONTH_CLOSED,
  MONTH_REOPENED,
  COMMENTARY_ENTERED,
  SCHEDULE_CREATED,
  SCHEDULE_CHANGED,
  SCHEDULE_DELETED,
  SCHEDULE_PAUSED,
  SCHEDULE_RESUMED,
  SCHEDULE_RUN_REQUESTED
}
