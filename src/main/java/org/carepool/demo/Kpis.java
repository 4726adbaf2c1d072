package org.carepool.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Performance indicators: the imported KPIs (kpis.csv), yearly targets for those and for the four
 * derived KPIs built into carepool (SPEC §5), and monthly actuals for the imported ones.
 */
final class Kpis {

  /**
   * An indicator with yearly targets; imported ones also carry the arrangements that track them
   * and the shape of their monthly actuals (start value, change a month, winter swing, noise).
   */
  record Kpi(String code, String name, String unit, String better, List<Double> targets,
      List<String> trackedBy, double start, double monthly, double winter, double noise, int decimals) {

    boolean imported() {
      return !trackedBy.isEmpty();
    }
  }

  static final List<Kpi> ALL = List.of(
      derived("NEL_ADMISSIONS_PER_1000", List.of(108.0, 106.0, 104.0)),
      derived("EMERGENCY_BED_DAYS_PER_1000_65PLUS", List.of(1780.0, 1740.0, 1700.0)),
      derived("CARE_HOME_ADMISSIONS_PER_100K_65PLUS", List.of(600.0, 590.0, 580.0)),
      derived("INSTITUTIONAL_SHARE_75PLUS", List.of(73.0, 72.0, 71.0)),
      new Kpi("REABLEMENT_91_DAY", "Older people still at home 91 days after discharge into reablement", "%",
          "HIGHER", List.of(84.0, 85.0, 86.0), List.of("BCF", "IC-JV"), 81.5, 0.08, -1.5, 1.6, 1),
      new Kpi("DELAYED_DISCHARGE_DAYS", "Delayed discharge bed days in the month per 100,000 adults", "days",
          "LOWER", List.of(420.0, 390.0, 360.0), List.of("BCF", "IC-JV"), 455, -2.5, 45, 22, 1),
      new Kpi("DIRECT_PAYMENT_PCT", "Adults receiving long-term support through a direct payment", "%",
          "HIGHER", List.of(28.0, 29.0, 30.0), List.of("BCF", "LDP"), 26.8, 0.06, 0, 0.5, 2),
      new Kpi("EQUIPMENT_7_DAY_PCT", "Community equipment delivered within 7 days of request", "%",
          "HIGHER", List.of(95.0, 95.0, 96.0), List.of("ICES"), 93.2, 0.05, -0.8, 1.1, 1),
      new Kpi("MH_OUT_OF_AREA_DAYS", "Inappropriate out-of-area mental health placement days", "bed days",
          "LOWER", List.of(240.0, 180.0, 120.0), List.of("MHA"), 310, -5.5, 30, 35, 0));

  private static Kpi derived(String code, List<Double> targets) {
    return new Kpi(code, "", "", "", targets, List.of(), 0, 0, 0, 0, 0);
  }

  private final SplittableRandom random;

  Kpis(long seed) {
    this.random = new SplittableRandom(seed ^ 0x4b5049L);
  }

  void write(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "kpis.csv", "code", "name", "unit", "better")) {
      for (var kpi : ALL) {
        if (kpi.imported()) {
          out.row(kpi.code(), kpi.name(), kpi.unit(), kpi.better());
        }
      }
      summary.add(out);
    }
    writeTargets(dir, summary);
    writeActuals(dir, summary);
  }

  private static boolean tracks(Westshire.Arrangement a, Kpi kpi) {
    return !kpi.imported() || kpi.trackedBy().contains(a.code());
  }

  private void writeTargets(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "kpi_targets.csv", "arrangement", "kpi", "financial_year", "target")) {
      for (var a : Westshire.ARRANGEMENTS) {
        for (var kpi : ALL) {
          if (!tracks(a, kpi)) {
            continue;
          }
          for (int y = 0; y < Periods.FINANCIAL_YEARS.size(); y++) {
            out.row(a.code(), kpi.code(), Periods.FINANCIAL_YEARS.get(y), decimal(kpi.targets().get(y), 1));
          }
        }
      }
      summary.add(out);
    }
  }

  private void writeActuals(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "kpi_actuals.csv", "arrangement", "kpi", "month", "value")) {
      for (var a : Westshire.ARRANGEMENTS) {
        for (var kpi : ALL) {
          if (kpi.imported() && tracks(a, kpi)) {
            writeSeries(out, a, kpi);
          }
        }
      }
      summary.add(out);
    }
  }

  private void writeSeries(CsvOut out, Westshire.Arrangement a, Kpi kpi) throws IOException {
    var months = Periods.months();
    for (int i = 0; i < months.size(); i++) {
      var month = months.get(i);
      int ordinal = Periods.ordinal(month);
      boolean winter = ordinal >= 8 && ordinal <= 11;
      double value = kpi.start() + kpi.monthly() * i + (winter ? kpi.winter() : 0) + random.nextGaussian() * kpi.noise();
      if (kpi.unit().equals("%")) {
        value = Math.max(0, Math.min(100, value));
      }
      out.row(a.code(), kpi.code(), month.toString(), decimal(Math.max(0, value), kpi.decimals()));
    }
  }

  private static BigDecimal decimal(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
  }
}
