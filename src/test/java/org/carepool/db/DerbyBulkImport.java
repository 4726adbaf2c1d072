package org.carepool.db;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Derby's own bulk import into a bare table shaped like activity.csv (no keys, no checks):
 * the baseline the import benchmark compares carepool's validated import against.
 */
public final class DerbyBulkImport {
  private static final String BARE_TABLE = "ACTIVITY_BARE";

  private final Database database;

  public DerbyBulkImport(Database database) {
    this.database = database;
  }

  /** Loads a headerless CSV file of activity rows; returns the rows loaded. */
  public long importActivity(Path headerlessCsv) throws SQLException {
    try (Connection connection = database.dataSource().getConnection()) {
      try (Statement ddl = connection.createStatement()) {
        ddl.execute("CREATE TABLE " + BARE_TABLE + " (record_id VARCHAR(40), month VARCHAR(7), patient_id VARCHAR(40),"
            + " practice VARCHAR(20), age SMALLINT, sex CHAR(1), setting VARCHAR(30), admission_type VARCHAR(15),"
            + " specialty VARCHAR(10), site VARCHAR(20), bed_days INT, cost DECIMAL(15,2))");
      }
      try (CallableStatement call = connection.prepareCall(
          "CALL SYSCS_UTIL.SYSCS_IMPORT_TABLE(NULL, ?, ?, ',', '\"', 'UTF-8', 0)")) {
        call.setString(1, BARE_TABLE);
        call.setString(2, headerlessCsv.toAbsolutePath().toString());
        call.execute();
      }
      try (Statement count = connection.createStatement(); var rows = count.executeQuery("SELECT COUNT(*) FROM " + BARE_TABLE)) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
