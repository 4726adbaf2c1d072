package org.carepool.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The pack archive under {@code CAREPOOL_DATA/packs}: {@code <board>/<yyyy-mm>/<schedule>-<timestamp>-run<id>.pdf}
 * (and {@code .xlsx} for the companion workbook). The timestamp is when the run started, so a run
 * rendered again (after a restart) writes over its own file instead of leaving one behind. Paths
 * handed out are relative to the archive, so the data folder can move.
 */
public final class PackArchive {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private final Path root;

  public PackArchive(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Writes a file of a run ({@code extension} pdf or xlsx) and answers its path relative to the archive. */
  public String store(String board, YearMonth month, String schedule, Instant runStartedAt, long runId,
      String extension, byte[] content) {
    String relative = safe(board) + "/" + month + "/" + safe(schedule) + "-" + STAMP.format(runStartedAt)
        + "-run" + runId + "." + safe(extension);
    Path file = resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Path partial = file.resolveSibling(file.getFileName() + ".part");
      Files.write(partial, content);
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot archive the pack at " + file, e);
    }
    return relative;
  }

  /** The archived file at a relative path; never a file outside the archive. */
  public Path resolve(String relative) {
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalArgumentException("not in the pack archive: " + relative);
    }
    return file;
  }

  public byte[] read(String relative) {
    try {
      return Files.readAllBytes(resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read archived pack " + relative, e);
    }
  }

  /** Removes an archived file (retention); a file already gone is not an error. */
  public void delete(String relative) {
    try {
      Files.deleteIfExists(resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete archived pack " + relative, e);
    }
  }

  private static String safe(String part) {
    return part.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
