package org.carepool.delivery;

import java.time.Instant;
import java.util.List;

/** A run's archived files (paths relative to the archive) and the sections its pack lacks, ready to be mailed. */
public record RenderedPack(long run, String instance, String pdfFile, long pdfSize, String workbookFile,
    Long workbookSize, List<String> missing, Instant now) {
  public RenderedPack {
    missing = List.copyOf(missing);
  }
}
