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

/**
 * The parameters of {@code income-expenditure.jrxml}: header texts, pool figures, and each table
 * as a list of maps (one map per row, keyed by the subreport's field names).
 */
final class IncomeExpenditureFill {

  static final Locale UK = Locale.UK;
  private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm z", UK);

  private IncomeExpenditureFill() {
  }

  static Map<String, Object> parameters(IncomeExpenditureReport report, Templates templates) {
    Map<String, Object> p = new HashMap<>();
    header(report, p);
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

  private static void header(IncomeExpenditureReport report, Map<String, Object> p) {
    ReportContext c = report.context();
    IncomeExpenditure figures = report.figures();
    p.put("ARRANGEMENT", c.arrangement());
    p.put("ARRANGEMENT_NAME", c.arrangementName());
    p.put("BOARD", c.board());
    p.put("MODEL", Wording.model(c.model()));
    p.put("HOST", figures.host() == null ? "None: each partner keeps its own budget"
        : report.partner(figures.host()) + " (" + c.model().hostMeans() + ")");
    p.put("LEGAL_BASIS", c.legalBasis());
    p.put("MONTH_LABEL", c.monthLabel());
    p.put("FINANCIAL_YEAR", c.financialYear());
    p.put("GOVERNANCE", "Governance, " + Wording.model(c.model()).toLowerCase(UK) + " model. "
        + c.model().governanceLine());
    p.put("PRODUCED_AT", PRODUCED.format(c.producedAt()));
    p.put("IMPORT_BATCHES", Wording.batches(c.importBatches()));
    boolean aligned = c.model() == Model.ALIGNED;
    p.put("BY_FUNDER", aligned);
    p.put("SCHEMES_HEADING", aligned ? "Expenditure partner by partner (each partner's own schemes)"
        : "Expenditure by scheme");
    p.put("SCHEMES_NOTE", Wording.schemesNote(figures));
    p.put("POOL_HEADING", aligned ? "Combined position (for information: each partner carries its own)"
        : "Pool position");
    p.put("RISK_SHARE_NOTE", Wording.riskShareNote(report));
    p.put("HAS_COST_SPLIT", c.model().hasCostSplit());
    p.put("COST_SPLIT_NOTE", Wording.costSplitNote(report));
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
    p.put("RISK_SHARE_ROWS", f.riskShare().stream().map(r -> row(
        "partner", report.partner(r.organisation()), "amount", r.amount())).toList());
    p.put("COST_SPLIT_ROWS", f.costSplit().stream().map(s -> row(
        "partner", report.partner(s.organisation()), "amount", s.amount(),
        "incomeToDate", s.incomeToDate(), "owedToHost", s.owedToHost())).toList());
    p.put("NOTE_ROWS", report.dataQualityNotes().stream().map(n -> row("note", n)).toList());
  }

  /** In scheme-code order; partner by partner (funder, then code) when {@code byFunder}. */
  static List<Map<String, ?>> schemes(IncomeExpenditureReport report, boolean byFunder) {
    Comparator<Scheme> order = byFunder
        ? Comparator.comparing(Scheme::funder).thenComparing(Scheme::code)
        : Comparator.comparing(Scheme::code);
    return report.figures().schemes().stream().sorted(order).map(s -> row(
        "funder", report.partner(s.funder()), "funderCode", s.funder(),
        "scheme", s.code() + " " + s.name() + (s.forecastIsAnalyst() ? " ‡" : ""),
        "budget", s.budget(), "budgetToDate", s.budgetToDate(), "actualToDate", s.actualToDate(),
        "forecast", s.forecast(), "variance", s.variance())).collect(Collectors.toList());
  }

  private static Map<String, ?> row(Object... keysAndValues) {
    Map<String, Object> row = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }
}
