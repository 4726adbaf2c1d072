package org.carepool.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * The look of a KPI's trend chart ({@code performance-trends.jrxml}): the value axis from zero
 * ({@link ChartAxes#fromZero}), so that a small move looks small; this year a navy line with markers,
 * each point labelled with its value as the month table shows it (alternately above and below the
 * point, so that the labels of neighbouring months do not run into each other); the target a grey
 * dashed line without markers (so that it neither reads as a RED rating nor as a second actual in
 * greyscale), last year a dotted sky-blue line with small round markers, and each benchmark a flat line
 * dashed long in orange, then bluish green (Okabe–Ito colours, told apart with colour-blindness and
 * by dash in greyscale; the legend names every line in words). Lines are styled by their names
 * ({@link KpiContext}); JasperReports makes one customizer per chart.
 */
public final class TrendChart implements JRChartCustomizer {
  static final Color ACTUAL = new Color(0x1F, 0x38, 0x64);
  static final Color TARGET = new Color(0x70, 0x70, 0x70);
  static final Color LAST_YEAR = new Color(0x56, 0xB4, 0xE9);
  static final List<Color> BENCHMARKS = List.of(new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73),
      new Color(0xCC, 0x79, 0xA7));
  private static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 6);

  @Override
  public void customize(JFreeChart chart, JRChart jrChart) {
    CategoryPlot plot = chart.getCategoryPlot();
    if (plot.getDataset() == null) {
      return;
    }
    LineAndShapeRenderer lines = new AlternatingLabels();
    lines.setItemLabelAnchorOffset(4);
    int benchmark = 0;
    for (int i = 0; i < plot.getDataset().getRowCount(); i++) {
      String name = String.valueOf(plot.getDataset().getRowKey(i));
      switch (name) {
        case KpiContext.ACTUAL -> {
          style(lines, i, ACTUAL, new BasicStroke(1.6f), true);
          lines.setSeriesItemLabelsVisible(i, true);
          lines.setSeriesItemLabelGenerator(i, new AsShown());
          lines.setSeriesItemLabelFont(i, LABEL);
          lines.setSeriesItemLabelPaint(i, ACTUAL);
        }
        case KpiContext.TARGET -> style(lines, i, TARGET, dashed(1.0f, 4f, 3f), false);
        case KpiContext.LAST_YEAR -> {
          style(lines, i, LAST_YEAR, dashed(1.2f, 1.5f, 2f), true);
          lines.setSeriesShape(i, new Ellipse2D.Double(-2, -2, 4, 4));
        }
        default -> style(lines, i, BENCHMARKS.get(benchmark++ % BENCHMARKS.size()), dashed(1.0f, 8f, 3f), false);
      }
    }
    plot.setRenderer(lines);
    if (plot.getRangeAxis() instanceof NumberAxis axis) {
      ChartAxes.fromZero(axis, plot.getDataset());
    }
  }

  private static void style(LineAndShapeRenderer lines, int series, Color colour, BasicStroke stroke, boolean shapes) {
    lines.setSeriesPaint(series, colour);
    lines.setSeriesStroke(series, stroke);
    lines.setSeriesShapesVisible(series, shapes);
  }

  private static BasicStroke dashed(float width, float dash, float gap) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {dash, gap}, 0f);
  }

  /** Labels of even months above their points, of odd months below: two months' labels never share a line. */
  private static final class AlternatingLabels extends LineAndShapeRenderer {
    private static final ItemLabelPosition ABOVE = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
        TextAnchor.BOTTOM_CENTER);
    private static final ItemLabelPosition BELOW = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER);

    AlternatingLabels() {
      super(true, true);
    }

    @Override
    public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
      return column % 2 == 0 ? ABOVE : BELOW;
    }

    @Override
    public ItemLabelPosition getNegativeItemLabelPosition(int row, int column) {
      return getPositiveItemLabelPosition(row, column);
    }
  }

  /** A value as the month table shows it: its own decimals (the KPI's), thousands separated. */
  static final class AsShown implements CategoryItemLabelGenerator {
    @Override
    public String generateLabel(CategoryDataset data, int row, int column) {
      Number value = data.getValue(row, column);
      if (value == null) {
        return null;
      }
      int decimals = value instanceof BigDecimal exact ? Math.max(0, exact.scale()) : 1;
      return new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
          DecimalFormatSymbols.getInstance(IncomeExpenditureFill.UK)).format(value);
    }

    @Override
    public String generateRowLabel(CategoryDataset data, int row) {
      return String.valueOf(data.getRowKey(row));
    }

    @Override
    public String generateColumnLabel(CategoryDataset data, int column) {
      return String.valueOf(data.getColumnKey(column));
    }
  }
}
