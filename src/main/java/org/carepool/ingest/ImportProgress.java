package org.carepool.ingest;

/** Told how far the reading of each file has got, so a command line can show progress on large files. */
public interface ImportProgress {

  /** {@code rows} data rows of {@code file} have been checked so far (called now and then, and at the end). */
  void rowsRead(String file, long rows);

  static ImportProgress none() {
    return (file, rows) -> { };
  }
}
