package org.carepool.finance;

import java.time.YearMonth;
import java.util.List;
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
   * @throws UnknownArrangementException when no arrangement has the code
   * @throws FinanceException when the month is outside the arrangement or the year has no contributions
   */
  public IncomeExpenditureStatement statement(String arrangement, YearMonth asAt) {
  // One read-only transaction, so a concurrent import can never give a half-old, half-new statement.
  return dsl.transactionResult(trx -> statement(new FinanceRepository(trx.dsl()), arrangement, asAt));
  }

  private IncomeExpenditureStatement statement(FinanceRepository store, String code, YearMonth asAt) {
  ArrangementTerms terms = store.terms(code).orElseThrow(() -> new UnknownArrangementException(code));
  if (!terms.covers(asAt)) {
   throw new FinanceException("arrangement " + code + " was not running in " + asAt + " (it runs from "
     + terms.startDate() + (terms.endDate() == null ? "" : " to " + terms.endDate()) + ")");
  }
  FinancialYear year = FinancialYear.of(asAt);
  Ledger ledger = new Ledger(code, terms.model(), terms.host(), terms.riskShare(), asAt,
    store.contributions(code, year), store.agreedSharePct(code), store.schemes(code, year, asAt));
  IncomeExpenditure figures = calculator.calculate(ledger);
  List<String> notes = new DataQualityNotes(store, code, year, asAt).notes();
  SortedSet<Long> batches = store.importBatches(code, year, asAt);
  return new IncomeExpenditureStatement(terms, figures, notes, batches, store.organisationNames());
  }
}
