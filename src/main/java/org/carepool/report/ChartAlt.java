package org.carepool.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words a screen reader gives for a chart (its Alt text in the tagged PDF, carried to the
 * exporter as the chart's tooltip): what it shows and every bar's figure, in the units of the page.
 */
final class ChartAlt {

  private ChartAlt() {
  }

  /** The variance chart: each scheme's forecast overspend or underspend. */
  static String variances(String title, List<Map<String, ?>> rows, Units units) {
    DecimalFormat format = format(units);
    String bars = rows.stream().map(r -> r.get("scheme") + " " + (r.get("overspend") != null
        ? format.format(r.get("overspend")) + " overspend"
        : format.format(r.get("underspend")) + " underspend")).collect(Collectors.joining("; "));
    return "Bar chart, " + title + ": " + bars + ". The same figures are in the expenditure table above.";
  }

  /** The waterfall: each step from the forecast variance to what each partner carries. */
  static String waterfall(String title, List<Waterfall.Bar> bars, Units units) {
    DecimalFormat format = format(units);
    return "Waterfall chart, " + title + ": " + bars.stream().map(b -> b.label() + " " + format.format(b.amount()))
        .collect(Collectors.joining("; ")) + ". The same figures are in the table above.";
  }

  private static DecimalFormat format(Units units) {
    DecimalFormat format = new DecimalFormat(Units.pattern(units), DecimalFormatSymbols.getInstance(IncomeExpenditureFill.UK));
    format.setParseBigDecimal(true);
    return format;
  }
}
