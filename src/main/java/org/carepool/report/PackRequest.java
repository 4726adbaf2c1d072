package org.carepool.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A board pack (SPEC §6 {@code board-pack}): for each arrangement of the board, in order, the
 * arrangement's reports of {@code reports} (in that order), then the board's own reports.
 *
 * @param arrangements the board's arrangements, in pack order, as code and name
 * @param withWorkbook whether to build the XLSX companion too (one sheet per table of each section)
 * @param meeting      what the cover says of the meeting and the author; {@link Meeting#NONE} when not known
 */
public record PackRequest(String board, String boardName, YearMonth month, List<ReportId> reports,
    List<Arrangement> arrangements, boolean withWorkbook, Meeting meeting) {

  public record Arrangement(String code, String name) {}

  /**
   * The meeting a pack is for and who prepared it (a schedule's optional {@code meeting}, {@code meeting_date}
   * and {@code author}); each null when not given.
   */
  public record Meeting(String name, LocalDate date, String author) {
    public static final Meeting NONE = new Meeting(null, null, null);
  }

  public PackRequest {
    Objects.requireNonNull(board, "board");
    Objects.requireNonNull(month, "month");
    reports = List.copyOf(reports);
    arrangements = List.copyOf(arrangements);
    meeting = meeting == null ? Meeting.NONE : meeting;
  }

  /** A pack for no named meeting. */
  public PackRequest(String board, String boardName, YearMonth month, List<ReportId> reports,
      List<Arrangement> arrangements, boolean withWorkbook) {
    this(board, boardName, month, reports, arrangements, withWorkbook, Meeting.NONE);
  }

  /** The PDF alone, without the XLSX companion. */
  public PackRequest(String board, String boardName, YearMonth month, List<ReportId> reports,
      List<Arrangement> arrangements) {
    this(board, boardName, month, reports, arrangements, false);
  }
}
