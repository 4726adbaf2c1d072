package org.carepool.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * An arrangement's income and expenditure as at a month (SPEC §4, the JSON of §9). Amounts are
 * pounds and pence (scale 2). Partner lists are in organisation-code order, schemes in
 * scheme-code order.
 *
 * @param host      {@code null} for ALIGNED
 * @param riskShare every contributing partner, and the host when it is not one; sums to the overspend
 * @param costSplit empty unless the model has a cost split; sums to the pool's actual to date
 */
public record IncomeExpenditure(String arrangement, Model model, String host, String financialYear,
                YearMonth month, int monthOrdinal, List<Income> income, List<Scheme> schemes,
                Pool pool, List<RiskShare> riskShare, List<CostShare> costSplit) {

  public IncomeExpenditure {
    income = List.copyOf(income);
    schemes = List.copyOf(schemes);
    riskShare = List.copyOf(riskShare);
    costSplit = List.copyOf(costSplit);
  }

  /** A partner's contribution {@code C_p} for the year, and {@code C_p × k / 12}. */
  public record Income(String organisation, BigDecimal contribution, BigDecimal toDate) {
  }

  /**
   * @param forecast          the analyst's forecast when one is loaded, else the run rate {@code X_j × 12 / k}
   * @param forecastIsAnalyst whether {@code forecast} is the analyst's
   * @param variance          {@code forecast − budget}; positive is an overspend
   */
  public record Scheme(String code, String name, String careType, String funder, BigDecimal budget,
             BigDecimal budgetToDate, BigDecimal actualToDate, BigDecimal forecast,
             boolean forecastIsAnalyst, BigDecimal variance) {
  }

  /** @param overspend forecast − contributions; negative is an underspend */
  public record Pool(BigDecimal contributions, BigDecimal budget, BigDecimal actualToDate,
            BigDecimal forecast, BigDecimal overspend) {
  }

  /**
   * The part of the pool overspend a partner bears. Under OWN it is made of two parts, so a reader
   * can tie it back to the scheme table; under SHARES and HOST both parts are {@code null}.
   *
   * @param ownSchemesVariance {@code Σ V_j} over the schemes the partner funds (OWN)
   * @param shareOfBudgetGap   the partner's share {@code s_p} of {@code ΣB − C} (OWN)
   */
  public record RiskShare(String organisation, BigDecimal amount, BigDecimal ownSchemesVariance,
      BigDecimal shareOfBudgetGap) {

    RiskShare(String organisation, BigDecimal amount) {
      this(organisation, amount, null, null);
    }
  }

  /**
   * @param amount     the partner's share of the pool's actual to date
   * @param owedToHost {@code amount − incomeToDate}: what the partner owes the host (negative: is
   *                   owed by it); for the host itself, the cost it carries
   * @param isHost     whether the partner is the host, so {@code owedToHost} is the cost it carries
   */
  public record CostShare(String organisation, BigDecimal amount, BigDecimal incomeToDate, BigDecimal owedToHost,
      boolean isHost) {
  }

  /**
   * {@code Σ B_j} over the schemes the partner funds, less its contribution {@code C_p}: the gap
   * between budgets and contributions the partner would carry on its own figures alone.
   */
  public BigDecimal ownBudgetLessContribution(String organisation) {
    BigDecimal budgets = schemes.stream().filter(s -> s.funder().equals(organisation)).map(Scheme::budget)
        .reduce(Money.ZERO, BigDecimal::add);
    BigDecimal contribution = income.stream().filter(i -> i.organisation().equals(organisation))
        .map(Income::contribution).reduce(Money.ZERO, BigDecimal::add);
    return budgets.subtract(contribution);
  }

  /** The report month as reports show it, e.g. "Month 6 (September 2025)". */
  public String monthLabel() {
    return FinancialYear.displayMonth(month);
  }
}
