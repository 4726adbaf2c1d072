package org.carepool.schedule;

import static org.carepool.db.generated.Tables.BOARD;
import static org.carepool.db.generated.Tables.SCHEDULE_RUN;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carepool.db.generated.tables.records.ScheduleRunRecord;
import org.carepool.delivery.PackRun;
import org.carepool.delivery.PackRuns;
import org.carepool.delivery.RenderedPack;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * The run history, and the claim on a fire that makes every fire run at most once; the mail path
 * reports each run's mail outcome through {@link PackRuns}.
 */
public final class RunRepository implements PackRuns {
  private final DSLContext dsl;

  public RunRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * A fire about to be run or recorded.
   *
   * @param nominal     the cron's own fire it stands for: with {@code schedule}, the dedupe key
   * @param triggerFire when Quartz fired it (a re-fired job finds its run by this)
   */
  record Claim(String schedule, Instant nominal, Instant triggerFire, String kind, String instance, String board,
      String period, List<String> recipients, Instant now) {}

  /** Runs by outcome, with the pack mail tries made, for the metrics; one grouped read of the history. */
  RunTally tally() {
    Map<String, Long> byOutcome = new LinkedHashMap<>();
    long attempts = 0;
    long mailed = 0;
    for (var row : dsl.select(SCHEDULE_RUN.OUTCOME, DSL.count(), DSL.sum(SCHEDULE_RUN.ATTEMPTS),
        DSL.count().filterWhere(SCHEDULE_RUN.ATTEMPTS.gt(0))).from(SCHEDULE_RUN).groupBy(SCHEDULE_RUN.OUTCOME).fetch()) {
      byOutcome.put(row.value1(), row.value2().longValue());
      attempts += row.value3() == null ? 0 : row.value3().longValue();
      mailed += row.value4();
    }
    return new RunTally(byOutcome, attempts, attempts - mailed);
  }

  /** A run under way, and which instance holds it. */
  record Held(long id, String schedule, String claimedBy, String outcome, Instant startedAt) {}

  /**
   * Inserts the run row under the unique (schedule, nominal fire) key before anything is rendered or
   * sent; empty when the fire was or is being handled already.
   */
  Optional<Long> claim(Claim c) {
    try {
      return Optional.of(insert(c, RunRecord.RUNNING, null).returningResult(SCHEDULE_RUN.ID).fetchOne(SCHEDULE_RUN.ID));
    } catch (IntegrityConstraintViolationException alreadyClaimed) {
      return Optional.empty();
    }
  }

  /** Records a fire that was not run, and why; false when the fire is recorded already. */
  boolean skip(Claim c, String reason) {
    try {
      return insert(c, RunRecord.SKIPPED, reason).set(SCHEDULE_RUN.ENDED_AT, utc(c.now())).execute() == 1;
    } catch (IntegrityConstraintViolationException alreadyRecorded) {
      return false;
    }
  }

  private org.jooq.InsertSetMoreStep<ScheduleRunRecord> insert(Claim c, String outcome, String error) {
    return dsl.insertInto(SCHEDULE_RUN)
        .set(SCHEDULE_RUN.SCHEDULE_ID, c.schedule())
        .set(SCHEDULE_RUN.SCHEDULED_FIRE_TIME, utc(c.nominal()))
        .set(SCHEDULE_RUN.TRIGGER_FIRE_TIME, utc(c.triggerFire()))
        .set(SCHEDULE_RUN.RUN_KIND, c.kind())
        .set(SCHEDULE_RUN.CLAIMED_BY, c.instance())
        .set(SCHEDULE_RUN.OUTCOME, outcome)
        .set(SCHEDULE_RUN.BOARD, c.board())
        .set(SCHEDULE_RUN.PERIOD, c.period())
        .set(SCHEDULE_RUN.STARTED_AT, utc(c.now()))
        .set(SCHEDULE_RUN.ATTEMPTS, 0)
        .set(SCHEDULE_RUN.RECIPIENTS, String.join(",", c.recipients()))
        .set(SCHEDULE_RUN.ERROR_MESSAGE, cut(error));
  }

  /** The run a fire of Quartz made (runs recorded before V10 carry no trigger time: their nominal was it). */
  Optional<Held> byTriggerFire(String schedule, Instant triggerFire) {
    return dsl.selectFrom(SCHEDULE_RUN)
        .where(SCHEDULE_RUN.SCHEDULE_ID.eq(schedule), SCHEDULE_RUN.TRIGGER_FIRE_TIME.eq(utc(triggerFire))
            .or(SCHEDULE_RUN.TRIGGER_FIRE_TIME.isNull().and(SCHEDULE_RUN.SCHEDULED_FIRE_TIME.eq(utc(triggerFire)))))
        .fetchOptional(RunRepository::held);
  }

