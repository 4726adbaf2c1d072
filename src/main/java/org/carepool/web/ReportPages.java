package org.carepool.web;

import static org.carepool.web.Html.esc;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import org.carepool.arrangement.ArrangementSummary;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditureStatement;
import org.carepool.finance.Pounds;
import org.carepool.report.BoardPackRequest;
import org.carepool.report.Format;
import org.carepool.report.ReportId;

/**
 * What the Reports page shows: the chooser and the I&amp;E headline. Each report option carries
 * the formats it comes in and each arrangement its latest month with spend, for
 * /assets/carepool.js; without the script the server still refuses a format a report lacks.
 */
final class ReportPages {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private ReportPages() {}

  /** A choice of the chooser: a report, or the board pack. */
  private record Choice(String id, String title, boolean boardWide, Set<Format> formats) {}

  private static final List<Choice> CHOICES = Stream.concat(
      Arrays.stream(ReportId.values()).map(r -> new Choice(r.id(), r.title(), r.boardWide(), r.formats())),
      Stream.of(new Choice(BoardPackRequest.ID, "Board pack", true, BoardPackRequest.FORMATS))).toList();

  static String ids() {
    return CHOICES.stream().map(Choice::id).collect(Collectors.joining(", "));
  }

  static boolean known(String id) {
    return CHOICES.stream().anyMatch(c -> c.id().equals(id));
  }

  /** The format of the extension as the page and the API spell it ({@code pdf}, {@code xlsx}, {@code csv}). */
  static Optional<Format> format(String extension) {
    return Arrays.stream(Format.values()).filter(f -> f.extension().equals(extension)).findFirst();
  }

