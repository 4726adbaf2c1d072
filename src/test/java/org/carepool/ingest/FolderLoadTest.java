package org.carepool.ingest;

import static org.carepool.db.generated.Tables.ACTIVITY;
import static org.carepool.db.generated.Tables.ORGANISATION;
import static org.carepool.db.generated.Tables.SPEND;
import static org.carepool.ingest.TestStore.csv;
import static org.carepool.ingest.TestStore.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.carepool.db.generated.tables.records.ImportBatchRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Loading whole folders: dependency order, one transaction, the import_batch audit trail. */
class FolderLoadTest {
  private final TestStore store = new TestStore();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void a_valid_folder_loads_all_20_files_in_dependency_order() {
    ImportResult result = store.loadValid();

    List<String> entities = result.files().stream().map(LoadedFile::entity).toList();
    assertEquals(List.of("organisation", "board", "locality", "practice", "arrangement", "arrangement_locality",
        "contribution", "agreed_share", "scheme", "budget", "spend", "forecast", "agreement_terms", "risk_step",
        "pool_reserve", "population", "activity", "kpi", "kpi_target", "kpi_actual"), entities);
    Map<String, Integer> counts = store.counts();
    assertEquals(3, counts.get("ORGANISATION"));
    assertEquals(5, counts.get("SPEND"));
    assertEquals(4, counts.get("ACTIVITY"));
    assertEquals(2, counts.get("ACTIVITY_MONTH"));
    assertEquals(5, counts.get("KPI"), "4 built-in + 1 imported");
    assertEquals(new BigDecimal("-500.00"), store.db.dsl().select(SPEND.AMOUNT).from(SPEND)
        .where(SPEND.AMOUNT.lt(BigDecimal.ZERO)).fetchOne(SPEND.AMOUNT), "credits are allowed in spend");
  }

