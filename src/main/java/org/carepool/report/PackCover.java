package org.carepool.report;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.carepool.finance.FinancialYear;

/**
 * What a pack's cover (and its workbook's first sheet) says: whose pack, which month, when it was
 * produced, the arrangements it covers, the import batches it rests on and what is missing from it;
 * the meeting and author when known, whether it is FINAL (every arrangement's month closed) or
 * DRAFT, and its data sources in words.
 *
 * @param sources what the figures rest on, as sentences ("Spend: ICB to October 2026, …"; see {@link DataSources})
 */
record PackCover(String board, String boardName, YearMonth month, ZonedDateTime produced,
    List<Arrangement> arrangements, SortedSet<Long> importBatches, List<MissingSection> missing,
    PackRequest.Meeting meeting, boolean allClosed, List<String> sources) {

  private static final DateTimeFormatter MEETING_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  /** A cover without meeting, closes or sources: a DRAFT. */
  PackCover(String board, String boardName, YearMonth month, ZonedDateTime produced, List<Arrangement> arrangements,
      SortedSet<Long> importBatches, List<MissingSection> missing) {
    this(board, boardName, month, produced, arrangements, importBatches, missing, PackRequest.Meeting.NONE, false,
        List.of());
  }

  private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
  private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("z", Locale.UK);

  /**
   * An arrangement as the cover lists it.
   *
   * @param model the model as people say it ("Lead body"), or {@code null} when no report of it could be read
   * @param host  the host organisation's name, or {@code null} (ALIGNED, or not known)
   */
  record Arrangement(String code, String name, String model, String host) {}

  PackCover {
    Objects.requireNonNull(board, "board");
    boardName = boardName == null || boardName.isBlank() ? board : boardName;
    produced = produced.withZoneSameInstant(ReportContext.LONDON);
    arrangements = List.copyOf(arrangements);
    importBatches = new TreeSet<>(importBatches);
    missing = List.copyOf(missing);
    meeting = meeting == null ? PackRequest.Meeting.NONE : meeting;
    sources = List.copyOf(sources);
  }

  /** FINAL when every month in the pack is closed (SPEC §4.9), DRAFT otherwise. */
  String status() {
    return allClosed ? "FINAL" : "DRAFT";
  }

  /** "Public meeting, Thursday 15 January 2026"; null when the schedule names neither. */
  String meetingLabel() {
    String name = meeting.name();
    String date = meeting.date() == null ? null : MEETING_DATE.format(meeting.date());
    if (name == null && date == null) {
      return null;
    }
    return name == null ? "Meeting of " + date : date == null ? name : name + ", " + date;
  }

  /** Why the status is what it is, in a line. */
  String statusReason() {
    return allClosed ? "Every arrangement's " + monthLabel() + " is closed: these figures are as reported."
        : "Not every arrangement's " + monthLabel() + " is closed: figures may still change.";
  }

  /** The PDF's title: "Westshire Health and Wellbeing Board: board pack". */
  String title() {
    return boardName + ": board pack";
  }

  /** "Month 7 (October 2026)". */
  String monthLabel() {
    return FinancialYear.displayMonth(month);
  }

  /** "Financial year 2026-27". */
  String financialYear() {
    return "Financial year " + FinancialYear.of(month).label();
  }

  /** "26 November 2026 at 11:47 UK time (GMT)". */
  String producedLabel() {
    return PRODUCED.format(produced) + " UK time (" + ZONE.format(produced) + ")";
  }

  /** "Lead body, hosted by NHS Westshire ICB"; empty when nothing is known. */
  static String terms(Arrangement a) {
    if (a.model() == null) {
      return "";
    }
    return a.host() == null ? a.model() : a.model() + ", hosted by " + a.host();
  }

  /** The base of the pack's file names, e.g. {@code board-pack-HWB-2026-10}. */
  String fileName() {
    return ("board-pack-" + board + "-" + month).replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
