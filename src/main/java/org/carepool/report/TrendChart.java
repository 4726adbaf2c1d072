package org.carepool.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;

/**
 * The look of a KPI's trend chart ({@code performance-trends.jrxml}): the value axis fitted to the
 * data and target ({@link ChartAxes}); this year a navy line with markers, the target a grey
 * dashed line without markers (so that it neither reads as a RED rating nor as a second actual in
 * greyscale), last year a dotted sky-blue line with small markers, and each benchmark a flat line
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

  @Override
  public void customize(JFreeChart chart, JRChart jrChart) {
    CategoryPlot plot = chart.getCategoryPlot();
    if (plot.getRenderer() instanceof LineAndShapeRenderer lines && plot.getDataset() != null) {
      int benchmark = 0;
      for (int i = 0; i < plot.getDataset().getRowCount(); i++) {
        String name = String.valueOf(plot.getDataset().getRowKey(i));
        switch (name) {
          case KpiContext.ACTUAL -> style(lines, i, ACTUAL, new BasicStroke(1.6f), true);
          case KpiContext.TARGET -> style(lines, i, TARGET, dashed(1.0f, 4f, 3f), false);
          case KpiContext.LAST_YEAR -> style(lines, i, LAST_YEAR, dashed(1.2f, 1.5f, 2f), true);
          default -> style(lines, i, BENCHMARKS.get(benchmark++ % BENCHMARKS.size()), dashed(1.0f, 8f, 3f), false);
        }
      }
    }
    if (plot.getRangeAxis() instanceof NumberAxis axis && plot.getDataset() != null) {
      ChartAxes.fit(axis, plot.getDataset());
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
}
