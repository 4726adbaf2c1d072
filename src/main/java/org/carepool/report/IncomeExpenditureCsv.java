package org.carepool.report;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditure.Pool;

/**
 * The I&E report as CSV, written from the same data as the PDF (not through JasperReports): one
 * table after another, each a title row, a header row, its rows and a blank line. Amounts are plain
 * decimals with two places and a minus sign ({@code -20000.00}), so a spreadsheet reads them as numbers.
 * In £000s ({@link Units#THOUSANDS}) amounts are whole thousands, each rounded from its exact pounds, as
 * the PDF shows them; the file then says so in its first table.
 * The file starts with a UTF-8 byte-order mark: without it Excel on Windows reads the file as
 * Windows-1252 and shows "Â£" for "£" and "â€”" for "—".
 */
final class IncomeExpenditureCsv {

  private static final String BYTE_ORDER_MARK = "\uFEFF";
  private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private final Units units;

  private IncomeExpenditureCsv(Units units) {
    this.units = units;
  }

  static byte[] write(IncomeExpenditureReport report, Units units) {
    return new IncomeExpenditureCsv(units).write(report);
  }

  private byte[] write(IncomeExpenditureReport report) {
    StringWriter out = new StringWriter();
    out.write(BYTE_ORDER_MARK);
    try (FormulaSafeCsv csv = new FormulaSafeCsv(out, CSVFormat.RFC4180)) {
      about(csv, report);
      income(csv, report);
      schemes(csv, report);
      pool(csv, report.figures().pool());
      keyVariances(csv, report);
      notices(csv, report);
      cover(csv, report);
      riskShare(csv, report);
      reserves(csv, report);
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

  private void about(FormulaSafeCsv csv, IncomeExpenditureReport report) throws IOException {
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
    csv.printRecord("produced_at", PRODUCED.format(c.producedAt()));
    csv.printRecord("import_batches", Wording.batches(c.importBatches()));
    csv.printRecord("warning", report.dataQuality().warning());
    csv.printRecord("governance", c.model().governanceLine());
    csv.printRecord("units", units.id());
    csv.printRecord("rounding_note", units == Units.THOUSANDS ? Thousands.ROUNDING_NOTE : "");
    csv.printRecord("previous_forecast_at", report.previousClosedMonth() == null ? "" : report.previousClosedMonth());
    csv.printRecord("closed_month", report.reported() == null ? "" : report.reported().view());
    csv.printRecord("restated", report.reported() == null ? "" : report.reported().restated());
    csv.printRecord("reported_note", report.reportedNote() == null ? "" : report.reportedNote());
    csv.println();
  }

  private void income(FormulaSafeCsv csv, IncomeExpenditureReport report) throws IOException {
    table(csv, "Income by partner", "organisation", "name", "contribution", "income_to_date");
    for (IncomeExpenditure.Income i : report.figures().income()) {
      csv.printRecord(i.organisation(), name(report, i.organisation()), plain(i.contribution()), plain(i.toDate()));
    }
    csv.println();
  }

  private void schemes(FormulaSafeCsv csv, IncomeExpenditureReport report) throws IOException {
    table(csv, "Schemes", "scheme", "name", "care_type", "funder", "risk_class", "budget", "budget_to_date",
        "actual_to_date", "variance_to_date", "forecast", "forecast_basis", "carried_from", "variance",
        "variance_pct", "rating", "previous_forecast", "movement");
    for (IncomeExpenditure.Scheme s : report.figures().schemes()) {
      csv.printRecord(s.code(), s.name(), s.careType(), s.funder(), s.riskClass(), plain(s.budget()),
          plain(s.budgetToDate()), plain(s.actualToDate()), plain(s.varianceToDate()), plain(s.forecast()),
          Wording.basis(s), s.carriedFrom() == null ? "" : s.carriedFrom(), plain(s.variance()),
          s.variancePct() == null ? "" : s.variancePct().toPlainString(), s.rating(), plain(s.previousForecast()),
          plain(s.movement()));
    }
    csv.println();
  }

  private void pool(FormulaSafeCsv csv, Pool pool) throws IOException {
    table(csv, "Pool position", "contributions", "budget", "actual_to_date", "forecast", "overspend", "variance_pct",
        "rating", "shareable", "previous_forecast", "movement");
    csv.printRecord(plain(pool.contributions()), plain(pool.budget()), plain(pool.actualToDate()),
        plain(pool.forecast()), plain(pool.overspend()), pool.variancePct().toPlainString(), pool.rating(),
        plain(pool.shareable()), plain(pool.previousForecast()), plain(pool.movement()));
    csv.println();
  }

  /** The PDF's key variances: the pool (scheme empty) and the schemes, why listed, and the commentary. */
  private void keyVariances(FormulaSafeCsv csv, IncomeExpenditureReport report) throws IOException {
    table(csv, "Key variances", "scheme", "name", "listed_for", "rating", "variance", "variance_pct", "movement",
        "commentary", "action", "owner", "due");
    for (IncomeExpenditure.KeyVariance k : report.figures().keyVariances()) {
      csv.printRecord(k.scheme() == null ? "" : k.scheme(), k.name(), String.join(" ", k.reasons()), k.rating(),
          plain(k.variance()), k.variancePct() == null ? "" : k.variancePct().toPlainString(), plain(k.movement()),
          k.commentary() == null ? "" : k.commentary(), k.action() == null ? "" : k.action(),
          k.owner() == null ? "" : k.owner(), k.due() == null ? "" : k.due());
    }
    csv.println();
  }

  private void notices(FormulaSafeCsv csv, IncomeExpenditureReport report) throws IOException {
    table(csv, "Notices", "notice");
    for (String notice : report.figures().noticeTexts(Wording::money)) {
      csv.printRecord(notice);
    }
    csv.println();
  }

  /** The rows of the PDF's "How the overspend is covered" table, the waterfall's figures. */
  private void cover(FormulaSafeCsv csv, IncomeExpenditureReport report) throws IOException {
    table(csv, "How the overspend is covered", "step", "rule", "borne_by", "taken", "remaining", "kind");
    for (CoverRows.Row r : CoverRows.of(report)) {
      csv.printRecord(r.step(), r.rule(), r.party(), r.taken() == null ? "" : plain(r.taken()), plain(r.remaining()),
          r.kind());
    }
    csv.println();
  }

  /** Each partner's parts by source, then its total: what it carries. */
  private void riskShare(FormulaSafeCsv csv, IncomeExpenditureReport report) throws IOException {
    table(csv, "What each partner carries (" + report.riskShareRule() + ")", "organisation", "name", "source", "amount");
    BigDecimal total = BigDecimal.ZERO;
    for (IncomeExpenditure.RiskShare r : report.figures().riskShare()) {
      for (IncomeExpenditure.Part part : IncomeExpenditureRows.parts(report, r)) {
        csv.printRecord(r.organisation(), name(report, r.organisation()), part.source(), plain(part.amount()));
      }
      csv.printRecord(r.organisation(), name(report, r.organisation()), "TOTAL", plain(r.amount()));
      total = total.add(r.amount());
    }
    csv.printRecord("", "Carried by the partners", "TOTAL", plain(total));
    csv.println();
  }

  private void reserves(FormulaSafeCsv csv, IncomeExpenditureReport report) throws IOException {
    IncomeExpenditure.Reserves r = report.figures().reserves();
    table(csv, "Reserves", "opening", "drawn", "underspend_added", "closing", "ring_fenced_carried_forward");
    csv.printRecord(plain(r.opening()), plain(r.drawn()), plain(r.underspendAdded()), plain(r.closing()),
        plain(r.ringFencedCarriedForward()));
    csv.println();
  }

  private void costSplit(FormulaSafeCsv csv, IncomeExpenditureReport report) throws IOException {
    List<IncomeExpenditure.CostShare> split = report.figures().costSplit();
    if (!report.context().model().hasCostSplit()) {
      return;
    }
    // is_host: the host's owed_to_host is the cost it carries, not a sum it owes itself
    table(csv, "Cost split", "organisation", "name", "contribution_ratio_pct", "amount", "income_to_date",
        "owed_to_host", "is_host");
    for (IncomeExpenditure.CostShare s : split) {
      csv.printRecord(s.organisation(), name(report, s.organisation()),
          IncomeExpenditureRows.ratioPct(report.figures(), s.organisation()).toPlainString(), plain(s.amount()),
          plain(s.incomeToDate()), plain(s.owedToHost()), s.isHost());
    }
    csv.println();
  }

  private static void table(FormulaSafeCsv csv, String title, String... columns) throws IOException {
    csv.printRecord(title);
    csv.printRecord((Object[]) columns);
  }

  private static String name(IncomeExpenditureReport report, String code) {
    return report.organisationNames().getOrDefault(code, "");
  }

  /** The amount in the file's units; empty for none (no previous forecast before the first close). */
  private String plain(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    return units == Units.THOUSANDS ? Thousands.of(amount).toPlainString() : amount.setScale(2).toPlainString();
  }
}
