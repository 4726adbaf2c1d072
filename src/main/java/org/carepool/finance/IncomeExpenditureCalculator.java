package org.carepool.finance;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.carepool.finance.IncomeExpenditure.CostShare;
import org.carepool.finance.IncomeExpenditure.Income;
import org.carepool.finance.IncomeExpenditure.Pool;
import org.carepool.finance.IncomeExpenditure.Scheme;

/**
 * Works out the SPEC §4 income and expenditure figures from a {@link Ledger}: pure arithmetic,
 * no store, no clock. Rounding is {@link Money#fraction} and {@link Apportionment#split}.
 */
final class IncomeExpenditureCalculator {

  /**
   * @throws FinanceException when the figures cannot be worked out from the data: no
   *                          contributions for the year, agreed shares not summing to 100,
   *                          a negative contribution, or amounts finer than a penny
   */
  IncomeExpenditure calculate(Ledger ledger) {
    FinancialYear year = ledger.financialYear();
    int k = year.monthOrdinal(ledger.asAt());
    SortedMap<String, BigDecimal> contributions = contributions(ledger, year);
    SortedMap<String, BigDecimal> incomeToDate = mapValues(contributions, c -> Money.fraction(c, k, 12));
    Apportionment shares = ledger.agreedSharePct().isEmpty()
        ? Apportionment.byContributions(contributions)
        : Apportionment.byAgreedPercent(ledger.agreedSharePct());
    List<Scheme> schemes = ledger.schemes().stream()
        .sorted(Comparator.comparing(SchemeLedger::code))
        .map(s -> scheme(s, k))
        .toList();
    Pool pool = pool(sum(contributions.values()), schemes);
    List<CostShare> costSplit = ledger.model().hasCostSplit()
        ? costSplit(ledger.host(), contributions.keySet(), shares, incomeToDate, pool.actualToDate())
        : List.of();
    return new IncomeExpenditure(ledger.arrangement(), ledger.model(), ledger.host(), year.label(),
        ledger.asAt(), k, YearTerms.DEFAULTS, income(contributions, incomeToDate), schemes, pool,
        RiskShares.of(ledger, contributions.keySet(), shares, schemes, pool), IncomeExpenditure.RiskShareBasis.RULE,
        List.of(), Money.ZERO, new IncomeExpenditure.Reserves(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
        Money.ZERO), costSplit, List.of(), List.of());
  }

  private static SortedMap<String, BigDecimal> contributions(Ledger ledger, FinancialYear year) {
    SortedMap<String, BigDecimal> byPartner = new TreeMap<>();
    for (PartnerContribution c : ledger.contributions()) {
      BigDecimal amount = Money.pounds(c.amount(), "contribution of " + c.organisation());
      if (amount.signum() < 0) {
        throw new FinanceException("contribution of " + c.organisation() + " to " + ledger.arrangement()
            + " for " + year.label() + " is negative: " + amount);
      }
      byPartner.merge(c.organisation(), amount, BigDecimal::add);
    }
    if (sum(byPartner.values()).signum() == 0) {
      throw new FinanceException("arrangement " + ledger.arrangement() + " has no contributions for "
          + year.label() + ", so there is no pool income to report against");
    }
    return byPartner;
  }

  private static List<Income> income(SortedMap<String, BigDecimal> contributions, Map<String, BigDecimal> toDate) {
    return contributions.entrySet().stream()
        .map(e -> new Income(e.getKey(), e.getValue(), toDate.get(e.getKey())))
        .toList();
  }

  private static Scheme scheme(SchemeLedger s, int k) {
    String what = " of scheme " + s.code();
    BigDecimal budget = Money.pounds(s.budget(), "budget" + what);
    BigDecimal actual = Money.pounds(s.actualToDate(), "actual to date" + what);
    Optional<BigDecimal> analyst = s.analystForecast().map(f -> Money.pounds(f, "forecast" + what));
    BigDecimal forecast = analyst.orElseGet(() -> Money.fraction(actual, 12, k));
    BigDecimal toDate = Money.fraction(budget, k, 12);
    return new Scheme(s.code(), s.name(), s.careType(), s.funder(), RiskClass.VARIABLE, budget, toDate,
        actual, actual.subtract(toDate), forecast,
        analyst.isPresent() ? ForecastBasis.ANALYST : ForecastBasis.RUN_RATE, null, forecast.subtract(budget),
        null, Rating.GREEN);
  }

  private static Pool pool(BigDecimal contributions, List<Scheme> schemes) {
    BigDecimal budget = sum(schemes.stream().map(Scheme::budget).toList());
    BigDecimal actual = sum(schemes.stream().map(Scheme::actualToDate).toList());
    BigDecimal forecast = sum(schemes.stream().map(Scheme::forecast).toList());
    return new Pool(contributions, budget, actual, forecast, forecast.subtract(contributions), null, Rating.GREEN,
        forecast.subtract(contributions));
  }

  /** {@code X × s_p} per partner, less its income to date: what it owes the host. */
  private static List<CostShare> costSplit(String host, Iterable<String> contributors, Apportionment shares,
      Map<String, BigDecimal> incomeToDate, BigDecimal actualToDate) {
    SortedMap<String, BigDecimal> amounts = shares.split(actualToDate);
    SortedSet<String> partners = new TreeSet<>(amounts.keySet());
    contributors.forEach(partners::add);
    return partners.stream().map(p -> {
      BigDecimal amount = amounts.getOrDefault(p, Money.ZERO);
      BigDecimal income = incomeToDate.getOrDefault(p, Money.ZERO);
      return new CostShare(p, amount, income, amount.subtract(income), p.equals(host));
    }).toList();
  }

  private static SortedMap<String, BigDecimal> mapValues(SortedMap<String, BigDecimal> map,
      Function<BigDecimal, BigDecimal> f) {
    SortedMap<String, BigDecimal> result = new TreeMap<>();
    map.forEach((key, value) -> result.put(key, f.apply(value)));
    return result;
  }

  private static BigDecimal sum(Collection<BigDecimal> amounts) {
    return amounts.stream().reduce(Money.ZERO, BigDecimal::add);
  }
}
