package org.carepool.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo's s75 agreement terms (SPEC §4.1–4.4), the same every year: the BCF draws on its
 * contingency reserve, lets the council (host) absorb a tolerance, shares the rest by agreed shares
 * up to a cap and leaves what exceeds the caps to the ICB; the equipment service banks an
 * underspend in its reserve; the learning disability pool forecasts from its budgets, because its
 * placements are committed a year ahead and a month's spend × 12 overstates them.
 */
final class Agreements {

  /** One arrangement's terms; null = not set (the SPEC's default). */
  record Terms(String arrangement, String forecastMethod, String underspend, String amber, String red, String notifyAt) {}

  record Step(String arrangement, int step, String rule, String party, String percent, String amount) {}

  /** An opening reserve per financial year, in whole pounds, in {@link Periods#FINANCIAL_YEARS} order. */
  record Reserve(String arrangement, List<Long> openingPounds) {}

  static final List<Terms> TERMS = List.of(
      new Terms("BCF", "RUN_RATE", "RETURN", "2", "5", "2.5"),
      new Terms("ICES", null, "RESERVE", null, null, null),
      new Terms("LDP", "BUDGET", null, "1.5", "4", null));

  static final List<Step> STEPS = List.of(
      new Step("BCF", 1, "RESERVE", "", "", ""),
      new Step("BCF", 2, "FIRST", "HOST", "0.25", ""),
      new Step("BCF", 3, "SHARES", "", "1", ""),
      new Step("BCF", 4, "REST", "ICB", "", ""));

  static final List<Reserve> RESERVES = List.of(
      new Reserve("BCF", List.of(500_000L, 400_000L, 250_000L)),
      new Reserve("ICES", List.of(120_000L, 150_000L, 180_000L)));

  private Agreements() {}

  static void write(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "agreement_terms.csv", "arrangement", "financial_year", "forecast_method",
        "underspend", "amber_pct", "red_pct", "notify_pct")) {
      for (var t : TERMS) {
        for (var year : Periods.FINANCIAL_YEARS) {
          out.row(t.arrangement(), year, blank(t.forecastMethod()), blank(t.underspend()), blank(t.amber()),
              blank(t.red()), blank(t.notifyAt()));
        }
      }
      summary.add(out);
    }
    try (var out = CsvOut.open(dir, "risk_steps.csv", "arrangement", "financial_year", "step", "rule", "party",
        "percent", "amount")) {
      for (var year : Periods.FINANCIAL_YEARS) {
        for (var s : STEPS) {
          out.row(s.arrangement(), year, s.step(), s.rule(), s.party(), s.percent(), s.amount());
        }
      }
      summary.add(out);
    }
    try (var out = CsvOut.open(dir, "reserves.csv", "arrangement", "financial_year", "opening_balance")) {
      for (var r : RESERVES) {
        for (int y = 0; y < Periods.FINANCIAL_YEARS.size(); y++) {
          out.row(r.arrangement(), Periods.FINANCIAL_YEARS.get(y), Money.pence(r.openingPounds().get(y) * 100));
        }
      }
      summary.add(out);
    }
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }
}
