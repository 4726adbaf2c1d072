package org.carepool.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the small files against the importer's rules (SPEC §3), collecting every problem. */
class ImportRulesTest {

  private static final String CODE = "[A-Z0-9-]+";
  private static final String MONEY = "-?\\d+(\\.\\d{1,2})?";
  private static final String MONTH = "20\\d\\d-(0[1-9]|1[0-2])";
  private static final String YEAR = "20\\d\\d-\\d\\d";
  private static final Set<String> CARE_TYPES = Set.of("ACUTE", "COMMUNITY_HOSPITAL", "MENTAL_HEALTH_INPATIENT",
      "CARE_HOME", "INTERMEDIATE_CARE", "REABLEMENT", "HOME_CARE", "COMMUNITY_HEALTH", "EQUIPMENT", "PRIMARY_CARE",
      "OTHER");
  private static final Set<String> DERIVED = Set.of("NEL_ADMISSIONS_PER_1000", "EMERGENCY_BED_DAYS_PER_1000_65PLUS",
      "CARE_HOME_ADMISSIONS_PER_100K_65PLUS", "INSTITUTIONAL_SHARE_75PLUS");

  @TempDir
  static Path dir;

  @BeforeAll
  static void generate() throws IOException {
    new DemoData(99).write(dir, 1);
  }

  private final List<String> problems = new ArrayList<>();

  @Test
  void every_reference_names_a_known_code_and_every_enum_month_and_amount_is_well_formed() {
    var orgs = keys("organisations.csv", "code");
    var localities = keys("localities.csv", "code");
    var arrangements = keys("arrangements.csv", "code");
    var schemes = keys("schemes.csv", "arrangement", "code");
    var kpis = keys("kpis.csv", "code");
    kpis.addAll(DERIVED);
    check("organisations.csv", r -> matches(r, "code", CODE) && in(r, "kind", Set.of("NHS_COMMISSIONER",
        "LOCAL_AUTHORITY", "NHS_PROVIDER", "OTHER")));
    check("practices.csv", r -> in(r, "locality", localities));
    check("arrangements.csv", r -> (r.get("host").isEmpty() || in(r, "host", orgs))
        && matches(r, "start_date", "\\d{4}-\\d\\d-\\d\\d") && in(r, "board", Set.of("HWB")));
    check("arrangement_localities.csv", r -> in(r, "arrangement", arrangements) && in(r, "locality", localities));
    check("agreed_shares.csv", r -> in(r, "organisation", orgs) && matches(r, "share_pct", MONEY));
    check("contributions.csv", r -> in(r, "organisation", orgs) && matches(r, "financial_year", YEAR)
        && matches(r, "amount", MONEY));
    check("schemes.csv", r -> in(r, "funder", orgs) && in(r, "care_type", CARE_TYPES)
        && in(r, "risk_class", Set.of("VARIABLE", "FIXED", "RING_FENCED")));
    check("budgets.csv", r -> inPair(r, "scheme", schemes) && matches(r, "amount", MONEY));
    check("spend.csv", r -> inPair(r, "scheme", schemes) && in(r, "organisation", orgs)
        && (r.get("locality").isEmpty() || in(r, "locality", localities)) && inRange(r) && matches(r, "amount", MONEY));
    check("forecasts.csv", r -> inPair(r, "scheme", schemes) && inRange(r) && matches(r, "forecast_outturn", MONEY));
    check("kpi_targets.csv", r -> in(r, "kpi", kpis) && in(r, "arrangement", arrangements));
    check("agreement_terms.csv", r -> in(r, "arrangement", arrangements) && matches(r, "financial_year", YEAR)
        && in(r, "forecast_method", Set.of("", "RUN_RATE", "BUDGET")) && in(r, "underspend", Set.of("", "RETURN",
        "RESERVE", "HOST")));
    check("risk_steps.csv", r -> in(r, "arrangement", arrangements) && matches(r, "financial_year", YEAR)
        && in(r, "rule", Set.of("RESERVE", "FIRST", "SHARES", "REST"))
        && (r.get("party").isEmpty() || r.get("party").equals("HOST") || in(r, "party", orgs)));
    check("reserves.csv", r -> in(r, "arrangement", arrangements) && matches(r, "opening_balance", "\\d+\\.\\d\\d"));
    check("kpi_actuals.csv", r -> in(r, "kpi", kpis) && inRange(r) && !DERIVED.contains(r.get("kpi")));
    assertEquals(List.of(), problems);
  }

  @Test
  void no_file_repeats_a_key() {
    keys("organisations.csv", "code");
    keys("practices.csv", "code");
    keys("schemes.csv", "arrangement", "code");
    keys("agreed_shares.csv", "arrangement", "organisation");
    keys("contributions.csv", "arrangement", "organisation", "financial_year");
    keys("budgets.csv", "arrangement", "scheme", "financial_year");
    keys("forecasts.csv", "arrangement", "scheme", "month");
    keys("population.csv", "practice", "year", "age_band", "sex");
    keys("kpi_targets.csv", "arrangement", "kpi", "financial_year");
    keys("kpi_actuals.csv", "arrangement", "kpi", "month");
    keys("agreement_terms.csv", "arrangement", "financial_year");
    keys("risk_steps.csv", "arrangement", "financial_year", "step");
    keys("reserves.csv", "arrangement", "financial_year");
    assertEquals(List.of(), problems);
  }

  private interface Rule {
    boolean holds(CSVRecord row);
  }

  private void check(String file, Rule rule) {
    for (var r : DemoFiles.read(dir, file)) {
      if (!rule.holds(r)) {
        problems.add(file + " line " + (r.getRecordNumber() + 1) + ": " + r.toMap());
      }
    }
  }

  /** The set of keys in a file, noting each duplicate as a problem. */
  private Set<String> keys(String file, String... columns) {
    var seen = new HashSet<String>();
    for (var r : DemoFiles.read(dir, file)) {
      var key = List.of(columns).stream().map(r::get).collect(Collectors.joining("/"));
      if (!seen.add(key)) {
        problems.add(file + " line " + (r.getRecordNumber() + 1) + ": duplicate " + key);
      }
    }
    return seen;
  }

  private static boolean in(CSVRecord r, String column, Set<String> known) {
    return known.contains(r.get(column));
  }

  private static boolean inPair(CSVRecord r, String column, Set<String> known) {
    return known.contains(r.get("arrangement") + "/" + r.get(column));
  }

  private static boolean matches(CSVRecord r, String column, String pattern) {
    return r.get(column).matches(pattern);
  }

  /** Months from the arrangements' start (2024-04) to the last month of data (2026-10). */
  private static boolean inRange(CSVRecord r) {
    var month = r.get("month");
    return month.matches(MONTH) && month.compareTo("2024-04") >= 0 && month.compareTo("2026-10") <= 0;
  }
}
