package org.carepool.ingest;

/**
 * What one kind of import file does: check each row (first pass, nothing written), check across
 * rows once the file is read, then write the file (second pass, inside the load's transaction).
 */
interface EntityFile {

  /** First pass: checks one row, remembering what later rows, files and the write need. */
  void check(Row row);

  /** After the first pass: checks that need the whole file (or the store). */
  default void finish(FinishContext context) {
  }

  /** Second pass, only when every file of the load checked clean; returns what was replaced, for people. */
  String write(WriteContext out);
}
