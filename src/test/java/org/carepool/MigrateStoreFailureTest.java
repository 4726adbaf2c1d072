package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carepool.db.Database;
import org.carepool.db.TestStores;
import org.carepool.db.generated.DefaultSchema;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 item 4, "a failure leaves the target empty": {@code migrate-store} into a PostgreSQL database
 * that fails the copy part-way (a trigger refusing one table's rows, after its parents were copied), or
 * that corrupts a money table as it is written (so the copy's checksum does not match the source's), ends
 * with a sentence and leaves every table of the target as it was; once the fault is gone, the same command
 * copies everything. The PostgreSQL pass runs it (the Derby pass has no PostgreSQL to copy into).
 */
@EnabledIfSystemProperty(named = TestStores.PROPERTY, matches = "postgres")
class MigrateStoreFailureTest {
  @TempDir
  Path dir;

  private Path data;
  private String target;

  @BeforeEach
  void derbyStoreWithDataAndAMigratedEmptyTarget() throws Exception {
    data = dir.resolve("data");
    try (Database derby = Database.open(Database.embeddedUrl(data))) {
      new Importer(derby, Clock.systemUTC()).load(List.of(fixture()), "tester", ImportProgress.none());
    }
    target = TestStores.emptyPostgresUrl("migrate-fails");
    try (Database migrated = Database.open(target)) {
      migrated.dsl().execute("CREATE FUNCTION fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
          + " IF TG_ARGV[0] = 'refuse' THEN RAISE EXCEPTION 'the test refuses % rows', TG_TABLE_NAME; END IF;"
          + " NEW.amount := NEW.amount + 0.01; RETURN NEW; END $$");
    }
  }

  @Test
  void a_copy_refused_part_way_leaves_every_table_of_the_target_as_it_was() {
    fault("spend", "refuse");
    Map<String, Integer> before = rowCounts();

    MigrateStoreTest.Result failed = migrate();

    assertEquals(1, failed.exit(), failed.output());
    assertTrue(failed.output().contains("migrate-store stopped and left") && failed.output().contains("as it found it")
        && failed.output().contains("the test refuses spend rows"), failed.output());
    assertEquals(before, rowCounts(), "the tables copied before spend (boards, organisations, batches…) rolled back");
    assertTrue(before.get("import_batch") == 0 && before.get("spend") == 0, before.toString());

    removeFault("spend");
    MigrateStoreTest.Result copied = migrate();
    assertEquals(0, copied.exit(), copied.output());
    assertTrue(rowCounts().get("spend") > 0, copied.output());
  }

  @Test
  void a_copy_whose_money_does_not_check_out_is_rolled_back_before_it_commits() {
    fault("spend", "add a penny");
    Map<String, Integer> before = rowCounts();

    MigrateStoreTest.Result failed = migrate();

    assertEquals(1, failed.exit(), failed.output());
    assertTrue(failed.output().contains("spend: the copy's checksum"), failed.output());
    assertTrue(failed.output().contains("as it found it"), failed.output());
    assertEquals(before, rowCounts(), "nothing of the copy kept: the check ran before the commit");

    removeFault("spend");
    assertEquals(0, migrate().exit());
  }

  private void fault(String table, String how) {
    try (Database db = Database.open(target)) {
      db.dsl().execute("CREATE TRIGGER fault BEFORE INSERT ON " + table + " FOR EACH ROW EXECUTE FUNCTION fault('"
          + how + "')");
    }
  }

  private void removeFault(String table) {
    try (Database db = Database.open(target)) {
      db.dsl().execute("DROP TRIGGER fault ON " + table);
    }
  }

  /** Every carepool table's rows in the target (the migrations seed a few: the derived KPIs). */
  private Map<String, Integer> rowCounts() {
    Map<String, Integer> counts = new TreeMap<>();
    try (Database db = Database.open(target)) {
      for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
        counts.put(table.getName().toLowerCase(), db.dsl().fetchCount(table));
      }
    }
    return counts;
  }

  private MigrateStoreTest.Result migrate() {
    return MigrateStoreTest.migrate(data, target);
  }

  private static Path fixture() throws URISyntaxException {
    return Path.of(MigrateStoreFailureTest.class.getResource("/ingest/valid").toURI());
  }
}
