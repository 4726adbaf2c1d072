package org.carepool.report;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditure.Pool;

/**
 * The I&E report as CSV, written from the same data as the PDF (not through JasperReports): one
 * table after another, each a title row, a header row, its rows and a blank line. Amounts are plain
 * decimals with two places and a minus sign ({@code -20000.00}), so a spreadsheet reads them as numbers.
 */
final class IncomeExpenditureCsv {

  private IncomeExpenditureCsv() {
  }

  static byte[] write(IncomeExpenditureReport report) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      about(csv, report);
      income(csv, report);
      schemes(csv, report);
      pool(csv, report.figures().pool());
      riskShare(csv, report);
      costSplit(csv, report);
      table(csv, "Data-quality notes", "note");
      for (String note : report.dataQualityNotes()) {
        csv.printRecord(note);
      }
    } catch (IOException e) {
      throw new ReportException("CSV failed: " + e.getMessage(), e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void about(CSVPrinter csv, IncomeExpenditureReport report) throws IOException {
    ReportContext c = report.context();
    table(csv, "Income and expenditure", "item", "value");
    csv.printRecord("arrangement", c.arrangement());
    csv.printRecord("arrangement_name", c.arrangementName());
    csv.printRecord("board", c.board());
    csv.printRecord("model", c.model());
    csv.printRecord("host", report.figures().host() == null ? "" : report.figures().host());
    csv.printRecord("legal_basis", c.legalBasis());
    csv.printRecord("risk_share", report.riskShareRule());
    csv.printRecord("financial_year", c.financialYear());
    csv.printRecord("month", c.asAt());
    csv.printRecord("month_label", c.monthLabel());
    csv.printRecord("produced_at", c.producedAt().toOffsetDateTime());
    csv.printRecord("import_batches", Wording.batches(c.importBatches()));
    csv.printRecord("governance", c.model().governanceLine());
    csv.println();
  }

  private static void income(CSVPrinter csv, IncomeExpenditureReport report) throws IOException {
    table(csv, "Income by partner", "organisation", "name", "contribution", "income_to_date");
    for (IncomeExpenditure.Income i : report.figures().income()) {
      csv.printRecord(i.organisation(), name(report, i.organisation()), plain(i.contribution()), plain(i.toDate()));
    }
    csv.println();
  }

  private static void schemes(CSVPrinter csv, IncomeExpenditureReport report) throws IOException {
    table(csv, "Schemes", "scheme", "name", "care_type", "funder", "budget", "budget_to_date", "actual_to_date",
        "forecast", "forecast_basis", "variance");
    for (IncomeExpenditure.Scheme s : report.figures().schemes()) {
      csv.printRecord(s.code(), s.name(), s.careType(), s.funder(), plain(s.budget()), plain(s.budgetToDate()),
          plain(s.actualToDate()), plain(s.forecast()), s.forecastIsAnalyst() ? "analyst" : "run rate",
          plain(s.variance()));
    }
    csv.println();
  }

  private static void pool(CSVPrinter csv, Pool pool) throws IOException {
    table(csv, "Pool position", "contributions", "budget", "actual_to_date", "forecast", "overspend");
    csv.printRecord(plain(pool.contributions()), plain(pool.budget()), plain(pool.actualToDate()),
        plain(pool.forecast()), plain(pool.overspend()));
    csv.println();
  }

  private static void riskShare(CSVPrinter csv, IncomeExpenditureReport report) throws IOException {
    table(csv, "Risk share (" + report.riskShareRule() + ")", "organisation", "name", "amount");
    for (IncomeExpenditure.RiskShare r : report.figures().riskShare()) {
      csv.printRecord(r.organisation(), name(report, r.organisation()), plain(r.amount()));
    }
    csv.println();
  }

  private static void costSplit(CSVPrinter csv, IncomeExpenditureReport report) throws IOException {
    List<IncomeExpenditure.CostShare> split = report.figures().costSplit();
    if (!report.context().model().hasCostSplit()) {
      return;
    }
    table(csv, "Cost split", "organisation", "name", "amount", "income_to_date", "owed_to_host");
    for (IncomeExpenditure.CostShare s : split) {
      csv.printRecord(s.organisation(), name(report, s.organisation()), plain(s.amount()),
          plain(s.incomeToDate()), plain(s.owedToHost()));
    }
    csv.println();
  }

  private static void table(CSVPrinter csv, String title, String... columns) throws IOException {
    csv.printRecord(title);
    csv.printRecord((Object[]) columns);
  }

  private static String name(IncomeExpenditureReport report, String code) {
    return report.organisationNames().getOrDefault(code, "");
  }

  private static String plain(BigDecimal amount) {
    return amount.setScale(2).toPlainString();
  }
}
