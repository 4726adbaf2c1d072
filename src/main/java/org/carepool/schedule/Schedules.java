package org.carepool.schedule;

import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.carepool.db.Database;
import org.carepool.report.Format;
import org.carepool.report.ReportId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scheduled board packs (issue 6): the schedules from {@code schedules/*.yaml} (provisioned, read-only
 * in the page and API) and those made in the page (stored in the database, editable), run by Quartz.
 * A page-made schedule may not take the id of a file one.
 */
public final class Schedules implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Schedules.class);

  /** @param threads how many packs render at once (Quartz's bounded thread pool) */
  public record Config(Path folder, String schedulerName, int threads) {}

  private final Map<String, Schedule> all = new ConcurrentHashMap<>();
  private final ScheduleRepository stored;
  private final RunRepository runs;
  private final BoardRepository boards;
  private final PackRunner runner;
  private final QuartzSchedules quartz;
  private final Clock clock;

  public Schedules(Database database, Config config, PackDelivery delivery, Clock clock) {
    this.stored = new ScheduleRepository(database.dsl());
    this.runs = new RunRepository(database.dsl());
    this.boards = new BoardRepository(database.dsl());
    this.clock = clock;
    this.runner = new PackRunner(runs, boards, delivery, clock, UUID.randomUUID().toString());
    for (Schedule s : ScheduleFiles.load(config.folder())) {
      all.put(s.id(), s);
      if (boards.name(s.board()).isEmpty()) {
        log.warn("{}: board: '{}' is not in the store (yet): its runs fail until it is loaded",
            config.folder().resolve(s.id() + ".yaml"), s.board());
      }
    }
    for (Schedule s : stored.all()) {
      all.putIfAbsent(s.id(), s);
    }
    this.quartz = new QuartzSchedules(database, config.schedulerName(), config.threads(), new PackJob.Factory(this));
    quartz.sync(all.values());
  }

  /** Starts firing (missed fires are caught up per each schedule's misfire policy). */
  public Schedules start() {
    quartz.start();
    return this;
  }

  public List<ScheduleView> list() {
    return new TreeMap<>(all).values().stream().map(this::view).toList();
  }

  public ScheduleView get(String id) {
    return view(require(id));
  }

  /** Creates or replaces a page-made schedule from its JSON or YAML text (the keys of the files, plus {@code id}). */
  public ScheduleView save(String text, String by) {
    return save(ScheduleYaml.read(null, "schedule", text, Schedule.Source.PAGE), by);
  }

  /** Replaces the page-made schedule {@code id}; the text must name the same id. */
  public ScheduleView save(String text, String by, String id) {
    Schedule s = ScheduleYaml.read(null, "schedule", text, Schedule.Source.PAGE);
    if (!s.id().equals(id)) {
      throw new ScheduleInvalid(List.of("schedule: id: '" + s.id() + "' does not match the schedule addressed, '" + id + "'"));
    }
    return save(s, by);
  }

  private ScheduleView save(Schedule s, String by) {
    Schedule existing = all.get(s.id());
    if (existing != null && existing.source() == Schedule.Source.FILE) {
      throw new ReadOnlySchedule(s.id());
    }
    if (boards.name(s.board()).isEmpty()) {
      throw new ScheduleInvalid(List.of("schedule: board: unknown board '" + s.board() + "'"));
    }
    stored.save(s, by, clock.instant());
    all.put(s.id(), s);
    quartz.put(s);
    return view(s);
  }

  public void delete(String id) {
    if (require(id).source() == Schedule.Source.FILE) {
      throw new ReadOnlySchedule(id);
    }
    stored.delete(id);
    all.remove(id);
    quartz.delete(id);
  }

  public ScheduleView pause(String id) {
    require(id);
    quartz.pause(id);
    return get(id);
  }

  public ScheduleView resume(String id) {
    require(id);
    quartz.resume(id);
    return get(id);
  }

  /** Queues a run now (outside the cron); it shows in the runs as kind MANUAL. */
  public void runNow(String id) {
    require(id);
    quartz.runNow(id);
  }

  /** The archive's retention, sweeping packs older than {@code keep} (see {@link PackRetention}). */
  public PackRetention retention(org.carepool.delivery.PackArchive archive, java.time.Duration keep) {
    return new PackRetention(runs, archive, keep, clock);
  }

  /** The boards a schedule may name, code to name. */
  public Map<String, String> boards() {
    return boards.all();
  }

  public List<RunRecord> runs(String id) {
    require(id);
    return runs.ofSchedule(id, 200);
  }

  public List<RunRecord> packs() {
    return runs.packs(500);
  }

  public Optional<RunRecord> pack(long id) {
    return runs.find(id).filter(RunRecord::packAvailable);
  }

  /** The next {@code count} fire times of a cron in a zone, as the schedules compute them (DST and working days). */
  public static List<ZonedDateTime> preview(String cron, String zone, boolean nextWorkingDay, Instant after, int count) {
    ZoneId zoneId = zone == null || zone.isBlank() ? ScheduleYaml.DEFAULT_ZONE : ZoneId.of(zone);
    try {
      PackTrigger trigger = new PackTrigger(cron, zoneId, nextWorkingDay);
      List<ZonedDateTime> fires = new ArrayList<>();
      Date cursor = Date.from(after);
      while (fires.size() < count && (cursor = trigger.getFireTimeAfter(cursor)) != null) {
        fires.add(cursor.toInstant().atZone(zoneId));
      }
      return fires;
    } catch (ParseException e) {
      throw new IllegalArgumentException("cron: '" + cron + "' is not a Quartz cron expression: " + e.getMessage());
    }
  }

  /** Called by Quartz's job: runs a fire of a schedule unless that fire was already handled. */
  Optional<Long> fire(String id, Instant due, String kind) {
    Schedule s = all.get(id);
    if (s == null) {
      log.warn("Schedule {} fired at {} but no longer exists", id, due);
      return Optional.empty();
    }
    return runner.run(s, due, kind);
  }

  @Override
  public void close() {
    quartz.close();
  }

  /**
   * Stops firing at once, leaving running fires unfinished in the store, as a process that is killed
   * would; only the restart test calls it.
   */
  void halt() {
    quartz.halt();
  }

  private Schedule require(String id) {
    Schedule s = all.get(id);
    if (s == null) {
      throw new NoSuchElementException("no schedule '" + id + "'");
    }
    return s;
  }

  private ScheduleView view(Schedule s) {
    Date next = quartz.nextFire(s.id());
    return new ScheduleView(s.id(), s.source().name(), s.source() == Schedule.Source.FILE, s.board(),
        s.reports().stream().map(ReportId::id).toList(), s.cron(), s.timeZone().getId(), s.period().key(),
        s.formats().stream().map(Format::extension).toList(), s.recipients(), s.enabled(), s.misfire().key(),
        s.nextWorkingDay() ? "next" : null, quartz.paused(s.id()),
        next == null ? null : next.toInstant().atZone(s.timeZone()));
  }
}
