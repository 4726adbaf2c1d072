package org.carepool.ingest;

import org.jooq.DSLContext;

/** What a file's cross-row checks may use: the load's transaction, the queries, the file again, the problems. */
record FinishContext(DSLContext trx, ImportRepository repository, CsvSource source, ProblemLog problems) {

  void problem(long line, String column, String value, String reason) {
    problems.add(source.name(), line, column, value, reason);
  }
}
