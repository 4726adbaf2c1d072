package org.carepool.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.stream.Collectors;
import org.carepool.finance.IncomeExpenditure.Scheme;

/**
 * The words a screen reader gives for a chart (its Alt text in the tagged PDF, carried to the
 * exporter as the chart's tooltip): what it shows and every bar's figure, in the units of the page.
 */
final class ChartAlt {

  private ChartAlt() {
  }

  /** The variance chart: each scheme, named in full, with its forecast overspend or underspend. */
  static String variances(String title, List<Scheme> schemes, Units units) {
    DecimalFormat format = format(units);
    String bars = schemes.stream().map(s -> s.code() + " " + s.name() + ": "
        + format.format(units.shown(s.variance().abs())) + (s.variance().signum() < 0 ? " underspend" : " overspend"))
        .collect(Collectors.joining("; "));
    return "Bar chart, " + title + ". " + bars + ". The same figures are in the expenditure table above.";
  }

  /** The waterfall: each step from the forecast variance to what each partner carries. */
  static String waterfall(String title, List<Waterfall.Bar> bars, Units units) {
    DecimalFormat format = format(units);
    return "Waterfall chart, " + title + ". " + bars.stream().map(b -> b.label() + " " + format.format(b.amount()))
        .collect(Collectors.joining("; ")) + " (in brackets: an underspend). The same figures are in the table above.";
  }

  private static DecimalFormat format(Units units) {
    DecimalFormat format = new DecimalFormat(Units.pattern(units), DecimalFormatSymbols.getInstance(IncomeExpenditureFill.UK));
    format.setParseBigDecimal(true);
    return format;
  }
}
