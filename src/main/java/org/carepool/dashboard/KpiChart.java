package org.carepool.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.carepool.indicators.Figures;
import org.carepool.indicators.KpiFigure;
import org.carepool.indicators.KpiFigure.Point;

/**
 * A KPI's year as coordinates for an inline SVG (the templates draw it): x runs April to March,
 * y over a rounded range that holds this year's values, last year's, the target and the
 * benchmarks, so that every line the chart draws is in view. Drawn from the figures the
 * performance report and JSON give (values rounded to the KPI's decimals, as they show them).
 *
 * @param thisYear  this year's line, one polyline per run of months with a value (a month without one breaks it)
 * @param dots      a marker on each of this year's values, so that a lone month still shows
 * @param lastYear  last year's line, broken the same way
 * @param target    the year's target as a level; null without one
 * @param yTicks    rounded values up the axis (none on a sparkline)
 * @param xTicks    each month's initial along the bottom (none on a sparkline)
 */
public record KpiChart(Size size, List<String> thisYear, List<Dot> dots, List<String> lastYear, Level target,
    List<Level> benchmarks, List<Tick> yTicks, List<Tick> xTicks) {

  public KpiChart {
    thisYear = List.copyOf(thisYear);
    dots = List.copyOf(dots);
    lastYear = List.copyOf(lastYear);
    benchmarks = List.copyOf(benchmarks);
    yTicks = List.copyOf(yTicks);
    xTicks = List.copyOf(xTicks);
  }

  /** The drawing's box: the whole SVG and the plot inside it, in SVG units. */
  public enum Size {
    SPARK(120, 32, 2, 2, 3, 3), FULL(480, 220, 52, 12, 12, 28);

    public final int width;
    public final int height;
    public final int left;
    public final int right;
    public final int top;
    public final int bottom;

    Size(int width, int height, int left, int right, int top, int bottom) {
      this.width = width;
      this.height = height;
      this.left = left;
      this.right = right;
      this.top = top;
      this.bottom = bottom;
    }

    /** Where the plot ends on the right, and at the foot. */
    public int plotRight() {
      return width - right;
    }

    public int plotBottom() {
      return height - bottom;
    }
  }

  public record Dot(YearMonth month, String x, String y) {}

  /** A horizontal line across the plot at a value, e.g. the target or "England". */
  public record Level(String label, String value, String y) {}

  /** A label on an axis at a position along it. */
  public record Tick(String label, String at) {}

  /** Null when the KPI has nothing to draw: no value this year (nor, on a full chart, last year). */
  public static KpiChart of(KpiFigure kpi, Size size) {
    boolean full = size == Size.FULL;
    List<BigDecimal> drawn = new ArrayList<>(values(kpi.series()));
    if (drawn.isEmpty() && (!full || values(kpi.lastYearSeries()).isEmpty())) {
      return null;
    }
    if (full) {
      drawn.addAll(values(kpi.lastYearSeries()));
      kpi.benchmarks().forEach(b -> drawn.add(b.value()));
    }
    if (kpi.target() != null) {
      drawn.add(kpi.target());
    }
    List<BigDecimal> values = drawn.stream().map(v -> Figures.round(v, kpi.decimals())).toList();
    Scale scale = Scale.over(values, size);
    List<Level> benchmarks = size == Size.SPARK ? List.of() : kpi.benchmarks().stream()
        .map(b -> scale.level(b.label(), b.value(), kpi.decimals())).toList();
    Level target = kpi.target() == null ? null : scale.level("Target", kpi.target(), kpi.decimals());
    return new KpiChart(size, scale.lines(kpi.series(), kpi.decimals()), scale.dots(kpi.series(), kpi.decimals()),
        size == Size.FULL ? scale.lines(kpi.lastYearSeries(), kpi.decimals()) : List.of(), target, benchmarks,
        size == Size.FULL ? scale.yTicks() : List.of(), size == Size.FULL ? xTicks(size) : List.of());
  }

  private static List<BigDecimal> values(List<Point> series) {
    return series.stream().map(Point::value).filter(Objects::nonNull).toList();
  }

  private static List<Tick> xTicks(Size size) {
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ticks.add(new Tick(Month.APRIL.plus(i).getDisplayName(TextStyle.NARROW, Locale.UK), Scale.x(i, size)));
    }
    return ticks;
  }

  /** From values to SVG units: a range rounded out to whole steps, top of the plot the highest. */
  private record Scale(Size size, BigDecimal low, BigDecimal high, BigDecimal step) {
    private static final int STEPS = 4;

    static Scale over(List<BigDecimal> values, Size size) {
      BigDecimal min = values.stream().reduce(BigDecimal::min).orElse(BigDecimal.ZERO);
      BigDecimal max = values.stream().reduce(BigDecimal::max).orElse(BigDecimal.ONE);
      BigDecimal step = step(max.subtract(min));
      BigDecimal low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
      BigDecimal high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
      if (high.compareTo(low) == 0) {
        high = low.add(step);
      }
      return new Scale(size, low, high, step);
    }

    /** 1, 2 or 5 times a power of ten: about a quarter of the spread, so the axis has four or five labels. */
    private static BigDecimal step(BigDecimal spread) {
      if (spread.signum() == 0) {
        return BigDecimal.ONE;
      }
      double raw = spread.doubleValue() / STEPS;
      int exponent = (int) Math.floor(Math.log10(raw));
      double fraction = raw / Math.pow(10, exponent);
      int nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
      return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent).stripTrailingZeros();
    }

    static String x(int monthIndex, Size size) {
      double plot = size.plotRight() - size.left;
      return oneDecimal(size.left + monthIndex * plot / 11);
    }

    String y(BigDecimal value) {
      double plot = size.plotBottom() - size.top;
      double share = high.subtract(value).doubleValue() / high.subtract(low).doubleValue();
      return oneDecimal(size.top + share * plot);
    }

    Level level(String label, BigDecimal value, int decimals) {
      BigDecimal shown = Figures.round(value, decimals);
      return new Level(label, Figures.text(value, decimals), y(shown));
    }

    List<Tick> yTicks() {
      List<Tick> ticks = new ArrayList<>();
      for (BigDecimal v = low; v.compareTo(high) <= 0; v = v.add(step)) {
        ticks.add(new Tick(v.stripTrailingZeros().toPlainString(), y(v)));
      }
      return ticks;
    }

    /** The points of each run of months with a value, "x,y x,y …". */
    List<String> lines(List<Point> series, int decimals) {
      List<String> lines = new ArrayList<>();
      List<String> run = new ArrayList<>();
      for (int i = 0; i < series.size(); i++) {
        BigDecimal v = series.get(i).value();
        if (v == null) {
          flush(lines, run);
        } else {
          run.add(x(i, size) + "," + y(Figures.round(v, decimals)));
        }
      }
      flush(lines, run);
      return lines;
    }

    List<Dot> dots(List<Point> series, int decimals) {
      List<Dot> dots = new ArrayList<>();
      for (int i = 0; i < series.size(); i++) {
        if (series.get(i).value() != null) {
          dots.add(new Dot(series.get(i).month(), x(i, size), y(Figures.round(series.get(i).value(), decimals))));
        }
      }
      return dots;
    }

    private static void flush(List<String> lines, List<String> run) {
      if (!run.isEmpty()) {
        lines.add(String.join(" ", run));
        run.clear();
      }
    }

    private static String oneDecimal(double value) {
      return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
  }
}
