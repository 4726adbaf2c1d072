package org.carepool.report;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRParameter;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditure.Pool;
import org.carepool.finance.IncomeExpenditure.Scheme;
import org.carepool.finance.Model;
import org.carepool.finance.RiskShareRule;

/**
 * The parameters of {@code income-expenditure.jrxml}: header texts, pool figures, and each table
 * as a list of maps (one map per row, keyed by the subreport's field names).
 */
final class IncomeExpenditureFill {

  static final Locale UK = Locale.UK;
  private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm z", UK);

  /** The template's parameter for the XLSX fill: no page furniture or chart, the footer's facts under the title. */
  static final String FOR_SPREADSHEET = "FOR_SPREADSHEET";

  /**
   * More rows than this (two-line rows, about half a page) and a table may split between pages
   * rather than move whole to the next page and leave a blank page behind.
   */
  static final int LONG_TABLE_ROWS = 16;

  private IncomeExpenditureFill() {
  }

  static Map<String, Object> parameters(IncomeExpenditureReport report, Templates templates) {
    Map<String, Object> p = new HashMap<>();
    header(report, p);
    sections(report, p);
    tables(report, p);
    pool(report.figures().pool(), p);
    p.put("INCOME_REPORT", templates.get("ie-income"));
    p.put("SCHEMES_REPORT", templates.get("ie-schemes"));
    p.put("RISK_SHARE_REPORT", templates.get("ie-risk-share"));
    p.put("COST_SPLIT_REPORT", templates.get("ie-cost-split"));
    p.put("NOTES_REPORT", templates.get("ie-notes"));
    p.put(JRParameter.REPORT_LOCALE, UK);
    p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(ReportContext.LONDON));
    return p;
  }

  /** What the figures rest on, as the PDF's page footer says it. */
  static String footer(IncomeExpenditureReport report) {
    ReportContext c = report.context();
    return "Produced " + PRODUCED.format(c.producedAt()) + " · as at " + c.monthLabel() + " · import batches "
        + Wording.batches(c.importBatches());
  }

  private static void header(IncomeExpenditureReport report, Map<String, Object> p) {
    ReportContext c = report.context();
    p.put("ARRANGEMENT", c.arrangement());
    p.put("ARRANGEMENT_NAME", c.arrangementName());
    p.put("BOARD", c.board());
    p.put("MODEL", Wording.model(c.model()));
    p.put("HOST", Wording.host(report));
    p.put("LEGAL_BASIS", c.legalBasis());
    p.put("MONTH_LABEL", c.monthLabel());
    p.put("FINANCIAL_YEAR", c.financialYear());
    p.put("GOVERNANCE", "Governance, " + Wording.model(c.model()).toLowerCase(UK) + " model. "
        + c.model().governanceLine());
    p.put("PRODUCED_AT", PRODUCED.format(c.producedAt()));
    p.put("IMPORT_BATCHES", Wording.batches(c.importBatches()));
    p.put("WARNING", report.dataQuality().warning());
    p.put("RUNNING_HEADER", Wording.runningHeader(report));
  }

  private static void sections(IncomeExpenditureReport report, Map<String, Object> p) {
    IncomeExpenditure figures = report.figures();
    boolean aligned = report.context().model() == Model.ALIGNED;
    p.put("BY_FUNDER", aligned);
    p.put("INCOME_TOTAL_LABEL", aligned ? "Total contributions" : "Pool income");
    p.put("SCHEMES_HEADING", aligned ? "Expenditure partner by partner (each partner's own schemes)"
        : "Expenditure by scheme");
    p.put("SCHEMES_TOTAL_LABEL", aligned ? "All partners" : "Total");
    p.put("SCHEMES_NOTE", Wording.schemesNote(figures));
    p.put("SHOW_CHART", !figures.schemes().isEmpty());
    p.put("SCHEMES_LONG", figures.schemes().size() > LONG_TABLE_ROWS);
    p.put("NOTES_LONG", report.dataQualityNotes().size() > LONG_TABLE_ROWS);
    p.put("CHART_TITLE", "Forecast variance by scheme (£): overspend above the line, underspend below");
    p.put("POOL_HEADING", aligned ? "Combined position (for information: each partner carries its own)"
        : "Pool position");
    p.put("POOL_CONTRIBUTIONS_LABEL", aligned ? "Contributions for the year (each partner's own)"
        : "Contributions (pool income for the year)");
    p.put("OWN", report.riskShareRule() == RiskShareRule.OWN);
    p.put("RISK_SHARE_NOTE", Wording.riskShareNote(report));
    p.put("HAS_COST_SPLIT", report.context().model().hasCostSplit());
    p.put("COST_SPLIT_NOTE", Wording.costSplitNote(report));
    p.put("COST_SPLIT_NET_LABEL", Wording.costSplitNetLabel(report));
  }

  private static void pool(Pool pool, Map<String, Object> p) {
    p.put("POOL_CONTRIBUTIONS", pool.contributions());
    p.put("POOL_BUDGET", pool.budget());
    p.put("POOL_ACTUAL", pool.actualToDate());
    p.put("POOL_FORECAST", pool.forecast());
    p.put("POOL_OVERSPEND", pool.overspend());
  }

  private static void tables(IncomeExpenditureReport report, Map<String, Object> p) {
    IncomeExpenditure f = report.figures();
    p.put("INCOME_ROWS", f.income().stream().map(i -> row(
        "partner", report.partner(i.organisation()), "contribution", i.contribution(), "toDate", i.toDate())).toList());
    p.put("SCHEME_ROWS", schemes(report, report.context().model() == Model.ALIGNED));
    p.put("CHART_ROWS", chart(report));
    p.put("RISK_SHARE_ROWS", f.riskShare().stream().map(r -> row(
        "partner", report.partner(r.organisation()), "amount", r.amount(),
        "ownSchemesVariance", r.ownSchemesVariance(), "shareOfBudgetGap", r.shareOfBudgetGap())).toList());
    p.put("COST_SPLIT_ROWS", f.costSplit().stream().map(s -> row(
        "partner", Wording.costSplitPartner(report, s), "amount", s.amount(),
        "incomeToDate", s.incomeToDate(), "owedToHost", s.owedToHost(), "isHost", s.isHost())).toList());
    p.put("NOTE_ROWS", report.dataQualityNotes().stream().map(n -> row("note", n)).toList());
  }

  /** In scheme-code order; partner by partner (funder, then code) when {@code byFunder}. */
  static List<Map<String, ?>> schemes(IncomeExpenditureReport report, boolean byFunder) {
    return ordered(report, byFunder).stream().map(s -> row(
        "funder", report.partner(s.funder()), "funderCode", s.funder(),
        // a no-break space keeps the ‡ on the line of the name's last word
        "scheme", s.code() + " " + s.name() + ((s.basis() == org.carepool.finance.ForecastBasis.ANALYST) ? "\u00a0‡" : ""),
        "budget", s.budget(), "budgetToDate", s.budgetToDate(), "actualToDate", s.actualToDate(),
        "forecast", s.forecast(), "variance", s.variance())).collect(Collectors.toList());
  }

  /**
   * One bar per scheme, in the table's order: overspends and underspends as two series of a stacked
   * chart, so each has its colour and no bar is pushed aside; a zero variance counts as an overspend
   * of nothing, so the scheme stays on the axis.
   */
  private static List<Map<String, ?>> chart(IncomeExpenditureReport report) {
    return ordered(report, report.context().model() == Model.ALIGNED).stream().map(s -> row(
        "scheme", s.code(),
        "overspend", s.variance().signum() >= 0 ? s.variance() : null,
        "underspend", s.variance().signum() < 0 ? s.variance() : null)).collect(Collectors.toList());
  }

  private static List<Scheme> ordered(IncomeExpenditureReport report, boolean byFunder) {
    Comparator<Scheme> order = byFunder
        ? Comparator.comparing(Scheme::funder).thenComparing(Scheme::code)
        : Comparator.comparing(Scheme::code);
    return report.figures().schemes().stream().sorted(order).toList();
  }

  private static Map<String, ?> row(Object... keysAndValues) {
    Map<String, Object> row = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }
}
