package org.carepool.report;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRParameter;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditure.NoticeKind;
import org.carepool.finance.IncomeExpenditure.Pool;
import org.carepool.finance.IncomeExpenditure.Reserves;
import org.carepool.finance.Model;

/**
 * The parameters of {@code income-expenditure.jrxml}: header texts, pool and reserve figures, and
 * each table as a list of maps ({@link IncomeExpenditureRows}).
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
  static final int LONG_TABLE_ROWS = 12;

  private IncomeExpenditureFill() {
  }

  static Map<String, Object> parameters(IncomeExpenditureReport report, Templates templates, Units units) {
    Map<String, Object> p = new HashMap<>();
    units(units, p);
    closed(report, p);
    header(report, p);
    sections(report, p);
    tables(report, p);
    pool(report.figures().pool(), p);
    reserves(report, p);
    for (String subreport : List.of("INCOME", "SCHEMES", "STEPS", "RISK_SHARE", "COST_SPLIT", "NOTES", "KEY_VARIANCES")) {
      p.put(subreport + "_REPORT", templates.get("ie-" + subreport.toLowerCase(UK).replace('_', '-')));
    }
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

  /** How money is shown: the units, the note under the title, and in £000s how the rounding works. */
  private static void units(Units units, Map<String, Object> p) {
    p.put("UNITS", units);
    p.put("UNITS_NOTE", units == Units.THOUSANDS ? "Money in thousands of pounds (£000)"
        : "All amounts in pounds sterling (£)");
    p.put("ROUNDING_NOTE", units == Units.THOUSANDS ? Thousands.ROUNDING_NOTE : null);
  }

  /**
   * SPEC §4.9: the previous forecast (as reported at the last closed month) and the movement, the
   * key variances with their commentary, and for a closed month which statement this is.
   */
  private static void closed(IncomeExpenditureReport report, Map<String, Object> p) {
    IncomeExpenditure f = report.figures();
    p.put("HAS_PREVIOUS", f.pool().previousForecast() != null);
    p.put("PREVIOUS_LABEL", Wording.previousForecastLabel(report));
    p.put("POOL_PREVIOUS_FORECAST", f.pool().previousForecast());
    p.put("POOL_MOVEMENT", f.pool().movement());
    p.put("KEY_VARIANCE_ROWS", IncomeExpenditureRows.keyVariances(report));
    p.put("KEY_VARIANCES_NOTE", Wording.keyVariancesNote());
    p.put("REPORTED_NOTE", report.reportedNote());
    p.put("RESTATED", report.restated());
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
    p.put("CHART_TITLE", "Forecast variance by scheme (" + ((Units) p.get("UNITS")).label() + ")");
    p.put("POOL_HEADING", aligned ? "Combined position (each partner carries its own)"
        : "Pool position");
    p.put("POOL_CONTRIBUTIONS_LABEL", aligned ? "Contributions for the year (each partner's own)"
        : "Contributions (pool income for the year)");
    // the notify notice beside the pool position; an unallocated remainder in red under the steps it escaped
    p.put("NOTICES", notices(figures, NoticeKind.NOTIFY));
    p.put("UNALLOCATED_NOTE", notices(figures, NoticeKind.UNALLOCATED));
    p.put("COVER_HEADING", Wording.coverHeading(report));
    p.put("COVER_NOTE", Wording.coverNote(report));
    p.put("WATERFALL_TITLE", "From the " + (aligned ? "combined" : "pool's") + " forecast "
        + (figures.pool().overspend().signum() < 0 ? "underspend" : "overspend") + " to what each partner carries ("
        + ((Units) p.get("UNITS")).label() + ")");
    p.put("RISK_SHARE_TOTAL_LABEL", "Carried by the partners");
    p.put("HAS_COST_SPLIT", report.context().model().hasCostSplit());
    p.put("COST_SPLIT_NOTE", Wording.costSplitNote(report));
    p.put("COST_SPLIT_NET_LABEL", Wording.costSplitNetLabel(report));
  }

  private static String notices(IncomeExpenditure f, NoticeKind kind) {
    return String.join("\n", f.notices().stream().filter(n -> n.kind() == kind).map(n -> n.text(Wording::money))
        .toList());
  }

  private static void pool(Pool pool, Map<String, Object> p) {
    p.put("POOL_CONTRIBUTIONS", pool.contributions());
    p.put("POOL_BUDGET", pool.budget());
    p.put("POOL_ACTUAL", pool.actualToDate());
    p.put("POOL_FORECAST", pool.forecast());
    p.put("POOL_OVERSPEND", pool.overspend());
    p.put("POOL_VARIANCE_PCT", pool.variancePct());
    p.put("POOL_RATING", pool.rating().name());
  }

  private static void reserves(IncomeExpenditureReport report, Map<String, Object> p) {
    Reserves r = report.figures().reserves();
    p.put("RESERVE_OPENING", r.opening());
    p.put("RESERVE_DRAWN", r.drawn());
    p.put("RESERVE_UNDERSPEND_ADDED", r.underspendAdded());
    p.put("RESERVE_CLOSING", r.closing());
    p.put("RING_FENCED_CARRIED_FORWARD", r.ringFencedCarriedForward());
    p.put("RING_FENCED_LABEL", Wording.ringFencedLabel(report.figures()));
  }

  private static void tables(IncomeExpenditureReport report, Map<String, Object> p) {
    p.put("INCOME_ROWS", IncomeExpenditureRows.income(report));
    p.put("SCHEME_ROWS", IncomeExpenditureRows.schemes(report, report.context().model() == Model.ALIGNED));
    p.put("CHART_ROWS", IncomeExpenditureRows.varianceChart(report, (Units) p.get("UNITS")));
    p.put("CHART_ALT", ChartAlt.variances((String) p.get("CHART_TITLE"),
        IncomeExpenditureRows.ordered(report, report.context().model() == Model.ALIGNED), (Units) p.get("UNITS")));
    List<CoverRows.Row> cover = CoverRows.of(report);
    p.put("STEP_ROWS", IncomeExpenditureRows.cover(cover));
    List<Waterfall.Bar> bars = Waterfall.bars(report, cover).stream()
        .map(b -> Waterfall.inUnits(b, (Units) p.get("UNITS"))).toList();
    p.put("WATERFALL_ROWS", Waterfall.chartRows(bars));
    p.put("WATERFALL_ALT", ChartAlt.waterfall((String) p.get("WATERFALL_TITLE"), bars, (Units) p.get("UNITS")));
    p.put("WATERFALL_KINDS", bars.stream().map(b -> b.kind().name()).toList());
    p.put("WATERFALL_AMOUNTS", bars.stream().map(Waterfall.Bar::amount).toList());
    p.put("RISK_SHARE_ROWS", IncomeExpenditureRows.riskShare(report));
    p.put("COST_SPLIT_ROWS", IncomeExpenditureRows.costSplit(report));
    p.put("NOTE_ROWS", report.dataQualityNotes().stream().map(n -> IncomeExpenditureRows.row("note", n)).toList());
  }
}
