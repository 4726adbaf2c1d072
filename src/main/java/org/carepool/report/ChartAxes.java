package org.carepool.report;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.category.CategoryDataset;

/**
 * Value axes. {@link #fit}: the range hugs the data (and any fixed values the chart must show, such
 * as 100) with some padding, for the mapping's ratio bars, which rise and fall about 100 drawn as a
 * reference line. {@link #fromZero}: the KPI trends, whose axis starts at zero so that a small move
 * looks small to a board (issue 11), with room above the highest point for its label.
 */
final class ChartAxes {
  /** Padding above and below the data, as a share of its spread. */
  private static final double PADDING = 0.15;
  /** The least spread shown, as a share of the largest value, so that a flat line does not fill the plot. */
  private static final double MIN_SPREAD = 0.04;
  /** Room above the highest value, as a share of it, for the value labels drawn above points. */
  private static final double HEADROOM = 0.18;

  private ChartAxes() {
  }

  /**
   * Sets {@code axis} to the padded range of every value of {@code data} and of {@code also};
   * the lower bound never goes below zero for data that are all zero or more. Leaves the axis
   * alone when there is nothing to show.
   */
  static void fit(NumberAxis axis, CategoryDataset data, double... also) {
    Extent extent = Extent.of(data, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    double low = extent.low();
    double high = extent.high();
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

  /**
   * Sets {@code axis} from zero (or from the lowest value, padded, when some are below zero) to the
   * highest value with headroom; with nothing to show, from zero to one.
   */
  static void fromZero(NumberAxis axis, CategoryDataset data) {
    Extent extent = Extent.of(data, 0, 0);
    double low = extent.low();
    double high = extent.high();
    double spread = high - low == 0 ? 1 : high - low;
    axis.setAutoRangeIncludesZero(true);
    axis.setRange(low < 0 ? low - spread * HEADROOM : 0, high + spread * HEADROOM);
  }

  /** The lowest and highest of {@code low}, {@code high} and every value of {@code data}. */
  private record Extent(double low, double high) {
    static Extent of(CategoryDataset data, double low, double high) {
      for (int row = 0; row < data.getRowCount(); row++) {
        for (int column = 0; column < data.getColumnCount(); column++) {
          Number value = data.getValue(row, column);
          if (value != null) {
            low = Math.min(low, value.doubleValue());
            high = Math.max(high, value.doubleValue());
          }
        }
      }
      return new Extent(low, high);
    }
  }
}
