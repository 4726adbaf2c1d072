package org.carepool.report;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Not a test. Warm time to render LB1's I&E PDF through {@link ReportRenderer} (from the report
 * record) against a bare JasperReports fill + PDF export of the same templates and data with no
 * carepool code (parameters and row maps written out by hand). See docs/benchmarks.md.
 */
public final class IncomeExpenditureBenchmark {

  private static final int WARM_UP = 40;
  private static final int ROUNDS = 200;

  public static void main(String[] args) throws Exception {
    ReportRenderer renderer = new ReportRenderer();
    IncomeExpenditureReport lb1 = Examples.lb1();
    Map<String, JasperReport> bare = compileBare();
    Supplier<byte[]> carepool = () -> renderer.render(lb1, Format.PDF);
    Supplier<byte[]> jasper = () -> barePdf(bare);
    for (int i = 0; i < WARM_UP; i++) {
      carepool.get();
      jasper.get();
    }
    long[] ours = new long[ROUNDS];
    long[] theirs = new long[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) { // interleaved, so drift in the machine hits both alike
      ours[i] = time(carepool);
      theirs[i] = time(jasper);
    }
    double oursMs = median(ours) / 1e6;
    double bareMs = median(theirs) / 1e6;
    System.out.printf(Locale.ROOT, "I&E PDF (LB1), median of %d warm renders after %d warm-up:%n", ROUNDS, WARM_UP);
    System.out.printf(Locale.ROOT, "  carepool ReportRenderer : %7.2f ms (p90 %.2f)%n", oursMs, p90(ours) / 1e6);
    System.out.printf(Locale.ROOT, "  bare JasperReports      : %7.2f ms (p90 %.2f)%n", bareMs, p90(theirs) / 1e6);
    System.out.printf(Locale.ROOT, "  ratio                   : %7.2f%n", oursMs / bareMs);
  }

  private static long time(Supplier<byte[]> render) {
    long start = System.nanoTime();
    byte[] pdf = render.get();
    long took = System.nanoTime() - start;
    if (pdf.length < 1000) {
      throw new IllegalStateException("suspiciously small PDF");
    }
    return took;
  }

  private static Map<String, JasperReport> compileBare() throws Exception {
    Map<String, JasperReport> compiled = new HashMap<>();
    for (String name : List.of("income-expenditure", "ie-income", "ie-schemes", "ie-risk-share", "ie-cost-split",
        "ie-notes")) {
      try (InputStream in = IncomeExpenditureBenchmark.class.getResourceAsStream("/reports/" + name + ".jrxml")) {
        compiled.put(name, JasperCompileManager.compileReport(in));
      }
    }
    return compiled;
  }

  private static byte[] barePdf(Map<String, JasperReport> reports) {
    try {
      var print = JasperFillManager.fillReport(reports.get("income-expenditure"), bareParameters(reports),
          new JREmptyDataSource(1));
      JRPdfExporter exporter = new JRPdfExporter();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      exporter.setExporterInput(new SimpleExporterInput(print));
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
      exporter.exportReport();
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> bareParameters(Map<String, JasperReport> r) {
    Map<String, Object> p = new HashMap<>();
    p.putAll(Map.of("ARRANGEMENT", "LB1", "ARRANGEMENT_NAME", "Westshire Better Care Fund",
        "BOARD", "Westshire Health and Wellbeing Board", "MODEL", "Lead body",
        "HOST", "CCG — NHS Westshire Integrated Care Board (the lead body)", "LEGAL_BASIS", "NHS Act 2006 s75",
        "MONTH_LABEL", "Month 6 (September 2025)", "FINANCIAL_YEAR", "2025-26",
        "GOVERNANCE", "Governance, lead body model. Income and expenditure: the lead body's accounts.",
        "PRODUCED_AT", "7 October 2025 at 09:15 BST"));
    p.putAll(Map.of("IMPORT_BATCHES", "17, 18", "SCHEMES_HEADING", "Expenditure by scheme",
        "SCHEMES_NOTE", "Budget to date is the annual budget × 6 / 12.", "BY_FUNDER", false,
        "POOL_HEADING", "Pool position", "RISK_SHARE_NOTE", "Rule SHARES.", "HAS_COST_SPLIT", true,
        "COST_SPLIT_NOTE", "The actual to date of £520,000.00 is split by share.",
        JRParameter.REPORT_LOCALE, Locale.UK));
    p.putAll(Map.of("POOL_CONTRIBUTIONS", m("1000000.00"), "POOL_BUDGET", m("1000000.00"),
        "POOL_ACTUAL", m("520000.00"), "POOL_FORECAST", m("1040000.00"), "POOL_OVERSPEND", m("40000.00")));
    p.put("INCOME_ROWS", List.of(
        Map.of("partner", "CCG — NHS Westshire Integrated Care Board", "contribution", m("600000.00"), "toDate", m("300000.00")),
        Map.of("partner", "LA — Westshire County Council", "contribution", m("400000.00"), "toDate", m("200000.00"))));
    p.put("SCHEME_ROWS", List.of(
        scheme("S1 Intermediate care", "CCG", "700000.00", "350000.00", "380000.00", "760000.00", "60000.00"),
        scheme("S2 Reablement", "LA", "300000.00", "150000.00", "140000.00", "280000.00", "-20000.00")));
    p.put("RISK_SHARE_ROWS", List.of(Map.of("partner", "CCG", "amount", m("24000.00")),
        Map.of("partner", "LA", "amount", m("16000.00"))));
    p.put("COST_SPLIT_ROWS", List.of(
        Map.of("partner", "CCG", "amount", m("312000.00"), "incomeToDate", m("300000.00"), "owedToHost", m("12000.00")),
        Map.of("partner", "LA", "amount", m("208000.00"), "incomeToDate", m("200000.00"), "owedToHost", m("8000.00"))));
    p.put("NOTE_ROWS", List.of(Map.of("note", "Scheme S2 Reablement has no spend loaded for 2025-07."),
        Map.of("note", "12 spend lines (£4,210.00) carry no locality."),
        Map.of("note", "Last month loaded: CCG 2025-09, LA 2025-08.")));
    p.putAll(Map.of("INCOME_REPORT", r.get("ie-income"), "SCHEMES_REPORT", r.get("ie-schemes"),
        "RISK_SHARE_REPORT", r.get("ie-risk-share"), "COST_SPLIT_REPORT", r.get("ie-cost-split"),
        "NOTES_REPORT", r.get("ie-notes")));
    return p;
  }

  private static Map<String, Object> scheme(String scheme, String funder, String... amounts) {
    return Map.of("scheme", scheme, "funder", funder, "funderCode", funder, "budget", m(amounts[0]),
        "budgetToDate", m(amounts[1]), "actualToDate", m(amounts[2]), "forecast", m(amounts[3]),
        "variance", m(amounts[4]));
  }

  private static BigDecimal m(String amount) {
    return new BigDecimal(amount);
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double p90(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[(int) (sorted.length * 0.9)];
  }
}
