package org.carepool.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Income and budgets. Contributions grow by each partner's uplift in whole pounds; scheme budgets
 * split the pool by weight in pence with the remainder on the last scheme, so they equal the
 * contributions exactly unless a partner's budgetGap deliberately sets them apart.
 */
final class Ledger {

  private final Map<String, long[]> budgetPence = new HashMap<>();

  Ledger() {
    for (var a : Westshire.ARRANGEMENTS) {
      for (int y = 0; y < Periods.FINANCIAL_YEARS.size(); y++) {
        if (a.aligned()) {
          for (var p : a.partners()) {
            allocate(a, y, schemesFundedBy(a, p.org()), contributionPence(p, y) + p.budgetGap() * 100);
          }
        } else {
          allocate(a, y, a.schemes(), poolPence(a, y));
        }
      }
    }
  }

  static long contributionPence(Westshire.Partner p, int year) {
    return Math.round(p.baseContribution() * Math.pow(1 + p.uplift(), year)) * 100;
  }

  private static long poolPence(Westshire.Arrangement a, int year) {
    long pool = 0;
    for (var p : a.partners()) {
      pool += contributionPence(p, year) + p.budgetGap() * 100;
    }
    return pool;
  }

  private static List<Westshire.Scheme> schemesFundedBy(Westshire.Arrangement a, String org) {
    return a.schemes().stream().filter(s -> s.funder().equals(org)).toList();
  }

  private void allocate(Westshire.Arrangement a, int year, List<Westshire.Scheme> schemes, long total) {
    double weights = schemes.stream().mapToDouble(Westshire.Scheme::weight).sum();
    long left = total;
    for (int i = 0; i < schemes.size(); i++) {
      var s = schemes.get(i);
      long part = i == schemes.size() - 1 ? left : Math.round(total * s.weight() / weights / 100) * 100;
      budgetPence.computeIfAbsent(key(a, s), k -> new long[Periods.FINANCIAL_YEARS.size()])[year] = part;
      left -= part;
    }
  }

  private static String key(Westshire.Arrangement a, Westshire.Scheme s) {
    return a.code() + '/' + s.code();
  }

  long budgetPence(Westshire.Arrangement a, Westshire.Scheme s, int year) {
    return budgetPence.get(key(a, s))[year];
  }

  void write(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "contributions.csv", "arrangement", "organisation", "financial_year", "amount")) {
      for (var a : Westshire.ARRANGEMENTS) {
        for (var p : a.partners()) {
          for (int y = 0; y < Periods.FINANCIAL_YEARS.size(); y++) {
            out.row(a.code(), p.org(), Periods.FINANCIAL_YEARS.get(y), Money.pence(contributionPence(p, y)));
          }
        }
      }
      summary.add(out);
    }
    try (var out = CsvOut.open(dir, "budgets.csv", "arrangement", "scheme", "financial_year", "amount")) {
      for (var a : Westshire.ARRANGEMENTS) {
        for (var s : a.schemes()) {
          for (int y = 0; y < Periods.FINANCIAL_YEARS.size(); y++) {
            out.row(a.code(), s.code(), Periods.FINANCIAL_YEARS.get(y), Money.pence(budgetPence(a, s, y)));
          }
        }
      }
      summary.add(out);
    }
  }
}
