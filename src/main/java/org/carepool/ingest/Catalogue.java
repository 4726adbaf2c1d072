package org.carepool.ingest;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The codes a row may refer to: those in the store when the load began, plus those declared by
 * files checked earlier in the same load (files are checked in dependency order).
 */
final class Catalogue {
  private final Set<String> organisations = new HashSet<>();
  private final Set<String> boards = new HashSet<>();
  private final Set<String> localities = new HashSet<>();
  private final Set<String> practices = new HashSet<>();
  /** Each practice's locality, as the store will hold it once the load is written. */
  private final Map<String, String> practiceLocality = new HashMap<>();
  private final Set<String> arrangementCodes = new HashSet<>();
  /** Scheme keys as {@link #schemeKey}. */
  private final Set<String> schemes = new HashSet<>();
  private final Set<String> kpis = new HashSet<>();
  private final Set<String> derivedKpis = new HashSet<>();
  private final Map<String, Period> periods = new HashMap<>();
  private final Map<String, String> hosts = new HashMap<>();
  private final Map<String, Set<String>> contributors = new HashMap<>();
  /** Contributing organisations by {@link #yearKey}. */
  private final Map<String, Set<String>> yearContributors = new HashMap<>();
  private final Set<String> aligned = new HashSet<>();
  /** Live read-only views, made once: rows ask for them millions of times. */
  private final ReadOnly readOnly = new ReadOnly();

  private final class ReadOnly {
    final Set<String> organisations = Collections.unmodifiableSet(Catalogue.this.organisations);
    final Set<String> boards = Collections.unmodifiableSet(Catalogue.this.boards);
    final Set<String> localities = Collections.unmodifiableSet(Catalogue.this.localities);
    final Set<String> practices = Collections.unmodifiableSet(Catalogue.this.practices);
    final Set<String> arrangementCodes = Collections.unmodifiableSet(Catalogue.this.arrangementCodes);
    final Set<String> kpis = Collections.unmodifiableSet(Catalogue.this.kpis);
    final Map<String, String> practiceLocality = Collections.unmodifiableMap(Catalogue.this.practiceLocality);
  }

  /** When an arrangement runs; {@code end} null = open-ended. */
  record Period(LocalDate start, LocalDate end) {
    /** A month lies within the dates when any of its days does. */
    boolean covers(LocalDate month) {
      return !month.plusMonths(1).minusDays(1).isBefore(start) && (end == null || !month.isAfter(end));
    }

    /** A financial year (April {@code year} to March {@code year + 1}) lies within when any of its days does. */
    boolean coversYear(int year) {
      return !LocalDate.of(year + 1, 3, 31).isBefore(start) && (end == null || !LocalDate.of(year, 4, 1).isAfter(end));
    }

    @Override
    public String toString() {
      return start + (end == null ? " onwards" : " to " + end);
    }
  }

  static String schemeKey(String arrangement, String scheme) {
    return arrangement + '\u0000' + scheme;
  }

  /** Organisation codes, read-only (as for every set answered here: it changes only through this class). */
  Set<String> organisations() {
    return readOnly.organisations;
  }

  Set<String> boards() {
    return readOnly.boards;
  }

  Set<String> localities() {
    return readOnly.localities;
  }

  Set<String> practices() {
    return readOnly.practices;
  }

  Set<String> arrangementCodes() {
    return readOnly.arrangementCodes;
  }

  Set<String> kpis() {
    return readOnly.kpis;
  }

  /** Each practice's locality, read-only. */
  Map<String, String> practiceLocalities() {
    return readOnly.practiceLocality;
  }

  void organisation(String code) {
    organisations.add(code);
  }

  void board(String code) {
    boards.add(code);
  }

  void locality(String code) {
    localities.add(code);
  }

  void scheme(String arrangement, String scheme) {
    schemes.add(schemeKey(arrangement, scheme));
  }

  boolean hasScheme(String arrangement, String scheme) {
    return schemes.contains(schemeKey(arrangement, scheme));
  }

  /** True for a KPI carepool works out itself (from activity and population), which no file may set. */
  boolean isDerivedKpi(String code) {
    return derivedKpis.contains(code);
  }

  void practice(String code, String locality) {
    practices.add(code);
    if (locality != null) {
      practiceLocality.put(code, locality);
    }
  }

  /** An arrangement, its dates (null when not known), its model (null when not known) and its host (null for none). */
  void arrangement(String code, LocalDate start, LocalDate end, String model, String host) {
    arrangementCodes.add(code);
    if ("ALIGNED".equals(model)) {
      aligned.add(code);
    } else if (model != null) {
      aligned.remove(code);
    }
    if (start != null) {
      periods.put(code, new Period(start, end));
    }
    if (host != null) {
      hosts.put(code, host);
    } else {
      hosts.remove(code);
    }
  }

  Period period(String arrangement) {
    return periods.get(arrangement);
  }

  void contributor(String arrangement, String organisation, int year) {
    contributors.computeIfAbsent(arrangement, a -> new HashSet<>()).add(organisation);
    yearContributors.computeIfAbsent(yearKey(arrangement, year), k -> new HashSet<>()).add(organisation);
  }

  private static String yearKey(String arrangement, int year) {
    return arrangement + '\u0000' + year;
  }

  /** True when the arrangement is (as the store will hold it once the load is written) ALIGNED. */
  boolean isAligned(String arrangement) {
    return aligned.contains(arrangement);
  }

  /** The arrangement's host, or null for none. */
  String host(String arrangement) {
    return hosts.get(arrangement);
  }

  /** True when the organisation contributes to the arrangement in financial year {@code year}. */
  boolean contributes(String arrangement, String organisation, int year) {
    return yearContributors.getOrDefault(yearKey(arrangement, year), Set.of()).contains(organisation);
  }

  /** A partner of an arrangement: an organisation that contributes to it (in any year) or hosts it. */
  boolean isPartner(String arrangement, String organisation) {
    return organisation.equals(hosts.get(arrangement))
        || contributors.getOrDefault(arrangement, Set.of()).contains(organisation);
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

  /** Checks that financial year {@code year} overlaps the arrangement's dates, recording a problem if not. */
  void checkYearWithin(Row row, String arrangement, Integer year) {
    Period period = arrangement == null || year == null ? null : periods.get(arrangement);
    if (period != null && !period.coversYear(year)) {
      String text = row.text("financial_year");
      row.problem("financial_year", text, "financial year " + text + " is outside arrangement " + arrangement
          + "'s dates (" + period + ")");
    }
  }
}
