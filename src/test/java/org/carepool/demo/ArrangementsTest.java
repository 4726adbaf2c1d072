package org.carepool.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArrangementsTest {

  @TempDir
  static Path dir;

  @BeforeAll
  static void generate() throws IOException {
    new DemoData(1).write(dir, 1);
  }

  @Test
  void every_model_and_every_risk_share_rule_appears() {
    var arrangements = DemoFiles.read(dir, "arrangements.csv");
    assertEquals(Set.of("ALIGNED", "LEAD_BODY", "JOINT_COMMISSIONING", "JOINT_VENTURE"), column(arrangements, "model"));
    assertEquals(Set.of("SHARES", "HOST", "OWN"), column(arrangements, "risk_share"));
  }

  @Test
  void the_host_is_empty_exactly_for_aligned_arrangements_which_bear_their_own_risk() {
    for (var a : DemoFiles.read(dir, "arrangements.csv")) {
      boolean aligned = a.get("model").equals("ALIGNED");
      assertEquals(aligned, a.get("host").isEmpty(), a.get("code"));
      assertTrue(!aligned || a.get("risk_share").equals("OWN"), a.get("code"));
    }
  }

  @Test
  void agreed_shares_sum_to_exactly_100_for_each_arrangement() {
    Map<String, BigDecimal> sums = new HashMap<>();
    DemoFiles.read(dir, "agreed_shares.csv")
        .forEach(r -> sums.merge(r.get("arrangement"), new BigDecimal(r.get("share_pct")), BigDecimal::add));
    assertTrue(!sums.isEmpty());
    sums.forEach((a, sum) -> assertEquals(0, sum.compareTo(BigDecimal.valueOf(100)), a));
  }

  @Test
  void at_least_one_arrangement_serves_only_some_localities() {
    var served = column(DemoFiles.read(dir, "arrangement_localities.csv"), "locality");
    var all = column(DemoFiles.read(dir, "localities.csv"), "code");
    assertTrue(!served.isEmpty() && all.containsAll(served) && served.size() < all.size());
  }

  @Test
  void budgets_match_contributions_in_some_arrangements_and_differ_in_others() {
    Map<String, BigDecimal> income = totals("contributions.csv");
    Map<String, BigDecimal> budgets = totals("budgets.csv");
    var equal = income.keySet().stream().filter(k -> income.get(k).compareTo(budgets.get(k)) == 0).count();
    assertTrue(equal > 0 && equal < income.size(), "equal in " + equal + " of " + income.size());
  }

  @Test
  void a_joint_venture_host_need_not_contribute() {
    var contributors = DemoFiles.read(dir, "contributions.csv").stream()
        .map(r -> r.get("arrangement") + "/" + r.get("organisation")).collect(Collectors.toSet());
    var hosts = DemoFiles.read(dir, "arrangements.csv").stream()
        .filter(a -> a.get("model").equals("JOINT_VENTURE"))
        .filter(a -> !contributors.contains(a.get("code") + "/" + a.get("host"))).count();
    assertTrue(hosts > 0);
  }

  @Test
  void every_scheme_is_funded_by_a_partner_that_contributes_to_its_arrangement() {
    var problems = new ArrayList<String>();
    var contributors = DemoFiles.read(dir, "contributions.csv").stream()
        .map(r -> r.get("arrangement") + "/" + r.get("organisation")).collect(Collectors.toSet());
    for (var s : DemoFiles.read(dir, "schemes.csv")) {
      if (!contributors.contains(s.get("arrangement") + "/" + s.get("funder"))) {
        problems.add(s.get("arrangement") + "/" + s.get("code") + " funded by " + s.get("funder"));
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void the_bcf_carries_a_ring_fenced_disabled_facilities_grant_and_exactly_one_fixed_line() {
    var bcf = DemoFiles.read(dir, "schemes.csv").stream().filter(r -> r.get("arrangement").equals("BCF")).toList();
    var ringFenced = bcf.stream().filter(r -> r.get("risk_class").equals("RING_FENCED")).toList();
    assertEquals(1, ringFenced.size());
    assertTrue(ringFenced.get(0).get("name").contains("Disabled Facilities Grant"));
    assertEquals(1, bcf.stream().filter(r -> r.get("risk_class").equals("FIXED")).count());
    assertEquals(Set.of("VARIABLE"), DemoFiles.read(dir, "schemes.csv").stream()
        .filter(r -> !r.get("arrangement").equals("BCF")).map(r -> r.get("risk_class")).collect(Collectors.toSet()));
  }

  @Test
  void the_bcf_ladder_draws_its_reserve_lets_the_host_absorb_a_tolerance_caps_shares_and_names_who_takes_the_rest() {
    var years = column(DemoFiles.read(dir, "contributions.csv"), "financial_year");
    for (String year : years) {
      var ladder = DemoFiles.read(dir, "risk_steps.csv").stream()
          .filter(r -> r.get("arrangement").equals("BCF") && r.get("financial_year").equals(year))
          .map(r -> r.get("step") + " " + r.get("rule") + " " + r.get("party") + " " + !r.get("percent").isEmpty())
          .toList();
      assertEquals(List.of("1 RESERVE  false", "2 FIRST HOST true", "3 SHARES  true", "4 REST ICB false"), ladder, year);
    }
    var reserves = DemoFiles.read(dir, "reserves.csv");
    assertEquals(years, reserves.stream().filter(r -> r.get("arrangement").equals("BCF"))
        .map(r -> r.get("financial_year")).collect(Collectors.toCollection(TreeSet::new)));
    assertTrue(reserves.stream().allMatch(r -> new BigDecimal(r.get("opening_balance")).signum() > 0));
  }

  @Test
  void one_arrangement_forecasts_from_its_budgets_and_one_pool_banks_its_underspend_in_its_reserve() {
    var terms = DemoFiles.read(dir, "agreement_terms.csv");
    assertEquals(Set.of("LDP"), terms.stream().filter(r -> r.get("forecast_method").equals("BUDGET"))
        .map(r -> r.get("arrangement")).collect(Collectors.toSet()));
    var banking = terms.stream().filter(r -> r.get("underspend").equals("RESERVE")).map(r -> r.get("arrangement"))
        .collect(Collectors.toSet());
    assertEquals(Set.of("ICES"), banking);
    assertTrue(DemoFiles.read(dir, "reserves.csv").stream().anyMatch(r -> r.get("arrangement").equals("ICES")));
  }

  @Test
  void analysts_forecast_in_june_september_and_december_only_so_other_months_carry_forward() {
    var months = DemoFiles.read(dir, "forecasts.csv").stream().map(r -> r.get("month").substring(5))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("06", "09", "12"), months);
  }

  /** Amount per arrangement and financial year. */
  private static Map<String, BigDecimal> totals(String file) {
    Map<String, BigDecimal> totals = new HashMap<>();
    DemoFiles.read(dir, file).forEach(r ->
        totals.merge(r.get("arrangement") + "/" + r.get("financial_year"), new BigDecimal(r.get("amount")), BigDecimal::add));
    return totals;
  }

  private static Set<String> column(List<CSVRecord> rows, String name) {
    return rows.stream().map(r -> r.get(name)).collect(Collectors.toCollection(TreeSet::new));
  }
}