  static String chooser(Context ctx, List<ArrangementSummary> arrangements, Map<String, YearMonth> latest) {
    Choice report = CHOICES.stream().filter(c -> c.id().equals(ctx.queryParam("report"))).findFirst().orElse(CHOICES.get(0));
    String reportOptions = CHOICES.stream().map(r -> "<option value=\"" + r.id() + "\" data-scope=\""
        + scope(r) + "\" data-formats=\"" + ids(r.formats()) + "\"" + (r == report ? " selected" : "")
        + ">" + esc(r.title()) + " (by " + scope(r) + "; " + ids(r.formats()).replace(" ", ", ") + ")</option>")
        .collect(Collectors.joining());
    String arrangementOptions = arrangements.stream().map(a -> "<option value=\"" + esc(a.code()) + "\""
        + (latest.containsKey(a.code()) ? " data-latest=\"" + latest.get(a.code()) + "\"" : "")
        + (a.code().equals(ctx.queryParam("arrangement")) ? " selected" : "") + ">" + esc(a.code() + " — " + a.name()) + "</option>")
        .collect(Collectors.joining());
    String boardOptions = arrangements.stream().map(ArrangementSummary::board).distinct().sorted()
        .map(b -> Html.option(b, b, Objects.toString(ctx.queryParam("board"), ""))).collect(Collectors.joining());
    String chosenFormat = format(Objects.toString(ctx.queryParam("format"), "")).filter(report.formats()::contains)
        .orElse(Format.PDF).extension();
    String formatOptions = Arrays.stream(Format.values()).map(f -> "<option value=\"" + f.extension() + "\""
        + (f.extension().equals(chosenFormat) ? " selected" : "") + (report.formats().contains(f) ? "" : " disabled") + ">"
        + f.extension().toUpperCase() + "</option>").collect(Collectors.joining());
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

  static String headline(IncomeExpenditureStatement statement, YearMonth month) {
    IncomeExpenditure figures = statement.figures();
    IncomeExpenditure.Pool pool = figures.pool();
    String shares = figures.riskShare().stream().map(p -> "<tr><th scope=\"row\">" + esc(p.organisation()) + "</th><td class=\"num\">"
        + Html.pounds(p.amount()) + "</td></tr>").collect(Collectors.joining());
    String unallocated = figures.unallocated().signum() == 0 ? "" : "<tr class=\"unallocated\"><th scope=\"row\">Unallocated (not covered by the agreement)</th>"
        + "<td class=\"num\">" + Html.pounds(figures.unallocated()) + "</td></tr>";
    String warning = statement.dataQuality().warning();
    String notices = figures.noticeTexts(Pounds::inSentence).stream().map(n -> "<p class=\"notice\">" + esc(n) + "</p>").collect(Collectors.joining());
    return "<section class=\"headline\" aria-labelledby=\"headline\"><h2 id=\"headline\">" + esc(figures.arrangement())
        + ": income and expenditure to " + esc(MONTH.format(month)) + "</h2><p>Financial year " + esc(figures.financialYear())
        + ", " + esc(figures.model().name().toLowerCase(Locale.UK).replace('_', ' ')) + " model.</p>"
        + (warning.isEmpty() ? "" : "<p class=\"error\" role=\"alert\" id=\"headline-warning\">Warning: "
            + esc(warning) + "</p>")
        + notices
        + "<div class=\"table-wrap\"><table><caption>Pool position</caption><tbody>"
        + "<tr><th scope=\"row\">Contributions</th><td class=\"num\">" + Html.pounds(pool.contributions()) + "</td></tr>"
        + "<tr><th scope=\"row\">Forecast outturn</th><td class=\"num\">" + Html.pounds(pool.forecast()) + "</td></tr>"
        + "<tr><th scope=\"row\">Overspend (negative: underspend)</th><td class=\"num\">" + Html.pounds(pool.overspend()) + "</td></tr>"
        + "<tr><th scope=\"row\">Variance of contributions</th><td class=\"num\">" + esc(pool.variancePct().toPlainString()) + "% "
        + esc(pool.rating().name()) + "</td></tr>"
        + "</tbody></table><table><caption>" + esc(shareCaption(figures.model().name(), statement.terms().riskShare().name(),
            figures.riskShareBasis().name(), underspendTerm(figures), pool.shareable())) + "</caption><tbody>" + shares + unallocated
        + "</tbody></table></div></section>";
  }

  /**
   * What the partner amounts are: shares of an overspend (by rule or by the agreement's steps) or of
   * an underspend (by rule or by the year's underspend term), or each partner's own variance.
   */
  static String shareCaption(String model, String riskShareRule, String riskShareBasis, String underspendTerm,
      BigDecimal shareable) {
    if ("RULE".equals(riskShareBasis) && "OWN".equals(riskShareRule)) {
      return "ALIGNED".equals(model)
          ? "Each partner's own variance (aligned budgets: each carries its own schemes; negative: underspend)"
          : "Each partner's own variance (risk share OWN: the schemes each funds; negative: underspend)";
    }
    String how = switch (riskShareBasis) {
      case "STEPS" -> "by the agreement's steps";
      case "UNDERSPEND" -> switch (String.valueOf(underspendTerm)) {
        case "RESERVE" -> "all to the pool reserve";
        case "HOST" -> "all to the host";
        default -> "returned by agreed shares";
      };
      default -> "HOST".equals(riskShareRule) ? "all to the host" : "by agreed shares";
    };
    return switch (shareable.signum()) {
      case 1 -> "Who carries the overspend (" + how + ")";
      case -1 -> "Who keeps the underspend (" + how + ("RESERVE".equals(underspendTerm) ? ")" : "; shown negative)");
      default -> "Risk share (" + how + "): the pool is on budget";
    };
  }

  /** The year's underspend term as applied when the basis is UNDERSPEND (RETURN when none is set); otherwise null. */
  private static String underspendTerm(IncomeExpenditure figures) {
    if (figures.riskShareBasis() != IncomeExpenditure.RiskShareBasis.UNDERSPEND) {
      return null;
    }
    return figures.terms().underspend() == null ? "RETURN" : figures.terms().underspend().name();
  }

  private static String scope(Choice choice) {
    return choice.boardWide() ? "board" : "arrangement";
  }

  private static String ids(Collection<Format> formats) {
    return formats.stream().map(Format::extension).collect(Collectors.joining(" "));
  }
}
