package org.carepool.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The mapped spend ledger and analysts' forecasts. Each scheme runs at its budget's monthly rate
 * bent by a yearly drift (most within ±1.5%, about a third 3–12% over or under), split into a few
 * lines recorded by different organisations; a few months are posted late (missing, caught up the
 * month after) and a few lines are credits. Analysts forecast some schemes each quarter but the last
 * (June, September, December): between those, and at the year end, there is no new forecast.
 */
final class Spend {

  private static final double MISSING = 0.012;
  private static final double CREDIT = 0.04;
  private static final double NO_LOCALITY = 0.12;
  private static final double ANALYST = 0.45;

  private final Ledger ledger;
  private final SplittableRandom random;

  Spend(long seed, Ledger ledger) {
    this.ledger = ledger;
    this.random = new SplittableRandom(seed ^ 0x5350454eL);
  }

  void write(Path dir, Summary summary) throws IOException {
    try (var spend = CsvOut.open(dir, "spend.csv", "arrangement", "scheme", "month", "amount", "organisation", "locality");
        var forecasts = CsvOut.open(dir, "forecasts.csv", "arrangement", "scheme", "month", "forecast_outturn")) {
      for (var a : Westshire.ARRANGEMENTS) {
        for (var s : a.schemes()) {
          writeScheme(a, s, spend, forecasts);
        }
      }
      summary.add(spend);
      summary.add(forecasts);
    }
  }

  private void writeScheme(Westshire.Arrangement a, Westshire.Scheme s, CsvOut spend, CsvOut forecasts)
      throws IOException {
    double[] drift = drifts();
    if (s.riskClass().equals("RING_FENCED")) {
      underspendOnly(drift);
    }
    boolean analyst = random.nextDouble() < ANALYST;
    long carried = 0;
    for (var month : Periods.months()) {
      int y = Periods.yearIndex(month);
      long budget = ledger.budgetPence(a, s, y);
      long due = carried + Math.round(budget / 12.0 * (1 + drift[y]) * (0.93 + 0.14 * random.nextDouble()));
      if (random.nextDouble() < MISSING) {
        carried = due;
        continue;
      }
      carried = 0;
      writeLines(a, s, month, due, spend);
      if (analyst && Periods.isForecastMonth(month)) {
        double outturn = budget / 100.0 * (1 + drift[y] + random.nextGaussian() * 0.008);
        forecasts.row(a.code(), s.code(), month.toString(), Money.pounds(outturn));
      }
    }
  }

  /** Per financial year: how far the scheme runs over (+) or under (−) its budget. */
  private double[] drifts() {
    double[] drift = new double[Periods.FINANCIAL_YEARS.size()];
    for (int y = 0; y < drift.length; y++) {
      if (random.nextDouble() < 0.33) {
        double size = 0.03 + 0.09 * random.nextDouble();
        drift[y] = random.nextBoolean() ? size : -size;
      } else {
        drift[y] = Math.max(-0.025, Math.min(0.025, random.nextGaussian() * 0.012));
      }
    }
    return drift;
  }

  /** A ring-fenced grant (adaptations, works) slips rather than runs ahead: it underspends and carries forward. */
  private static void underspendOnly(double[] drift) {
    for (int y = 0; y < drift.length; y++) {
      drift[y] = -Math.abs(drift[y]);
    }
  }

  private void writeLines(Westshire.Arrangement a, Westshire.Scheme s, YearMonth month, long total, CsvOut out)
      throws IOException {
    List<String> recorders = recorders(a, s);
    int lines = 2 + random.nextInt(3);
    long credit = random.nextDouble() < CREDIT ? Math.round(total * (0.01 + 0.05 * random.nextDouble())) : 0;
    long left = total + credit;
    for (int i = 0; i < lines; i++) {
      long part = i == lines - 1 ? left : Math.round(left * (0.3 + 0.4 * random.nextDouble()));
      left -= part;
      out.row(a.code(), s.code(), month.toString(), Money.pence(part), recorders.get(i % recorders.size()),
          locality(a));
    }
    if (credit != 0) {
      out.row(a.code(), s.code(), month.toString(), Money.pence(-credit), recorders.get(0), locality(a));
    }
  }

  /** Who records spend: the funder alone when aligned; otherwise the host first, then the funder. */
  private static List<String> recorders(Westshire.Arrangement a, Westshire.Scheme s) {
    var orgs = new ArrayList<String>();
    if (!a.aligned()) {
      orgs.add(a.host());
    }
    if (!orgs.contains(s.funder())) {
      orgs.add(s.funder());
    }
    return orgs;
  }

  private String locality(Westshire.Arrangement a) {
    if (random.nextDouble() < NO_LOCALITY) {
      return "";
    }
    if (a.localities().isEmpty()) {
      return Area.LOCALITIES.get(random.nextInt(Area.LOCALITIES.size())).code();
    }
    return a.localities().get(random.nextInt(a.localities().size()));
  }
}
