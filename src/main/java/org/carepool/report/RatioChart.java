package org.carepool.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;

/**
 * The standardised cost ratio chart of {@code spend-mapping.jrxml}: bars rise above or fall below
 * the area's 100 (drawn as a reference line), on an axis of at least 80 to 120 so that a ratio of
 * 94 and one of 103 look as different as they are; labels to one decimal, as the table shows them.
 */
public final class RatioChart implements JRChartCustomizer {
  static final double AREA = 100;

  @Override
  public void customize(JFreeChart chart, JRChart jrChart) {
    CategoryPlot plot = chart.getCategoryPlot();
    if (plot.getRenderer() instanceof BarRenderer bars) {
      bars.setBase(AREA);
      bars.setShadowVisible(false);
      bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")));
    }
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    ValueMarker area = new ValueMarker(AREA, Color.BLACK, new BasicStroke(1.0f));
    plot.addRangeMarker(area);
    if (plot.getRangeAxis() instanceof NumberAxis axis && plot.getDataset() != null) {
      ChartAxes.fit(axis, plot.getDataset(), 80, 120);
    }
  }
}
