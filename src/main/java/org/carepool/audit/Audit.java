package org.carepool.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The audit log kept in the store: sign-ins (and failures), sign-outs, user changes, downloads,
 * imports. Every feature records through {@link #record}; values too long for their column are
 * cut rather than refused, because an audit line must never make the audited action fail.
 */
public final class Audit {
  /** Who did it when nobody is signed in (e.g. a sign-in with an unknown name is recorded under the name typed). */
  public static final String NOBODY = "-";

  private final AuditRepository events;
  private final Clock clock;

  public Audit(DSLContext dsl, Clock clock) {
    this.events = new AuditRepository(dsl);
    this.clock = clock;
  }

  public void record(String who, String action, String detail, String address) {
    events.insert(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
        cut(who == null || who.isBlank() ? NOBODY : who, 100),
        cut(action, 40),
        cut(detail == null ? "" : detail, 1000),
        cut(address == null ? "" : address, 64));
  }

  /** The newest events first. */
  public List<AuditEvent> latest(int limit) {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit: between 1 and 10000");
    }
    return events.latest(limit);
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
