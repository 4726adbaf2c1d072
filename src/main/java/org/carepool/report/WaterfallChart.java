package org.carepool.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Draws the I&amp;E's "How the overspend is covered" stacked bar chart as a waterfall: horizontal,
 * in the order of the steps, the base series (0 and 1, above and below zero) invisible, each bar coloured by its kind
 * (the {@code WATERFALL_KINDS} parameter, one per bar) in a colour-blind-safe palette (Okabe–Ito),
 * and labelled with its amount (the {@code WATERFALL_AMOUNTS} parameter), so the figures read
 * without the table. Public with a public constructor: JasperReports makes it by reflection.
 */
public final class WaterfallChart extends JRAbstractChartCustomizer {

  static final Map<Waterfall.Kind, Color> COLOURS = Map.of(
      Waterfall.Kind.TOTAL, new Color(0x1F, 0x38, 0x64),
      Waterfall.Kind.TAKEN, new Color(0xE6, 0x9F, 0x00),
      Waterfall.Kind.SET_ASIDE, new Color(0x56, 0xB4, 0xE9),
      Waterfall.Kind.UNALLOCATED, new Color(0xD5, 0x5E, 0x00),
      Waterfall.Kind.PARTNER, new Color(0x00, 0x9E, 0x73));

  private static final Map<Waterfall.Kind, String> LEGEND = Map.of(
      Waterfall.Kind.TOTAL, "Overspend / (underspend)",
      Waterfall.Kind.TAKEN, "Taken by each step (or by the rule)",
      Waterfall.Kind.SET_ASIDE, "Fixed and ring-fenced schemes, taken out before sharing",
      Waterfall.Kind.UNALLOCATED, "Unallocated",
      Waterfall.Kind.PARTNER, "What each partner carries");

  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    @SuppressWarnings("unchecked")
    List<String> kinds = (List<String>) getParameterValue("WATERFALL_KINDS");
    @SuppressWarnings("unchecked")
    List<BigDecimal> amounts = (List<BigDecimal>) getParameterValue("WATERFALL_AMOUNTS");
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(Color.BLACK);
    plot.setRangeZeroBaselineStroke(new BasicStroke(0.8f));
    plot.setRenderer(renderer(kinds, amounts, (Units) getParameterValue("UNITS")));
    plot.setFixedLegendItems(legend(kinds));
    CategoryAxis categories = plot.getDomainAxis();
    categories.setMaximumCategoryLabelWidthRatio(0.3f);
    categories.setCategoryMargin(0.25);
    // room beyond the longest bars for their labels, either side of zero
    plot.getRangeAxis().setUpperMargin(0.14);
    plot.getRangeAxis().setLowerMargin(0.14);
  }

  private static StackedBarRenderer renderer(List<String> kinds, List<BigDecimal> amounts, Units units) {
    StackedBarRenderer bars = new StackedBarRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return row < 2 ? new Color(0, 0, 0, 0) : COLOURS.get(Waterfall.Kind.valueOf(kinds.get(column)));
      }
    };
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setDefaultItemLabelGenerator(new AmountLabels(amounts, new DecimalFormat(Units.pattern(units),
        DecimalFormatSymbols.getInstance(Locale.UK))));
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(new Font("DejaVu Sans", Font.PLAIN, 6));
    bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
    return bars;
  }

  private static LegendItemCollection legend(List<String> kinds) {
    Set<Waterfall.Kind> shown = EnumSet.noneOf(Waterfall.Kind.class);
    kinds.forEach(k -> shown.add(Waterfall.Kind.valueOf(k)));
    LegendItemCollection items = new LegendItemCollection();
    for (Waterfall.Kind kind : shown) {
      LegendItem item = new LegendItem(LEGEND.get(kind), COLOURS.get(kind));
      item.setLabelFont(new Font("DejaVu Sans", Font.PLAIN, 7));
      items.add(item);
    }
    return items;
  }

  /** Each bar's amount once, on its visible part above zero, or below zero when it has none above. */
  private record AmountLabels(List<BigDecimal> amounts, DecimalFormat money) implements CategoryItemLabelGenerator {

    @Override
    public String generateLabel(CategoryDataset data, int row, int column) {
      boolean above = data.getValue(2, column).doubleValue() != 0 || data.getValue(3, column).doubleValue() == 0;
      return row == (above ? 2 : 3) ? money.format(amounts.get(column)) : null;
    }

    @Override
    public String generateRowLabel(CategoryDataset data, int row) {
      return data.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset data, int column) {
      return data.getColumnKey(column).toString();
    }
  }
}
