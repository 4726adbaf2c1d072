package org.carepool.finance;

import org.carepool.arrangement.UnknownArrangementException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Map;
import java.math.BigDecimal;
import org.carepool.audit.Audit;
import org.carepool.audit.AuditAction;
import org.carepool.db.DataGeneration;
import org.jooq.DSLContext;

/**
 * Closing and reopening months (SPEC §4.9) and the finance lead's commentary entered by hand.
 * A close works out the statement and keeps it in the same SERIALIZABLE transaction, so what is
 * kept is exactly what the data said at that moment. Every change is audited.
 */
public final class MonthCloses {
  private final DSLContext dsl;
  private final Audit audit;
  private final Clock clock;

  public MonthCloses(DSLContext dsl, Audit audit, Clock clock) {
    this.dsl = dsl;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * @throws MonthAlreadyClosed when the month is closed already
   * @throws UnknownArrangementException when no arrangement has the code
   * @throws FinanceException when the month is outside the arrangement or its year has no contributions
   */
  public MonthClose close(String code, YearMonth month, String who, CloseHow how, String address) {
    MonthClose close = IncomeExpenditureService.serializable(dsl, d -> {
      MonthClose kept = keep(d, code, month, who, how);
      DataGeneration.raise(d, DataGeneration.Change.CLOSE);
      return kept;
    });
    audit.record(who, AuditAction.MONTH_CLOSED, code + " " + month + " by " + how + ", pool forecast "
        + close.poolForecast().toPlainString() + ", close " + close.id(), address);
    return close;
  }

  /** Closes the month unless it is closed already (a delivered pack); empty when it was. */
  public Optional<MonthClose> closeIfOpen(String code, YearMonth month, String who, CloseHow how, String address) {
    try {
      return Optional.of(close(code, month, who, how, address));
    } catch (MonthAlreadyClosed already) {
      return Optional.empty();
    }
  }

  /** The arrangement's closed months, oldest first. */
  public List<MonthClose> list(String code) {
    return IncomeExpenditureService.serializable(dsl, d -> {
      new FinanceRepository(d).terms(code).orElseThrow(() -> new UnknownArrangementException(code));
      return new MonthCloseRepository(d).list(code);
    });
  }

  /**
   * Reopens a closed month: the close moves to the reopening history with who, when and why.
   *
   * @throws MonthNotClosed when the month is not closed
   */
  public MonthClose reopen(String code, YearMonth month, String who, String reason, String address) {
    MonthClose reopened = IncomeExpenditureService.serializable(dsl, d -> {
      new FinanceRepository(d).terms(code).orElseThrow(() -> new UnknownArrangementException(code));
      MonthCloseRepository closes = new MonthCloseRepository(d);
      MonthClose close = closes.find(code, month).orElseThrow(() -> new MonthNotClosed(
          FinancialYear.displayMonth(month) + " is not closed for " + code));
      closes.reopen(close, clock.instant(), who, reason);
      DataGeneration.raise(d, DataGeneration.Change.REOPEN);
      return close;
    });
    audit.record(who, AuditAction.MONTH_REOPENED, code + " " + month + " (closed " + reopened.closedAt() + " by "
        + reopened.closedBy() + "): " + reason, address);
    return reopened;
  }

  /**
   * Enters (or replaces) the commentary for a scheme, or the pool when {@code scheme} is null, for a month.
   *
   * @throws FinanceException when the scheme is unknown, the month outside the arrangement, or the commentary empty
   */
  public Commentary putCommentary(Commentary entered, String who, String address) {
    IncomeExpenditureService.serializable(dsl, d -> {
      FinanceRepository store = new FinanceRepository(d);
      String code = entered.arrangement();
      ArrangementTerms terms = store.terms(code).orElseThrow(() -> new UnknownArrangementException(code));
      if (!terms.covers(entered.month())) {
        throw new FinanceException("arrangement " + code + " was not running in " + entered.month());
      }
      if (entered.scheme() != null && store.schemes(code, FinancialYear.of(entered.month()), entered.month()).stream()
          .noneMatch(s -> s.code().equals(entered.scheme()))) {
        throw new FinanceException("arrangement " + code + " has no scheme '" + entered.scheme() + "'");
      }
      if (entered.commentary() == null || entered.commentary().isBlank()) {
        throw new FinanceException("commentary: required");
      }
      new MonthCloseRepository(d).putCommentary(entered, who);
      DataGeneration.raise(d, DataGeneration.Change.COMMENTARY);
      return entered;
    });
    audit.record(who, AuditAction.COMMENTARY_ENTERED, entered.arrangement() + " " + (entered.scheme() == null ? "pool"
        : entered.scheme()) + " " + entered.month(), address);
    return entered;
  }

  private MonthClose keep(DSLContext d, String code, YearMonth month, String who, CloseHow how) {
    MonthCloseRepository closes = new MonthCloseRepository(d);
    closes.waitTurnToClose(code);
    IncomeExpenditureStatement statement = Statements.worked(d, code, month);
    if (closes.find(code, month).isPresent()) {
      throw new MonthAlreadyClosed(FinancialYear.displayMonth(month) + " is already closed for " + code);
    }
    IncomeExpenditure figures = statement.figures();
    Map<String, BigDecimal> schemes = new TreeMap<>();
    figures.schemes().forEach(s -> schemes.put(s.code(), s.forecast()));
    MonthClose close = new MonthClose(0, code, month, clock.instant(), who, how, figures.pool().forecast(),
        List.copyOf(statement.importBatches()));
    long id = closes.insert(close, KeptStatement.write(statement), schemes);
    return new MonthClose(id, code, month, close.closedAt(), who, how, close.poolForecast(), close.importBatches());
  }
}
