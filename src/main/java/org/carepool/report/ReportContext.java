package org.carepool.report;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.carepool.finance.FinancialYear;
import org.carepool.finance.Model;

/**
 * What a report is about and what it rests on: every rendered report states these (SPEC §6).
 *
 * @param arrangement   the arrangement code, e.g. {@code LB1}; for a board-scoped report the board code
 * @param model         the arrangement's model; {@code null} for a board-scoped report
 * @param host          the host organisation's name; {@code null} for ALIGNED
 * @param legalBasis    free text, e.g. "NHS Act 2006 s75"
 * @param asAt          the report month
 * @param producedAt    when the report was produced; shown in Europe/London whatever its zone
 * @param importBatches ids of the import batches the figures rest on
 */
public record ReportContext(String arrangement, String arrangementName, String board, Model model, String host,
    String legalBasis, YearMonth asAt, ZonedDateTime producedAt, List<Long> importBatches) {

  /** The zone of every time shown to people (SPEC §2). */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  public ReportContext {
    Objects.requireNonNull(arrangement, "arrangement");
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(producedAt, "producedAt");
    producedAt = producedAt.withZoneSameInstant(LONDON);
    importBatches = List.copyOf(importBatches);
  }

  /** "Month 6 (September 2025)". */
  public String monthLabel() {
    return FinancialYear.displayMonth(asAt);
  }

  /** "7 October 2025 at 09:15 BST": when the report was produced, as its footer says. */
  public String producedLabel() {
    return DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm z", Locale.UK).format(producedAt);
  }

  /** "2025-26". */
  public String financialYear() {
    return FinancialYear.of(asAt).label();
  }
}
