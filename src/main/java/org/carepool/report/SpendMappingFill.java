package org.carepool.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRParameter;
import org.carepool.indicators.Figures;
import org.carepool.indicators.Mapping;

/**
 * The parameters and records of {@code spend-mapping.jrxml}: one record per table of
 * {@link SpendMappingSections}, figures rounded half up to the decimals shown.
 */
final class SpendMappingFill {
  /** The figure columns of {@code mapping-table.jrxml}; a table with fewer uses the rightmost ones. */
  private static final int COLUMNS = 5;
  /** The ratio chart's title, as the template shows it. */
  private static final String RATIO_CHART_TITLE = "Age-sex standardised cost ratio by locality (area = 100)";
  static final String ROUNDING_NOTE = "Costs are in £000s, each rounded from the exact pounds, so they may not sum "
      + "because of rounding; costs per head are in pounds and pence.";

  private SpendMappingFill() {
  }

  static Map<String, Object> parameters(SpendMappingReport report, Templates templates, Units units) {
    ReportContext c = report.context();
    Mapping m = report.mapping();
    Map<String, Object> p = new HashMap<>();
    p.put("BOARD", m.board());
    p.put("BOARD_NAME", m.boardName());
    p.put("FINANCIAL_YEAR", m.year().label());
    p.put("MONTH_LABEL", c.monthLabel());
    p.put("PERIOD", SpendMappingPeriod.period(m));
    p.put("POPULATION", String.format(IncomeExpenditureFill.UK, "%,d people; %s; %d mid-year estimate",
        m.population().longValue(), localities(m), m.year().startYear()));
    p.put("HEADLINE", SpendMappingPeriod.headline(m));
    p.put("PRODUCED_AT", c.producedLabel());
    p.put("IMPORT_BATCHES", Wording.batches(c.importBatches()));
    p.put("TABLE_REPORT", templates.get("mapping-table"));
    p.put("ROUNDING_NOTE", units == Units.THOUSANDS ? ROUNDING_NOTE : null);
    p.put(JRParameter.REPORT_LOCALE, IncomeExpenditureFill.UK);
    p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(ReportContext.LONDON));
    return p;
  }

  /** The board's localities by name, or "every locality". */
  private static String localities(Mapping m) {
    if (m.localities().isEmpty()) {
      return "every locality";
    }
    Map<String, String> names = new HashMap<>();
    m.byLocality().forEach(a -> names.put(a.code(), a.name()));
    return String.join(", ", m.localities().stream().map(c -> names.getOrDefault(c, c)).toList());
  }

  /** "Spend mapping, HWB, 2025-26, April to September 2025": the PDF's title, with its period. */
  static String title(Mapping m) {
    return "Spend mapping, " + m.board() + ", " + m.year().label() + ", "
        + SpendMappingPeriod.span(m.year().firstMonth(), m.lastMonth());
  }

  /**
   * The report's records: one map per section, costs in {@code units}. {@code everyPractice} false (the
   * PDF) keeps the practice table to a fixed size when there are many practices; the XLSX and CSV list every one.
   */
  static List<Map<String, ?>> records(Mapping m, boolean everyPractice, Units units) {
    List<Map<String, ?>> records = new ArrayList<>();
    SpendMappingSections.of(m, everyPractice, units).forEach(s -> records.add(record(s)));
    return records;
  }

  /** Every section with every practice, in pounds (the CSV). */
  static List<SpendMappingSections.Section> sections(Mapping m) {
    return SpendMappingSections.of(m, true, Units.POUNDS);
  }

  /** Figures fill the rightmost columns, so a table with few of them leaves its text columns room. */
  private static Map<String, ?> record(SpendMappingSections.Section s) {
    int figures = s.patterns().size();
    int shift = COLUMNS - figures;
    List<String> headers = new ArrayList<>(s.headers().subList(0, 2));
    List<String> patterns = new ArrayList<>();
    for (int i = 0; i < shift; i++) {
      headers.add(null);
      patterns.add(SpendMappingSections.RATE);
    }
    headers.addAll(s.headers().subList(2, s.headers().size()));
    patterns.addAll(s.patterns());
    Map<String, Object> r = new HashMap<>();
    r.put("title", s.title());
    r.put("note", s.note());
    r.put("headers", headers);
    r.put("patterns", patterns);
    r.put("figures", figures);
    r.put("chart", s.chart());
    List<Map<String, Object>> rows = s.lines().stream().map(l -> row(l, shift, s.patterns())).toList();
    r.put("rows", rows);
    r.put("alt", s.chart() ? ChartAlt.ratios(RATIO_CHART_TITLE, rows, "n" + COLUMNS) : null);
    return r;
  }

  /** Each figure rounded half up to the decimals its column shows, so the template's pattern never rounds again. */
  private static Map<String, Object> row(SpendMappingSections.Line l, int shift, List<String> patterns) {
    Map<String, Object> row = new HashMap<>();
    row.put("a", l.a());
    row.put("b", l.b());
    row.put("total", l.total());
    for (int i = 0; i < l.n().size(); i++) {
      row.put("n" + (i + 1 + shift), Figures.round(l.n().get(i), decimals(patterns.get(i))));
    }
    return row;
  }

  /** "#,##0.0" → 1; "#,##0;(#,##0)" → 0. */
  static int decimals(String pattern) {
    String positive = pattern.split(";")[0];
    int point = positive.indexOf('.');
    return point < 0 ? 0 : positive.length() - point - 1;
  }
}
