package org.carepool.web;

import java.time.Instant;
import java.util.List;

/**
 * The seam through which the Data page and {@code POST /api/imports} load CSV files (SPEC §3).
 * Implemented in the composition root with {@code ingest.Importer}, which also records every
 * outcome in the audit log. The web layer has already checked names, types and sizes.
 */
public interface DataLoads {

  /**
   * Validates every file, then loads all of them or nothing.
   *
   * @throws UploadRejected when any file has a problem: nothing was written
   */
  List<LoadedFile> load(List<CsvUpload> files, String loadedBy, String address);

  /** The newest import batches first, at most {@code limit}. */
  List<ImportBatchLine> history(int limit);

  /** One uploaded file: a plain name ending in .csv (no folders), and its bytes. */
  record CsvUpload(String fileName, byte[] content) {}

  record LoadedFile(String fileName, String entity, long rows, long importBatch) {}

  /** One problem; {@code line} 0 and {@code column} empty when it concerns the whole file. */
  record Problem(String file, long line, String column, String value, String reason) {}

  record ImportBatchLine(long id, String entity, String fileName, String loadedBy, Instant loadedAt,
                         int rows, String outcome, int problems) {}
}
