package org.carepool.report;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * The benchmark's yardstick: LB1's I&amp;E as a bare JasperReports fill + PDF export of the same
 * templates, compiled here, with every parameter and row written out by hand as the store gives
 * them (no carepool code builds anything).
 */
final class IncomeExpenditureBare {
  private final Map<String, JasperReport> reports = new HashMap<>();

  IncomeExpenditureBare() throws Exception {
    for (String name : List.of("income-expenditure", "ie-income", "ie-schemes", "ie-risk-share", "ie-cost-split",
        "ie-notes")) {
      try (InputStream in = IncomeExpenditureBare.class.getResourceAsStream("/reports/" + name + ".jrxml")) {
        reports.put(name, JasperCompileManager.compileReport(in));
      }
    }
  }

  byte[] pdf() {
    try {
      var print = JasperFillManager.fillReport(reports.get("income-expenditure"), parameters(), new JREmptyDataSource(1));
      JRPdfExporter exporter = new JRPdfExporter();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      exporter.setExporterInput(new SimpleExporterInput(print));
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
      exporter.exportReport();
      return out.toByteArray();
    } catch (JRException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> parameters() {
    Map<String, Object> p = new HashMap<>();
    p.putAll(Map.of("ARRANGEMENT", "LB1", "ARRANGEMENT_NAME", "Worked example pooled budget",
        "BOARD", "Example Joint Board", "MODEL", "Lead body",
        "HOST", "CCG — Example Clinical Commissioning Group, the lead body", "LEGAL_BASIS", "NHS Act 2006 s75",
        "MONTH_LABEL", "Month 6 (September 2025)", "FINANCIAL_YEAR", "2025-26",
        "GOVERNANCE", "Governance, lead body model. Income and expenditure: the lead body's accounts, recharged "
            + "among members by a pre-agreed formula. Performance: the lead body reports for all. Assets and "
            + "liabilities: the lead body.",
        "PRODUCED_AT", "7 October 2025 at 09:15 BST"));
    p.putAll(Map.of("IMPORT_BATCHES", "4, 5, 6, 7, 8", "WARNING", "",
        "RUNNING_HEADER", "LB1 — Worked example pooled budget: income and expenditure, Month 6 (September 2025)",
        "SCHEMES_HEADING", "Expenditure by scheme", "SCHEMES_TOTAL_LABEL", "Total",
        "SCHEMES_NOTE", "Budget to date is the annual budget × 6 / 12. Forecast outturn is the run rate (actual to "
            + "date × 12 / 6) unless marked ‡, an analyst's forecast. Variance is forecast outturn less annual "
            + "budget: a positive figure is an overspend, a figure in brackets an underspend.",
        "POOL_HEADING", "Pool position", "POOL_CONTRIBUTIONS_LABEL", "Contributions (pool income for the year)",
        "INCOME_TOTAL_LABEL", "Pool income", "CHART_TITLE", "Forecast variance by scheme (£): overspend above the "
            + "line, underspend below"));
    p.putAll(Map.of("RISK_SHARE_NOTE", "Rule SHARES: each partner bears the pool's forecast overspend in proportion "
            + "to its share (agreed shares where set, otherwise its share of contributions).",
        "COST_SPLIT_NOTE", "The actual to date of £520,000.00 is split by share (agreed shares where set, otherwise "
            + "contributions). Less each partner's income to date, it gives what the partner owes the host, CCG — "
            + "Example Clinical Commissioning Group (in brackets: what the host owes it). The host's own row is "
            + "the cost it carries, so it is left out of the net owed to the host.",
        "COST_SPLIT_NET_LABEL", "Net owed to the host by the other partners / (owed by the host)",
        "IN_PACK", false, "FOR_SPREADSHEET", false, "BY_FUNDER", false, "OWN", false, "HAS_COST_SPLIT", true,
        "SHOW_CHART", true, JRParameter.REPORT_LOCALE, Locale.UK));
    p.putAll(Map.of("POOL_CONTRIBUTIONS", m("1000000.00"), "POOL_BUDGET", m("1000000.00"),
        "POOL_ACTUAL", m("520000.00"), "POOL_FORECAST", m("1040000.00"), "POOL_OVERSPEND", m("40000.00")));
    rows(p);
    p.putAll(Map.of("INCOME_REPORT", reports.get("ie-income"), "SCHEMES_REPORT", reports.get("ie-schemes"),
        "RISK_SHARE_REPORT", reports.get("ie-risk-share"), "COST_SPLIT_REPORT", reports.get("ie-cost-split"),
        "NOTES_REPORT", reports.get("ie-notes")));
    return p;
  }

  private static void rows(Map<String, Object> p) {
    String ccg = "CCG — Example Clinical Commissioning Group";
    String la = "LA — Example Council";
    p.put("INCOME_ROWS", List.of(
        Map.of("partner", ccg, "contribution", m("600000.00"), "toDate", m("300000.00")),
        Map.of("partner", la, "contribution", m("400000.00"), "toDate", m("200000.00"))));
    p.put("SCHEME_ROWS", List.of(
        scheme("S1 Intermediate care", "CCG", "700000.00", "350000.00", "380000.00", "760000.00", "60000.00"),
        scheme("S2 Home care", "LA", "300000.00", "150000.00", "140000.00", "280000.00", "-20000.00")));
    p.put("CHART_ROWS", List.of(Map.of("scheme", "S1", "overspend", m("60000.00")),
        Map.of("scheme", "S2", "underspend", m("-20000.00"))));
    p.put("RISK_SHARE_ROWS", List.of(Map.of("partner", ccg, "amount", m("24000.00")),
        Map.of("partner", la, "amount", m("16000.00"))));
    p.put("COST_SPLIT_ROWS", List.of(
        Map.of("partner", ccg + " (host): cost carried", "amount", m("312000.00"), "incomeToDate", m("300000.00"),
            "owedToHost", m("12000.00"), "isHost", true),
        Map.of("partner", la, "amount", m("208000.00"), "incomeToDate", m("200000.00"), "owedToHost", m("8000.00"),
            "isHost", false)));
    p.put("NOTE_ROWS", List.of(
        Map.of("note", "6 spend lines of the year to date, (£3,000.00) in all, have no locality, so they are not "
            + "mapped to a population."),
        Map.of("note", "Spend is loaded to the report month, Month 6 (September 2025), for CCG and LA.")));
  }

  private static Map<String, Object> scheme(String scheme, String funder, String... amounts) {
    return Map.of("scheme", scheme, "funder", funder, "funderCode", funder, "budget", m(amounts[0]),
        "budgetToDate", m(amounts[1]), "actualToDate", m(amounts[2]), "forecast", m(amounts[3]),
        "variance", m(amounts[4]));
  }

  private static BigDecimal m(String amount) {
    return new BigDecimal(amount);
  }
}
