package org.carepool.dashboard;

import java.time.YearMonth;
import java.util.List;
import org.carepool.arrangement.ArrangementSummary;
import org.carepool.dashboard.DashboardView.KpiPanel;
import org.carepool.finance.IncomeExpenditureStatement;
import org.carepool.indicators.Performance;

/**
 * What an arrangement's page shows as at a month: its I&amp;E statement and its performance, the
 * very objects the reports and the JSON API are made from, and each KPI's chart.
 *
 * @param kpis the performance's KPIs in its order, each with its full chart
 */
public record ArrangementDetail(ArrangementSummary arrangement, YearMonth month, IncomeExpenditureStatement statement,
    Performance performance, List<KpiPanel> kpis) {

  public ArrangementDetail {
    kpis = List.copyOf(kpis);
  }
}
