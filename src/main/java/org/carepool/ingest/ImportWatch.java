package org.carepool.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.carepool.error.Invalid;

/**
 * Uploads under way and just finished, by the id their sender gave them, so that the page that
 * sent one can ask how far its import has got while it waits for the answer. Kept in this
 * process's memory only (a poll must reach the node that took the upload), the newest
 * {@value #KEPT} uploads.
 *
 * <p>A load holds the whole store (see {@code db.StoreGate}), so a poll cannot look its caller up
 * in the store while it runs: an upload is shown only to a caller presenting the same credential as
 * sent it (its session cookie, or its Authorization header), of which only a SHA-256 digest is kept.
 */
public final class ImportWatch {
  static final int KEPT = 200;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

  private final Importer importer;
  private final Map<String, Watched> watched = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Watched> eldest) {
      return size() > KEPT;
    }
  };

  public ImportWatch(Importer importer) {
    this.importer = importer;
  }

  /**
   * Loads uploaded files as {@link Importer#load(Collection, String, String)} does, reporting
   * its stages under {@code id} (none when null) until it ends DONE, REFUSED or FAILED.
   *
   * @throws Invalid when {@code id} is not 8 to 64 letters, digits and hyphens (a UUID fits)
   */
  public ImportResult load(Collection<UploadedFile> files, String loadedBy, String address, String id, String credential) {
    if (id == null) {
      return importer.load(files, loadedBy, address, ImportProgress.none());
    }
    Watched stages = start(id, credential);
    try {
      ImportResult result = importer.load(files, loadedBy, address, stages);
      stages.end(ImportStage.Stage.DONE, result.files().size() + (result.files().size() == 1 ? " file" : " files") + " loaded");
      return result;
    } catch (ImportRejected rejected) {
      stages.end(ImportStage.Stage.REFUSED, "Nothing was loaded: " + String.format("%,d", rejected.problemCount())
          + (rejected.problemCount() == 1 ? " problem" : " problems") + " to fix first");
      throw rejected;
    } catch (RuntimeException failed) {
      stages.end(ImportStage.Stage.FAILED, "The load failed and nothing was loaded");
      throw failed;
    }
  }

  /**
   * How far the upload {@code id} has got, for a caller presenting {@code credential}; empty when
   * unknown (not yet begun, long gone, or sent with another credential).
   */
  public synchronized Optional<ImportStage> stage(String id, String credential) {
    Watched found = watched.get(id);
    return found == null || credential == null || !MessageDigest.isEqual(found.sender, digest(credential))
        ? Optional.empty() : Optional.of(found.now());
  }

  private synchronized Watched start(String id, String credential) {
    if (!ID.matcher(id).matches() || credential == null) {
      throw new Invalid("An upload's progress id is 8 to 64 letters, digits and hyphens (a UUID fits)");
    }
    Watched stages = new Watched(digest(credential));
    watched.put(id, stages);
    return stages;
  }

  private static byte[] digest(String credential) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** One upload's stages: written by the loading thread, read by the polls. */
  private static final class Watched implements ImportProgress {
    private final byte[] sender;
    private volatile ImportStage now = new ImportStage(ImportStage.Stage.READING, "", 0, "Reading the files");

    Watched(byte[] sender) {
      this.sender = sender;
    }

    ImportStage now() {
      return now;
    }

    @Override
    public void rowsRead(String file, long rows) {
      ImportStage was = now;
      // Activity is written as it is read: while it is, the stage stays WRITING and only the rows move on.
      ImportStage.Stage stage = was.stage() == ImportStage.Stage.WRITING && was.file().equals(file)
          ? ImportStage.Stage.WRITING : ImportStage.Stage.CHECKING;
      now = new ImportStage(stage, file, rows, (stage == ImportStage.Stage.WRITING ? "Writing " : "Checking ")
          + file + ": " + String.format("%,d", rows) + (rows == 1 ? " row" : " rows") + " read");
    }

    @Override
    public void step(String file, String step) {
      ImportStage.Stage stage = step.contains("summaries") ? ImportStage.Stage.SUMMARIES : ImportStage.Stage.WRITING;
      String what = stage == ImportStage.Stage.SUMMARIES ? "Writing summaries of " : "Writing ";
      now = new ImportStage(stage, file, now.rows(), what + file);
    }

    void end(ImportStage.Stage stage, String message) {
      now = new ImportStage(stage, "", now.rows(), message);
    }
  }
}
