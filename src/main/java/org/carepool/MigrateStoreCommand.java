package org.carepool;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.carepool.db.Database;
import org.carepool.db.StoreCopy;

/**
 * {@code migrate-store --to jdbc:postgresql://…}: copies the embedded store of CAREPOOL_DATA into an empty
 * PostgreSQL database (signing in as CAREPOOL_DB_USER / CAREPOOL_DB_PASSWORD), checks it, and prints what
 * moved. Run it with the server stopped: the embedded store serves one process at a time.
 */
final class MigrateStoreCommand {
  private final Map<String, String> env;
  private final PrintStream out;

  MigrateStoreCommand(Map<String, String> env, PrintStream out) {
    this.env = env;
    this.out = out;
  }

  int run(CommandLine line) {
    String target = line.value("--to", "jdbc:postgresql://HOST:PORT/DATABASE");
    line.noMore();
    if (!target.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--to: give a jdbc:postgresql:// URL of an empty database");
    }
    Settings settings = Settings.fromEnvironment(env);
    String source = Database.embeddedUrl(settings.dataDir());
    try (Database from = Database.open(source); Database to = Database.open(target, settings.dbLogin())) {
      List<StoreCopy.Moved> moved = StoreCopy.copy(from, to);
      long rows = 0;
      for (StoreCopy.Moved table : moved) {
        rows += table.rows();
        out.printf("%-28s %,12d rows%s%n", table.table(), table.rows(),
            table.checksum().isEmpty() ? "" : "  sha256 " + table.checksum().substring(0, 16) + "… (same on both)");
      }
      out.printf("moved %,d rows in %d tables from %s; row counts and money checksums verified%n", rows, moved.size(),
          settings.dataDir().resolve("store"));
      out.println("start carepool with CAREPOOL_DB_URL=" + target + " (schedules are put into Quartz again at start)");
      return 0;
    }
  }
}
