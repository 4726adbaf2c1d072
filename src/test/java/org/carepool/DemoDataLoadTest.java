package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
  void the_demo_data_loads_cleanly_at_scale_1_and_every_arrangement_has_figures(@TempDir Path dir) throws Exception {
    String summary = new DemoData(DemoData.DEFAULT_SEED).write(dir, 1);
    try (Database db = Database.open(Database.inMemoryUrl("demo-" + UUID.randomUUID()))) {
      ImportResult result = new Importer(db, Clock.systemUTC()).load(List.of(dir), "test", ImportProgress.none());

      assertEquals(17, result.files().size(), summary);
      Map<String, Long> rows = new java.util.HashMap<>();
      result.files().forEach(f -> rows.put(f.fileName(), f.rows()));
      long written;
      try (var lines = java.nio.file.Files.lines(dir.resolve("activity.csv"))) {
        written = lines.count() - 1; // less the header; the demo's activity has no quoted line breaks
      }
      assertTrue(written > 250_000, "activity rows generated: " + written);
      assertEquals(written, rows.get("activity.csv"), "every activity row written");
      assertEquals(2_463L, rows.get("spend.csv"), "every ledger line written");

      IncomeExpenditureService finance = new IncomeExpenditureService(db.dsl());
      for (String arrangement : List.of("BCF", "ICES", "IC-JV", "MHA", "LDP")) {
        var statement = finance.statement(arrangement, YearMonth.of(2026, 10));
        assertEquals(7, statement.figures().monthOrdinal());
        assertTrue(statement.figures().pool().contributions().signum() > 0, arrangement + " has income");
        var riskTotal = statement.figures().riskShare().stream().map(r -> r.amount())
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertEquals(statement.figures().pool().overspend(), riskTotal, arrangement + ": risk shares sum to the overspend");
      }
    }
  }
}