  /** Moves a RUNNING run from an instance that is gone to this one; false when it is not so held. */
  boolean takeOver(long run, String from, String to) {
    return dsl.update(SCHEDULE_RUN)
        .set(SCHEDULE_RUN.CLAIMED_BY, to)
        .set(SCHEDULE_RUN.RUN_KIND, "RECOVERED")
        .where(SCHEDULE_RUN.ID.eq(run), SCHEDULE_RUN.CLAIMED_BY.eq(from), SCHEDULE_RUN.OUTCOME.eq(RunRecord.RUNNING))
        .execute() == 1;
  }

  /**
   * Ends a RUNNING run with the outcome, unless another instance has taken it over meanwhile (it then
   * owns the outcome); answers whether the outcome was recorded.
   */
  boolean finish(long run, String instance, String outcome, String error, Instant now) {
    return dsl.update(SCHEDULE_RUN)
        .set(SCHEDULE_RUN.OUTCOME, outcome)
        .set(SCHEDULE_RUN.ERROR_MESSAGE, cut(error))
        .set(SCHEDULE_RUN.ENDED_AT, utc(now))
        .where(SCHEDULE_RUN.ID.eq(run), SCHEDULE_RUN.CLAIMED_BY.eq(instance), SCHEDULE_RUN.OUTCOME.eq(RunRecord.RUNNING))
        .execute() == 1;
  }

  /** Every run being rendered, by whichever instance. */
  List<Held> running() {
    return dsl.selectFrom(SCHEDULE_RUN).where(SCHEDULE_RUN.OUTCOME.eq(RunRecord.RUNNING)).fetch(RunRepository::held);
  }

  /** The schedule's run that is being rendered or mailed, if any. */
  Optional<RunRecord> active(String schedule) {
    return dsl.selectFrom(SCHEDULE_RUN)
        .where(SCHEDULE_RUN.SCHEDULE_ID.eq(schedule), SCHEDULE_RUN.OUTCOME.in(RunRecord.RUNNING, RunRecord.SENDING))
        .orderBy(SCHEDULE_RUN.ID.desc()).limit(1).fetchOptional(RunRepository::toRun);
  }

  /** Each schedule's newest run, by schedule id. */
  Map<String, RunRecord> latest() {
    var newest = SCHEDULE_RUN.as("newest");
    Map<String, RunRecord> latest = new LinkedHashMap<>();
    dsl.selectFrom(SCHEDULE_RUN)
        .where(SCHEDULE_RUN.ID.eq(DSL.select(DSL.max(newest.ID)).from(newest)
            .where(newest.SCHEDULE_ID.eq(SCHEDULE_RUN.SCHEDULE_ID))))
        .fetch(RunRepository::toRun).forEach(r -> latest.put(r.schedule(), r));
    return latest;
  }

  /** FAILED and INCOMPLETE runs that started since {@code since}, newest first. */
  List<RunRecord> needingAttention(Instant since, int limit) {
    return dsl.selectFrom(SCHEDULE_RUN)
        .where(SCHEDULE_RUN.OUTCOME.in(RunRecord.FAILED, RunRecord.INCOMPLETE), SCHEDULE_RUN.STARTED_AT.ge(utc(since)))
        .orderBy(SCHEDULE_RUN.ID.desc()).limit(limit).fetch(RunRepository::toRun);
  }

  /** Runs whose mail failed at least once and is waiting to be tried again. */
  List<RunRecord> retrying() {
    return dsl.selectFrom(SCHEDULE_RUN)
        .where(SCHEDULE_RUN.OUTCOME.eq(RunRecord.SENDING), SCHEDULE_RUN.ATTEMPTS.gt(0))
        .orderBy(SCHEDULE_RUN.ID.desc()).fetch(RunRepository::toRun);
  }

  List<RunRecord> ofSchedule(String schedule, int limit) {
    return dsl.selectFrom(SCHEDULE_RUN).where(SCHEDULE_RUN.SCHEDULE_ID.eq(schedule))
        .orderBy(SCHEDULE_RUN.ID.desc()).limit(limit).fetch(RunRepository::toRun);
  }

  /** Runs whose pack is in the archive, newest first. */
  List<RunRecord> packs(int limit) {
    return dsl.selectFrom(SCHEDULE_RUN).where(SCHEDULE_RUN.PACK_FILE.isNotNull())
        .orderBy(SCHEDULE_RUN.STARTED_AT.desc()).limit(limit).fetch(RunRepository::toRun);
  }

  @Override
  public List<PackRun> archivedBefore(Instant cutoff) {
    return dsl.select(SCHEDULE_RUN.asterisk(), BOARD.NAME).from(SCHEDULE_RUN).leftJoin(BOARD)
        .on(BOARD.CODE.eq(SCHEDULE_RUN.BOARD))
        .where(SCHEDULE_RUN.PACK_FILE.isNotNull(), SCHEDULE_RUN.PACK_EXPIRED_AT.isNull(),
            SCHEDULE_RUN.STARTED_AT.lt(utc(cutoff)))
        .fetch(RunRepository::toPack);
  }

