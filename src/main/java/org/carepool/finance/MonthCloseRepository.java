package org.carepool.finance;

import static org.carepool.db.generated.Tables.ARRANGEMENT;
import static org.carepool.db.generated.Tables.COMMENTARY;
import static org.carepool.db.generated.Tables.IMPORT_BATCH;
import static org.carepool.db.generated.Tables.MONTH_CLOSE;
import static org.carepool.db.generated.Tables.MONTH_CLOSE_SCHEME;
import static org.carepool.db.generated.Tables.MONTH_REOPEN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.carepool.db.generated.tables.records.MonthCloseRecord;
import org.jooq.DSLContext;

/** The closed months, their kept statements, the reopening history, and the month's commentary. */
public final class MonthCloseRepository {
  private final DSLContext dsl;

  public MonthCloseRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  long insert(MonthClose close, String statementJson, Map<String, BigDecimal> schemeForecasts) {
    long id = dsl.insertInto(MONTH_CLOSE)
        .set(MONTH_CLOSE.ARRANGEMENT, close.arrangement())
        .set(MONTH_CLOSE.MONTH, close.month().atDay(1))
        .set(MONTH_CLOSE.CLOSED_AT, utc(close.closedAt()))
        .set(MONTH_CLOSE.CLOSED_BY, close.closedBy())
        .set(MONTH_CLOSE.HOW, close.how().name())
        .set(MONTH_CLOSE.POOL_FORECAST, close.poolForecast())
        .set(MONTH_CLOSE.IMPORT_BATCHES, close.importBatches().stream().map(String::valueOf)
            .collect(Collectors.joining(",")))
        .set(MONTH_CLOSE.STATEMENT, statementJson)
        .returningResult(MONTH_CLOSE.ID).fetchOne(0, Long.class);
    schemeForecasts.forEach((scheme, forecast) -> dsl.insertInto(MONTH_CLOSE_SCHEME)
        .set(MONTH_CLOSE_SCHEME.CLOSE_ID, id).set(MONTH_CLOSE_SCHEME.SCHEME, scheme)
        .set(MONTH_CLOSE_SCHEME.FORECAST, forecast).execute());
    return id;
  }

  /**
   * Makes other closes of the arrangement wait for this transaction to end. Without this, closes of one
   * month at once each read that it was open and then each tried to insert, and deadlocked one another;
   * Derby broke each cycle only after its deadlock timeout, one victim at a time.
   */
  void waitTurnToClose(String arrangement) {
    dsl.select(ARRANGEMENT.CODE).from(ARRANGEMENT).where(ARRANGEMENT.CODE.eq(arrangement)).forUpdate().fetch();
  }

  Optional<MonthClose> find(String arrangement, YearMonth month) {
    return dsl.selectFrom(MONTH_CLOSE)
        .where(MONTH_CLOSE.ARRANGEMENT.eq(arrangement), MONTH_CLOSE.MONTH.eq(month.atDay(1)))
        .fetchOptional(MonthCloseRepository::close);
  }

  Optional<String> statementJson(long closeId) {
    return dsl.select(MONTH_CLOSE.STATEMENT).from(MONTH_CLOSE).where(MONTH_CLOSE.ID.eq(closeId))
        .fetchOptional(MONTH_CLOSE.STATEMENT);
  }

  /** Oldest month first. */
  List<MonthClose> list(String arrangement) {
    return dsl.selectFrom(MONTH_CLOSE).where(MONTH_CLOSE.ARRANGEMENT.eq(arrangement))
        .orderBy(MONTH_CLOSE.MONTH).fetch(MonthCloseRepository::close);
  }

  /** The forecasts reported at the latest closed month of the year before {@code month}. */
  PreviousForecasts previousBefore(String arrangement, FinancialYear year, YearMonth month) {
    return dsl.selectFrom(MONTH_CLOSE)
        .where(MONTH_CLOSE.ARRANGEMENT.eq(arrangement),
            MONTH_CLOSE.MONTH.ge(year.firstMonth().atDay(1)), MONTH_CLOSE.MONTH.lt(month.atDay(1)))
        .orderBy(MONTH_CLOSE.MONTH.desc()).limit(1)
        .fetchOptional(MonthCloseRepository::close)
        .map(c -> new PreviousForecasts(c.month(), c.poolForecast(), schemeForecasts(c.id())))
        .orElse(PreviousForecasts.NONE);
  }

