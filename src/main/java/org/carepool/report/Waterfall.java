package org.carepool.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carepool.finance.IncomeExpenditure.RiskShare;

/**
 * The bars of the "How the overspend is covered" waterfall: the pool overspend, each row of
 * {@link CoverRows} stepping from the remainder before it to the remainder after it, then what each
 * partner carries. A stacked bar chart draws a bar from {@code low} to {@code high} as an invisible
 * base and a visible part; a bar that crosses zero is drawn as its part above and its part below.
 */
final class Waterfall {

  /** The colour a bar is drawn in ({@link WaterfallChart}). */
  enum Kind { TOTAL, SET_ASIDE, TAKEN, UNALLOCATED, PARTNER }

  /** One bar, from {@code start} to {@code end}, labelled with {@code amount}. */
  record Bar(String label, BigDecimal start, BigDecimal end, BigDecimal amount, Kind kind) {}

  private Waterfall() {
  }

  static List<Bar> bars(IncomeExpenditureReport report, List<CoverRows.Row> rows) {
    List<Bar> bars = new ArrayList<>();
    for (CoverRows.Row row : rows) {
      bars.add(switch (row.kind()) {
        case TOTAL -> new Bar(row.bar(), BigDecimal.ZERO, row.remaining(), row.remaining(), Kind.TOTAL);
        case UNALLOCATED -> new Bar(row.bar(), BigDecimal.ZERO, row.remaining(), row.remaining(), Kind.UNALLOCATED);
        case ADJUSTMENT -> new Bar(row.bar(), row.remaining().add(row.taken()), row.remaining(), row.taken(),
            Kind.SET_ASIDE);
        case TAKEN -> new Bar(row.bar(), row.remaining().add(row.taken()), row.remaining(), row.taken(), Kind.TAKEN);
      });
    }
    for (RiskShare r : report.figures().riskShare()) {
      bars.add(new Bar(r.organisation() + " carries", BigDecimal.ZERO, r.amount(), r.amount(), Kind.PARTNER));
    }
    return bars;
  }

  /** The bar in {@code units}: in £000s its ends in exact thousands (so bars still meet), its label rounded. */
  static Bar inUnits(Bar bar, Units units) {
    return units == Units.POUNDS ? bar : new Bar(bar.label(), bar.start().movePointLeft(3), bar.end().movePointLeft(3),
        units.shown(bar.amount()), bar.kind());
  }

  /**
   * The chart's rows: {@code basePos}/{@code baseNeg} (drawn invisible) lift the bar off zero,
   * {@code barPos}/{@code barNeg} are the bar itself. Every series has a value (zero where it draws
   * nothing), so the chart's series keep their order and each base stacks under its bar.
   */
  static List<Map<String, ?>> chartRows(List<Bar> bars) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Bar bar : bars) {
      BigDecimal low = bar.start().min(bar.end());
      BigDecimal high = bar.start().max(bar.end());
      Map<String, Object> row = new HashMap<>(Map.of("label", bar.label(), "basePos", BigDecimal.ZERO,
          "baseNeg", BigDecimal.ZERO, "barPos", BigDecimal.ZERO, "barNeg", BigDecimal.ZERO));
      if (low.signum() >= 0) {
        row.put("basePos", low);
        row.put("barPos", high.subtract(low));
      } else if (high.signum() <= 0) {
        row.put("baseNeg", high);
        row.put("barNeg", low.subtract(high));
      } else {
        row.put("barPos", high);
        row.put("barNeg", low);
      }
      rows.add(row);
    }
    return rows;
  }
}
