package org.carepool.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Performance indicators: the imported KPIs (kpis.csv), yearly targets for those and for the four
 * derived KPIs built into carepool (SPEC §5), and monthly actuals for the imported ones. Targets are
 * set as a performance team would: from last year's outturn (the first year: its own), stretched or
 * relaxed by a few per cent, so that a pack shows a believable mix of GREEN, AMBER and RED.
 */
final class Kpis {

  /**
   * An indicator; imported ones also carry the arrangements that track them and the shape of their
   * monthly actuals (start value, change a month, winter swing, noise). {@code decimals}: of the
   * actuals; targets have at most one.
   */
  record Kpi(String code, String name, String unit, String better, List<String> trackedBy, double start,
      double monthly, double winter, double noise, int decimals) {

    boolean imported() {
      return !trackedBy.isEmpty();
    }

    /** The mean monthly value the series is drawn around in a year (0 = 2024-25). */
    double expected(int year) {
      return start + monthly * (12 * year + 5.5) + winter * 4 / 12;
    }
  }

  static final List<Kpi> ALL = List.of(
      derived(Outturns.NEL, 1),
      derived(Outturns.BED_DAYS_65, 0),
      derived(Outturns.CARE_HOME_65, 0),
      derived(Outturns.INSTITUTIONAL_75, 1),
      new Kpi("REABLEMENT_91_DAY", "Older people still at home 91 days after discharge into reablement", "%",
          "HIGHER", List.of("BCF", "IC-JV"), 81.5, 0.08, -1.5, 1.6, 1),
      new Kpi("DELAYED_DISCHARGE_DAYS", "Delayed discharge bed days in the month per 100,000 adults", "days",
          "LOWER", List.of("BCF", "IC-JV"), 455, -2.5, 45, 22, 1),
      new Kpi("DIRECT_PAYMENT_PCT", "Adults receiving long-term support through a direct payment", "%",
          "HIGHER", List.of("BCF", "LDP"), 26.8, 0.06, 0, 0.5, 2),
      new Kpi("EQUIPMENT_7_DAY_PCT", "Community equipment delivered within 7 days of request", "%",
          "HIGHER", List.of("ICES"), 93.2, 0.05, -0.8, 1.1, 1),
      new Kpi("MH_OUT_OF_AREA_DAYS", "Inappropriate out-of-area mental health placement days", "bed days",
          "LOWER", List.of("MHA"), 310, -5.5, 30, 35, 0));

  /**
   * The KPIs an arrangement is rated on, where not all (arrangement_kpis.csv): the equipment service
   * cannot influence care-home admissions or the 75+ balance of care, nor mental health those of
   * older people; both still answer for the flow they serve.
   */
  static final Map<String, List<String>> CHOSEN = Map.of(
      "ICES", List.of("EQUIPMENT_7_DAY_PCT", Outturns.NEL, Outturns.BED_DAYS_65),
      "MHA", List.of("MH_OUT_OF_AREA_DAYS", Outturns.NEL));

  /** Published comparators, as a share of the area's own expected value: England and the region. */
  private static final int LAST_WHOLE_YEAR = 1;
  private static final Map<String, Double> BENCHMARKS = Map.of("England", 1.04, "Region", 0.98);

  /**
   * How far a target sits from its base, as a share: negative is a stretch (harder than the base),
   * positive a relaxed target. Picked per arrangement, KPI and year.
   */
  private static final List<Double> SPREAD = List.of(-0.07, -0.04, -0.025, -0.01, 0.0, 0.02);

  /** Points of a percentage KPI per unit of {@link #SPREAD}. */
  private static final double PERCENT_POINTS = 40;

  private static Kpi derived(String code, int decimals) {
    return new Kpi(code, "", "", "LOWER", List.of(), 0, 0, 0, 0, decimals);
  }

  private final SplittableRandom random;
  private final Outturns outturns;

  Kpis(long seed, Outturns outturns) {
    this.random = new SplittableRandom(seed ^ 0x4b5049L);
    this.outturns = outturns;
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
    writeChoices(dir, summary);
    writeBenchmarks(dir, summary);
  }

