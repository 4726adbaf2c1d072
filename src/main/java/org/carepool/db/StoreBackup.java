package org.carepool.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.derby.iapi.jdbc.AutoloadedDriver;

/**
 * Copies of the embedded store. A backup is Derby's online backup
 * ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}): it runs inside the process that holds the store, while
 * it serves, and gives a consistent copy (writes wait for it). A restore makes a new store from such
 * a copy ({@code createFrom}). PostgreSQL has its own tools (README): on it, a backup holds a note
 * saying so instead of the store.
 */
public final class StoreBackup {
  /** The backed-up store's folder name inside a backup. */
  public static final String STORE = "store";
  private static final String POSTGRES_NOTE = "POSTGRESQL.txt";

  private StoreBackup() {}

  /** Copies the store into {@code folder}/store; {@code folder} exists and holds no {@code store} yet. */
  public static void backup(Database database, Path folder) {
    StoreUrl url = database.url();
    if (!url.isEmbeddedDerby()) {
      notePostgres(folder, url);
      return;
    }
    Path staging = folder.resolve("derby-backup");
    try (Connection c = database.dataSource().getConnection();
         CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
      Files.createDirectories(staging);
      call.setString(1, staging.toAbsolutePath().toString());
      call.execute();
      Files.move(only(staging), folder.resolve(STORE));
      Files.delete(staging);
    } catch (SQLException e) {
      throw new IllegalStateException("the store could not be backed up: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("the backup could not be written to " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * A PostgreSQL store is backed up by PostgreSQL's own tools (pg_dump, pg_basebackup), which its
   * operators already run: the backup says so in place of a copy, and holds the pack archive as ever.
   */
  private static void notePostgres(Path folder, StoreUrl url) {
    try {
      Files.createDirectories(folder.resolve(STORE));
      Files.writeString(folder.resolve(STORE).resolve(POSTGRES_NOTE), "The store is PostgreSQL (" + url.display()
          + "); this backup holds no copy of it: back it up with pg_dump or pg_basebackup (README).\n");
    } catch (IOException e) {
      throw new UncheckedIOException("the backup could not be written to " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Makes the store {@code dataDir}/store from a backup's {@code store} folder; the store must not exist. */
  public static void restore(Path backupStore, Path dataDir) {
    if (Files.exists(backupStore.resolve(POSTGRES_NOTE))) {
      throw new IllegalStateException(backupStore.getParent() + " was made on a PostgreSQL store and holds no copy"
          + " of it: restore PostgreSQL from its own backup (pg_restore), then copy the packs/ folder");
    }
    Path target = dataDir.resolve(STORE).toAbsolutePath();
    String url = "jdbc:derby:" + target + ";createFrom=" + backupStore.toAbsolutePath();
    try (Connection ignored = new AutoloadedDriver().connect(url, new Properties())) {
      // createFrom has copied the backup into place; the store is shut down below
    } catch (SQLException e) {
      throw new IllegalStateException("the store could not be restored from " + backupStore + ": " + e.getMessage(), e);
    }
    StoreUrl.parse("jdbc:derby:" + target).shutdown();
  }

  /** Derby names the copy after the store (its last path element, or an in-memory name): take whatever it made. */
  private static Path only(Path staging) throws IOException {
    try (Stream<Path> made = Files.list(staging)) {
      List<Path> all = made.toList();
      if (all.size() != 1) {
        throw new IOException("expected one folder from Derby's backup in " + staging + ", found " + all);
      }
      return all.get(0);
    }
  }
}
