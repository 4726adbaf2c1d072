/**
 * Income and expenditure of pooled budgets (SPEC §4): income by partner, scheme forecasts and
 * variances, the pool position, the risk share of the overspend and the cost split.
 *
 * <p>The public face is {@link org.carepool.finance.IncomeExpenditureService}: it reads a
 * {@code Ledger} from the store and hands it to {@code IncomeExpenditureCalculator}, which turns
 * it into an {@link org.carepool.finance.IncomeExpenditure} by pure arithmetic on
 * {@code BigDecimal}; {@link org.carepool.finance.DataQuality} says where the data behind it is
 * thin. Rounding lives in two package-private places: {@code Money.fraction} (multiply, then one
 * division rounded to the penny, half up) and {@code Apportionment.split} (every split among
 * partners, remainder to the largest share, ties to the lowest organisation code, so the parts sum
 * exactly to the whole).
 */
package org.carepool.finance;
