package org.carepool.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationAndActivityTest {

  private static final String YEAR = "2025";

  @TempDir
  static Path dir;

  @BeforeAll
  static void generate() throws IOException {
    new DemoData(20_240_401L).write(dir, 1);
  }

  @Test
  void total_population_is_about_a_quarter_of_a_million() {
    for (var entry : populationBy(r -> "all").entrySet()) {
      long total = entry.getValue();
      assertTrue(total >= 230_000 && total <= 270_000, entry.getKey() + ": " + total);
    }
  }

  @Test
  void between_18_and_20_percent_are_aged_65_and_over_in_every_year() {
    Map<String, Long> all = populationBy(r -> "all");
    Map<String, Long> older = populationBy(r -> lowerAge(r.get("age_band")) >= 65 ? "65+" : "under 65");
    for (var year : List.of("2024", "2025", "2026")) {
      double share = 100.0 * older.get(year + "/65+") / all.get(year + "/all");
      assertTrue(share >= 18 && share <= 20, year + ": " + share + "% aged 65+");
    }
  }

  @Test
  void older_age_bands_hold_more_women_than_men() {
    Map<String, Long> bySex = populationBy(r -> r.get("age_band") + "/" + r.get("sex"));
    for (var band : List.of("75-79", "80-84", "85+")) {
      assertTrue(bySex.get(YEAR + "/" + band + "/F") > bySex.get(YEAR + "/" + band + "/M"), band);
    }
  }

  @Test
  void non_elective_admission_rates_by_age_group_are_within_a_fifth_of_english_norms() {
    Map<String, Long> population = populationBy(r -> ageGroup(lowerAge(r.get("age_band"))));
    Map<String, Long> admissions = new HashMap<>();
    DemoFiles.forEach(dir, "activity.csv", r -> {
      if (r.get("admission_type").equals("NON_ELECTIVE") && financialYearStart(r.get("month")).equals(YEAR)) {
        admissions.merge(ageGroup(Integer.parseInt(r.get("age"))), 1L, Long::sum);
      }
    });
    var problems = new ArrayList<String>();
    for (var norm : Map.of("65-74", 150.0, "75-84", 280.0, "85+", 500.0).entrySet()) {
      double rate = 1000.0 * admissions.get(norm.getKey()) / population.get(YEAR + "/" + norm.getKey());
      if (Math.abs(rate / norm.getValue() - 1) > 0.2) {
        problems.add(norm.getKey() + ": " + rate + " per 1,000");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void activity_rows_are_well_formed_and_name_known_practices() {
    Set<String> practices = new HashSet<>();
    DemoFiles.read(dir, "practices.csv").forEach(r -> practices.add(r.get("code")));
    Set<String> ids = new HashSet<>();
    var problems = new ArrayList<String>();
    DemoFiles.forEach(dir, "activity.csv", r -> {
      String problem = activityProblem(r, practices);
      if (problem != null || !ids.add(r.get("record_id"))) {
        problems.add("line " + (r.getRecordNumber() + 1) + ": " + (problem == null ? "duplicate record_id" : problem));
      }
    });
    assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())));
  }

  @Test
  void equipment_and_telecare_are_issued_mostly_to_older_people_at_item_prices() {
    Map<String, Long> byAge = new HashMap<>();
    var problems = new ArrayList<String>();
    DemoFiles.forEach(dir, "activity.csv", r -> {
      if (r.get("setting").equals("EQUIPMENT")) {
        byAge.merge(Integer.parseInt(r.get("age")) >= 65 ? "65+" : "under 65", 1L, Long::sum);
        double cost = Double.parseDouble(r.get("cost"));
        if (cost < 40 || cost > 600) {
          problems.add(r.get("record_id") + " costs " + cost);
        }
      }
    });
    assertEquals(List.of(), problems);
    assertTrue(byAge.getOrDefault("65+", 0L) > 2 * byAge.getOrDefault("under 65", 0L), byAge.toString());
    assertTrue(byAge.getOrDefault("65+", 0L) > 1_000, byAge.toString());
  }

  @Test
  void non_elective_admissions_fall_where_the_intermediate_care_joint_venture_works_and_not_elsewhere() {
    Map<String, String> locality = new HashMap<>();
    DemoFiles.read(dir, "practices.csv").forEach(r -> locality.put(r.get("code"), r.get("locality")));
    Set<String> served = Set.of("LOC-N", "LOC-W", "LOC-C");
    Map<String, Long> people = new HashMap<>();
    for (var r : DemoFiles.read(dir, "population.csv")) {
      people.merge(r.get("year") + (served.contains(locality.get(r.get("practice"))) ? "/served" : "/other"),
          Long.parseLong(r.get("count")), Long::sum);
    }
    Map<String, Long> admissions = new HashMap<>();
    DemoFiles.forEach(dir, "activity.csv", r -> {
      String year = financialYearStart(r.get("month"));
      if (r.get("admission_type").equals("NON_ELECTIVE") && !year.equals("2026")) {
        admissions.merge(year + (served.contains(locality.get(r.get("practice"))) ? "/served" : "/other"), 1L,
            Long::sum);
      }
    });
    double served24 = rate(admissions, people, "2024/served");
    double served25 = rate(admissions, people, "2025/served");
    double other24 = rate(admissions, people, "2024/other");
    double other25 = rate(admissions, people, "2025/other");
    assertTrue(served25 < served24 * 0.985, "served: " + served24 + " → " + served25);
    assertTrue(other25 > other24 * 0.99, "elsewhere: " + other24 + " → " + other25);
  }

  /**
   * Targets come from the year before's outturn (the first year: its own), moved by at most 7% either way, and
   * some are stretches while others are relaxed: a pack then shows a mix of ratings, not all RED or all GREEN.
   */
  @Test
  void derived_targets_sit_within_seven_percent_of_the_outturn_they_are_set_from_some_above_some_below() {
    Map<String, Long> people = populationBy(r -> "all");
    Map<String, Long> admissions = new HashMap<>();
    DemoFiles.forEach(dir, "activity.csv", r -> {
      if (r.get("admission_type").equals("NON_ELECTIVE")) {
        admissions.merge(financialYearStart(r.get("month")) + "/all", 1L, Long::sum);
      }
    });
    Map<String, Double> outturn = Map.of("2024-25", rate(admissions, people, "2024/all"),
        "2025-26", rate(admissions, people, "2024/all"), "2026-27", rate(admissions, people, "2025/all"));
    var ratios = new ArrayList<Double>();
    for (var r : DemoFiles.read(dir, "kpi_targets.csv")) {
      if (r.get("kpi").equals("NEL_ADMISSIONS_PER_1000") && !r.get("arrangement").equals("IC-JV")) {
        ratios.add(Double.parseDouble(r.get("target")) / outturn.get(r.get("financial_year")));
      }
    }
    assertEquals(12, ratios.size()); // four arrangements serving every locality × three years
    assertTrue(ratios.stream().allMatch(x -> x > 0.925 && x < 1.075), ratios.toString());
    assertTrue(ratios.stream().anyMatch(x -> x < 0.99) && ratios.stream().anyMatch(x -> x > 0.995), ratios.toString());
  }

  private static double rate(Map<String, Long> counts, Map<String, Long> people, String key) {
    return 1000.0 * counts.get(key) / people.get(key);
  }

  private static String activityProblem(CSVRecord r, Set<String> practices) {
    int age = Integer.parseInt(r.get("age"));
    boolean hospital = Set.of("ACUTE", "COMMUNITY_HOSPITAL", "MENTAL_HEALTH_INPATIENT").contains(r.get("setting"));
    if (!practices.contains(r.get("practice"))) {
      return "unknown practice " + r.get("practice");
    }
    if (age < 0 || age > 105 || !Set.of("M", "F").contains(r.get("sex"))) {
      return "bad age or sex";
    }
    if (!r.get("month").matches("20\\d\\d-(0[1-9]|1[0-2])") || !r.get("cost").matches("\\d+\\.\\d\\d")) {
      return "bad month or cost";
    }
    if (Integer.parseInt(r.get("bed_days")) < 0 || hospital == r.get("site").isEmpty()) {
      return "bad bed days or site";
    }
    return null;
  }

  private interface Key {
    String of(CSVRecord row);
  }

  /** Population summed by year and a key, as "year/key". */
  private static Map<String, Long> populationBy(Key key) {
    Map<String, Long> totals = new HashMap<>();
    for (var r : DemoFiles.read(dir, "population.csv")) {
      totals.merge(r.get("year") + "/" + key.of(r), Long.parseLong(r.get("count")), Long::sum);
    }
    return totals;
  }

  private static int lowerAge(String band) {
    return Integer.parseInt(band.split("[-+]")[0]);
  }

  private static String ageGroup(int age) {
    return age < 65 ? "under 65" : age < 75 ? "65-74" : age < 85 ? "75-84" : "85+";
  }

  private static String financialYearStart(String month) {
    int year = Integer.parseInt(month.substring(0, 4));
    return Integer.toString(Integer.parseInt(month.substring(5)) >= 4 ? year : year - 1);
  }
}
