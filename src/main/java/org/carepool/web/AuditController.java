package org.carepool.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.carepool.audit.Audit;
import org.carepool.audit.AuditEvent;
import org.carepool.audit.AuditQuery;

/**
 * The audit log (ADMIN): {@code GET /audit} (a page at a time, filtered by who and what) and
 * {@code GET /api/audit?limit=N&who=…&action=…&before=ID}.
 */
final class AuditController {
  private static final int PAGE = 200;

  private final Audit audit;

  AuditController(Audit audit) {
    this.audit = audit;
  }

  void api(Context ctx) {
    ctx.json(Map.of("events", audit.find(query(ctx), limit(ctx))));
  }

  /** What {@code audit.jte} shows: a page of events, newest first, and links to newer and older pages (null: none). */
  record Events(AuditQuery query, List<String> actions, List<AuditEvent> events, String newest, String older) {
    String intro() {
      if (events.isEmpty()) {
        return "No events match.";
      }
      return (query.before() == null ? "Newest" : "Events older than #" + query.before() + ", newest")
          + " first; times are UK time.";
    }
  }

  void page(Context ctx) {
    AuditQuery query = query(ctx);
    int limit = limit(ctx);
    List<AuditEvent> events = audit.find(query, limit);
    String older = events.size() < limit ? null : "/audit?" + filter(query) + "before=" + events.get(events.size() - 1).id();
    String newest = query.before() == null ? null : "/audit?" + filter(query);
    Page.render(ctx, "audit.jte", "Audit log", Map.of("page", new Events(query, audit.actions(), events, newest, older)));
  }

  private static String filter(AuditQuery query) {
    return (query.actor() == null ? "" : "who=" + Links.enc(query.actor()) + "&")
        + (query.action() == null ? "" : "action=" + Links.enc(query.action()) + "&");
  }

  private static AuditQuery query(Context ctx) {
    Long before = ctx.queryParamAsClass("before", Long.class).check(n -> n == null || n > 0, "a positive event id")
        .getOrNull();
    return new AuditQuery(blankToNull(ctx.queryParam("who")), blankToNull(ctx.queryParam("action")), before);
  }

  private static int limit(Context ctx) {
    return ctx.queryParamAsClass("limit", Integer.class).check(n -> n == null || (n >= 1 && n <= 10_000), "between 1 and 10000")
        .getOrDefault(PAGE);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
