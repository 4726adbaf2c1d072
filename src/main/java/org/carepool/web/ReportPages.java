package org.carepool.web;

import static org.carepool.web.Html.esc;

import io.javalin.http.Context;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.carepool.arrangement.ArrangementSummary;

/**
 * What the Reports page shows: the chooser and the I&amp;E headline. Each report option carries
 * the formats it comes in and each arrangement its latest month with spend, for
 * /assets/carepool.js; without the script the server still refuses a format a report lacks.
 */
final class ReportPages {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private ReportPages() {}

  static String ids() {
    return Arrays.stream(ReportType.values()).map(ReportType::id).collect(Collectors.joining(", "));
  }

  static String chooser(Context ctx, List<ArrangementSummary> arrangements, Map<String, YearMonth> latest) {
    ReportType report = ReportType.byId(Objects.toString(ctx.queryParam("report"), "")).orElse(ReportType.INCOME_EXPENDITURE);
    String reportOptions = Arrays.stream(ReportType.values()).map(r -> "<option value=\"" + r.id() + "\" data-scope=\""
        + r.scope().name().toLowerCase() + "\" data-formats=\"" + ids(r.formats()) + "\"" + (r == report ? " selected" : "")
        + ">" + esc(r.title()) + " (by " + r.scope().name().toLowerCase() + "; " + ids(r.formats()).replace(" ", ", ") + ")</option>")
        .collect(Collectors.joining());
    String arrangementOptions = arrangements.stream().map(a -> "<option value=\"" + esc(a.code()) + "\""
        + (latest.containsKey(a.code()) ? " data-latest=\"" + latest.get(a.code()) + "\"" : "")
        + (a.code().equals(ctx.queryParam("arrangement")) ? " selected" : "") + ">" + esc(a.code() + " — " + a.name()) + "</option>")
        .collect(Collectors.joining());
    String boardOptions = arrangements.stream().map(ArrangementSummary::board).distinct().sorted()
        .map(b -> Html.option(b, b, Objects.toString(ctx.queryParam("board"), ""))).collect(Collectors.joining());
    String chosenFormat = ReportFormat.byId(Objects.toString(ctx.queryParam("format"), "")).filter(report.formats()::contains)
        .orElse(ReportFormat.PDF).id();
    String formatOptions = Arrays.stream(ReportFormat.values()).map(f -> "<option value=\"" + f.id() + "\""
        + (f.id().equals(chosenFormat) ? " selected" : "") + (report.formats().contains(f) ? "" : " disabled") + ">"
        + f.id().toUpperCase() + "</option>").collect(Collectors.joining());
    YearMonth newest = latest.values().stream().max(YearMonth::compareTo).orElse(null);
    String month = Objects.toString(ctx.queryParam("month"), newest == null ? "" : newest.toString());
    String hint = newest == null ? "No spend is loaded yet." : "Spend is loaded up to " + MONTH.format(newest) + ".";
    return """
        <form class="stack" id="report-chooser" method="get" action="/reports/file">
        <div><label for="report">Report</label><select id="report" name="report">%s</select></div>
        <div data-scope="arrangement"><label for="arrangement">Arrangement (for income and expenditure, performance)</label>
        <select id="arrangement" name="arrangement">%s</select></div>
        <div data-scope="board"><label for="board">Board (for spend mapping, board pack)</label>
        <select id="board" name="board">%s</select></div>
        <div><label for="month">Month (YYYY-MM)</label><small id="month-hint">%s</small>
        <input id="month" name="month" required pattern="\\d{4}-\\d{2}" inputmode="numeric" aria-describedby="month-hint" value="%s"></div>
        <div><label for="format">Format</label><select id="format" name="format">%s</select></div>
        <div class="inline"><button type="submit" id="download">Download</button>
        <button type="submit" class="secondary" id="show-headline" formaction="/reports">Show I&amp;E headline</button></div>
        <p id="download-status" role="status" aria-live="polite"></p>
        </form>
        """.formatted(reportOptions, arrangementOptions, boardOptions, esc(hint), esc(month), formatOptions);
  }

