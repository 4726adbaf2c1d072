package org.carepool.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, finding 7: a store that a newer carepool has migrated (here: this jar's migrations plus a
 * V99 of "the future", applied by Flyway as the newer jar would) is refused by this carepool, naming
 * both versions, and nothing is written to it.
 */
class NewerStoreTest {

  @Test
  void an_older_carepool_refuses_a_store_migrated_by_a_newer_one_naming_both_versions(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("data");
    String url = Database.embeddedUrl(data);
    String known;
    try (Database current = Database.open(url)) {
      known = String.valueOf(current.dsl().fetchValue(
          "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"));
    }
    Path future = dir.resolve("future");
    Files.createDirectories(future);
    Files.writeString(future.resolve("V99__from_a_newer_carepool.sql"), "CREATE TABLE future_thing (id INT NOT NULL);\n");
    try (Database newer = Database.open(url)) {
      Flyway.configure().dataSource(newer.dataSource())
          .locations(append(Database.migrationLocations(url), "filesystem:" + future)).load().migrate();
    }

    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Database.open(url).close());
    assertTrue(refused.getMessage().contains("schema is at version 99"), refused.getMessage());
    assertTrue(refused.getMessage().contains("knows versions up to " + known), refused.getMessage());
    org.apache.derby.jdbc.EmbeddedDataSource derby = new org.apache.derby.jdbc.EmbeddedDataSource();
    derby.setDatabaseName(data.resolve("store").toString());
    try (var connection = derby.getConnection(); var query = connection.createStatement();
        var rows = query.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '99'")) {
      rows.next();
      assertEquals(1, rows.getInt(1), "the store is still the newer carepool's");
    }
  }

  private static String[] append(String[] locations, String more) {
    String[] all = java.util.Arrays.copyOf(locations, locations.length + 1);
    all[locations.length] = more;
    return all;
  }
}
