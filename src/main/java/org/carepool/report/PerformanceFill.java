package org.carepool.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRParameter;
import org.carepool.finance.FinancialYear;
import org.carepool.indicators.Figures;
import org.carepool.indicators.KpiFigure;
import org.carepool.indicators.Performance;

/**
 * The parameters and KPI rows of {@code performance.jrxml}: figures rounded to each KPI's
 * decimals, the same values the ratings were worked on.
 */
final class PerformanceFill {
  static final String DEFINITIONS = "Worked out from activity and population for the people of the arrangement's "
      + "localities, with the mid-year population estimate of the year the financial year starts. Counts from April to "
      + "the last month with activity loaded are annualised (× 12 ÷ the months counted). Non-elective admissions per "
      + "1,000: emergency (non-elective) hospital admissions per 1,000 people. Emergency bed days per 1,000 aged 65+: "
      + "the bed days of non-elective admissions of people aged 65 or over, per 1,000 people aged 65+. Care home "
      + "admissions per 100,000 aged 65+: admissions of people aged 65 or over to residential and nursing care homes, "
      + "per 100,000 people aged 65+. Institutional share 75+: the per cent of the cost of care for people aged 75 or "
      + "over that is spent in acute hospitals, community hospitals, mental health inpatient units and care homes (a "
      + "share of the year to date, not annualised). Other indicators are monthly values supplied by the partners.";
  static final String RATING_NOTE = "Each rating compares the actual as shown above with the year's target: GREEN "
      + "when the target is met; AMBER when it is missed by no more than 5% of the target; RED when it is missed by "
      + "more; none without a target. \"Better\" says which direction meets the target. Derived indicators are shown "
      + "to one decimal place, others as supplied.";
  private static final String[] PATTERNS = {"#,##0", "#,##0.0", "#,##0.00"};

  private PerformanceFill() {
  }

  static Map<String, Object> parameters(PerformanceReport report, Templates templates) {
    ReportContext c = report.context();
    Performance p = report.performance();
    Map<String, Object> params = new HashMap<>();
    params.put("ARRANGEMENT", c.arrangement());
    params.put("ARRANGEMENT_NAME", c.arrangementName());
    params.put("BOARD", c.board());
    params.put("MODEL", Wording.model(c.model()));
    params.put("MONTH_LABEL", c.monthLabel());
    params.put("FINANCIAL_YEAR", c.financialYear());
    params.put("POPULATION", population(p));
    params.put("ACTIVITY_TO", activityTo(p));
    params.put("NOTES", p.notes().isEmpty() ? null : "Data quality. " + String.join("\n", p.notes()));
    params.put("PRODUCED_AT", c.producedLabel());
    params.put("IMPORT_BATCHES", Wording.batches(c.importBatches()));
    params.put("RATING_NOTE", RATING_NOTE);
    params.put("DEFINITIONS", DEFINITIONS);
    params.put("KPI_ROWS", rows(p));
    params.put("TRENDS_REPORT", templates.get("performance-trends"));
    params.put("SERIES_REPORT", templates.get("performance-series"));
    params.put(JRParameter.REPORT_LOCALE, IncomeExpenditureFill.UK);
    params.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(ReportContext.LONDON));
    return params;
  }

  /**
   * "252,132 people, 47,656 aged 65+; every locality; 2025 mid-year estimate", or "…; 2025 mid-year
   * estimate, a projection for 2026-27 (its own not yet published)".
   */
  static String population(Performance p) {
    return String.format(IncomeExpenditureFill.UK, "%,d people, %,d aged 65+; %s; %d mid-year estimate%s",
        p.population().longValue(), p.population65().longValue(),
        p.localityNames().isEmpty() ? "every locality" : String.join(", ", p.localityNames()), p.populationYear(),
        p.populationProjected() ? ", a projection for " + p.financialYear().label() + " (its own not yet published)"
            : "");
  }

  /** "Month 5 (August 2025)", or "none yet for 2025-26". */
  static String activityTo(Performance p) {
    return p.activityTo() == null ? "none yet for " + p.financialYear().label()
        : FinancialYear.displayMonth(p.activityTo());
  }

  static List<Map<String, ?>> rows(Performance p) {
    List<Map<String, ?>> rows = new ArrayList<>();
    p.kpis().forEach(k -> rows.add(row(k, p.financialYear())));
    return rows;
  }

  private static Map<String, ?> row(KpiFigure k, FinancialYear year) {
    Map<String, Object> row = new HashMap<>();
    row.put("code", k.code());
    row.put("name", k.name());
    row.put("unit", k.unit());
    row.put("better", k.better() == null ? "" : k.better().name().toLowerCase(IncomeExpenditureFill.UK));
    row.put("pattern", PATTERNS[k.decimals()]);
    row.put("target", k.shownTarget());
    row.put("actual", k.shownActual());
    row.put("actualMonth", k.actualMonth() == null ? null : monthAndYear(k.actualMonth()));
    row.put("rating", k.rating() == null ? null : k.rating().name());
    row.put("context", KpiContext.of(k, year));
    List<Map<String, ?>> points = points(k, year);
    row.put("points", points);
    List<Map<String, ?>> lines = KpiContext.lines(k, year);
    row.put("lines", lines);
    row.put("alt", ChartAlt.trend(k.name(), k.unit(), lines));
    for (int i = 0; i < points.size(); i++) {
      row.put("m" + (i + 1), points.get(i).get("value"));
    }
    return row;
  }

  /** Every month of the year, April to March: the value where there is one, and the target throughout. */
  private static List<Map<String, ?>> points(KpiFigure k, FinancialYear year) {
    Map<YearMonth, BigDecimal> values = new HashMap<>();
    k.series().forEach(s -> values.put(s.month(), s.value()));
    List<Map<String, ?>> points = new ArrayList<>();
    for (YearMonth m = year.firstMonth(); !m.isAfter(year.lastMonth()); m = m.plusMonths(1)) {
      Map<String, Object> point = new HashMap<>();
      point.put("month", shortMonth(m));
      point.put("value", Figures.round(values.get(m), k.decimals()));
      point.put("target", k.shownTarget());
      points.add(point);
    }
    return points;
  }

  /** "Oct 2026": the month an actual is for, as the KPI table says it. */
  static String monthAndYear(YearMonth m) {
    return shortMonth(m) + " " + m.getYear();
  }

  /** "Sep": three letters, as charts have room for ("Sept" would be cut to "…"). */
  static String shortMonth(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.FULL, IncomeExpenditureFill.UK).substring(0, 3);
  }
}
