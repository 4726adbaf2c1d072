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
 * produced, the arrangements it covers, the import batches it rests on and what is missing from it.
 */
record PackCover(String board, String boardName, YearMonth month, ZonedDateTime produced,
    List<Arrangement> arrangements, SortedSet<Long> importBatches, List<MissingSection> missing) {

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
