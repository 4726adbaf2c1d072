/**
 * The home page's figures: each board's arrangements as cards (the pool's income against its
 * forecast, the variance, its rating, the movement since the last close and the forecast month by
 * month, all from {@link org.carepool.finance.IncomeExpenditureService}, as the I&amp;E report; each
 * KPI the arrangement is rated on with its rating, direction of travel and line, from
 * {@link org.carepool.indicators.PerformanceService}, as the performance report), and how fresh each
 * partner's data is. Also an arrangement's page ({@link org.carepool.dashboard.ArrangementDetail}):
 * the whole statement and performance as at a month, with each KPI's chart as coordinates
 * ({@link org.carepool.dashboard.KpiChart}) for the templates to draw.
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.report}, {@code io.javalin}.
 */
package org.carepool.dashboard;
