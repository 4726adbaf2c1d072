package org.carepool.finance;

import java.math.BigDecimal;
import java.util.function.Function;
import org.carepool.finance.IncomeExpenditure.ForecastNote;
import org.carepool.finance.IncomeExpenditure.Notice;

/**
 * The sentences of notices and forecast notes, worded once for every format; money is written by
 * the caller's formatter, as {@link DataQuality#notes} does.
 */
final class Notices {

  private Notices() {
  }

  static String text(Notice notice, Function<BigDecimal, String> money) {
    return switch (notice.kind()) {
      case NOTIFY -> "The pool's forecast variance is " + notice.poolVariancePct().toPlainString() + "%"
          + " of contributions, at or above the notify threshold of " + percent(notice.figure())
          + (notice.host() == null ? ": the agreement requires the partners to notify each other."
          : ": the agreement requires the host, " + notice.host() + ", to notify the partners.");
      case UNALLOCATED -> money.apply(notice.figure()) + " of the shareable overspend is unallocated: "
          + "the agreement's steps do not cover it.";
    };
  }

  static String text(ForecastNote note, Function<BigDecimal, String> money) {
    String scheme = "Scheme " + note.scheme() + (note.name() == null ? "" : " " + note.name()) + ": ";
    String loaded = "the forecast of " + money.apply(note.loaded()) + " loaded for "
        + FinancialYear.displayMonth(note.loadedFor());
    return switch (note.kind()) {
      case YEAR_END_FORECAST_IGNORED -> scheme + "at the year end the forecast outturn is the actual, "
          + money.apply(note.actual()) + "; " + loaded + " is ignored.";
      case FORECAST_BELOW_ACTUAL -> scheme + loaded + " is below the actual to date of "
          + money.apply(note.actual()) + "; it is kept as given.";
    };
  }

  /** A percentage as loaded or worked out, without trailing zeros: 4%, 4.3%, 2.5%. */
  static String percent(BigDecimal pct) {
    BigDecimal plain = pct.stripTrailingZeros();
    return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString() + "%";
  }
}
