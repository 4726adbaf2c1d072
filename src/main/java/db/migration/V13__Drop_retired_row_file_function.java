package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops {@code CAREPOOL_ROW_FILE}, the bulk-load table function older carepools declared at
 * start-up, from the stores that still hold it. A Java migration rather than {@code schema/V13__…sql}
 * because Derby has no {@code DROP FUNCTION IF EXISTS}, and a fresh store never had the function.
 * Derby only: a store of another database never held it.
 */
public class V13__Drop_retired_row_file_function extends BaseJavaMigration {
  private static final String RETIRED = "CAREPOOL_ROW_FILE";

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!connection.getMetaData().getDatabaseProductName().contains("Derby") || !held(connection)) {
      return;
    }
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("DROP FUNCTION " + RETIRED);
    }
  }

  private static boolean held(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM SYS.SYSALIASES a JOIN SYS.SYSSCHEMAS s"
        + " ON a.SCHEMAID = s.SCHEMAID WHERE a.ALIAS = ? AND a.ALIASTYPE = 'F' AND s.SCHEMANAME = CURRENT SCHEMA")) {
      query.setString(1, RETIRED);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }
}
