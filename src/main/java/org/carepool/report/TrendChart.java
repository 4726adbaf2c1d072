package org.carepool.report;

import java.awt.BasicStroke;
import java.awt.Color;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;

/**
 * The look of a KPI's trend chart ({@code performance-trends.jrxml}): the value axis fitted to the
 * data and target ({@link ChartAxes}); the actual a navy line with markers, the target a grey
 * dashed line without markers, so that it neither reads as a RED rating nor as a second actual in
 * greyscale. Series 0 is the actual, 1 the target. JasperReports makes one per chart.
 */
public final class TrendChart implements JRChartCustomizer {
  static final Color ACTUAL = new Color(0x1F, 0x38, 0x64);
  static final Color TARGET = new Color(0x70, 0x70, 0x70);

  @Override
  public void customize(JFreeChart chart, JRChart jrChart) {
    CategoryPlot plot = chart.getCategoryPlot();
    if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
      lines.setSeriesPaint(0, ACTUAL);
      lines.setSeriesStroke(0, new BasicStroke(1.6f));
      lines.setSeriesShapesVisible(0, true);
      lines.setSeriesPaint(1, TARGET);
      lines.setSeriesStroke(1, new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {4f, 3f}, 0f));
      lines.setSeriesShapesVisible(1, false);
    }
    if (plot.getRangeAxis() instanceof NumberAxis axis && plot.getDataset() != null) {
      ChartAxes.fit(axis, plot.getDataset());
    }
  }
}
