package org.carepool.db;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;

/**
 * A second JVM for {@link BatchNumbersAfterKillTest}: loads a folder into the on-disk store of a data folder,
 * then one of its files again (a reload replaces rows, which Derby logs row by row), printing each
 * slow step so the test knows when to kill it.
 */
public final class KilledImportChild {
  private KilledImportChild() {}

  public static void main(String[] args) throws InterruptedException {
    Path data = Path.of(args[0]);
    Path folder = Path.of(args[1]);
    try (Database db = Database.open(Database.embeddedUrl(data))) {
      Importer importer = new Importer(db, Clock.systemUTC());
      importer.load(List.of(folder), "child", PRINTED);
      System.out.println("LOADED");
      System.out.println("RELOADING " + args[2]);
      importer.load(List.of(folder.resolve(args[2])), "child", PRINTED);
      System.out.println("RELOADED");
      System.out.flush();
      if (args.length > 3 && args[3].equals("stay")) {
        Thread.sleep(Long.MAX_VALUE); // until killed: the store is never shut down
      }
    }
  }

  private static final ImportProgress PRINTED = new ImportProgress() {
    @Override
    public void rowsRead(String file, long rows) {
    }

    @Override
    public void step(String file, String step) {
      System.out.println("STEP " + file + ": " + step);
      System.out.flush();
    }
  };
}