  @Override
  public void packExpired(long run, Instant now) {
    dsl.update(SCHEDULE_RUN).set(SCHEDULE_RUN.PACK_EXPIRED_AT, utc(now)).where(SCHEDULE_RUN.ID.eq(run)).execute();
  }

  @Override
  public Optional<PackRun> pack(long run) {
    return dsl.select(SCHEDULE_RUN.asterisk(), BOARD.NAME).from(SCHEDULE_RUN).leftJoin(BOARD)
        .on(BOARD.CODE.eq(SCHEDULE_RUN.BOARD))
        .where(SCHEDULE_RUN.ID.eq(run)).fetchOptional(RunRepository::toPack);
  }

  @Override
  public boolean rendered(DSLContext trx, RenderedPack r) {
    return trx.update(SCHEDULE_RUN)
        .set(SCHEDULE_RUN.OUTCOME, RunRecord.SENDING)
        .set(SCHEDULE_RUN.PACK_FILE, r.pdfFile())
        .set(SCHEDULE_RUN.PACK_SIZE, r.pdfSize())
        .set(SCHEDULE_RUN.WORKBOOK_FILE, r.workbookFile())
        .set(SCHEDULE_RUN.WORKBOOK_SIZE, r.workbookSize())
        .set(SCHEDULE_RUN.MISSING_SECTIONS, r.missing().isEmpty() ? null : cut(String.join("\n", r.missing())))
        .where(SCHEDULE_RUN.ID.eq(r.run()), SCHEDULE_RUN.CLAIMED_BY.eq(r.instance()),
            SCHEDULE_RUN.OUTCOME.eq(RunRecord.RUNNING))
        .execute() == 1;
  }

  @Override
  public void attempting(long run, int attempt) {
    dsl.update(SCHEDULE_RUN).set(SCHEDULE_RUN.ATTEMPTS, attempt).where(SCHEDULE_RUN.ID.eq(run)).execute();
  }

  @Override
  public void retrying(DSLContext trx, long run, int attempts, String error) {
    trx.update(SCHEDULE_RUN).set(SCHEDULE_RUN.ATTEMPTS, attempts).set(SCHEDULE_RUN.ERROR_MESSAGE, cut(error))
        .where(SCHEDULE_RUN.ID.eq(run)).execute();
  }

  @Override
  public void ended(DSLContext trx, long run, Outcome outcome, int attempts, String error, Instant at) {
    trx.update(SCHEDULE_RUN)
        .set(SCHEDULE_RUN.OUTCOME, outcome.name())
        .set(SCHEDULE_RUN.ATTEMPTS, attempts)
        .set(SCHEDULE_RUN.ERROR_MESSAGE, cut(error))
        .set(SCHEDULE_RUN.ENDED_AT, utc(at))
        .where(SCHEDULE_RUN.ID.eq(run), SCHEDULE_RUN.OUTCOME.eq(RunRecord.SENDING)).execute();
  }

  /** The run, for the tests' and the history's reads. */
  Optional<RunRecord> find(long id) {
    return dsl.selectFrom(SCHEDULE_RUN).where(SCHEDULE_RUN.ID.eq(id)).fetchOptional().map(RunRepository::toRun);
  }

  private static Held held(ScheduleRunRecord r) {
    return new Held(r.getId(), r.getScheduleId(), r.getClaimedBy(), r.getOutcome(), instant(r.getStartedAt()));
  }

  private static RunRecord toRun(ScheduleRunRecord r) {
    return new RunRecord(r.getId(), r.getScheduleId(), instant(r.getScheduledFireTime()), r.getRunKind(),
        r.getOutcome(), r.getBoard(), r.getPeriod(), instant(r.getStartedAt()), instant(r.getEndedAt()),
        r.getAttempts(), r.getPackFile(), r.getPackSize(), r.getWorkbookFile(), r.getWorkbookSize(),
        split(r.getRecipients(), ","), split(r.getMissingSections(), "\n"), r.getErrorMessage(),
        instant(r.getPackExpiredAt()));
  }

  private static PackRun toPack(org.jooq.Record row) {
    ScheduleRunRecord r = row.into(SCHEDULE_RUN);
    String name = row.get(BOARD.NAME);
    return new PackRun(r.getId(), r.getScheduleId(), r.getBoard(), name == null ? r.getBoard() : name, r.getPeriod(),
        split(r.getRecipients(), ","), r.getPackFile(), r.getPackSize(), r.getWorkbookFile(), r.getWorkbookSize(),
        split(r.getMissingSections(), "\n"), r.getAttempts(), instant(r.getStartedAt()));
  }

  private static List<String> split(String joined, String separator) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
  }

  static String cut(String text) {
    return text == null ? null : text.substring(0, Math.min(4000, text.length()));
  }

  static LocalDateTime utc(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }
}
