package org.carepool.ingest;

import static org.carepool.db.generated.Tables.IMPORT_BATCH;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carepool.db.Database;
import org.carepool.db.TestStores;
import org.carepool.db.generated.Tables;
import org.carepool.db.generated.tables.records.ImportBatchRecord;
import org.jooq.Table;

/** A fresh in-memory store with an importer, and what the ingest tests ask of it. */
final class TestStore implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
  static final List<Table<?>> DATA_TABLES = List.of(Tables.ORGANISATION, Tables.BOARD, Tables.LOCALITY,
      Tables.PRACTICE, Tables.ARRANGEMENT, Tables.ARRANGEMENT_LOCALITY, Tables.AGREED_SHARE, Tables.CONTRIBUTION,
      Tables.SCHEME, Tables.BUDGET, Tables.SPEND, Tables.FORECAST, Tables.POPULATION, Tables.ACTIVITY,
      Tables.ACTIVITY_MONTH, Tables.KPI, Tables.KPI_TARGET, Tables.KPI_ACTUAL, Tables.AGREEMENT_TERMS,
      Tables.RISK_STEP, Tables.POOL_RESERVE);

  final Database db = TestStores.open("t");
  final Importer importer = new Importer(db, Clock.fixed(NOW, ZoneOffset.UTC));

  static Path fixture(String name) {
    try {
      return Path.of(TestStore.class.getResource("/ingest/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An uploaded CSV made of these lines. */
  static UploadedFile csv(String name, String... lines) {
    return new UploadedFile(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  ImportResult loadValid() {
    return importer.load(List.of(fixture("valid")), "tester", ImportProgress.none());
  }

  ImportResult load(UploadedFile... files) {
    return importer.load(List.of(files), "tester", ImportProgress.none());
  }

  /** Rows in every data table (not import_batch), by table name. */
  Map<String, Integer> counts() {
    Map<String, Integer> counts = new TreeMap<>();
    DATA_TABLES.forEach(t -> counts.put(t.getName(), db.dsl().fetchCount(t)));
    return counts;
  }

  List<ImportBatchRecord> batches() {
    return db.dsl().selectFrom(IMPORT_BATCH).orderBy(IMPORT_BATCH.ID).fetch();
  }

  @Override
  public void close() {
    db.close();
  }
}