  private Map<String, BigDecimal> schemeForecasts(long closeId) {
    return dsl.select(MONTH_CLOSE_SCHEME.SCHEME, MONTH_CLOSE_SCHEME.FORECAST).from(MONTH_CLOSE_SCHEME)
        .where(MONTH_CLOSE_SCHEME.CLOSE_ID.eq(closeId)).fetchMap(MONTH_CLOSE_SCHEME.SCHEME, MONTH_CLOSE_SCHEME.FORECAST);
  }

  /** Moves the close into the reopening history. */
  void reopen(MonthClose close, Instant at, String by, String reason) {
    dsl.insertInto(MONTH_REOPEN)
        .set(MONTH_REOPEN.ARRANGEMENT, close.arrangement())
        .set(MONTH_REOPEN.MONTH, close.month().atDay(1))
        .set(MONTH_REOPEN.CLOSED_AT, utc(close.closedAt()))
        .set(MONTH_REOPEN.CLOSED_BY, close.closedBy())
        .set(MONTH_REOPEN.HOW, close.how().name())
        .set(MONTH_REOPEN.POOL_FORECAST, close.poolForecast())
        .set(MONTH_REOPEN.REOPENED_AT, utc(at))
        .set(MONTH_REOPEN.REOPENED_BY, by)
        .set(MONTH_REOPEN.REASON, reason)
        .execute();
    dsl.deleteFrom(MONTH_CLOSE).where(MONTH_CLOSE.ID.eq(close.id())).execute();
  }

  List<Reported.Batch> batches(Collection<Long> ids) {
    return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.in(ids)).orderBy(IMPORT_BATCH.ID)
        .fetch(b -> new Reported.Batch(b.getId(), b.getEntity(), b.getFileName(),
            b.getLoadedAt().toInstant(ZoneOffset.UTC), b.getLoadedBy()));
  }

  /** The month's commentary keyed by scheme code, "" for the pool. */
  Map<String, Commentary> commentary(String arrangement, YearMonth month) {
    Map<String, Commentary> byScheme = new HashMap<>();
    dsl.selectFrom(COMMENTARY)
        .where(COMMENTARY.ARRANGEMENT.eq(arrangement), COMMENTARY.MONTH.eq(month.atDay(1)))
        .forEach(r -> {
          Commentary c = new Commentary(r.getArrangement(), r.getScheme(), month, r.getCommentary(), r.getAction(),
              r.getOwner(), r.getDue());
          byScheme.put(KeyVariances.key(c), c);
        });
    return byScheme;
  }

  /** Replaces the commentary with the same (arrangement, scheme, month), as entered on the page. */
  void putCommentary(Commentary c, String enteredBy) {
    dsl.deleteFrom(COMMENTARY).where(COMMENTARY.ARRANGEMENT.eq(c.arrangement()),
        COMMENTARY.MONTH.eq(c.month().atDay(1)),
        c.scheme() == null ? COMMENTARY.SCHEME.isNull() : COMMENTARY.SCHEME.eq(c.scheme())).execute();
    dsl.insertInto(COMMENTARY)
        .set(COMMENTARY.ARRANGEMENT, c.arrangement()).set(COMMENTARY.SCHEME, c.scheme())
        .set(COMMENTARY.MONTH, c.month().atDay(1)).set(COMMENTARY.COMMENTARY_, c.commentary())
        .set(COMMENTARY.ACTION, c.action()).set(COMMENTARY.OWNER, c.owner()).set(COMMENTARY.DUE, c.due())
        .set(COMMENTARY.ENTERED_BY, enteredBy).execute();
  }

  private static MonthClose close(MonthCloseRecord r) {
    List<Long> batches = r.getImportBatches().isEmpty() ? List.of()
        : Arrays.stream(r.getImportBatches().split(",")).map(Long::valueOf).toList();
    return new MonthClose(r.getId(), r.getArrangement(), YearMonth.from(r.getMonth()),
        r.getClosedAt().toInstant(ZoneOffset.UTC), r.getClosedBy(), CloseHow.valueOf(r.getHow()), r.getPoolForecast(),
        batches);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

}
