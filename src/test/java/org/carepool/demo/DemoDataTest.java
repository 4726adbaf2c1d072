package org.carepool.demo;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {

  static final Map<String, String> HEADERS = Map.ofEntries(
      entry("organisations.csv", "code,name,kind"),
      entry("boards.csv", "code,name"),
      entry("localities.csv", "code,name,partnership"),
      entry("practices.csv", "code,name,locality"),
      entry("arrangements.csv", "code,name,board,model,host,start_date,end_date,risk_share,legal_basis"),
      entry("arrangement_localities.csv", "arrangement,locality"),
      entry("agreed_shares.csv", "arrangement,organisation,share_pct"),
      entry("contributions.csv", "arrangement,organisation,financial_year,amount"),
      entry("schemes.csv", "arrangement,code,name,care_type,funder,risk_class"),
      entry("budgets.csv", "arrangement,scheme,financial_year,amount"),
      entry("spend.csv", "arrangement,scheme,month,amount,organisation,locality"),
      entry("forecasts.csv", "arrangement,scheme,month,forecast_outturn"),
      entry("agreement_terms.csv", "arrangement,financial_year,forecast_method,underspend,amber_pct,red_pct,notify_pct"),
      entry("risk_steps.csv", "arrangement,financial_year,step,rule,party,percent,amount"),
      entry("reserves.csv", "arrangement,financial_year,opening_balance"),
      entry("population.csv", "practice,year,age_band,sex,count"),
      entry("activity.csv",
          "record_id,month,patient_id,practice,age,sex,setting,admission_type,specialty,site,bed_days,cost"),
      entry("kpis.csv", "code,name,unit,better"),
      entry("kpi_targets.csv", "arrangement,kpi,financial_year,target"),
      entry("kpi_actuals.csv", "arrangement,kpi,month,value"),
      entry("arrangement_kpis.csv", "arrangement,kpi"),
      entry("kpi_benchmarks.csv", "kpi,financial_year,label,value"));

  @TempDir
  Path tmp;

  @Test
  void the_same_seed_and_scale_write_identical_bytes() throws IOException {
    new DemoData(7).write(tmp.resolve("a"), 1);
    new DemoData(7).write(tmp.resolve("b"), 1);
    for (var file : HEADERS.keySet()) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(file)),
          Files.readAllBytes(tmp.resolve("b").resolve(file)), file);
    }
  }

  @Test
  void a_different_seed_writes_different_activity() throws IOException {
    new DemoData(7).write(tmp.resolve("a"), 1);
    new DemoData(8).write(tmp.resolve("b"), 1);
    assertTrue(Files.mismatch(tmp.resolve("a/activity.csv"), tmp.resolve("b/activity.csv")) >= 0);
  }

  @Test
  void every_file_is_written_with_its_exact_header_and_nothing_else() throws IOException {
    new DemoData(7).write(tmp, 1);
    var problems = new ArrayList<String>();
    for (var entry : HEADERS.entrySet()) {
      var header = String.join(",", DemoFiles.header(tmp, entry.getKey()));
      if (!header.equals(entry.getValue())) {
        problems.add(entry.getKey() + ": " + header);
      }
    }
    try (var files = Files.list(tmp)) {
      files.map(p -> p.getFileName().toString()).filter(f -> !HEADERS.containsKey(f))
          .forEach(f -> problems.add("unexpected file " + f));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void the_summary_names_every_file() throws IOException {
    String summary = new DemoData(7).write(tmp, 1);
    HEADERS.keySet().forEach(file -> assertTrue(summary.contains(file), file));
  }

  @Test
  void scale_two_roughly_doubles_population_and_activity_rows() throws IOException {
    new DemoData(7).write(tmp.resolve("one"), 1);
    new DemoData(7).write(tmp.resolve("two"), 2);
    for (var file : List.of("practices.csv", "population.csv", "activity.csv")) {
      double ratio = (double) DemoFiles.rows(tmp.resolve("two"), file) / DemoFiles.rows(tmp.resolve("one"), file);
      assertTrue(ratio > 1.9 && ratio < 2.1, file + " grew by " + ratio);
    }
  }

  @Test
  void activity_at_scale_one_holds_between_150_and_300_thousand_rows() throws IOException {
    new DemoData(7).write(tmp, 1);
    long rows = DemoFiles.rows(tmp, "activity.csv");
    assertTrue(rows >= 150_000 && rows <= 300_000, "activity rows: " + rows);
  }
}
