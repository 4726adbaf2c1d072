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
 * The benchmark's yardstick: LB2's I&amp;E (SPEC §4.8) as a bare JasperReports fill + PDF export of
 * the same templates, compiled here, with every parameter and row written out by hand as the store
 * gives them (no carepool code builds anything). The import batches are those the examples store
 * gives LB2's files, loaded in its order.
 */
final class IncomeExpenditureBare {
  private static final String ICB = "ICB — Example Integrated Care Board";
  private static final String LA = "LA — Example Council";
  private final Map<String, JasperReport> reports = new HashMap<>();

  IncomeExpenditureBare() throws Exception {
    for (String name : List.of("income-expenditure", "ie-income", "ie-schemes", "ie-steps", "ie-risk-share",
        "ie-cost-split", "ie-notes")) {
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
    header(p);
    notes(p);
    p.putAll(Map.of("IN_PACK", false, "FOR_SPREADSHEET", false, "BY_FUNDER", false, "HAS_COST_SPLIT", true,
        "SHOW_CHART", true, "SCHEMES_LONG", false, "NOTES_LONG", false, JRParameter.REPORT_LOCALE, Locale.UK));
    p.putAll(Map.of("POOL_CONTRIBUTIONS", m("10000000.00"), "POOL_BUDGET", m("10000000.00"),
        "POOL_ACTUAL", m("7860000.00"), "POOL_FORECAST", m("10430000.00"), "POOL_OVERSPEND", m("430000.00"),
        "POOL_VARIANCE_PCT", m("4.3"), "POOL_RATING", "AMBER"));
    p.putAll(Map.of("RESERVE_OPENING", m("200000.00"), "RESERVE_DRAWN", m("200000.00"),
        "RESERVE_UNDERSPEND_ADDED", m("0.00"), "RESERVE_CLOSING", m("0.00"), "RING_FENCED_CARRIED_FORWARD",
        m("400000.00"), "RING_FENCED_LABEL", "Ring-fenced, carried forward (A3), outside the general reserve"));
    tables(p);
    cover(p);
    p.putAll(Map.of("INCOME_REPORT", reports.get("ie-income"), "SCHEMES_REPORT", reports.get("ie-schemes"),
        "STEPS_REPORT", reports.get("ie-steps"), "RISK_SHARE_REPORT", reports.get("ie-risk-share"),
        "COST_SPLIT_REPORT", reports.get("ie-cost-split"), "NOTES_REPORT", reports.get("ie-notes")));
    return p;
  }

  private static void header(Map<String, Object> p) {
    p.putAll(Map.of("ARRANGEMENT", "LB2", "ARRANGEMENT_NAME", "Worked example with an agreement",
        "BOARD", "Example Joint Board", "MODEL", "Lead body", "HOST", LA + ", the lead body",
        "LEGAL_BASIS", "NHS Act 2006 s75", "MONTH_LABEL", "Month 9 (December 2025)", "FINANCIAL_YEAR", "2025-26",
        "GOVERNANCE", "Governance, lead body model. Income and expenditure: the lead body's accounts, recharged "
            + "among members by a pre-agreed formula. Performance: the lead body reports for all. Assets and "
            + "liabilities: the lead body.",
        "PRODUCED_AT", "7 October 2025 at 09:15 BST"));
    p.putAll(Map.of("IMPORT_BATCHES", "16, 17, 18, 19, 20, 21, 22, 23, 24", "WARNING", "",
        "RUNNING_HEADER", "LB2 — Worked example with an agreement: income and expenditure, Month 9 (December 2025)",
        "SCHEMES_HEADING", "Expenditure by scheme", "SCHEMES_TOTAL_LABEL", "Total", "POOL_HEADING", "Pool position",
        "POOL_CONTRIBUTIONS_LABEL", "Contributions (pool income for the year)", "INCOME_TOTAL_LABEL", "Pool income",
        "CHART_TITLE", "Forecast variance by scheme (£)"));
  }

  private static void notes(Map<String, Object> p) {
    p.put("SCHEMES_NOTE", "Budget to date is the annual budget × 9 / 12; variance to date is actual less budget to "
        + "date. Forecast basis: outturn (the year end: the actual), analyst (loaded for the month), carried forward "
        + "(the latest loaded earlier in the year), run rate (actual to date × 12 / 9) or budget (actual to date plus "
        + "the rest of the year's budget). Variance is forecast outturn less annual budget: a positive figure is an "
        + "overspend, a figure in brackets an underspend. RAG from variance %: GREEN below 2%, AMBER from 2%, RED "
        + "from 5%. Fixed schemes' variances fall to the host; ring-fenced schemes' are carried forward, shared with "
        + "nobody.");
    p.put("NOTICES", "The pool's forecast variance is 4.3% of contributions, at or above the notify threshold of 4%: "
        + "the agreement requires the host, LA, to notify the partners.");
    p.put("UNALLOCATED_NOTE", "");
    p.put("COVER_HEADING", "How the overspend is covered");
    p.put("COVER_NOTE", "The pool's forecast overspend of £430,000.00 less the fixed schemes' variances (£80,000.00, "
        + "to the host) and the ring-fenced schemes' ((£400,000.00), carried forward) leaves £750,000.00 to share. "
        + "The agreement's steps run in order, each taking part of what remains; what each partner carries is its "
        + "part of the steps plus the fixed schemes' variances that fall to it.");
    p.put("WATERFALL_TITLE", "From the pool's forecast overspend to what each partner carries (£)");
    p.put("RISK_SHARE_TOTAL_LABEL", "Carried by the partners");
    p.put("COST_SPLIT_NOTE", "The actual to date of £7,860,000.00 is split by contribution ratio (each partner's "
        + "contribution over the pool's, not the agreed risk shares). Less each partner's income to date, it gives "
        + "what the partner owes the host, " + LA + " (in brackets: what the host owes it). The host's own row is "
        + "the cost it carries, so it is left out of the net owed to the host.");
    p.put("COST_SPLIT_NET_LABEL", "Net owed to the host by the other partners / (owed by the host)");
  }

  private static void tables(Map<String, Object> p) {
    p.put("INCOME_ROWS", List.of(
        Map.of("partner", ICB, "contribution", m("6000000.00"), "toDate", m("4500000.00")),
        Map.of("partner", LA, "contribution", m("4000000.00"), "toDate", m("3000000.00"))));
    p.put("SCHEME_ROWS", List.of(
        scheme("A1 Hospital discharge", "run rate", "RED", "5000000.00", "3750000.00", "4200000.00", "450000.00",
            "5600000.00", "600000.00", "12.0"),
        scheme("A2 Home care", "carried forward from Month 6", "RED", "3000000.00", "2250000.00", "2400000.00",
            "150000.00", "3150000.00", "150000.00", "5.0"),
        scheme("A3 Disabled facilities grant (ring-fenced)", "run rate", "GREEN", "1200000.00", "900000.00",
            "600000.00", "-300000.00", "800000.00", "-400000.00", "-33.3"),
        scheme("A4 Equipment (fixed)", "run rate", "RED", "800000.00", "600000.00", "660000.00", "60000.00",
            "880000.00", "80000.00", "10.0")));
    p.put("CHART_ROWS", List.of(Map.of("scheme", "A1", "overspend", m("600000.00")),
        Map.of("scheme", "A2", "overspend", m("150000.00")), Map.of("scheme", "A3", "underspend", m("-400000.00")),
        Map.of("scheme", "A4", "overspend", m("80000.00"))));
    p.put("RISK_SHARE_ROWS", List.of(part("ICB", ICB, "Step 3, shares", "180000.00"),
        part("ICB", ICB, "Step 4, rest", "150000.00"), part("LA", LA, "Step 2, first", "100000.00"),
        part("LA", LA, "Step 3, shares", "120000.00"), part("LA", LA, "Fixed schemes' variances", "80000.00")));
    p.put("COST_SPLIT_ROWS", List.of(
        Map.of("partner", ICB, "ratio", m("60.0"), "amount", m("4716000.00"), "incomeToDate", m("4500000.00"),
            "owedToHost", m("216000.00"), "isHost", false),
        Map.of("partner", LA + " (host): cost carried", "ratio", m("40.0"), "amount", m("3144000.00"),
            "incomeToDate", m("3000000.00"), "owedToHost", m("144000.00"), "isHost", true)));
    p.put("NOTE_ROWS", List.of(Map.of("note", "Spend is loaded to the report month, Month 9 (December 2025), for ICB "
        + "and LA.")));
  }

  /** The step table and the waterfall's bars. */
  private static void cover(Map<String, Object> p) {
    String shares = "Shares: what remains, by share, each partner at most 3% of its own contribution; what exceeds "
        + "the caps passes on";
    p.put("STEP_ROWS", List.of(
        step("TOTAL", "", "Pool forecast overspend / (underspend) against contributions", "", null, "430000.00"),
        step("ADJUSTMENT", "", "Ring-fenced scheme A3 Disabled facilities grant: its variance stays with the scheme, "
            + "carried forward", "carried forward, outside the general reserve", "-400000.00", "830000.00"),
        step("ADJUSTMENT", "", "Fixed scheme A4 Equipment: its variance falls to the host", LA, "80000.00",
            "750000.00"),
        step("TOTAL", "", "Shareable overspend / (underspend)", "", null, "750000.00"),
        step("TAKEN", "1", "Reserve: drawn from the pool reserve, up to £200,000.00 (the reserve available)",
            "the pool reserve", "200000.00", "550000.00"),
        step("TAKEN", "2", "First: the host (LA) absorbs 1% of pool income, £100,000.00", LA, "100000.00",
            "450000.00"),
        step("TAKEN", "3", shares, ICB + ": share £270,000.00, cap £180,000.00", "180000.00", "270000.00"),
        step("TAKEN", "3", "", LA + ": share £180,000.00, cap £120,000.00", "120000.00", "150000.00"),
        step("TAKEN", "4", "Rest: all that remains, to " + ICB, ICB, "150000.00", "0.00"),
        step("TOTAL", "", "Left unallocated", "", null, "0.00")));
    p.put("WATERFALL_ROWS", List.of(bar("Pool overspend", "0", "430000.00"), bar("A3 ring-fenced", "430000.00",
        "400000.00"), bar("A4 fixed: LA", "750000.00", "80000.00"), bar("Shareable", "0", "750000.00"),
        bar("1 Reserve", "550000.00", "200000.00"), bar("2 First: LA", "450000.00", "100000.00"),
        bar("3 Shares: ICB", "270000.00", "180000.00"), bar("3 Shares: LA", "150000.00", "120000.00"),
        bar("4 Rest: ICB", "0", "150000.00"), bar("Unallocated", "0", "0"), bar("ICB carries", "0", "330000.00"),
        bar("LA carries", "0", "300000.00")));
    p.put("WATERFALL_KINDS", List.of("TOTAL", "SET_ASIDE", "SET_ASIDE", "TOTAL", "TAKEN", "TAKEN", "TAKEN", "TAKEN",
        "TAKEN", "TOTAL", "PARTNER", "PARTNER"));
    p.put("WATERFALL_AMOUNTS", List.of(m("430000.00"), m("-400000.00"), m("80000.00"), m("750000.00"),
        m("200000.00"), m("100000.00"), m("180000.00"), m("120000.00"), m("150000.00"), m("0.00"), m("330000.00"),
        m("300000.00")));
  }

  private static Map<String, Object> scheme(String scheme, String basis, String rating, String... amounts) {
    Map<String, Object> row = new HashMap<>(Map.of("scheme", scheme, "basis", basis, "rating", rating,
        "budget", m(amounts[0]), "budgetToDate", m(amounts[1]), "actualToDate", m(amounts[2]),
        "varianceToDate", m(amounts[3]), "forecast", m(amounts[4]), "variance", m(amounts[5])));
    row.put("variancePct", m(amounts[6]));
    return row;
  }

  private static Map<String, Object> part(String code, String partner, String source, String amount) {
    return Map.of("partnerCode", code, "partner", partner, "source", source, "amount", m(amount));
  }

  private static Map<String, Object> step(String kind, String step, String rule, String party, String taken,
      String remaining) {
    Map<String, Object> row = new HashMap<>(Map.of("kind", kind, "step", step, "rule", rule, "party", party,
        "remaining", m(remaining)));
    row.put("taken", taken == null ? null : m(taken));
    return row;
  }

  private static Map<String, Object> bar(String label, String base, String bar) {
    return Map.of("label", label, "basePos", m(base), "baseNeg", m("0"), "barPos", m(bar), "barNeg", m("0"));
  }

  private static BigDecimal m(String amount) {
    return new BigDecimal(amount);
  }
}
