package org.carepool.report;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.category.CategoryDataset;

/**
 * Value axes that show movement: the range hugs the data (and any fixed values the chart must
 * show, such as a target or 100) with some padding, instead of running from zero, where a rate
 * moving from 105 to 109 would look flat.
 */
final class ChartAxes {
  /** Padding above and below the data, as a share of its spread. */
  private static final double PADDING = 0.15;
  /** The least spread shown, as a share of the largest value, so that a flat line does not fill the plot. */
  private static final double MIN_SPREAD = 0.04;

  private ChartAxes() {
  }

  /**
   * Sets {@code axis} to the padded range of every value of {@code data} and of {@code also};
   * the lower bound never goes below zero for data that are all zero or more. Leaves the axis
   * alone when there is nothing to show.
   */
  static void fit(NumberAxis axis, CategoryDataset data, double... also) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int row = 0; row < data.getRowCount(); row++) {
      for (int column = 0; column < data.getColumnCount(); column++) {
        Number value = data.getValue(row, column);
        if (value != null) {
          low = Math.min(low, value.doubleValue());
          high = Math.max(high, value.doubleValue());
        }
      }
    }
    for (double value : also) {
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
    if (low > high) {
      return;
    }
    double spread = Math.max(high - low, Math.max(Math.abs(high), Math.abs(low)) * MIN_SPREAD);
    if (spread == 0) {
      spread = 1;
    }
    double middle = (high + low) / 2;
    double lower = Math.min(low, middle - spread / 2) - spread * PADDING;
    double upper = Math.max(high, middle + spread / 2) + spread * PADDING;
    axis.setAutoRangeIncludesZero(false);
    axis.setRange(low >= 0 ? Math.max(0, lower) : lower, upper);
  }
}
