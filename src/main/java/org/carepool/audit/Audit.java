package org.carepool.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The audit log kept in the store: sign-ins (and failures), sign-outs, user changes, downloads,
 * imports, whether made on the page, through the API or on the command line. Every feature
 * records through {@link #record}; values too long for their column are cut rather than
 * refused, because an audit line must never make the audited action fail.
 */
public final class Audit {
  /** Who did it when nobody is signed in (e.g. a sign-in with an unknown name is recorded under the name typed). */
  public static final String NOBODY = "-";
  /** Where a change made by a command ({@code user}, {@code import}, {@code serve --demo}) comes from. */
  public static final String COMMAND_LINE = "command line";

  private final AuditRepository events;
  private final Clock clock;

  public Audit(DSLContext dsl, Clock clock) {
    this.events = new AuditRepository(dsl);
    this.clock = clock;
  }

  public void record(String who, AuditAction action, String detail, String address) {
    events.insert(utc(clock.instant()),
        cut(who == null || who.isBlank() ? NOBODY : who, 100),
        action.name(),
        cut(detail == null ? "" : detail, 1000),
        cut(address == null ? "" : address, 64));
  }

  /** The newest events first. */
  public List<AuditEvent> latest(int limit) {
    return find(AuditQuery.ALL, limit);
  }

  /** The newest events the query matches first, at most {@code limit} (1 to 10,000). */
  public List<AuditEvent> find(AuditQuery query, int limit) {
    return events.find(query, Math.max(1, Math.min(limit, 10_000)));
  }

  /** Every action recorded so far, for a filter. */
  public List<String> actions() {
    return events.actions();
  }

  /** Whether {@code action} was recorded for {@code who} since a moment: to record a repeated refusal once. */
  public boolean recordedFor(String who, AuditAction action, Instant since) {
    return events.recordedSince(action.name(), AuditRepository.actorIs(who), utc(since));
  }

  /** Whether {@code action} was recorded from {@code address} since a moment. */
  public boolean recordedFrom(String address, AuditAction action, Instant since) {
    return events.recordedSince(action.name(), AuditRepository.addressIs(address), utc(since));
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** Who runs a command: the operating-system user, or "command line" when Java does not know it. */
  public static String commandLineUser() {
    String user = System.getProperty("user.name");
    return user == null || user.isBlank() ? COMMAND_LINE : user;
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
