package org.carepool.ingest;

import org.carepool.db.BulkWriter;
import org.jooq.DSLContext;

/**
 * A file too large to read twice ({@code activity.csv}): read once, each row checked and handed to
 * the store while the file is still being read. In a load that has already found problems it is
 * only checked, through {@link EntityFile#check}.
 */
interface StreamedFile extends EntityFile {

  /** What a streamed load needs: the load's transaction and queries, the file, the problems, the progress. */
  record Context(DSLContext trx, ImportRepository repository, BulkWriter bulk, CsvSource source, ProblemLog problems,
      ImportProgress progress, long batchId) {
  }

  /** What it did: rows read, and what was replaced, for people; {@code replaced} is null when it found problems. */
  record Outcome(long rows, String replaced) {
  }

  /**
   * Reads, checks and writes the file in the load's transaction. On the first problem it stops
   * writing but reads on to report every problem; the load is then rejected and rolled back.
   */
  Outcome load(Context context);

  @Override
  default String write(WriteContext out) {
    throw new UnsupportedOperationException("a streamed file is written as it is read");
  }
}
