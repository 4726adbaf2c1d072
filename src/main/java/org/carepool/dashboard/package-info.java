/**
 * The home page's figures: each board's arrangements as cards (the pool's income against its
 * forecast, the variance, its rating, the movement since the last close and the forecast month by
 * month, all from {@link org.carepool.finance.IncomeExpenditureService}, as the I&amp;E report), and
 * how fresh each partner's data is.
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.report}, {@code io.javalin}.
 */
package org.carepool.dashboard;
