package org.carepool.ingest;

import static org.carepool.db.generated.Tables.IMPORT_BATCH;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

/**
 * The audit trail: one {@code import_batch} row per file per load. {@code loaded_at} is UTC,
 * from the importer's clock.
 */
final class BatchLog {
  static final String UNKNOWN_ENTITY = "unknown";

  private final Clock clock;

  BatchLog(Clock clock) {
    this.clock = clock;
  }

  /** A LOADED batch, inside the load's transaction; its id goes on every row the file writes. */
  long loaded(DSLContext trx, ImportInput input, FileKind kind, String loadedBy, long rows) {
    return insert(trx, input, kind, loadedBy, rows, "LOADED", 0, null);
  }

  /**
   * Completes a LOADED batch once its file is written: the rows (known only at the end of a
   * streamed file), the SHA-256 (taken as the file was read) and what the load replaced.
   */
  void completed(DSLContext trx, long batchId, ImportInput input, long rows, String replaced) {
    trx.update(IMPORT_BATCH)
        .set(IMPORT_BATCH.ROW_COUNT, Math.toIntExact(rows))
        .set(IMPORT_BATCH.SHA256, input.sha256())
        .set(IMPORT_BATCH.REPLACED, replaced == null ? null : truncate(replaced, 2000))
        .where(IMPORT_BATCH.ID.eq(batchId))
        .execute();
  }

  /** A REJECTED batch, written after the load's rollback so that the attempt stays on record. */
  long rejected(DSLContext dsl, ImportInput input, FileKind kind, String loadedBy, long rows,
      long problemCount, String problems) {
    return insert(dsl, input, kind, loadedBy, rows, "REJECTED", problemCount, problems);
  }

  private long insert(DSLContext dsl, ImportInput input, FileKind kind, String loadedBy, long rows,
      String outcome, long problemCount, String problems) {
    return dsl.insertInto(IMPORT_BATCH)
        .set(IMPORT_BATCH.ENTITY, kind == null ? UNKNOWN_ENTITY : kind.entity)
        .set(IMPORT_BATCH.FILE_NAME, truncate(input.name(), 255))
        .set(IMPORT_BATCH.SHA256, input.sha256())
        .set(IMPORT_BATCH.LOADED_BY, truncate(loadedBy, 100))
        .set(IMPORT_BATCH.LOADED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .set(IMPORT_BATCH.ROW_COUNT, Math.toIntExact(rows))
        .set(IMPORT_BATCH.OUTCOME, outcome)
        .set(IMPORT_BATCH.PROBLEM_COUNT, (int) Math.min(Integer.MAX_VALUE, problemCount))
        .set(IMPORT_BATCH.PROBLEMS, problems)
        .returning(IMPORT_BATCH.ID)
        .fetchOne(IMPORT_BATCH.ID);
  }

  /** The newest batches first. */
  java.util.List<ImportBatch> recent(DSLContext dsl, int limit) {
    return dsl.selectFrom(IMPORT_BATCH)
        .orderBy(IMPORT_BATCH.ID.desc())
        .limit(limit)
        .fetch(r -> new ImportBatch(r.getId(), r.getEntity(), r.getFileName(), r.getSha256(), r.getLoadedBy(),
            r.getLoadedAt().toInstant(ZoneOffset.UTC), r.getRowCount(), r.getOutcome(), r.getProblemCount(),
            r.getReplaced()));
  }

  private static String truncate(String text, int max) {
    String value = text == null || text.isBlank() ? "?" : text;
    return value.length() <= max ? value : value.substring(0, max);
  }
}
