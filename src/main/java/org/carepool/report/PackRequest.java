package org.carepool.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A board pack (SPEC §6 {@code board-pack}): for each arrangement of the board, in order, the
 * arrangement's reports of {@code reports} (in that order), then the board's own reports.
 *
 * @param arrangements the board's arrangements, in pack order, as code and name
 * @param withWorkbook whether to build the XLSX companion too (one sheet per table of each section)
 */
public record PackRequest(String board, String boardName, YearMonth month, List<ReportId> reports,
    List<Arrangement> arrangements, boolean withWorkbook) {

  public record Arrangement(String code, String name) {}

  public PackRequest {
    Objects.requireNonNull(board, "board");
    Objects.requireNonNull(month, "month");
    reports = List.copyOf(reports);
    arrangements = List.copyOf(arrangements);
  }

  /** The PDF alone, without the XLSX companion. */
  public PackRequest(String board, String boardName, YearMonth month, List<ReportId> reports,
      List<Arrangement> arrangements) {
    this(board, boardName, month, reports, arrangements, false);
  }
}