  @Test
  void each_file_gets_a_loaded_import_batch_with_sha256_rows_and_who_and_when() throws Exception {
    ImportResult result = store.loadValid();

    List<ImportBatchRecord> batches = store.batches();
    assertEquals(20, batches.size());
    ImportBatchRecord spend = batches.stream().filter(b -> b.getEntity().equals("spend")).findFirst().orElseThrow();
    byte[] bytes = Files.readAllBytes(fixture("valid").resolve("spend.csv"));
    assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), spend.getSha256());
    assertEquals("spend.csv", spend.getFileName());
    assertEquals(5, spend.getRowCount());
    assertEquals("LOADED", spend.getOutcome());
    assertEquals(0, spend.getProblemCount());
    assertEquals("tester", spend.getLoadedBy());
    assertEquals(LocalDateTime.of(2026, 1, 15, 10, 0), spend.getLoadedAt());
    long spendBatch = result.files().get(10).importBatch();
    assertEquals(spend.getId(), spendBatch);
    assertEquals(5, store.db.dsl().fetchCount(SPEND, SPEND.IMPORT_BATCH.eq(spendBatch)));
  }

  @Test
  void a_bad_file_late_in_a_folder_leaves_none_of_the_earlier_files_rows() {
    ImportRejected rejected = assertThrows(ImportRejected.class,
        () -> store.importer.load(List.of(fixture("bad-late")), "tester", ImportProgress.none()));

    assertEquals(List.of("kpi_actuals.csv line 3, column kpi: 'NEL_ADMISSIONS_PER_1000' is derived from activity "
        + "and population; actuals cannot be imported"), rejected.problems().stream().map(Problem::toString).toList());
    store.counts().forEach((table, rows) -> assertEquals(table.equals("KPI") ? 4 : 0, rows, table));
    List<ImportBatchRecord> batches = store.batches();
    assertEquals(20, batches.size(), "every file of the load is on record");
    assertTrue(batches.stream().allMatch(b -> b.getOutcome().equals("REJECTED")));
    ImportBatchRecord kpiActuals = batches.get(19);
    assertEquals(1, kpiActuals.getProblemCount());
    assertEquals(2, kpiActuals.getRowCount());
    assertEquals(0, batches.get(0).getProblemCount());
  }

  @Test
  void a_bad_risk_step_in_a_folder_leaves_no_row_of_any_file_before_or_after_it() {
    ImportRejected rejected = assertThrows(ImportRejected.class,
        () -> store.importer.load(List.of(fixture("bad-steps")), "tester", ImportProgress.none()));

    assertEquals(List.of("risk_steps.csv line 3, column rule: REST takes all that remains, so it must be the last step;"
        + " step 2 of LB1 2025-26 is followed by step 3"), rejected.problems().stream().map(Problem::toString).toList());
    store.counts().forEach((table, rows) -> assertEquals(table.equals("KPI") ? 4 : 0, rows, table));
    List<ImportBatchRecord> batches = store.batches();
    assertEquals(20, batches.size(), "every file of the load is on record");
    assertTrue(batches.stream().allMatch(b -> b.getOutcome().equals("REJECTED")));
    assertEquals(List.of("risk_step"), batches.stream().filter(b -> b.getProblemCount() > 0)
        .map(ImportBatchRecord::getEntity).toList());
  }

  @Test
  void codes_declared_by_an_earlier_file_of_the_same_load_are_known_to_later_files() {
    store.loadValid();
    store.load(csv("schemes.csv", "arrangement,code,name,care_type,funder", "LB1,S3,Equipment,EQUIPMENT,JV"),
        csv("organisations.csv", "code,name,kind", "JV,Joint venture,OTHER"));

    assertEquals(1, store.db.dsl().fetchCount(ORGANISATION, ORGANISATION.CODE.eq("JV")));
  }

  @Test
  void reference_data_is_updated_in_place_never_deleted() {
    store.loadValid();
    store.load(csv("organisations.csv", "code,name,kind", "CCG,North and East ICB,NHS_COMMISSIONER"));

    assertEquals("North and East ICB", store.db.dsl().select(ORGANISATION.NAME).from(ORGANISATION)
        .where(ORGANISATION.CODE.eq("CCG")).fetchOne(ORGANISATION.NAME));
    assertEquals(3, store.db.dsl().fetchCount(ORGANISATION), "organisations not in the file stay");
  }

  @Test
  void an_unknown_file_name_among_paths_rejects_the_whole_load(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path typo = Files.writeString(dir.resolve("organisation.csv"), "code,name,kind\nX,Ex,OTHER\n");
    Path good = Files.copy(fixture("valid").resolve("boards.csv"), dir.resolve("boards.csv"));

    ImportRejected rejected = assertThrows(ImportRejected.class,
        () -> store.importer.load(List.of(good, typo), "tester", ImportProgress.none()));

    Problem problem = rejected.problems().get(0);
    assertEquals(new Problem("organisation.csv", 0, "", "organisation.csv", "'organisation.csv' is not a carepool"
        + " import file name; expected one of " + FileKind.expectedNames() + " (a name may go on after -, _ or ., e.g."
        + " spend-2025-09.csv)"), problem);
    assertEquals(0, store.counts().get("BOARD"));
    assertEquals(List.of("board", "unknown"), store.batches().stream().map(ImportBatchRecord::getEntity).toList());
  }

  @Test
  void uploaded_files_load_like_files_on_disk() throws Exception {
    List<UploadedFile> uploads = new ArrayList<>();
    try (var files = Files.list(fixture("valid"))) {
      for (Path file : files.toList()) {
        uploads.add(new UploadedFile(file.getFileName().toString(), Files.readAllBytes(file)));
      }
    }

    ImportResult result = store.importer.load(uploads, "web-user", ImportProgress.none());

    assertEquals(20, result.files().size());
    assertEquals(4, store.db.dsl().fetchCount(ACTIVITY));
    assertTrue(store.batches().stream().allMatch(b -> b.getLoadedBy().equals("web-user")));
  }

  @Test
  void progress_is_reported_per_file() {
    List<String> seen = new ArrayList<>();
    store.importer.load(List.of(fixture("valid")), "tester", (file, rows) -> seen.add(file + "=" + rows));

    assertTrue(seen.contains("activity.csv=4"), seen.toString());
  }
}
