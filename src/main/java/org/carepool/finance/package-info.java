/**
 * Income and expenditure of pooled budgets (SPEC §4): income by partner, scheme forecasts and
 * variances, the pool position, the risk share of the overspend and the cost split.
 *
 * <p>{@link org.carepool.finance.IncomeExpenditureCalculator} turns a
 * {@link org.carepool.finance.Ledger} into an {@link org.carepool.finance.IncomeExpenditure}; it
 * is pure arithmetic on {@code BigDecimal}. Rounding lives in two package-private places:
 * {@code Money.fraction} (multiply, then one division rounded to the penny, half up) and
 * {@code Apportionment.split} (every split among partners, remainder to the largest share, ties
 * to the lowest organisation code, so the parts sum exactly to the whole).
 */
package org.carepool.finance;
