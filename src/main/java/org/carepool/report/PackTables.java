package org.carepool.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditure.Pool;
import org.carepool.indicators.Figures;

/**
 * The tables of a report, as the pack's workbook lists them, built from the report's figures (not
 * from a rendered file): the I&E's income, schemes, pool, risk share, cost split and notes here;
 * the performance KPIs and series ({@link PackKpiTables}); the spend mapping's ({@link PackMappingTables}).
 */
final class PackTables {

  enum Kind { TEXT, MONEY, COUNT, DECIMAL }

  record Column(String header, Kind kind) {}

  /**
   * @param prefix what the table is of, e.g. the arrangement's code: shortened first when a sheet name is too long
   * @param name   the table, e.g. "Schemes"
   * @param rows   cells of String, BigDecimal or null
   */
  record Table(String prefix, String name, String title, List<Column> columns, List<List<Object>> rows) {}

  private PackTables() {}

  static List<Table> of(ReportData data) {
    if (data instanceof IncomeExpenditureReport ie) {
      return incomeExpenditure(ie);
    }
    if (data instanceof PerformanceReport pr) {
      return PackKpiTables.of(pr);
    }
    if (data instanceof SpendMappingReport sm) {
      return PackMappingTables.of(sm.mapping());
    }
    throw new IllegalArgumentException("no tables for " + data.id());
  }

  private static List<Table> incomeExpenditure(IncomeExpenditureReport report) {
    String code = report.context().arrangement();
    IncomeExpenditure f = report.figures();
    List<Table> tables = new ArrayList<>(List.of(income(code, report), schemes(code, f), pool(code, f.pool()),
        riskShare(code, report)));
    if (report.context().model().hasCostSplit()) {
      tables.add(costSplit(code, report));
    }
    tables.add(new Table(code, "Notes", "Data-quality notes", columns("Note", "TEXT"),
        report.dataQualityNotes().stream().map(PackTables::row).toList()));
    return tables;
  }

  private static Table income(String code, IncomeExpenditureReport report) {
    return new Table(code, "Income", "Income: partners' contributions", columns("Partner", "TEXT",
        "Organisation", "TEXT", "Contribution (£)", "MONEY", "To date (£)", "MONEY"),
        report.figures().income().stream().map(i -> row(i.organisation(), report.partner(i.organisation()),
            i.contribution(), i.toDate())).toList());
  }

  private static Table schemes(String code, IncomeExpenditure f) {
    return new Table(code, "Schemes", "Expenditure by scheme", columns("Scheme", "TEXT", "Name", "TEXT",
        "Care type", "TEXT", "Funder", "TEXT", "Budget (£)", "MONEY", "Budget to date (£)", "MONEY",
        "Actual to date (£)", "MONEY", "Forecast outturn (£)", "MONEY", "Forecast", "TEXT", "Variance (£)", "MONEY"),
        f.schemes().stream().map(s -> row(s.code(), s.name(), s.careType(), s.funder(), s.budget(),
            s.budgetToDate(), s.actualToDate(), s.forecast(), (s.basis() == org.carepool.finance.ForecastBasis.ANALYST) ? "analyst" : "run rate",
            s.variance())).toList());
  }

  private static Table pool(String code, Pool pool) {
    return new Table(code, "Pool", "Pool position", columns("Item", "TEXT", "Amount (£)", "MONEY"), List.of(
        row("Contributions", pool.contributions()), row("Scheme budgets", pool.budget()),
        row("Actual to date", pool.actualToDate()), row("Forecast outturn", pool.forecast()),
        row("Forecast overspend (underspend negative)", pool.overspend())));
  }

  private static Table riskShare(String code, IncomeExpenditureReport report) {
    return new Table(code, "Risk share", "Risk share (" + report.riskShareRule() + ")", columns(
        "Partner", "TEXT", "Organisation", "TEXT", "Share of overspend (£)", "MONEY"),
        report.figures().riskShare().stream().map(r -> row(r.organisation(), report.partner(r.organisation()),
            r.amount())).toList());
  }

  private static Table costSplit(String code, IncomeExpenditureReport report) {
    return new Table(code, "Cost split", "Cost split with the host", columns("Partner", "TEXT",
        "Organisation", "TEXT", "Share of actual (£)", "MONEY", "Income to date (£)", "MONEY",
        "Owed to host (£)", "MONEY"), report.figures().costSplit().stream().map(c -> row(c.organisation(),
            report.partner(c.organisation()), c.amount(), c.incomeToDate(), c.owedToHost())).toList());
  }

  /** Headers and kinds in pairs: {@code "Cost (£)", "MONEY", …}. */
  static List<Column> columns(String... headersAndKinds) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < headersAndKinds.length; i += 2) {
      columns.add(new Column(headersAndKinds[i], Kind.valueOf(headersAndKinds[i + 1])));
    }
    return columns;
  }

  /** A row; figures rounded as reports and JSON show them (two decimals, half up). */
  static List<Object> row(Object... cells) {
    return Arrays.stream(cells).map(c -> c instanceof BigDecimal n ? Figures.display(n) : c).toList();
  }
}