  private static void writeChoices(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "arrangement_kpis.csv", "arrangement", "kpi")) {
      for (var a : Westshire.ARRANGEMENTS) {
        for (String kpi : CHOSEN.getOrDefault(a.code(), List.of())) {
          out.row(a.code(), kpi);
        }
      }
      summary.add(out);
    }
  }

  /** Benchmarks follow the area's own figures (no random draw, so the other files stay as they were). */
  private void writeBenchmarks(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "kpi_benchmarks.csv", "kpi", "financial_year", "label", "value")) {
      for (var kpi : ALL) {
        for (int y = 0; y < Periods.FINANCIAL_YEARS.size(); y++) {
          // 2026-27 is drawn to October only: its derived benchmarks repeat 2025-26's whole year
          double area = kpi.imported() ? kpi.expected(y)
              : outturns.value(kpi.code(), List.of(), Math.min(y, LAST_WHOLE_YEAR));
          for (String label : List.of("England", "Region")) {
            double value = area * BENCHMARKS.get(label);
            out.row(kpi.code(), Periods.FINANCIAL_YEARS.get(y), label,
                decimal(kpi.unit().equals("%") ? Math.min(100, value) : value, 1));
          }
        }
      }
      summary.add(out);
    }
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
            out.row(a.code(), kpi.code(), Periods.FINANCIAL_YEARS.get(y), target(a, kpi, y));
          }
        }
      }
      summary.add(out);
    }
  }

  /** Last year's outturn (for the first year, its own) moved by a step of {@link #SPREAD} in the KPI's direction. */
  private BigDecimal target(Westshire.Arrangement a, Kpi kpi, int year) {
    int baseYear = Math.max(0, year - 1);
    double base = kpi.imported() ? kpi.expected(baseYear) : outturns.value(kpi.code(), a.localities(), baseYear);
    double step = SPREAD.get(random.nextInt(SPREAD.size()));
    // a percentage moves in points (a 7% stretch of 93% would ask for 99.5%): at most 2.8 points
    double change = kpi.unit().equals("%") ? step * PERCENT_POINTS : base * step;
    double target = kpi.better().equals("LOWER") ? base + change : base - change;
    return decimal(kpi.unit().equals("%") ? Math.min(100, target) : target, Math.min(1, kpi.decimals()));
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

  /**
   * The derived KPIs' counts and people by locality and financial year, tallied as activity rows are
   * written, so that targets follow the data set whatever its seed and scale.
   */
  static final class Outturns {
    static final String NEL = "NEL_ADMISSIONS_PER_1000";
    static final String BED_DAYS_65 = "EMERGENCY_BED_DAYS_PER_1000_65PLUS";
    static final String CARE_HOME_65 = "CARE_HOME_ADMISSIONS_PER_100K_65PLUS";
    static final String INSTITUTIONAL_75 = "INSTITUTIONAL_SHARE_75PLUS";
    private static final int PEOPLE = 0;
    private static final int PEOPLE_65 = 1;
    private static final int ADMISSIONS = 2;
    private static final int BED_DAYS = 3;
    private static final int CARE_HOMES = 4;
    private static final int COST_75 = 5;
    private static final int INSTITUTIONAL = 6;

    /** locality → [year][measure]. */
    private final Map<String, double[][]> tallies = new HashMap<>();

    void people(String locality, int year, AgeBand band, int count) {
      double[] t = tally(locality, year);
      t[PEOPLE] += count;
      t[PEOPLE_65] += band.isOlder() ? count : 0;
    }

    void add(String locality, int year, Service service, int age, Episodes.Episode episode) {
      double[] t = tally(locality, year);
      boolean nonElective = service.admissionType.equals("NON_ELECTIVE");
      t[ADMISSIONS] += nonElective ? 1 : 0;
      t[BED_DAYS] += nonElective && age >= 65 ? episode.bedDays() : 0;
      t[CARE_HOMES] += service == Service.CARE_HOME && age >= 65 ? 1 : 0;
      if (age >= 75) {
        t[COST_75] += episode.cost().doubleValue();
        t[INSTITUTIONAL] += service.isHospital() || service == Service.CARE_HOME ? episode.cost().doubleValue() : 0;
      }
    }

    /** A derived KPI over a whole year of the localities (every one when none are listed). */
    double value(String kpi, List<String> localities, int year) {
      double[] sum = new double[INSTITUTIONAL + 1];
      tallies.forEach((locality, years) -> {
        if (localities.isEmpty() || localities.contains(locality)) {
          for (int m = 0; m < sum.length; m++) {
            sum[m] += years[year][m];
          }
        }
      });
      return switch (kpi) {
        case NEL -> sum[ADMISSIONS] * 1_000 / sum[PEOPLE];
        case BED_DAYS_65 -> sum[BED_DAYS] * 1_000 / sum[PEOPLE_65];
        case CARE_HOME_65 -> sum[CARE_HOMES] * 100_000 / sum[PEOPLE_65];
        case INSTITUTIONAL_75 -> sum[INSTITUTIONAL] * 100 / sum[COST_75];
        default -> throw new IllegalArgumentException("not a derived KPI: " + kpi);
      };
    }

    private double[] tally(String locality, int year) {
      return tallies.computeIfAbsent(locality, l -> new double[Periods.FINANCIAL_YEARS.size()][INSTITUTIONAL + 1])[year];
    }
  }
}
