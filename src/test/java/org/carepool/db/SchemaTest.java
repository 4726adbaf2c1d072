package org.carepool.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.carepool.db.generated.DefaultSchema;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.ForeignKey;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** schema/ applies to a fresh store and the store holds exactly what jOOQ was generated from. */
class SchemaTest {

  @Test
  void schema_applies_to_a_fresh_store_and_matches_the_generated_classes() {
    try (Database db = Database.open(Database.inMemoryUrl("schema-" + UUID.randomUUID()))) {
      List<String> problems = new ArrayList<>();
      Set<String> constraintsInStore = new TreeSet<>(db.dsl()
          .select(DSL.field("CONSTRAINTNAME", String.class))
          .from(DSL.table("SYS.SYSCONSTRAINTS"))
          .fetch(r -> r.value1()));
      for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
        if (!tableExists(db, table)) {
          problems.add("table " + table.getName() + " is generated but missing from the store");
          continue;
        }
        for (UniqueKey<?> key : table.getKeys()) {
          expectConstraint(constraintsInStore, key.getName(), table, problems);
        }
        for (ForeignKey<?, ?> key : table.getReferences()) {
          expectConstraint(constraintsInStore, key.getName(), table, problems);
        }
      }
      assertEquals(List.of(), problems, "schema/ and the generated classes disagree");
    }
  }

  @Test
  void derived_kpis_are_built_in() {
    try (Database db = Database.open(Database.inMemoryUrl("schema-" + UUID.randomUUID()))) {
      var codes = db.dsl().select(org.carepool.db.generated.Tables.KPI.CODE).from(org.carepool.db.generated.Tables.KPI)
          .where(org.carepool.db.generated.Tables.KPI.DERIVED.isTrue()).fetchSet(r -> r.value1());
      assertEquals(Set.of("NEL_ADMISSIONS_PER_1000", "EMERGENCY_BED_DAYS_PER_1000_65PLUS",
          "CARE_HOME_ADMISSIONS_PER_100K_65PLUS", "INSTITUTIONAL_SHARE_75PLUS"), codes);
    }
  }

  @Test
  void reopening_an_existing_store_applies_nothing_twice(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String url = Database.embeddedUrl(dir);
    try (Database first = Database.open(url)) {
      assertTrue(first.dsl().fetchCount(org.carepool.db.generated.Tables.KPI) > 0);
    }
    try (Database again = Database.open(url)) {
      assertEquals(4, again.dsl().fetchCount(org.carepool.db.generated.Tables.KPI));
    }
  }

  @Test
  void a_store_made_before_v8_migrates_and_then_refuses_a_month_that_is_not_a_first_day() {
    String url = Database.inMemoryUrl("v7-" + UUID.randomUUID());
    org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations(Database.migrationLocations(url))
        .target("7").load().migrate();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
         java.sql.Statement sql = c.createStatement()) {
      sql.execute("INSERT INTO import_batch (entity, file_name, sha256, loaded_by, loaded_at, row_count, outcome,"
          + " problem_count) VALUES ('activity', 'activity.csv', '', 'test', CURRENT_TIMESTAMP, 1, 'LOADED', 0)");
      sql.execute("INSERT INTO activity VALUES ('R1', '2025-04-01', 'P', 'P1', 70, 'M', 'ACUTE', 'NONE', NULL,"
          + " NULL, 0, 10.00, 1)");
      sql.execute("INSERT INTO activity_month VALUES ('2025-04-01', 1, 1)");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }

    try (Database db = Database.open(url)) {
      assertEquals(1, db.dsl().fetchCount(org.carepool.db.generated.Tables.ACTIVITY));
      org.jooq.exception.DataAccessException refused = org.junit.jupiter.api.Assertions.assertThrows(
          org.jooq.exception.DataAccessException.class, () -> db.dsl().execute("INSERT INTO activity VALUES ('R2',"
              + " '2025-04-15', 'P', 'P1', 70, 'M', 'ACUTE', 'NONE', NULL, NULL, 0, 10.00, 1)"));
      assertTrue(refused.getMessage().contains("CK_ACTIVITY_MONTH"), refused.getMessage());
      assertTrue(db.dsl().fetchExists(DSL.selectOne().from(DSL.table("SYS.SYSCONSTRAINTS"))
          .where(DSL.field("CONSTRAINTNAME", String.class).eq("CK_FORECAST_OUTTURN"))));
    }
  }

  private static boolean tableExists(Database db, Table<?> table) {
    return db.dsl().fetchExists(DSL.selectOne().from(DSL.table("SYS.SYSTABLES"))
        .where(DSL.field("TABLENAME", String.class).eq(table.getName())));
  }

  private static void expectConstraint(Set<String> inStore, String name, Table<?> table, List<String> problems) {
    if (!inStore.contains(name)) {
      problems.add("constraint " + name + " of " + table.getName() + " is generated but not in the store (unnamed in schema/?)");
    }
  }
}
