package org.carepool.ingest;

/** Told how far a load has got, so a command line can show progress on large files. */
public interface ImportProgress {

  /** {@code rows} data rows of {@code file} have been read and checked so far (now and then, and at the end). */
  void rowsRead(String file, long rows);

  /** {@code file} has moved on to a step of its writing that may take a while, e.g. "writing summaries". */
  default void step(String file, String step) {
  }

  static ImportProgress none() {
    return (file, rows) -> { };
  }
}
