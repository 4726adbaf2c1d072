package org.carepool.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rendered board pack: the PDF, the XLSX companion when it was asked for, and the sections that
 * could not be produced (each is a note page in the PDF and listed on its cover and contents).
 */
public record Pack(RenderedReport pdf, Optional<RenderedReport> workbook, List<MissingSection> missing) {

  public Pack {
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(workbook, "workbook");
    missing = List.copyOf(missing);
  }

  /** Whether every section of the pack was produced. */
  public boolean complete() {
    return missing.isEmpty();
  }
}
