package org.carepool.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /**
   * A KPI's trend chart: each line (this year, target, last year, benchmarks) with its figure month by
   * month, April to March; a month without a figure is left out. A line flat all year is given once.
   */
  static String trend(String name, String unit, List<Map<String, ?>> points) {
    Map<String, List<String>> byLine = new LinkedHashMap<>();
    Map<String, Set<BigDecimal>> values = new LinkedHashMap<>();
    for (Map<String, ?> point : points) {
      String line = (String) point.get("line");
      BigDecimal value = (BigDecimal) point.get("value");
      byLine.computeIfAbsent(line, l -> new ArrayList<>());
      values.computeIfAbsent(line, l -> new LinkedHashSet<>());
      if (value != null) {
        byLine.get(line).add(point.get("month") + " " + value.toPlainString());
        values.get(line).add(value.stripTrailingZeros());
      }
    }
    List<String> lines = new ArrayList<>();
    byLine.forEach((line, figures) -> {
      if (figures.isEmpty()) {
        lines.add(line + ": no figures");
      } else if (values.get(line).size() == 1 && figures.size() > 1) {
        lines.add(line + ": " + values.get(line).iterator().next().toPlainString() + " throughout");
      } else {
        lines.add(line + ": " + String.join(", ", figures));
      }
    });
    return "Line chart, " + name + " (" + unit + "), April to March. " + String.join("; ", lines)
        + ". The same figures are in the month table.";
  }

  /** The spend mapping's bar chart: each locality's standardised cost ratio. */
  static String ratios(String title, List<Map<String, Object>> rows, String ratio) {
    return "Bar chart, " + title + ". " + rows.stream().filter(r -> !Boolean.TRUE.equals(r.get("total"))).map(r -> r.get("a") + " " + (r.get(ratio) == null ? "no figure"
        : ((BigDecimal) r.get(ratio)).toPlainString())).collect(Collectors.joining("; "))
        + ". The same figures are in the table above.";
  }

  private static DecimalFormat format(Units units) {
    DecimalFormat format = new DecimalFormat(Units.pattern(units), DecimalFormatSymbols.getInstance(IncomeExpenditureFill.UK));
    format.setParseBigDecimal(true);
    return format;
  }
}
