package org.carepool.finance;

import org.carepool.arrangement.UnknownArrangementException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jooq.DSLContext;

/** Works out a statement inside the caller's transaction: the figures now, and what a close kept. */
final class Statements {
  private static final IncomeExpenditureCalculator CALCULATOR = new IncomeExpenditureCalculator();

  private Statements() {}

  static IncomeExpenditureStatement of(DSLContext dsl, String code, YearMonth asAt, StatementView view) {
    MonthCloseRepository closes = new MonthCloseRepository(dsl);
    IncomeExpenditureStatement now = worked(dsl, code, asAt);
    Optional<MonthClose> close = closes.find(code, asAt);
    if (close.isEmpty()) {
      if (view == StatementView.REPORTED) {
        throw new MonthNotClosed(FinancialYear.displayMonth(asAt) + " is not closed for " + code
            + ", so there is no statement as reported; ask for it as now");
      }
      return now;
    }
    IncomeExpenditureStatement kept = KeptStatement.read(closes.statementJson(close.get().id()).orElseThrow());
    boolean restated = !kept.figures().sameFiguresAs(now.figures());
    SortedSet<Long> since = new TreeSet<>(now.importBatches());
    since.removeAll(kept.importBatches());
    Reported reported = new Reported(close.get(), view, restated, close.get().poolForecast(),
        now.figures().pool().forecast(), restated && !since.isEmpty() ? closes.batches(since) : List.of());
    return (view == StatementView.REPORTED ? kept : now).withReported(reported);
  }

  /**
   * @throws UnknownArrangementException when no arrangement has the code
   * @throws FinanceException when the month is outside the arrangement or the year has no contributions
   */
  static IncomeExpenditureStatement worked(DSLContext dsl, String code, YearMonth asAt) {
    FinanceRepository store = new FinanceRepository(dsl);
    MonthCloseRepository closes = new MonthCloseRepository(dsl);
    ArrangementTerms terms = store.terms(code).orElseThrow(() -> new UnknownArrangementException(code));
    if (!terms.covers(asAt)) {
      throw new FinanceException("arrangement " + code + " was not running in " + asAt + " (it runs from "
          + terms.startDate() + (terms.endDate() == null ? "" : " to " + terms.endDate()) + ")");
    }
    FinancialYear year = FinancialYear.of(asAt);
    Ledger ledger = new Ledger(code, terms.model(), terms.host(), terms.riskShare(), asAt,
        store.contributions(code, year), store.agreedSharePct(code), store.schemes(code, year, asAt),
        store.yearTerms(code, year), store.steps(code, year), store.openingReserve(code, year));
    IncomeExpenditure figures = CALCULATOR.calculate(ledger, closes.previousBefore(code, year, asAt),
        closes.commentary(code, asAt));
    DataQuality quality = DataQualityCheck.of(store, code, year, asAt);
    SortedSet<Long> batches = store.importBatches(code, year, asAt);
    return new IncomeExpenditureStatement(terms, figures, quality, batches, store.organisationNames());
  }
}
