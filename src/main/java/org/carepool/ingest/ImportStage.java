package org.carepool.ingest;

/**
 * How far one upload's import has got: its stage, the file it is on (blank before the first and at
 * the end), the rows of that file read so far, the same in words for the page, and whether the
 * stage is the last (the page then stops asking).
 */
public record ImportStage(Stage stage, String file, long rows, String message, boolean finished) {

  /** In the order a load passes through them; it ends at one of the last three. */
  public enum Stage {
    READING, CHECKING, WRITING, SUMMARIES, DONE, REFUSED, FAILED
  }

  ImportStage(Stage stage, String file, long rows, String message) {
    this(stage, file, rows, message, stage == Stage.DONE || stage == Stage.REFUSED || stage == Stage.FAILED);
  }
}
