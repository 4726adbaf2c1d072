package org.carepool.report;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRParameter;
import org.carepool.indicators.Figures;
import org.carepool.indicators.KpiFigure;
import org.carepool.indicators.Performance;

/** The parameters and KPI rows of {@code performance.jrxml}; figures rounded by {@link Figures#display}. */
final class PerformanceFill {
  private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm z",
      IncomeExpenditureFill.UK);
  static final String DEFINITIONS = "Derived from activity and population (SPEC §5), for the population of the "
      + "arrangement's localities in the mid-year estimate of the year the financial year starts; counts from April "
      + "to the month are annualised (× 12 / months elapsed). Non-elective admissions per 1,000: rows with admission "
      + "type NON_ELECTIVE per 1,000 people. Emergency bed days per 1,000 65+: bed days of non-elective rows of people "
      + "aged 65 or over per 1,000 people aged 65+. Care home admissions per 100,000 65+: CARE_HOME rows of people "
      + "aged 65 or over per 100,000 people aged 65+. Institutional share 75+: the per cent of the cost of activity "
      + "of people aged 75 or over in acute, community hospital, mental health inpatient and care home settings "
      + "(not annualised). Other indicators are imported monthly values.";
  static final String RATING_NOTE = "Rating against the year's target: GREEN when met; AMBER when missed by no "
      + "more than 5% of the target; RED otherwise; none without a target. \"Better\" says which direction meets "
      + "the target.";

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
    params.put("POPULATION", String.format(IncomeExpenditureFill.UK, "%,d people, %,d aged 65+ (%s, %d mid-year)",
        p.population().longValue(), p.population65().longValue(),
        p.localities().isEmpty() ? "every locality" : String.join(", ", p.localities()),
        p.financialYear().startYear()));
    params.put("PRODUCED_AT", PRODUCED.format(c.producedAt()));
    params.put("IMPORT_BATCHES", Wording.batches(c.importBatches()));
    params.put("RATING_NOTE", RATING_NOTE);
    params.put("DEFINITIONS", DEFINITIONS);
    params.put("KPI_ROWS", rows(p));
    params.put("TRENDS_REPORT", templates.get("performance-trends"));
    params.put(JRParameter.REPORT_LOCALE, IncomeExpenditureFill.UK);
    params.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(ReportContext.LONDON));
    return params;
  }

  static List<Map<String, ?>> rows(Performance p) {
    return p.kpis().stream().map(PerformanceFill::row).toList();
  }

  private static Map<String, ?> row(KpiFigure k) {
    Map<String, Object> row = new HashMap<>();
    row.put("code", k.code());
    row.put("name", k.name());
    row.put("unit", k.unit());
    row.put("better", k.better() == null ? "" : k.better().name().toLowerCase(IncomeExpenditureFill.UK));
    row.put("target", Figures.display(k.target()));
    row.put("actual", Figures.display(k.actual()));
    row.put("rating", k.rating() == null ? null : k.rating().name());
    row.put("points", k.series().stream().map(s -> {
      Map<String, Object> point = new HashMap<>();
      point.put("month", s.month().getMonth().getDisplayName(TextStyle.SHORT, IncomeExpenditureFill.UK));
      point.put("value", Figures.display(s.value()));
      point.put("target", Figures.display(k.target()));
      return point;
    }).toList());
    return row;
  }
}
