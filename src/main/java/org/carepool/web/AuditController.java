package org.carepool.web;

import static org.carepool.web.Html.esc;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carepool.audit.Audit;
import org.carepool.audit.AuditEvent;

/** The audit log (ADMIN): {@code GET /audit} and {@code GET /api/audit?limit=N}. */
final class AuditController {
  private final Audit audit;

  AuditController(Audit audit) {
    this.audit = audit;
  }

  void api(Context ctx) {
    ctx.json(Map.of("events", audit.latest(limit(ctx))));
  }

  void page(Context ctx) {
    List<AuditEvent> events = audit.latest(limit(ctx));
    String rows = events.stream().map(e -> "<tr><td>" + esc(Html.when(e.occurredAt())) + "</td><td>" + esc(e.actor())
        + "</td><td>" + esc(e.action()) + "</td><td>" + esc(e.detail()) + "</td><td>" + esc(e.address()) + "</td></tr>")
        .collect(Collectors.joining());
    ctx.html(Page.of(ctx, "Audit log", "<p>The newest " + events.size() + " events first; times are UK time.</p>"
        + "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">When</th><th scope=\"col\">Who</th><th scope=\"col\">What</th>"
        + "<th scope=\"col\">Detail</th><th scope=\"col\">From</th></tr></thead><tbody>" + rows + "</tbody></table></div>"));
  }

  private static int limit(Context ctx) {
    return ctx.queryParamAsClass("limit", Integer.class).check(n -> n == null || (n >= 1 && n <= 10_000), "between 1 and 10000")
        .getOrDefault(200);
  }
}
