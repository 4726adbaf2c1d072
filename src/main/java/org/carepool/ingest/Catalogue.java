package org.carepool.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The codes a row may refer to: those in the store when the load began, plus those declared by
 * files checked earlier in the same load (files are checked in dependency order).
 */
final class Catalogue {
  final Set<String> organisations = new HashSet<>();
  final Set<String> boards = new HashSet<>();
  final Set<String> localities = new HashSet<>();
  final Set<String> practices = new HashSet<>();
  /** Each practice's locality, as the store will hold it once the load is written. */
  final Map<String, String> practiceLocality = new HashMap<>();
  final Set<String> arrangementCodes = new HashSet<>();
  /** Scheme keys as {@link #schemeKey}. */
  final Set<String> schemes = new HashSet<>();
  final Set<String> kpis = new HashSet<>();
  final Set<String> derivedKpis = new HashSet<>();
  private final Map<String, Period> periods = new HashMap<>();

  /** When an arrangement runs; {@code end} null = open-ended. */
  record Period(LocalDate start, LocalDate end) {
    boolean covers(LocalDate month) {
      return !month.plusMonths(1).minusDays(1).isBefore(start) && (end == null || !month.isAfter(end));
    }

    @Override
    public String toString() {
      return start + (end == null ? " onwards" : " to " + end);
    }
  }

  static String schemeKey(String arrangement, String scheme) {
    return arrangement + '\u0000' + scheme;
  }

  void arrangement(String code, LocalDate start, LocalDate end) {
    arrangementCodes.add(code);
    if (start != null) {
      periods.put(code, new Period(start, end));
    }
  }

  void practice(String code, String locality) {
    practices.add(code);
    if (locality != null) {
      practiceLocality.put(code, locality);
    }
  }

  void kpi(String code, boolean derived) {
    kpis.add(code);
    if (derived) {
      derivedKpis.add(code);
    }
  }

  /** Checks that {@code month} lies within the arrangement's dates, recording a problem if not. */
  void checkMonthWithin(Row row, String arrangement, LocalDate month) {
    Period period = arrangement == null || month == null ? null : periods.get(arrangement);
    if (period != null && !period.covers(month)) {
      row.problem("month", row.text("month"), "month " + row.text("month") + " is outside arrangement "
          + arrangement + "'s dates (" + period + ")");
    }
  }
}
