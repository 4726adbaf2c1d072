package org.carepool.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.carepool.db.Database;
import org.carepool.db.DerbyCopies;
import org.carepool.db.TestStores;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;

/**
 * Fresh stores holding the demo data set (seed {@link DemoData#DEFAULT_SEED}, scale 1), for the tests
 * that need the whole demo. Loading it (a quarter of a million activity rows) takes seconds; on Derby
 * it is loaded once per build into a template (see {@link #SHARED}; once per test JVM without it), backed
 * up to a folder under {@code target/}, and every store asked for is a private in-memory copy restored
 * from that backup ({@code createFrom}), so that each test class still writes to a store of its own. On
 * PostgreSQL each store is loaded.
 */
public final class DemoStores {
  /**
   * A folder for this build's templates, set by Maven for every test JVM of one build (pom.xml): the first
   * JVM to need a template makes it there and the others restore from it, rather than each loading the
   * demo again. Without it (a test run from an IDE) each JVM makes its own, deleted at exit.
   */
  static final String SHARED = "carepool.demoTemplates";

  /** The files of the demo that are not finance: population, activity and KPIs. */
  public static final Set<String> NOT_FINANCE = Set.of("activity.csv", "population.csv", "practices.csv",
      "kpis.csv", "kpi_targets.csv", "kpi_actuals.csv", "arrangement_kpis.csv", "kpi_benchmarks.csv");

  /** Which of the demo's files a store holds. */
  public enum Part {
    /** Every file: finance, population, activity and KPIs. */
    WHOLE,
    /** The finance files alone (no {@link #NOT_FINANCE} file): a store that loads in a second. */
    FINANCE;

    private Template template() {
      return this == WHOLE ? Whole.TEMPLATE : Finance.TEMPLATE;
    }
  }

  private DemoStores() {}

  /** The JDBC URL of a fresh store of this run's kind holding the whole demo; {@code name} helps reading logs. */
  public static String freshUrl(String name) {
    return freshUrl(name, Part.WHOLE);
  }

  /** The JDBC URL of a fresh store of this run's kind holding that part of the demo. */
  public static String freshUrl(String name, Part part) {
    Template template = part.template();
    if (TestStores.postgres()) {
      String url = TestStores.freshUrl(name);
      try (Database db = Database.open(url)) {
        load(db, template.csv);
      }
      return url;
    }
    String memoryName = name + "-" + UUID.randomUUID();
    DerbyCopies.restore(memoryName, template.backup);
    return Database.inMemoryUrl(memoryName);
  }

  /** A fresh store holding the whole demo, open. */
  public static Database open(String name) {
    return Database.open(freshUrl(name));
  }

  /** The CSV files of that part of the demo, written once per JVM: read them, never change them. */
  public static Path csvFolder(Part part) {
    return part.template().csv;
  }

  /** Built by the class loader on first use, once, whichever thread asks first. */
  private static final class Whole {
    static final Template TEMPLATE = new Template(Part.WHOLE);
  }

  private static final class Finance {
    static final Template TEMPLATE = new Template(Part.FINANCE);
  }

  private static final class Template {
    final Path csv;
    final Path backup;

    private Template(Part part) {
      try {
        String shared = System.getProperty(SHARED);
        if (shared == null) {
          Path folder = DerbyCopies.scratchFolder("demo-store-" + part.name().toLowerCase() + "-");
          csv = folder.resolve("csv");
          backup = build(part, folder);
        } else {
          Path folder = Path.of(shared).toAbsolutePath().resolve(part.name().toLowerCase());
          csv = folder.resolve("csv");
          backup = buildOnce(part, folder);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * The build's template in {@code folder}: the first test JVM to get here makes it, holding a file lock
     * that the others wait on; they then use it as it is ({@code done} names the backup). Not deleted at
     * exit, as another JVM of the build (the {@code alone} execution) uses it after this one has gone; the
     * first JVM of the next build deletes the folders of the builds before.
     */
    private static Path buildOnce(Part part, Path folder) throws IOException {
      Path builds = Files.createDirectories(folder.getParent().getParent());
      Path done = folder.resolve("done");
      long start = System.nanoTime();
      try (FileChannel lockFile = FileChannel.open(builds.resolve(part.name().toLowerCase() + ".lock"),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock held = lockFile.lock()) {
        if (Files.exists(done)) {
          System.out.printf("demo template %s: this build's, waited %d ms for it%n", part, millisSince(start));
          String backup = Files.readString(done);
          return backup.isEmpty() ? null : Path.of(backup);
        }
        deleteOtherBuilds(builds, folder.getParent());
        DerbyCopies.deleteQuietly(folder);
        Path backup = build(part, folder);
        Files.writeString(done, backup == null ? "" : backup.toString());
        System.out.printf("demo template %s: made for this build in %d ms%n", part, millisSince(start));
        return backup;
      }
    }

    /** Writes the part's CSV files to {@code folder/csv} and, on Derby, the loaded store's backup beside them. */
    private static Path build(Part part, Path folder) throws IOException {
      Path csv = folder.resolve("csv");
      new DemoData(DemoData.DEFAULT_SEED).write(csv, 1);
      if (part == Part.FINANCE) {
        for (String file : NOT_FINANCE) {
          Files.deleteIfExists(csv.resolve(file));
        }
      }
      return TestStores.postgres() ? null : backUp(csv, folder.resolve("backup"));
    }

    /** Loads the demo into an in-memory Derby store and backs it up to {@code folder}. */
    private static Path backUp(Path csv, Path folder) {
      try (Database db = Database.open(Database.inMemoryUrl("demo-template-" + UUID.randomUUID()))) {
        load(db, csv);
        return DerbyCopies.backUp(db, folder);
      }
    }

    private static long millisSince(long nanos) {
      return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void deleteOtherBuilds(Path builds, Path thisBuild) throws IOException {
      try (Stream<Path> folders = Files.list(builds)) {
        folders.filter(Files::isDirectory).filter(f -> !f.equals(thisBuild)).forEach(DerbyCopies::deleteQuietly);
      }
    }
  }

  private static void load(Database db, Path csv) {
    new Importer(db, Clock.systemUTC()).load(List.of(csv), "test", ImportProgress.none());
  }
}
