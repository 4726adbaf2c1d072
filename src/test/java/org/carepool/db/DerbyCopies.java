package org.carepool.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * In-memory Derby stores copied rather than built: a store backed up once to a folder, and each copy
 * restored from that backup ({@code createFrom}), which takes a fraction of making a store and running
 * Flyway's migrations on it (or of loading the demo into it).
 */
public final class DerbyCopies {
  private DerbyCopies() {}

  /** Backs the open store up into {@code folder}, as the {@code backup} command does; returns the backup. */
  public static Path backUp(Database db, Path folder) {
    StoreBackup.backup(db, folder);
    return folder.resolve(StoreBackup.STORE);
  }

  /** A new folder under {@code target/} for template stores, deleted when the JVM exits. */
  public static Path scratchFolder(String prefix) throws IOException {
    Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), prefix);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
    return folder;
  }

  /** Deletes the folder and all in it, as far as it can. */
  public static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover folder under target/ is harmless: mvn clean removes it
    }
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
