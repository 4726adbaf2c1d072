package org.carepool.report;

import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * The finishing of the I&amp;E variance chart that JRXML cannot express: flat bars no wider than a
 * scheme's share of the axis (one scheme would otherwise fill the plot), a zero line to read over-
 * and underspends against, each bar labelled with its figure in the report's units, scheme names on
 * up to two lines, and slanted once there are too many to sit side by side.
 * Public with a public constructor because JasperReports makes it by reflection
 * ({@code customizerClass} in {@code income-expenditure.jrxml}).
 */
public final class IncomeExpenditureChart extends JRAbstractChartCustomizer {

  private static final int SCHEMES_SIDE_BY_SIDE = 8;

  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    CategoryPlot plot = chart.getCategoryPlot();
    if (plot.getRenderer() instanceof BarRenderer bars) {
      bars.setBarPainter(new StandardBarPainter());
      bars.setShadowVisible(false);
      bars.setMaximumBarWidth(0.08);
      bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat(
          Units.pattern((Units) getParameterValue("UNITS")), DecimalFormatSymbols.getInstance(Locale.UK))));
      bars.setDefaultItemLabelFont(new Font("DejaVu Sans", Font.PLAIN, 7));
      bars.setDefaultItemLabelsVisible(true);
    }
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    plot.setRangeZeroBaselineVisible(true);
    if (plot.getCategories() != null && plot.getCategories().size() > SCHEMES_SIDE_BY_SIDE) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
  }
}
