package org.carepool.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.indicators.KpiFigure;

/**
 * The board summary: each arrangement's pool position, what each partner carries across all the
 * board's arrangements (the sum of its risk share in each), and the KPI ratings counted per
 * arrangement. Built from the figures the pack's sections already hold.
 */
record PackSummary(List<Row> arrangements, List<Partner> partners) {

  /**
   * One arrangement; its money {@code null} when its I&amp;E was not produced, its KPIs {@code null}
   * when its performance was not.
   *
   * @param movement the pool forecast's movement since the last closed month, {@code null} when not known
   */
  record Row(String code, String name, BigDecimal budget, BigDecimal forecast, BigDecimal variance,
      BigDecimal variancePct, String rating, BigDecimal movement, KpiCounts kpis) {
    boolean hasFigures() {
      return budget != null;
    }
  }

  record KpiCounts(int green, int amber, int red, int noRating) {}

  record Partner(String organisation, String name, BigDecimal carries) {}

  PackSummary {
    arrangements = List.copyOf(arrangements);
    partners = List.copyOf(partners);
  }

  static PackSummary of(List<PackRequest.Arrangement> arrangements, List<PackSection> sections) {
    List<Row> rows = new ArrayList<>();
    Map<String, Partner> partners = new LinkedHashMap<>();
    for (PackRequest.Arrangement a : arrangements) {
      IncomeExpenditureReport ie = produced(sections, a.code(), IncomeExpenditureReport.class);
      PerformanceReport performance = produced(sections, a.code(), PerformanceReport.class);
      rows.add(row(a, ie, performance == null ? null : kpis(performance)));
      if (ie != null) {
        for (IncomeExpenditure.RiskShare share : ie.figures().riskShare()) {
          partners.merge(share.organisation(), new Partner(share.organisation(), ie.partner(share.organisation()),
              share.amount()), (x, y) -> new Partner(x.organisation(), x.name(), x.carries().add(y.carries())));
        }
      }
    }
    return new PackSummary(rows, List.copyOf(partners.values()));
  }

  /** Whether any arrangement has a movement to show: the column is left out otherwise. */
  boolean hasMovement() {
    return arrangements.stream().anyMatch(r -> r.movement() != null);
  }

  /** The board's totals: the exact pounds of the arrangements with figures, summed. */
  Row total() {
    List<Row> with = arrangements.stream().filter(Row::hasFigures).toList();
    BigDecimal budget = sum(with.stream().map(Row::budget).toList());
    BigDecimal variance = sum(with.stream().map(Row::variance).toList());
    BigDecimal movement = hasMovement() ? sum(with.stream().map(Row::movement).filter(Objects::nonNull).toList())
        : null;
    BigDecimal pct = budget.signum() == 0 ? null : variance.multiply(BigDecimal.valueOf(100))
        .divide(budget, 1, java.math.RoundingMode.HALF_UP);
    return new Row("", "All arrangements", budget, sum(with.stream().map(Row::forecast).toList()), variance, pct,
        null, movement, null);
  }

  private static Row row(PackRequest.Arrangement a, IncomeExpenditureReport ie, KpiCounts kpis) {
    if (ie == null) {
      return new Row(a.code(), a.name(), null, null, null, null, null, null, kpis);
    }
    IncomeExpenditure.Pool pool = ie.figures().pool();
    // the pool's budget is its income C: the variance and its % are against contributions (SPEC §4.1)
    return new Row(a.code(), a.name(), pool.contributions(), pool.forecast(), pool.overspend(), pool.variancePct(),
        pool.rating().name(), pool.movement(), kpis);
  }

  private static KpiCounts kpis(PerformanceReport report) {
    int green = 0;
    int amber = 0;
    int red = 0;
    int none = 0;
    for (KpiFigure k : report.performance().kpis()) {
      if (k.rating() == null) {
        none++;
      } else {
        switch (k.rating()) {
          case GREEN -> green++;
          case AMBER -> amber++;
          case RED -> red++;
        }
      }
    }
    return new KpiCounts(green, amber, red, none);
  }

  private static <T extends ReportData> T produced(List<PackSection> sections, String arrangement, Class<T> kind) {
    return sections.stream().filter(PackSection::produced).map(PackSection::data).filter(kind::isInstance)
        .map(kind::cast).filter(d -> arrangement.equals(d.context().arrangement())).findFirst().orElse(null);
  }

  private static BigDecimal sum(List<BigDecimal> figures) {
    return figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
