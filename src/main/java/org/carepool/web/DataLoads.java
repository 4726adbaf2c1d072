package org.carepool.web;

import io.javalin.http.ServiceUnavailableResponse;
import java.time.Instant;
import java.util.List;

/**
 * The seam through which the Data page and {@code POST /api/imports} load CSV files (SPEC §3).
 * Implemented in the composition root with {@code ingest.Importer}: a rejection
 * ({@code ImportRejected}) becomes {@link Rejected} carrying every problem. The web layer has
 * already checked names, types and sizes, and audits every outcome itself.
 */
public interface DataLoads {

  /** Validates every file, then loads all of them or nothing. */
  LoadOutcome load(List<CsvUpload> files, String loadedBy);

  /** The newest import batches first, at most {@code limit}. */
  List<ImportBatchLine> history(int limit);

  /** One uploaded file: a plain name ending in .csv (no folders), and its bytes. */
  record CsvUpload(String fileName, byte[] content) {}

  sealed interface LoadOutcome permits Loaded, Rejected {}

  record Loaded(List<LoadedFile> files) implements LoadOutcome {}

  record LoadedFile(String fileName, String entity, int rows, long importBatch) {}

  record Rejected(List<Problem> problems) implements LoadOutcome {}

  /** One problem; {@code line} 0 and {@code column} null when it concerns the whole file. */
  record Problem(String file, int line, String column, String value, String reason) {}

  record ImportBatchLine(long id, String entity, String fileName, String loadedBy, Instant loadedAt,
                         int rows, String outcome, int problems) {}

  /** Until the importer is wired in: the page shows an empty history, uploads answer 503. */
  static DataLoads unavailable() {
    return new DataLoads() {
      @Override
      public LoadOutcome load(List<CsvUpload> files, String loadedBy) {
        throw new ServiceUnavailableResponse("Loading data is not available in this build yet");
      }

      @Override
      public List<ImportBatchLine> history(int limit) {
        return List.of();
      }
    };
  }
}
