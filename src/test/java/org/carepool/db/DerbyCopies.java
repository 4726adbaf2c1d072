package org.carepool.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * In-memory Derby stores copied rather than built: a store backed up once to a folder, and each copy
 * restored from that backup ({@code createFrom}), which takes a fraction of making a store and running
 * Flyway's migrations on it (or of loading the demo into it).
 */
public final class DerbyCopies {
  private DerbyCopies() {}

  /** Backs the open store up under {@code folder}; the backup is the returned folder (named after the store). */
  public static Path backUp(Database db, Path folder, String storeName) {
    try (Connection connection = db.dataSource().getConnection();
        var call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
      call.setString(1, folder.toString());
      call.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("backing up the template store " + storeName + ": " + e.getMessage(), e);
    }
    return folder.resolve(storeName);
  }

  /** Creates the in-memory store {@code memoryName} from the backup; it lives as long as any in-memory store. */
  public static void restore(String memoryName, Path backup) {
    try (Connection created = DriverManager.getConnection("jdbc:derby:memory:" + memoryName + ";createFrom=" + backup)) {
      created.isValid(0);
    } catch (SQLException e) {
      throw new IllegalStateException("restoring a store from " + backup + ": " + e.getMessage(), e);
    }
  }
}
