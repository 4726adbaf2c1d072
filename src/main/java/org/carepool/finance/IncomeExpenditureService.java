package org.carepool.finance;

import java.sql.Connection;
import java.time.YearMonth;
import java.util.SortedSet;
import org.jooq.DSLContext;

/** Works out an arrangement's income and expenditure as at a month, from the store. */
public final class IncomeExpenditureService {
  private final DSLContext dsl;
  private final IncomeExpenditureCalculator calculator = new IncomeExpenditureCalculator();

  public IncomeExpenditureService(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * Read in one SERIALIZABLE transaction: Derby's default, READ COMMITTED, would let an import that
   * commits between two of the queries give figures from the old data and batches (or notes) from
   * the new. Serializable reads hold their locks to the end, so an import waits the few
   * milliseconds the read takes, or the read waits for the import.
   *
   * @throws UnknownArrangementException when no arrangement has the code
   * @throws FinanceException when the month is outside the arrangement or the year has no contributions
   */
  public IncomeExpenditureStatement statement(String arrangement, YearMonth asAt) {
    return dsl.transactionResult(trx -> {
      trx.dsl().connection(c -> c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE));
      return statement(new FinanceRepository(trx.dsl()), arrangement, asAt);
    });
  }

  private IncomeExpenditureStatement statement(FinanceRepository store, String code, YearMonth asAt) {
    ArrangementTerms terms = store.terms(code).orElseThrow(() -> new UnknownArrangementException(code));
    if (!terms.covers(asAt)) {
      throw new FinanceException("arrangement " + code + " was not running in " + asAt + " (it runs from "
          + terms.startDate() + (terms.endDate() == null ? "" : " to " + terms.endDate()) + ")");
    }
    FinancialYear year = FinancialYear.of(asAt);
    Ledger ledger = new Ledger(code, terms.model(), terms.host(), terms.riskShare(), asAt,
        store.contributions(code, year), store.agreedSharePct(code), store.schemes(code, year, asAt),
        store.yearTerms(code, year), store.steps(code, year), store.openingReserve(code, year));
    IncomeExpenditure figures = calculator.calculate(ledger);
    DataQuality quality = DataQualityCheck.of(store, code, year, asAt);
    SortedSet<Long> batches = store.importBatches(code, year, asAt);
    return new IncomeExpenditureStatement(terms, figures, quality, batches, store.organisationNames());
  }
}
