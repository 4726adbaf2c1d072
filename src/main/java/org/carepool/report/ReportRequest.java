package org.carepool.report;

import java.time.YearMonth;
import org.carepool.error.Invalid;
import org.carepool.finance.StatementView;
import java.util.Objects;

/**
 * Which report, about what, as at which month, in which format; for a closed month, the I&amp;E as
 * reported or as now ({@code view}, SPEC §4.9; NOW unless asked).
 */
public record ReportRequest(ReportId report, String arrangement, String board, YearMonth month, Format format,
    StatementView view) implements FileRequest {

  public ReportRequest {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(view, "view");
  }

  public ReportRequest(ReportId report, String arrangement, String board, YearMonth month, Format format) {
    this(report, arrangement, board, month, format, StatementView.NOW);
  }

  public static ReportRequest forArrangement(ReportId report, String arrangement, YearMonth month, Format format) {
    return new ReportRequest(report, arrangement, null, month, format);
  }

  @Override
  public String describe() {
    return report.id() + " " + (board == null ? arrangement : board) + " " + month + " " + format.extension()
        + (view == StatementView.REPORTED ? " as reported" : "");
  }

  String requireBoard() {
    if (board == null || board.isBlank()) {
      throw new Invalid("report " + report.id() + " needs a board");
    }
    return board;
  }

  String requireArrangement() {
    if (arrangement == null || arrangement.isBlank()) {
      throw new Invalid("report " + report.id() + " needs an arrangement");
    }
    return arrangement;
  }
}