  static String headline(ReportFiles.Headline h, YearMonth month) {
    String shares = h.riskShare().stream().map(p -> "<tr><th scope=\"row\">" + esc(p.organisation()) + "</th><td class=\"num\">"
        + Html.pounds(p.amount()) + "</td></tr>").collect(Collectors.joining());
    String unallocated = h.unallocated().signum() == 0 ? "" : "<tr class=\"unallocated\"><th scope=\"row\">Unallocated (not covered by the agreement)</th>"
        + "<td class=\"num\">" + Html.pounds(h.unallocated()) + "</td></tr>";
    String notices = h.notices().stream().map(n -> "<p class=\"notice\">" + esc(n) + "</p>").collect(Collectors.joining());
    return "<section class=\"headline\" aria-labelledby=\"headline\"><h2 id=\"headline\">" + esc(h.arrangement())
        + ": income and expenditure to " + esc(MONTH.format(month)) + "</h2><p>Financial year " + esc(h.financialYear())
        + ", " + esc(h.model().toLowerCase(Locale.UK).replace('_', ' ')) + " model.</p>"
        + (h.warning().isEmpty() ? "" : "<p class=\"error\" role=\"alert\" id=\"headline-warning\">Warning: "
            + esc(h.warning()) + "</p>")
        + notices + close(h, month)
        + "<div class=\"table-wrap\"><table><caption>Pool position</caption><tbody>"
        + "<tr><th scope=\"row\">Contributions</th><td class=\"num\">" + Html.pounds(h.contributions()) + "</td></tr>"
        + "<tr><th scope=\"row\">Forecast outturn</th><td class=\"num\">" + Html.pounds(h.forecast()) + "</td></tr>"
        + "<tr><th scope=\"row\">Overspend (negative: underspend)</th><td class=\"num\">" + Html.pounds(h.overspend()) + "</td></tr>"
        + "<tr><th scope=\"row\">Variance of contributions</th><td class=\"num\">" + esc(h.variancePct()) + "% "
        + esc(h.rating()) + "</td></tr>"
        + "</tbody></table><table><caption>" + esc(shareCaption(h)) + "</caption><tbody>" + shares + unallocated
        + "</tbody></table></div></section>";
  }

  /** Whether the month is closed and, when it is, whether its figures were restated since (SPEC §4.9). */
  private static String close(ReportFiles.Headline h, YearMonth month) {
    if (!h.closed()) {
      return "<p id=\"headline-close\">" + esc(MONTH.format(month)) + " is not closed: the figures may still change.</p>";
    }
    return "<p id=\"headline-close\" class=\"" + (h.restated() ? "notice" : "") + "\">Closed. "
        + (h.restated() ? "Restated since: " : "") + esc(h.closeNote()) + "</p>";
  }

  /**
   * What the partner amounts are: shares of an overspend (by rule or by the agreement's steps) or of
   * an underspend (by rule or by the year's underspend term), or each partner's own variance.
   */
  static String shareCaption(ReportFiles.Headline h) {
    if ("RULE".equals(h.riskShareBasis()) && "OWN".equals(h.riskShareRule())) {
      return "ALIGNED".equals(h.model())
          ? "Each partner's own variance (aligned budgets: each carries its own schemes; negative: underspend)"
          : "Each partner's own variance (risk share OWN: the schemes each funds; negative: underspend)";
    }
    String how = switch (h.riskShareBasis()) {
      case "STEPS" -> "by the agreement's steps";
      case "UNDERSPEND" -> switch (String.valueOf(h.underspendTerm())) {
        case "RESERVE" -> "all to the pool reserve";
        case "HOST" -> "all to the host";
        default -> "returned by agreed shares";
      };
      default -> "HOST".equals(h.riskShareRule()) ? "all to the host" : "by agreed shares";
    };
    return switch (h.shareable().signum()) {
      case 1 -> "Who carries the overspend (" + how + ")";
      case -1 -> "Who keeps the underspend (" + how + ("RESERVE".equals(h.underspendTerm()) ? ")" : "; shown negative)");
      default -> "Risk share (" + how + "): the pool is on budget";
    };
  }

  private static String ids(Collection<ReportFormat> formats) {
    return formats.stream().map(ReportFormat::id).collect(Collectors.joining(" "));
  }
}
