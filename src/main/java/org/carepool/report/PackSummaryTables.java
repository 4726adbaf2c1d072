package org.carepool.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The board summary page ({@link PackSummaryPage}) as two tables of the pack's workbook, in pounds and
 * pence (SPEC §6): every arrangement's budget, forecast, variance £ and %, RAG, movement and KPI ratings
 * counted, with the board's total; then what each partner carries across the arrangements, with all
 * partners' total.
 */
final class PackSummaryTables {
  static final String PREFIX = "Board";

  private PackSummaryTables() {}

  static List<PackTables.Table> of(PackSummary summary) {
    List<List<Object>> rows = new ArrayList<>();
    summary.arrangements().forEach(r -> rows.add(arrangement(r)));
    rows.add(arrangement(summary.total()));
    PackTables.Table arrangements = new PackTables.Table(PREFIX, "summary", "Board summary: each arrangement's "
        + "position (variance: overspend positive) and KPI ratings", PackTables.columns("Arrangement", "TEXT",
            "Name", "TEXT", "Budget (£)", "MONEY", "Forecast (£)", "MONEY", "Variance (£)", "MONEY", "Variance %",
            "DECIMAL", "RAG", "TEXT", "Movement (£)", "MONEY", "KPIs GREEN", "COUNT", "KPIs AMBER", "COUNT",
            "KPIs RED", "COUNT", "KPIs not rated", "COUNT"), rows);
    List<List<Object>> partners = new ArrayList<>();
    BigDecimal all = BigDecimal.ZERO;
    for (PackSummary.Partner p : summary.partners()) {
      partners.add(PackTables.row(p.name(), p.organisation(), p.carries()));
      all = all.add(p.carries());
    }
    partners.add(PackTables.row("All partners", "", all));
    PackTables.Table carried = new PackTables.Table(PREFIX, "partners", "What each partner carries across the "
        + "board's arrangements (overspend positive, underspend negative)", PackTables.columns("Partner", "TEXT",
            "Code", "TEXT", "Carries (£)", "MONEY"), partners);
    return List.of(arrangements, carried);
  }

  private static List<Object> arrangement(PackSummary.Row r) {
    PackSummary.KpiCounts k = r.kpis();
    String rating = r.hasFigures() ? r.rating() : "not produced";
    return PackTables.row(r.code().isEmpty() ? r.name() : r.code(), r.code().isEmpty() ? "" : r.name(), r.budget(),
        r.forecast(), r.variance(), r.variancePct(), rating, r.movement(), count(k, 0), count(k, 1), count(k, 2),
        count(k, 3));
  }

  private static BigDecimal count(PackSummary.KpiCounts k, int which) {
    if (k == null) {
      return null;
    }
    return BigDecimal.valueOf(switch (which) {
      case 0 -> k.green();
      case 1 -> k.amber();
      case 2 -> k.red();
      default -> k.noRating();
    });
  }
}
