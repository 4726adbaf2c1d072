package org.carepool.report;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** SPEC §6's {@code board-pack} of a board as one file: the PDF, or as XLSX its companion workbook alone. */
public record BoardPackRequest(String board, YearMonth month, Format format) implements FileRequest {
  /** As in URLs, the {@code render} command and the Reports page. */
  public static final String ID = "board-pack";
  public static final Set<Format> FORMATS = EnumSet.of(Format.PDF, Format.XLSX);

  public BoardPackRequest {
    Objects.requireNonNull(board, "board");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(format, "format");
  }

  @Override
  public String describe() {
    return ID + " " + board + " " + month + " " + format.extension();
  }
}
