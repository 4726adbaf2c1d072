package org.carepool.ops;

import org.carepool.error.Invalid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.carepool.db.Database;
import org.carepool.db.StoreBackup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of a data folder's contents: the store (Derby's online backup, so the server keeps serving)
 * and then the pack archive, into a folder of their own: {@code store/}, {@code packs/} and
 * {@code backup.txt} saying when and what. The archive is copied after the store, so every run the
 * copy of the store knows of has its files. Restoring fills an empty data folder from such a folder.
 */
public final class Backups {
  private static final Logger log = LoggerFactory.getLogger(Backups.class);
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'backup-'yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final String PACKS = "packs";

  /** Where backups made without a folder named go, and how many of them are kept. */
  public record Folder(Path path, int keep) {}

  /** What a backup holds. */
  public record Made(Path folder, Instant at, long packFiles) {}

  private final Database database;
  private final Path packs;
  private final Clock clock;

  public Backups(Database database, Path packs, Clock clock) {
    this.database = database;
    this.packs = packs;
    this.clock = clock;
  }

  /** A backup into {@code out}, which must not exist or be empty. */
  public Made make(Path out) {
    requireEmpty(out, "--out");
    Instant at = clock.instant();
    try {
      Files.createDirectories(out);
      StoreBackup.backup(database, out);
      long files = Files.isDirectory(packs) ? copyTree(packs, out.resolve(PACKS)) : 0;
      Files.writeString(out.resolve("backup.txt"), "carepool backup\nmade: " + at + "\nstore: " + StoreBackup.STORE
          + "/ (Derby online backup)\npacks: " + PACKS + "/ (" + files + " files)\nrestore: java -jar carepool.jar restore "
          + out.toAbsolutePath() + " (into an empty CAREPOOL_DATA)\n");
      log.info("Backup made in {}: the store and {} pack file(s)", out.toAbsolutePath(), files);
      return new Made(out.toAbsolutePath(), at, files);
    } catch (IOException e) {
      throw new UncheckedIOException("the backup could not be written to " + out + ": " + e.getMessage(), e);
    }
  }

  /** A backup into a new folder named for now, inside {@code folder}, then all but the newest {@code keep} deleted. */
  public Made makeIn(Path folder, int keep) {
    Made made = make(folder.resolve(NAME.format(clock.instant())));
    prune(folder, keep);
    return made;
  }

  /** Fills the empty (or missing) data folder {@code dataDir} from the backup in {@code from}. */
  public static void restore(Path from, Path dataDir) {
    if (!Files.isDirectory(from.resolve(StoreBackup.STORE))) {
      throw new Invalid(from + ": not a carepool backup (no " + StoreBackup.STORE + "/ folder in it)");
    }
    requireEmpty(dataDir, "CAREPOOL_DATA");
    try {
      Files.createDirectories(dataDir);
      StoreBackup.restore(from.resolve(StoreBackup.STORE), dataDir);
      if (Files.isDirectory(from.resolve(PACKS))) {
        copyTree(from.resolve(PACKS), dataDir.resolve(PACKS));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("restoring into " + dataDir + " failed: " + e.getMessage(), e);
    }
  }

  private static void prune(Path folder, int keep) {
    try (Stream<Path> all = Files.list(folder)) {
      List<Path> old = all.filter(p -> p.getFileName().toString().startsWith("backup-"))
          .sorted(Comparator.comparing(Path::getFileName).reversed()).skip(keep).toList();
      for (Path p : old) {
        deleteTree(p);
        log.info("Backup {} deleted (only the newest {} are kept)", p, keep);
      }
    } catch (IOException e) {
      log.warn("Old backups in {} could not be deleted: {}", folder, e.getMessage());
    }
  }

  private static void requireEmpty(Path folder, String name) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      if (entries.findAny().isPresent()) {
        throw new Invalid(name + ": " + folder + " is not empty; give a new or empty folder");
      }
    } catch (IOException e) {
      throw new Invalid(name + ": " + folder + " cannot be read: " + e.getMessage());
    }
  }

  /** Copies the files under {@code from}; a file deleted meanwhile (retention) is skipped. Answers how many were copied. */
  private static long copyTree(Path from, Path to) throws IOException {
    long[] copied = {0};
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        try {
          Files.copy(file, to.resolve(from.relativize(file).toString()));
          copied[0]++;
        } catch (NoSuchFileException deletedMeanwhile) {
          // swept by retention while the copy ran
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return copied[0];
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
