package org.carepool.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditure.Pool;
import org.carepool.indicators.Figures;
import org.carepool.indicators.Mapping;

/**
 * The tables of a report, as the pack's workbook lists them, built from the report's figures (not
 * from a rendered file): the I&E's income, schemes, pool, risk share, cost split and notes; the
 * performance KPIs and their monthly series; each table of the spend mapping.
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
      return mapping(sm.mapping());
    }
    throw new IllegalArgumentException("no tables for " + data.id());
  }

  private static List<Table> incomeExpenditure(IncomeExpenditureReport report) {
    IncomeExpenditure f = report.figures();
    String code = report.context().arrangement();
    List<Table> tables = new ArrayList<>();
    tables.add(new Table(code, "Income", "Income: partners' contributions", columns("Partner", "TEXT",
        "Organisation", "TEXT", "Contribution (£)", "MONEY", "To date (£)", "MONEY"),
        f.income().stream().map(i -> row(i.organisation(), report.partner(i.organisation()), i.contribution(),
            i.toDate())).toList()));
    tables.add(new Table(code, "Schemes", "Expenditure by scheme", columns("Scheme", "TEXT", "Name", "TEXT",
        "Care type", "TEXT", "Funder", "TEXT", "Budget (£)", "MONEY", "Budget to date (£)", "MONEY",
        "Actual to date (£)", "MONEY", "Forecast outturn (£)", "MONEY", "Forecast", "TEXT", "Variance (£)", "MONEY"),
        f.schemes().stream().map(s -> row(s.code(), s.name(), s.careType(), s.funder(), s.budget(),
            s.budgetToDate(), s.actualToDate(), s.forecast(), s.forecastIsAnalyst() ? "analyst" : "run rate",
            s.variance())).toList()));
    Pool pool = f.pool();
    tables.add(new Table(code, "Pool", "Pool position", columns("Item", "TEXT", "Amount (£)", "MONEY"), List.of(
        row("Contributions", pool.contributions()), row("Scheme budgets", pool.budget()),
        row("Actual to date", pool.actualToDate()), row("Forecast outturn", pool.forecast()),
        row("Forecast overspend (underspend negative)", pool.overspend()))));
    tables.add(new Table(code, "Risk share", "Risk share (" + report.riskShareRule() + ")", columns(
        "Partner", "TEXT", "Organisation", "TEXT", "Share of overspend (£)", "MONEY"),
        f.riskShare().stream().map(r -> row(r.organisation(), report.partner(r.organisation()), r.amount())).toList()));
    if (report.context().model().hasCostSplit()) {
      tables.add(new Table(code, "Cost split", "Cost split with the host", columns("Partner", "TEXT",
          "Organisation", "TEXT", "Share of actual (£)", "MONEY", "Income to date (£)", "MONEY",
          "Owed to host (£)", "MONEY"), f.costSplit().stream().map(c -> row(c.organisation(),
              report.partner(c.organisation()), c.amount(), c.incomeToDate(), c.owedToHost())).toList()));
    }
    tables.add(new Table(code, "Notes", "Data-quality notes", columns("Note", "TEXT"),
        report.dataQualityNotes().stream().map(PackTables::row).toList()));
    return tables;
  }

  private static List<Table> mapping(Mapping m) {
    Mapping.Balance b = m.balance();
    return List.of(
        new Table("Mapping", "localities", "Cost per head by locality, with the age-sex standardised cost ratio",
            columns("Locality", "TEXT", "Name", "TEXT", "Population", "COUNT", "Cost (£)", "MONEY",
                "Per head (£)", "MONEY", "Expected (£)", "MONEY", "Ratio", "DECIMAL"),
            m.byLocality().stream().map(a -> row(a.code(), a.name(), a.population(), a.cost(), a.perCapita(),
                a.expected(), a.standardisedRatio())).toList()),
        new Table("Mapping", "practices", "Cost per head by practice", columns("Practice", "TEXT", "Name", "TEXT",
            "Locality", "TEXT", "Population", "COUNT", "Cost (£)", "MONEY", "Per head (£)", "MONEY"),
            m.byPractice().stream().map(a -> row(a.code(), a.name(), a.locality(), a.population(), a.cost(),
                a.perCapita())).toList()),
        new Table("Mapping", "settings", "Cost by setting", columns("Setting", "TEXT", "Balance", "TEXT",
            "Cost (£)", "MONEY", "Share %", "DECIMAL", "Per head (£)", "MONEY"),
            m.bySetting().stream().map(s -> row(s.setting(), s.balance(), s.cost(), s.share(), s.perCapita()))
                .toList()),
        new Table("Mapping", "balance of care", "Balance of care", columns("People", "TEXT", "Institutional (£)",
            "MONEY", "Community (£)", "MONEY", "Institutional %", "DECIMAL", "Care home (£)", "MONEY",
            "Home care (£)", "MONEY", "Care home to home care", "DECIMAL"), List.of(
                row("All ages", b.institutional(), b.community(), b.institutionalShare(), null, null, null),
                row("Aged 75+", b.institutional75(), b.community75(), b.institutionalShare75(), b.careHome75(),
                    b.homeCare75(), b.careHomeToHomeCare75()))),
        new Table("Mapping", "age and sex", "Cost per head by age band and sex", columns("Age band", "TEXT",
            "Sex", "TEXT", "Population", "COUNT", "Cost (£)", "MONEY", "Per head (£)", "MONEY"),
            m.byAgeSex().stream().map(a -> row(a.ageBand(), a.sex(), a.population(), a.cost(), a.perCapita()))
                .toList()),
        new Table("Mapping", "bed days", "Hospital occupied bed days by site and specialty", columns("Site", "TEXT",
            "Specialty", "TEXT", "Episodes", "COUNT", "Bed days", "COUNT", "Beds at 85%", "DECIMAL",
            "40-bed wards", "DECIMAL"), m.beds().stream().map(d -> row(d.site(), d.specialty(),
                BigDecimal.valueOf(d.episodes()), BigDecimal.valueOf(d.bedDays()), d.beds85(), d.wards40()))
                .toList()));
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
