package org.carepool.web;

import java.math.BigDecimal;
import java.util.List;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditureStatement;

/** The SPEC §9 JSON of an I&amp;E statement: field names as there, amounts as strings with two decimals. */
record IncomeExpenditureJson(String arrangement, String name, String board, String model, String host,
    String financialYear, String month, int monthOrdinal, String monthLabel, String governance,
    List<Income> income, List<Scheme> schemes, Pool pool, List<Share> riskShare, List<CostShare> costSplit,
    List<String> dataQualityNotes, List<Long> importBatches) {

  record Income(String organisation, String contribution, String toDate) {}

  record Scheme(String code, String name, String careType, String funder, String budget, String budgetToDate,
      String actualToDate, String forecast, String forecastBasis, String variance) {}

  record Pool(String contributions, String budget, String actualToDate, String forecast, String overspend) {}

  record Share(String organisation, String amount) {}

  record CostShare(String organisation, String amount, String incomeToDate, String owedToHost) {}

  static IncomeExpenditureJson of(IncomeExpenditureStatement statement) {
    IncomeExpenditure f = statement.figures();
    var terms = statement.terms();
    return new IncomeExpenditureJson(f.arrangement(), terms.name(), terms.board(), f.model().name(), f.host(),
        f.financialYear(), f.month().toString(), f.monthOrdinal(), f.monthLabel(), f.model().governanceLine(),
        f.income().stream().map(i -> new Income(i.organisation(), money(i.contribution()), money(i.toDate()))).toList(),
        f.schemes().stream().map(IncomeExpenditureJson::scheme).toList(),
        pool(f.pool()),
        f.riskShare().stream().map(r -> new Share(r.organisation(), money(r.amount()))).toList(),
        f.costSplit().stream().map(c -> new CostShare(c.organisation(), money(c.amount()), money(c.incomeToDate()),
            money(c.owedToHost()))).toList(),
        statement.dataQualityNotes(),
        List.copyOf(statement.importBatches()));
  }

  private static Scheme scheme(IncomeExpenditure.Scheme s) {
    return new Scheme(s.code(), s.name(), s.careType(), s.funder(), money(s.budget()), money(s.budgetToDate()),
        money(s.actualToDate()), money(s.forecast()), s.forecastIsAnalyst() ? "ANALYST" : "RUN_RATE",
        money(s.variance()));
  }

  private static Pool pool(IncomeExpenditure.Pool p) {
    return new Pool(money(p.contributions()), money(p.budget()), money(p.actualToDate()), money(p.forecast()),
        money(p.overspend()));
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2).toPlainString();
  }
}
