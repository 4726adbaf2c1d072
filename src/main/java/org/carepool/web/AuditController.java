package org.carepool.web;

import static org.carepool.web.Html.esc;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

  void page(Context ctx) {
    AuditQuery query = query(ctx);
    int limit = limit(ctx);
    List<AuditEvent> events = audit.find(query, limit);
    String rows = events.stream().map(e -> "<tr><td class=\"when\" data-label=\"When\">" + esc(Html.when(e.occurredAt())) + "</td><td data-label=\"Who\">"
        + esc(e.actor()) + "</td><td data-label=\"What\">" + esc(e.action()) + "</td><td data-label=\"Detail\">" + esc(e.detail())
        + "</td><td data-label=\"From\">" + esc(e.address()) + "</td></tr>").collect(Collectors.joining());
    String older = events.size() < limit ? "" : "<a href=\"/audit?" + filter(query) + "before=" + events.get(events.size() - 1).id()
        + "\">Older events</a>";
    String newest = query.before() == null ? "" : "<a href=\"/audit?" + filter(query) + "\">Newest events</a>";
    ctx.html(Page.of(ctx, "Audit log", filterForm(query, audit.actions())
        + "<p>" + (events.isEmpty() ? "No events match." : (query.before() == null ? "Newest" : "Events older than #" + query.before() + ", newest")
        + " first; times are UK time.") + "</p>"
        + (events.isEmpty() ? "" : "<div class=\"table-wrap\"><table class=\"cards\"><thead><tr><th scope=\"col\">When</th>"
          + "<th scope=\"col\">Who</th><th scope=\"col\">What</th><th scope=\"col\">Detail</th><th scope=\"col\">From</th></tr></thead>"
          + "<tbody>" + rows + "</tbody></table></div>")
        + "<p class=\"inline\">" + newest + " " + older + "</p>"));
  }

  private static String filterForm(AuditQuery query, List<String> actions) {
    String options = "<option value=\"\">any</option>" + actions.stream()
        .map(a -> Html.option(a, a, query.action() == null ? "" : query.action())).collect(Collectors.joining());
    return """
        <form class="inline filter" method="get" action="/audit">
        <label for="who">Who</label><input id="who" name="who" maxlength="100" value="%s">
        <label for="action">What</label><select id="action" name="action">%s</select>
        <button type="submit" class="secondary">Show</button>
        </form>
        """.formatted(esc(query.actor() == null ? "" : query.actor()), options);
  }

  private static String filter(AuditQuery query) {
    return (query.actor() == null ? "" : "who=" + enc(query.actor()) + "&")
        + (query.action() == null ? "" : "action=" + enc(query.action()) + "&");
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

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
