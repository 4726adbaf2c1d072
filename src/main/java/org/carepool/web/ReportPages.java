package org.carepool.web;

import static org.carepool.web.Html.esc;

import io.javalin.http.Context;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.carepool.arrangement.ArrangementSummary;

/** What the Reports page shows: the chooser and the I&amp;E headline. */
final class ReportPages {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private ReportPages() {}

  static String ids() {
    return Arrays.stream(ReportType.values()).map(ReportType::id).collect(Collectors.joining(", "));
  }

  static String chooser(Context ctx, List<ArrangementSummary> arrangements) {
    String report = Objects.requireNonNullElse(ctx.queryParam("report"), ReportType.INCOME_EXPENDITURE.id());
    String reportOptions = Arrays.stream(ReportType.values())
        .map(r -> Html.option(r.id(), r.title() + " (by " + r.scope().name().toLowerCase() + "; "
            + r.formats().stream().map(ReportFormat::id).collect(Collectors.joining(", ")) + ")", report))
        .collect(Collectors.joining());
    String arrangementOptions = arrangements.stream()
        .map(a -> Html.option(a.code(), a.code() + " — " + a.name(), Objects.toString(ctx.queryParam("arrangement"), "")))
        .collect(Collectors.joining());
    String boardOptions = arrangements.stream().map(ArrangementSummary::board).distinct().sorted()
        .map(b -> Html.option(b, b, Objects.toString(ctx.queryParam("board"), ""))).collect(Collectors.joining());
    String formatOptions = Arrays.stream(ReportFormat.values())
        .map(f -> Html.option(f.id(), f.id().toUpperCase(), Objects.toString(ctx.queryParam("format"), "pdf")))
        .collect(Collectors.joining());
    return """
        <form class="stack" method="get" action="/reports/file">
        <div><label for="report">Report</label><select id="report" name="report">%s</select></div>
        <div><label for="arrangement">Arrangement (for income and expenditure, performance)</label>
        <select id="arrangement" name="arrangement">%s</select></div>
        <div><label for="board">Board (for spend mapping, board pack)</label><select id="board" name="board">%s</select></div>
        <div><label for="month">Month (YYYY-MM)</label><input id="month" name="month" required pattern="\\d{4}-\\d{2}"
          placeholder="2025-09" inputmode="numeric" value="%s"></div>
        <div><label for="format">Format</label><select id="format" name="format">%s</select></div>
        <div class="inline"><button type="submit">Download</button>
        <button type="submit" class="secondary" formaction="/reports">Show I&amp;E headline</button></div>
        </form>
        """.formatted(reportOptions, arrangementOptions, boardOptions, esc(Objects.toString(ctx.queryParam("month"), "")), formatOptions);
  }

  static String headline(ReportFiles.Headline h, YearMonth month) {
    String shares = h.riskShare().stream().map(p -> "<tr><th scope=\"row\">" + esc(p.organisation()) + "</th><td class=\"num\">"
        + Html.pounds(p.amount()) + "</td></tr>").collect(Collectors.joining());
    return "<section class=\"headline\" aria-labelledby=\"headline\"><h2 id=\"headline\">" + esc(h.arrangement())
        + ": income and expenditure to " + esc(MONTH.format(month)) + "</h2><p>Financial year " + esc(h.financialYear())
        + ", " + esc(h.model().toLowerCase(Locale.UK).replace('_', ' ')) + " model.</p>"
        + "<div class=\"table-wrap\"><table><caption>Pool position</caption><tbody>"
        + "<tr><th scope=\"row\">Contributions</th><td class=\"num\">" + Html.pounds(h.contributions()) + "</td></tr>"
        + "<tr><th scope=\"row\">Forecast outturn</th><td class=\"num\">" + Html.pounds(h.forecast()) + "</td></tr>"
        + "<tr><th scope=\"row\">Overspend (negative: underspend)</th><td class=\"num\">" + Html.pounds(h.overspend()) + "</td></tr>"
        + "</tbody></table><table><caption>Risk share of the overspend</caption><tbody>" + shares + "</tbody></table></div></section>";
  }
}
