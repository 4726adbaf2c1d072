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

  /** How a column's figures show; a {@code KPI} figure keeps its own decimals (its scale), as the PDF shows it. */
  enum Kind { TEXT, MONEY, COUNT, DECIMAL, KPI }

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
        cover(code, report), riskShare(code, report), reserves(code, f.reserves())));
    if (report.context().model().hasCostSplit()) {
      tables.add(costSplit(code, report));
    }
    List<List<Object>> notes = new ArrayList<>();
    f.noticeTexts(Wording::money).forEach(n -> notes.add(row("Notice", n)));
    report.dataQualityNotes().forEach(n -> notes.add(row("Data quality", n)));
    tables.add(new Table(code, "Notes", "Notices and data-quality notes", columns("Kind", "TEXT", "Note", "TEXT"),
        notes));
    return tables;
  }

  private static Table income(String code, IncomeExpenditureReport report) {
    List<IncomeExpenditure.Income> income = report.figures().income();
    List<List<Object>> rows = new ArrayList<>(income.stream().map(i -> row(i.organisation(),
        report.partner(i.organisation()), i.contribution(), i.toDate())).toList());
    rows.add(row("Total", "", sum(income.stream().map(IncomeExpenditure.Income::contribution).toList()),
        sum(income.stream().map(IncomeExpenditure.Income::toDate).toList())));
    return new Table(code, "Income", "Income: partners' contributions", columns("Partner", "TEXT",
        "Organisation", "TEXT", "Contribution (£)", "MONEY", "To date (£)", "MONEY"), rows);
  }

  /** A total as the PDF's: the sum of the exact pounds. */
  private static BigDecimal sum(List<BigDecimal> figures) {
    return figures.stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Table schemes(String code, IncomeExpenditure f) {
    List<List<Object>> rows = new ArrayList<>(f.schemes().stream().map(s -> row(s.code(), s.name(), s.careType(),
        s.funder(), s.riskClass().name(), s.budget(), s.budgetToDate(), s.actualToDate(), s.varianceToDate(),
        s.forecast(), Wording.basis(s), s.variance(), s.variancePct(), s.rating().name())).toList());
    rows.add(row("Total", "", "", "", "", sum(f.schemes().stream().map(IncomeExpenditure.Scheme::budget).toList()),
        sum(f.schemes().stream().map(IncomeExpenditure.Scheme::budgetToDate).toList()),
        sum(f.schemes().stream().map(IncomeExpenditure.Scheme::actualToDate).toList()),
        sum(f.schemes().stream().map(IncomeExpenditure.Scheme::varianceToDate).toList()),
        sum(f.schemes().stream().map(IncomeExpenditure.Scheme::forecast).toList()), "",
        sum(f.schemes().stream().map(IncomeExpenditure.Scheme::variance).toList()), null, null));
    return new Table(code, "Schemes", "Expenditure by scheme", columns("Scheme", "TEXT", "Name", "TEXT",
        "Care type", "TEXT", "Funder", "TEXT", "Risk class", "TEXT", "Budget (£)", "MONEY", "Budget to date (£)",
        "MONEY", "Actual to date (£)", "MONEY", "Variance to date (£)", "MONEY", "Forecast outturn (£)", "MONEY",
        "Forecast basis", "TEXT", "Variance (£)", "MONEY", "Variance %", "DECIMAL", "RAG", "TEXT"), rows);
  }

  private static Table pool(String code, Pool pool) {
    return new Table(code, "Pool", "Pool position", columns("Item", "TEXT", "Amount (£)", "MONEY", "Variance %",
        "DECIMAL", "RAG", "TEXT"), List.of(
        row("Contributions", pool.contributions(), null, null), row("Scheme budgets", pool.budget(), null, null),
        row("Actual to date", pool.actualToDate(), null, null), row("Forecast outturn", pool.forecast(), null, null),
        row("Forecast overspend (underspend negative)", pool.overspend(), pool.variancePct(), pool.rating().name()),
        row("Shareable overspend", pool.shareable(), null, null)));
  }

  private static Table cover(String code, IncomeExpenditureReport report) {
    return new Table(code, "Cover", "How the overspend is covered", columns("Step", "TEXT", "Rule", "TEXT",
        "Borne by", "TEXT", "Taken (£)", "MONEY", "Remaining (£)", "MONEY"),
        CoverRows.of(report).stream().map(r -> row(r.step(), r.rule(), r.party(), r.taken(), r.remaining())).toList());
  }

  private static Table riskShare(String code, IncomeExpenditureReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (IncomeExpenditure.RiskShare r : report.figures().riskShare()) {
      for (IncomeExpenditure.Part part : IncomeExpenditureRows.parts(report, r)) {
        rows.add(row(r.organisation(), report.partner(r.organisation()), CoverWording.source(part.source()),
            part.amount()));
      }
      rows.add(row(r.organisation(), report.partner(r.organisation()), "Carries in all", r.amount()));
    }
    return new Table(code, "Risk share", "What each partner carries (" + report.riskShareRule() + ")", columns(
        "Partner", "TEXT", "Organisation", "TEXT", "Part", "TEXT", "Amount (£)", "MONEY"), rows);
  }

  private static Table reserves(String code, IncomeExpenditure.Reserves r) {
    return new Table(code, "Reserves", "Reserves", columns("Item", "TEXT", "Amount (£)", "MONEY"), List.of(
        row("Opening balance", r.opening()), row("Drawn by reserve steps", r.drawn()),
        row("Underspend added", r.underspendAdded()), row("Forecast closing balance", r.closing()),
        row("Ring-fenced, carried forward (outside the general reserve)", r.ringFencedCarriedForward())));
  }

  private static Table costSplit(String code, IncomeExpenditureReport report) {
    IncomeExpenditure f = report.figures();
    return new Table(code, "Cost split", "Cost split with the host, by contribution ratio", columns("Partner",
        "TEXT", "Organisation", "TEXT", "Host", "TEXT", "Contribution ratio %", "DECIMAL", "Share of actual (£)",
        "MONEY", "Income to date (£)", "MONEY", "Owed to host / cost carried by host (£)", "MONEY"),
        f.costSplit().stream().map(c -> row(c.organisation(), report.partner(c.organisation()),
            c.isHost() ? "host" : "", IncomeExpenditureRows.ratioPct(f, c.organisation()), c.amount(),
            c.incomeToDate(), c.owedToHost())).toList());
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
