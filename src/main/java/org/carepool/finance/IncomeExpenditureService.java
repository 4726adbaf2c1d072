package org.carepool.finance;

import org.carepool.arrangement.UnknownArrangementException;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.carepool.db.StoreGate;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Works out an arrangement's income and expenditure as at a month, from the store. */
public final class IncomeExpenditureService {
  private static final Logger log = LoggerFactory.getLogger(IncomeExpenditureService.class);
  private static final int ATTEMPTS = 6;
  /** The most a retry waits, times its attempt number: losers spread out instead of colliding again. */
  private static final long MOST_BACKOFF_MILLIS = 50;

  private final DSLContext dsl;

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
    return statement(arrangement, asAt, StatementView.NOW);
  }

  /**
   * The statement worked out now, or for a closed month the one kept when it was closed; for a
   * closed month either says so ({@link IncomeExpenditureStatement#reported}) and whether data
   * loaded since changed the figures (SPEC §4.9).
   *
   * @throws MonthNotClosed when the statement as reported is asked for a month that is not closed
   */
  public IncomeExpenditureStatement statement(String arrangement, YearMonth asAt, StatementView view) {
    return serializable(dsl, d -> Statements.of(d, arrangement, asAt, view));
  }

  /** The import batches of these ids as a reader knows them (file, when loaded, by whom), in id order. */
  public List<Reported.Batch> batches(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : new MonthCloseRepository(dsl).batches(ids);
  }

  /**
   * Runs {@code work} in one SERIALIZABLE transaction, tried again after a short random wait (up to
   * {@value #ATTEMPTS} times in all) when the store aborts it to keep transactions serializable: PostgreSQL's serialization
   * failure when two nodes close the same month at once, or Derby's deadlock victim. The work is
   * read and written afresh each time, so a retry sees what the winner committed.
   */
  /**
   * A random wait before trying again: transactions that lost the same race at the same moment would
   * otherwise start again together and deadlock again (Derby picks one victim per cycle).
   */
  private static void backOff(int attempt) {
    try {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, MOST_BACKOFF_MILLIS * attempt + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to try a transaction again", e);
    }
  }

  static <T> T serializable(DSLContext dsl, java.util.function.Function<DSLContext, T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return dsl.transactionResult(trx -> {
          trx.dsl().connection(c -> c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE));
          return work.apply(trx.dsl());
        });
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !StoreGate.isTransient(e)) {
          throw e;
        }
        log.info("A serializable transaction was aborted by the store ({}); try {} of {}", e.getMessage(),
            attempt + 1, ATTEMPTS);
        backOff(attempt);
      }
    }
  }
}
