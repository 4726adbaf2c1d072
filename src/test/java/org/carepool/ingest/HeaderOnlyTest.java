package org.carepool.ingest;

import static org.carepool.ingest.TestStore.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.carepool.db.generated.tables.records.ImportBatchRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A file holding only its header row is valid (SPEC §3 asks for a header, not for rows): every
 * kind loads it as no rows, on record, changing nothing. And a load that fails for a reason that is
 * not a problem of its files is recorded and answered like a rejection, not a crash.
 */
class HeaderOnlyTest {
  private final TestStore store = new TestStore();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void a_folder_of_header_only_files_of_every_kind_loads_as_no_rows_into_an_empty_store() {
    ImportResult result = store.importer.load(List.of(fixture("header-only")), "tester", ImportProgress.none());

    assertEquals(20, result.files().size());
    result.files().forEach(file -> assertEquals(0, file.rows(), file.fileName()));
    assertEquals("no rows (a header only): no month replaced",
        result.files().stream().filter(f -> f.entity().equals("activity")).findFirst().orElseThrow().replaced());
    store.counts().forEach((table, rows) -> assertEquals(table.equals("KPI") ? 4 : 0, rows, table));
    List<ImportBatchRecord> batches = store.batches();
    assertEquals(20, batches.size());
    assertTrue(batches.stream().allMatch(b -> b.getOutcome().equals("LOADED") && b.getRowCount() == 0));
  }

  @Test
  void header_only_files_over_loaded_data_change_nothing() {
    store.loadValid();
    Map<String, Integer> before = store.counts();

    store.importer.load(List.of(fixture("header-only")), "tester", ImportProgress.none());

    assertEquals(before, store.counts());
  }

  @Test
  void a_load_that_fails_in_the_store_is_recorded_as_rejected_and_named_not_thrown_raw() {
    store.loadValid();
    store.db.dsl().execute("DROP TABLE kpi_actual");

    ImportRejected rejected = assertThrows(ImportRejected.class, () -> store.load(TestStore.csv("kpi_actuals.csv",
        "arrangement,kpi,month,value", "LB1,DTOC_DAYS,2025-05,99.5")));

    String problem = rejected.problems().get(0).toString();
    assertTrue(problem.startsWith("kpi_actuals.csv: could not be loaded, nothing was written: "), problem);
    assertTrue(problem.toUpperCase(java.util.Locale.ROOT).contains("KPI_ACTUAL"), problem);
    ImportBatchRecord last = store.batches().get(store.batches().size() - 1);
    assertEquals("REJECTED", last.getOutcome());
    assertEquals(1, last.getRowCount());
    assertTrue(last.getProblems().contains("could not be loaded"), last.getProblems());
  }
}
