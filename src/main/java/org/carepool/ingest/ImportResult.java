package org.carepool.ingest;

import java.util.List;

/** What one successful load wrote: its files in the order they were loaded. */
public record ImportResult(List<LoadedFile> files) {
  public ImportResult {
    files = List.copyOf(files);
  }
}
