package org.carepool.ingest;

import static org.carepool.db.generated.Tables.SCHEME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.carepool.db.Database;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A store made before risk classes (schema V11) migrates: its schemes become VARIABLE, so its
 * figures carry on, and a schemes.csv in the old format (no risk_class column) still loads.
 */
class StoreBeforeRiskClassesTest {

  @Test
  void a_v11_store_migrates_its_schemes_to_variable_and_still_loads_an_old_format_schemes_file() throws SQLException {
    String url = Database.inMemoryUrl("v11-" + UUID.randomUUID());
    Flyway.configure().dataSource(url, null, null).locations(Database.migrationLocations(url)).target("11").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement sql = c.createStatement()) {
      sql.execute("INSERT INTO import_batch (entity, file_name, sha256, loaded_by, loaded_at, row_count, outcome,"
          + " problem_count) VALUES ('scheme', 'schemes.csv', '', 'test', CURRENT_TIMESTAMP, 1, 'LOADED', 0)");
      sql.execute("INSERT INTO organisation (code, name, kind, import_batch) VALUES ('LA', 'Council', 'LOCAL_AUTHORITY', 1)");
      sql.execute("INSERT INTO board (code, name, import_batch) VALUES ('HWB', 'Board', 1)");
      sql.execute("INSERT INTO arrangement (code, name, board, model, host, start_date, risk_share, import_batch)"
          + " VALUES ('LB1', 'Pool', 'HWB', 'LEAD_BODY', 'LA', '2025-04-01', 'SHARES', 1)");
      sql.execute("INSERT INTO scheme (arrangement, code, name, care_type, funder, import_batch)"
          + " VALUES ('LB1', 'S1', 'Home care', 'HOME_CARE', 'LA', 1)");
    }

    try (Database db = Database.open(url)) {
      new Importer(db, Clock.systemUTC()).load(List.of(TestStore.csv("schemes.csv",
          "arrangement,code,name,care_type,funder", "LB1,S2,Equipment,EQUIPMENT,LA")), "tester", ImportProgress.none());

      assertEquals(List.of("S1 VARIABLE", "S2 VARIABLE"), db.dsl().select(SCHEME.CODE, SCHEME.RISK_CLASS).from(SCHEME)
          .orderBy(SCHEME.CODE).fetch(r -> r.value1() + " " + r.value2()));
    }
  }
}
