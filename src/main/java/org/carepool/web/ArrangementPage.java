package org.carepool.web;

import io.javalin.http.Context;
import java.time.YearMonth;
import java.util.Map;
import org.carepool.dashboard.ArrangementDetail;
import org.carepool.dashboard.Dashboards;

/**
 * {@code GET /arrangements/{code}[?month=YYYY-MM]}: an arrangement's I&amp;E and performance as a page
 * (without a month, as at its latest month of spend, its card's). An unknown arrangement is the 404
 * page; a month the figures cannot be worked out for, the refusal.
 */
final class ArrangementPage {
  private final Dashboards dashboards;

  ArrangementPage(Dashboards dashboards) {
    this.dashboards = dashboards;
  }

  void page(Context ctx) {
    YearMonth month = ctx.queryParam("month") == null || ctx.queryParam("month").isBlank() ? null
        : Months.required(ctx, "month");
    ArrangementDetail detail = dashboards.detail(ctx.pathParam("code"), month);
    Page.render(ctx, "arrangement.jte", detail.arrangement().code() + ": " + detail.arrangement().name(),
        Map.of("d", detail));
  }
}
