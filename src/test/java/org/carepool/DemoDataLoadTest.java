package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carepool.demo.DemoSetup;
import org.carepool.db.Database;
import org.carepool.demo.DemoData;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.ImportResult;
import org.carepool.ingest.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo data set at scale 1 passes every import rule and gives figures for every arrangement. */
class DemoDataLoadTest {

  @Test
  void serve_demo_on_a_store_holding_data_makes_no_demo_user_and_prints_no_password(@TempDir Path dir) {
    Settings defaults = Settings.fromEnvironment(Map.of("CAREPOOL_SCHEDULES", dir.resolve("schedules").toString(),
        "CAREPOOL_SCHEDULER_NAME", "demo-" + UUID.randomUUID()));
    Settings settings = new Settings(0, dir, Database.inMemoryUrl("demo-" + UUID.randomUUID()), defaults.smtp(),
        defaults.packs());
    try (Carepool carepool = Carepool.open(settings, Clock.systemUTC())) {
      carepool.importer().load(List.of(RunningCarepool.resource("finance/lb1")), "test", ImportProgress.none());
      carepool.users().save("admin", org.carepool.security.Role.ADMIN, "the-real-one".toCharArray());
      java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
      java.io.PrintStream out = new java.io.PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8);

      List<DemoSetup.SignIn> created = carepool.demoSetup(out, ImportProgress.none()).prepare();
      DemoSetup.printSignIns(out, created);

      assertEquals(List.of(), created);
      assertTrue(carepool.users().find("viewer").isEmpty(), "no demo viewer made");
      assertTrue(carepool.users().find("analyst").isEmpty(), "no demo analyst made");
      String printed = text.toString(java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(printed.contains("no demo user is made"), printed);
      assertTrue(!printed.contains("admin-demo") && !printed.contains("viewer-demo"), printed);
    }
  }

  /** Lines less the header; the demo's files have no quoted line breaks. */
  private static long dataLines(Path file) throws java.io.IOException {
    try (var lines = java.nio.file.Files.lines(file)) {
      return lines.count() - 1;
    }
  }

  @Test
  void the_demo_data_loads_cleanly_at_scale_1_and_every_arrangement_has_figures(@TempDir Path dir) throws Exception {
    String summary = new DemoData(DemoData.DEFAULT_SEED).write(dir, 1);
    try (Database db = Database.open(Database.inMemoryUrl("demo-" + UUID.randomUUID()))) {
      ImportResult result = new Importer(db, Clock.systemUTC()).load(List.of(dir), "test", ImportProgress.none());

      assertEquals(20, result.files().size(), summary);
      Map<String, Long> rows = new java.util.HashMap<>();
      result.files().forEach(f -> rows.put(f.fileName(), f.rows()));
      long written = dataLines(dir.resolve("activity.csv"));
      assertTrue(written > 250_000, "activity rows generated: " + written);
      assertEquals(written, rows.get("activity.csv"), "every activity row written");
      assertEquals(dataLines(dir.resolve("spend.csv")), rows.get("spend.csv"), "every ledger line written");
      for (String file : List.of("agreement_terms.csv", "risk_steps.csv", "reserves.csv")) {
        assertEquals(dataLines(dir.resolve(file)), rows.get(file), file);
        assertTrue(rows.get(file) > 0, file);
      }

      IncomeExpenditureService finance = new IncomeExpenditureService(db.dsl());
      for (String arrangement : List.of("BCF", "ICES", "IC-JV", "MHA", "LDP")) {
        var statement = finance.statement(arrangement, YearMonth.of(2026, 10));
        assertEquals(7, statement.figures().monthOrdinal());
        assertTrue(statement.figures().pool().contributions().signum() > 0, arrangement + " has income");
        var figures = statement.figures();
        var reserves = figures.reserves();
        var accounted = figures.riskShare().stream().map(r -> r.amount())
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
            .add(reserves.drawn()).add(figures.unallocated()).subtract(reserves.underspendAdded())
            .subtract(reserves.ringFencedCarriedForward());
        assertEquals(figures.pool().overspend(), accounted,
            arrangement + ": partners, reserve, unallocated and ring-fenced grants account for the overspend");
      }
    }
  }
}
