package org.carepool.schedule;

import java.time.YearMonth;
import org.carepool.arrangement.ArrangementService;
import org.carepool.arrangement.ArrangementSummary;
import org.carepool.finance.CloseHow;
import org.carepool.finance.FinanceException;
import org.carepool.finance.MonthCloses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A delivered board pack closes its month for each of its board's arrangements (SPEC §4.9). A month
 * already closed is left as it is; an arrangement whose figures cannot be worked out for the month
 * (not running, no contributions) was not in the pack's I&amp;E either, so it is skipped and logged.
 */
public final class PackCloses implements PackDelivered {
  private static final Logger log = LoggerFactory.getLogger(PackCloses.class);

  private final ArrangementService arrangements;
  private final MonthCloses closes;

  public PackCloses(ArrangementService arrangements, MonthCloses closes) {
    this.arrangements = arrangements;
    this.closes = closes;
  }

  @Override
  public void delivered(String schedule, String board, YearMonth month, long run) {
    for (ArrangementSummary a : arrangements.ofBoard(board)) {
      try {
        closes.closeIfOpen(a.code(), month, "schedule " + schedule, CloseHow.PACK, "run " + run)
            .ifPresent(c -> log.info("Run {}: closed {} for {} (close {})", run, month, a.code(), c.id()));
      } catch (FinanceException notReportable) {
        log.warn("Run {}: {} not closed for {}: {}", run, month, a.code(), notReportable.getMessage());
      }
    }
  }
}
