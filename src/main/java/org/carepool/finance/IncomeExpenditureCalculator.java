package org.carepool.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.carepool.finance.IncomeExpenditure.CostShare;
import org.carepool.finance.IncomeExpenditure.ForecastNote;
import org.carepool.finance.IncomeExpenditure.Income;
import org.carepool.finance.IncomeExpenditure.Notice;
import org.carepool.finance.IncomeExpenditure.NoticeKind;
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
    return calculate(ledger, PreviousForecasts.NONE, Map.of());
  }

  /**
   * With the forecasts reported at the last close before the month (movement, SPEC §4.9) and the
   * month's commentary keyed by scheme code ("" for the pool), which the key variances carry.
   */
  IncomeExpenditure calculate(Ledger ledger, PreviousForecasts previous, Map<String, Commentary> commentary) {
    FinancialYear year = ledger.financialYear();
    int k = year.monthOrdinal(ledger.asAt());
    SortedMap<String, BigDecimal> contributions = contributions(ledger, year);
    Apportionment shares = ledger.agreedSharePct().isEmpty()
        ? Apportionment.byContributions(contributions)
        : Apportionment.byAgreedPercent(ledger.agreedSharePct());
    Ratings ratings = new Ratings(ledger.terms());
    Forecasts forecasts = new Forecasts(ledger.asAt(), ledger.terms().forecastMethod());
    List<ForecastNote> notes = new ArrayList<>();
    List<Scheme> schemes = ledger.schemes().stream()
        .sorted(Comparator.comparing(SchemeLedger::code))
        .map(s -> scheme(s, k, forecasts, ratings, notes, previous.scheme(s.code())))
        .toList();
    Pool pool = pool(sum(contributions.values()), schemes, ratings, previous.pool());
    Agreement agreement = new Agreement(ledger.model(), ledger.host(), shares, contributions,
        pool.contributions(), schemes, Money.pounds(ledger.openingReserve(), "opening reserve"));
    RiskShares.Outcome risk = RiskShares.of(ledger, agreement, contributions.keySet(), pool);
    SortedMap<String, BigDecimal> incomeToDate = new TreeMap<>();
    contributions.forEach((p, c) -> incomeToDate.put(p, Money.fraction(c, k, 12)));
    return new IncomeExpenditure(ledger.arrangement(), ledger.model(), ledger.host(), year.label(),
        ledger.asAt(), k, ledger.terms(), income(contributions, incomeToDate), schemes, pool, risk.shares(),
        risk.basis(), risk.steps(), risk.unallocated(), risk.reserves(),
        costSplit(ledger, contributions, incomeToDate, pool.actualToDate()),
        notices(ledger, pool, risk.unallocated()), notes, KeyVariances.of(pool, schemes, commentary));
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

  private static Scheme scheme(SchemeLedger s, int k, Forecasts forecasts, Ratings ratings,
      List<ForecastNote> notes, BigDecimal previous) {
    String what = " of scheme " + s.code();
    BigDecimal budget = Money.pounds(s.budget(), "budget" + what);
    BigDecimal actual = Money.pounds(s.actualToDate(), "actual to date" + what);
    BigDecimal toDate = Money.fraction(budget, k, 12);
    Forecasts.Forecast forecast = forecasts.of(s, budget, actual);
    forecast.note().ifPresent(notes::add);
    BigDecimal variance = forecast.amount().subtract(budget);
    return new Scheme(s.code(), s.name(), s.careType(), s.funder(), s.riskClass(), budget, toDate, actual,
        actual.subtract(toDate), forecast.amount(), forecast.basis(), forecast.carriedFrom(), variance,
        budget.signum() == 0 ? null : Money.percent(variance, budget), ratings.of(variance, budget), previous,
        PreviousForecasts.movement(forecast.amount(), previous));
  }

  private static Pool pool(BigDecimal contributions, List<Scheme> schemes, Ratings ratings, BigDecimal previous) {
    BigDecimal budget = sum(schemes.stream().map(Scheme::budget).toList());
    BigDecimal actual = sum(schemes.stream().map(Scheme::actualToDate).toList());
    BigDecimal forecast = sum(schemes.stream().map(Scheme::forecast).toList());
    BigDecimal overspend = forecast.subtract(contributions);
    BigDecimal notShared = sum(schemes.stream().filter(s -> s.riskClass() != RiskClass.VARIABLE)
        .map(Scheme::variance).toList());
    return new Pool(contributions, budget, actual, forecast, overspend, Money.percent(overspend, contributions),
        ratings.of(overspend, contributions), overspend.subtract(notShared), previous,
        PreviousForecasts.movement(forecast, previous));
  }

  /**
   * {@code X × C_p / C} per partner (the contribution ratio, not the agreed shares: the recharge
   * follows what each partner pays in), less its income to date: what it owes the host.
   */
  private static List<CostShare> costSplit(Ledger ledger, SortedMap<String, BigDecimal> contributions,
      Map<String, BigDecimal> incomeToDate, BigDecimal actualToDate) {
    if (!ledger.model().hasCostSplit()) {
      return List.of();
    }
    SortedMap<String, BigDecimal> amounts = Apportionment.byContributions(contributions).split(actualToDate);
    return amounts.entrySet().stream().map(e -> {
      BigDecimal income = incomeToDate.getOrDefault(e.getKey(), Money.ZERO);
      return new CostShare(e.getKey(), e.getValue(), income, e.getValue().subtract(income),
          e.getKey().equals(ledger.host()));
    }).toList();
  }

  /** The notify threshold reached (compared exactly), and an unallocated remainder. */
  private static List<Notice> notices(Ledger ledger, Pool pool, BigDecimal unallocated) {
    List<Notice> notices = new ArrayList<>();
    BigDecimal notify = ledger.terms().notifyPct();
    if (notify != null && Ratings.reaches(pool.overspend(), pool.contributions(), notify)) {
      notices.add(new Notice(NoticeKind.NOTIFY, notify, pool.variancePct(), ledger.host()));
    }
    if (unallocated.signum() != 0) {
      notices.add(new Notice(NoticeKind.UNALLOCATED, unallocated, pool.variancePct(), ledger.host()));
    }
    return notices;
  }

  private static BigDecimal sum(Collection<BigDecimal> amounts) {
    return amounts.stream().reduce(Money.ZERO, BigDecimal::add);
  }
}
