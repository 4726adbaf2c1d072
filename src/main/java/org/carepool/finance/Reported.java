package org.carepool.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a statement of a closed month says about the close (SPEC §4.9, JSON {@code reported}).
 *
 * @param view                 which statement this is: the kept one (REPORTED) or worked out now (NOW)
 * @param restated             whether the figures worked out now differ from those reported
 * @param reportedPoolForecast the pool forecast as reported at the close
 * @param currentPoolForecast  the pool forecast worked out now
 * @param changedBy            the import batches behind the figures now that the reported ones did not rest
 *                             on (empty unless restated)
 */
public record Reported(MonthClose close, StatementView view, boolean restated, BigDecimal reportedPoolForecast,
    BigDecimal currentPoolForecast, List<Batch> changedBy) {

  public Reported {
    changedBy = List.copyOf(changedBy);
  }

  /** Times shown to people are UK time (SPEC §2). */
  private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
      .ofPattern("d MMM yyyy 'at' HH:mm", java.util.Locale.UK).withZone(java.time.ZoneId.of("Europe/London"));

  /** An import batch as a reader knows it: what file was loaded when, and by whom. */
  public record Batch(long id, String entity, String fileName, Instant loadedAt, String loadedBy) {}

  /** The sentence a report shows, e.g. "Month 6 (September 2025) was closed … and has since been restated …". */
  public String text(java.util.function.Function<BigDecimal, String> money) {
    String closed = FinancialYear.displayMonth(close.month()) + " was closed on " + WHEN.format(close.closedAt()) + " by "
        + close.closedBy() + ". ";
    String which = view == StatementView.REPORTED ? "These are the figures as reported. "
        : "These are the figures as worked out now. ";
    if (!restated) {
      return closed + which + "They have not changed since.";
    }
    return closed + which + "Data loaded since has changed them: the pool forecast was "
        + money.apply(reportedPoolForecast) + " as reported and is " + money.apply(currentPoolForecast)
        + " now (import batches " + String.join(", ", changedBy.stream()
            .map(b -> b.id() + " " + b.fileName()).toList()) + ").";
  }
}
