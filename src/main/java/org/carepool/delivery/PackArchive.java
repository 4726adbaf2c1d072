package org.carepool.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The pack archive under {@code CAREPOOL_DATA/packs}: {@code <board>/<yyyy-mm>/<schedule>-<timestamp>-run<id>.pdf}.
 * Paths handed out are relative to the archive, so the data folder can move.
 */
public final class PackArchive {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private final Path root;

  public PackArchive(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Writes the pack and answers its path relative to the archive. */
  public String store(String board, YearMonth month, String schedule, Instant startedAt, long runId, byte[] pdf) {
    String relative = safe(board) + "/" + month + "/" + safe(schedule) + "-" + STAMP.format(startedAt)
        + "-run" + runId + ".pdf";
    Path file = resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Path partial = file.resolveSibling(file.getFileName() + ".part");
      Files.write(partial, pdf);
      Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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

  /** Removes an archived pack (retention); a file already gone is not an error. */
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
