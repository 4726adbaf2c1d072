package org.carepool.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.carepool.finance.DataQuality;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditureStatement;

/**
 * The SPEC §9 JSON of an I&amp;E statement: field names as there, amounts as strings with two
 * decimals. Extended (never renamed): OWN risk-share parts, the host's cost-split row flagged,
 * warnings and the data-quality facts behind the notes.
 */
record IncomeExpenditureJson(String arrangement, String name, String board, String model, String host,
    String financialYear, String month, int monthOrdinal, String monthLabel, String governance,
    List<String> warnings, List<Income> income, List<Scheme> schemes, Pool pool, List<Share> riskShare,
    List<CostShare> costSplit, List<String> dataQualityNotes, Quality dataQuality, List<Long> importBatches) {

  record Income(String organisation, String contribution, String toDate) {}

  record Scheme(String code, String name, String careType, String funder, String budget, String budgetToDate,
      String actualToDate, String forecast, String forecastBasis, String variance) {}

  record Pool(String contributions, String budget, String actualToDate, String forecast, String overspend) {}

  /** {@code ownSchemesVariance + shareOfBudgetGap = amount} under OWN; both left out under SHARES and HOST. */
  record Share(String organisation, String amount,
      @JsonInclude(JsonInclude.Include.NON_NULL) String ownSchemesVariance,
      @JsonInclude(JsonInclude.Include.NON_NULL) String shareOfBudgetGap) {}

  /** For the host's own row ({@code isHost}), {@code owedToHost} is the cost it carries. */
  record CostShare(String organisation, String amount, String incomeToDate, String owedToHost, boolean isHost) {}

  record Quality(List<Gap> schemesWithoutSpend, Unmapped spendWithoutLocality, List<Loaded> lastMonthLoaded) {}

  record Gap(String scheme, List<String> months) {}

  record Unmapped(long lines, String amount) {}

  record Loaded(String organisation, String month, boolean behind) {}

  static IncomeExpenditureJson of(IncomeExpenditureStatement statement) {
    IncomeExpenditure f = statement.figures();
    var terms = statement.terms();
    DataQuality q = statement.dataQuality();
    return new IncomeExpenditureJson(f.arrangement(), terms.name(), terms.board(), f.model().name(), f.host(),
        f.financialYear(), f.month().toString(), f.monthOrdinal(), f.monthLabel(), f.model().governanceLine(),
        q.warning().isEmpty() ? List.of() : List.of(q.warning()),
        f.income().stream().map(i -> new Income(i.organisation(), money(i.contribution()), money(i.toDate()))).toList(),
        f.schemes().stream().map(IncomeExpenditureJson::scheme).toList(),
        pool(f.pool()),
        f.riskShare().stream().map(r -> new Share(r.organisation(), money(r.amount()),
            money(r.ownSchemesVariance()), money(r.shareOfBudgetGap()))).toList(),
        f.costSplit().stream().map(c -> new CostShare(c.organisation(), money(c.amount()), money(c.incomeToDate()),
            money(c.owedToHost()), c.isHost())).toList(),
        q.notes(IncomeExpenditureJson::pounds),
        quality(q),
        List.copyOf(statement.importBatches()));
  }

  private static Scheme scheme(IncomeExpenditure.Scheme s) {
    return new Scheme(s.code(), s.name(), s.careType(), s.funder(), money(s.budget()), money(s.budgetToDate()),
        money(s.actualToDate()), money(s.forecast()), s.basis().name(),
        money(s.variance()));
  }

  private static Pool pool(IncomeExpenditure.Pool p) {
    return new Pool(money(p.contributions()), money(p.budget()), money(p.actualToDate()), money(p.forecast()),
        money(p.overspend()));
  }

  private static Quality quality(DataQuality q) {
    return new Quality(
        q.schemeGaps().stream().map(g -> new Gap(g.scheme(), g.missing().stream().map(Object::toString).toList()))
            .toList(),
        new Unmapped(q.unmappedLines(), money(q.unmappedAmount())),
        q.lastLoaded().stream().map(l -> new Loaded(l.organisation(), l.lastMonth().toString(),
            q.behind().contains(l))).toList());
  }

  private static String money(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2).toPlainString();
  }

  /** Money in a sentence, as the reports write it: £ with thousands separators, negatives in brackets. */
  private static String pounds(BigDecimal amount) {
    return new DecimalFormat("£#,##0.00;(£#,##0.00)", DecimalFormatSymbols.getInstance(Locale.UK)).format(amount);
  }
}
