package org.carepool.finance;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.carepool.finance.IncomeExpenditure.Pool;
import org.carepool.finance.IncomeExpenditure.RiskShare;
import org.carepool.finance.IncomeExpenditure.Scheme;

/** Who bears the pool overspend {@code F − C} under each risk-share rule (SPEC §4). */
final class RiskShares {

  private RiskShares() {
  }

  /**
   * Every contributor and share-holder is listed, and the host when it is not one (0.00 unless
   * it bears something); the amounts always sum exactly to the pool overspend.
   */
  static List<RiskShare> of(Ledger ledger, Collection<String> contributors, Apportionment shares,
               List<Scheme> schemes, Pool pool) {
    SortedMap<String, BigDecimal> amounts = zeroes(ledger, contributors, shares);
    List<RiskShare> result = switch (ledger.riskShare()) {
      case SHARES -> plain(amounts, shares.split(pool.overspend()));
      case HOST -> plain(amounts, Map.of(ledger.host(), pool.overspend()));
      case OWN -> own(amounts, shares, schemes, pool.budget().subtract(pool.contributions()));
    };
    BigDecimal total = result.stream().map(RiskShare::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(pool.overspend()) != 0) {
      throw new IllegalStateException("risk shares " + result + " do not sum to the overspend " + pool.overspend());
    }
    return result;
  }

  private static SortedMap<String, BigDecimal> zeroes(Ledger ledger, Collection<String> contributors,
      Apportionment shares) {
    SortedMap<String, BigDecimal> amounts = new TreeMap<>();
    contributors.forEach(p -> amounts.put(p, Money.ZERO));
    shares.organisations().forEach(p -> amounts.put(p, Money.ZERO));
    if (ledger.host() != null) {
      amounts.put(ledger.host(), Money.ZERO);
    }
    return amounts;
  }

  private static List<RiskShare> plain(SortedMap<String, BigDecimal> zeroes, Map<String, BigDecimal> parts) {
    SortedMap<String, BigDecimal> amounts = new TreeMap<>(zeroes);
    parts.forEach((p, amount) -> amounts.merge(p, amount, BigDecimal::add));
    return amounts.entrySet().stream().map(e -> new RiskShare(e.getKey(), e.getValue(), List.of(), null, null)).toList();
  }

  /**
   * OWN: a partner bears {@code Σ V_j} over the schemes it funds, plus its share of
   * {@code ΣB − C}. The sign is plus, because the overspend splits as
   * <pre>
   *   F − C = (ΣF_j − ΣB_j) + (ΣB_j − C) = Σ_j V_j + (ΣB − C)
   * </pre>
   * Every scheme has exactly one funder, so the variance terms sum to {@code Σ_j V_j}, and the
   * penny split of {@code ΣB − C} sums to it exactly: the parts sum to {@code F − C}. When
   * budgets exceed contributions the partners carry the planned gap by share; when
   * contributions exceed budgets the unbudgeted income reduces what they bear. A funder that
   * contributes nothing still bears its own schemes' variances.
   */
  private static List<RiskShare> own(SortedMap<String, BigDecimal> zeroes, Apportionment shares, List<Scheme> schemes,
      BigDecimal budgetLessIncome) {
    SortedMap<String, BigDecimal> variances = new TreeMap<>(zeroes);
    for (Scheme scheme : schemes) {
      variances.merge(scheme.funder(), scheme.variance(), BigDecimal::add);
    }
    SortedMap<String, BigDecimal> gap = shares.split(budgetLessIncome);
    return variances.keySet().stream().map(p -> {
      BigDecimal gapShare = gap.getOrDefault(p, Money.ZERO);
      return new RiskShare(p, variances.get(p).add(gapShare), List.of(), variances.get(p), gapShare);
    }).toList();
  }
}
