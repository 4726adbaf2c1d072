package org.carepool.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carepool.arrangement.ArrangementService;
import org.carepool.error.NotFound;
import org.carepool.audit.Audit;
import org.carepool.audit.AuditAction;
import org.carepool.db.Database;
import org.carepool.delivery.PackArchive;
import org.carepool.delivery.PackSender;
import org.carepool.report.Format;
import org.carepool.report.ReportId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scheduled board packs (issue 6): the schedules from {@code schedules/*.yaml} (provisioned, read-only
 * in the page and API) and those made in the page (stored in the database, editable), run by Quartz.
 * A page-made schedule may not take the id of a file one. Every change, run-now and download is
 * audited here, with who and from where, so the page and the API cannot differ.
 */
public final class Schedules implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Schedules.class);

  /** Who asks for a change or a download, and from which address (for the audit log). */
  public record Actor(String username, String address) {}

  /**
   * Where the schedule files are and how Quartz runs.
   *
   * @param threads          how many packs render at once (Quartz's bounded thread pool)
   * @param misfireThreshold how late a fire may start and still count as on time (well above the longest
   *                         queue for a render thread)
   * @param watchPeriod      how often the mail queue is looked at and this instance's heartbeat kept
   * @param staleAfter       an instance not seen for this long is gone, and its unfinished runs with it
   * @param linkValidity     how long a mailed download link works
   */
  public record Config(Path folder, String schedulerName, int threads, Duration misfireThreshold, Duration watchPeriod,
      Duration staleAfter, WorkingDays workingDays, Duration linkValidity) {

    /** The defaults: an hour's misfire threshold, a 30 s watch, 2 minutes to be gone, 30-day links, the shipped holidays. */
    public Config(Path folder, String schedulerName, int threads) {
      this(folder, schedulerName, threads, Duration.ofHours(1), Duration.ofSeconds(30), Duration.ofMinutes(2),
          WorkingDays.shipped(), Duration.ofDays(30));
    }

    public Config withWorkingDays(WorkingDays days) {
      return new Config(folder, schedulerName, threads, misfireThreshold, watchPeriod, staleAfter, days, linkValidity);
    }

    Config withTiming(Duration misfire, Duration watch, Duration stale) {
      return new Config(folder, schedulerName, threads, misfire, watch, stale, workingDays, linkValidity);
    }
  }

  private final Config config;
  private final ScheduleBook book;
  private final RunRepository runs;
  private final ArrangementService boards;
  private final PackHistory history;
  private final PackSender sender;
  private final PackRunner runner;
  private final QuartzSchedules quartz;
  private final RunWatch watch;
  private final Audit audit;
  private final Clock clock;

  /**
   * The schedules over their parts, which the composition root builds; nothing fires until {@link #start()}.
   *
   * @param sender the mail path's worker: packs rendered here are queued with it, and it runs the watch
   */
  public Schedules(Config config, ScheduleBook book, RunRepository runs, ArrangementService boards, QuartzSchedules quartz,
      PackRunner runner, PackSender sender, PackHistory history, RunWatch watch, Audit audit, Clock clock) {
    this.config = config;
    this.book = book;
    this.runs = runs;
    this.boards = boards;
    this.quartz = quartz;
    this.runner = runner;
    this.sender = sender;
    this.history = history;
    this.watch = watch;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Puts the schedules into Quartz (a file Quartz refuses stops start-up), then starts firing (missed fires
   * are caught up or skipped per each schedule's misfire policy) and delivering.
   */
  public Schedules start() {
    book.sync(quartz);
    quartz.start(new PackJob.Factory(this));
    sender.start(config.watchPeriod(), watch::check);
    book.warnIfPastHolidayList();
    return this;
  }

  public List<ScheduleView> list() {
    Map<String, RunRecord> latest = runs.latest();
    return book.list().stream().map(s -> view(s, latest.get(s.id()))).toList();
  }

  public ScheduleView get(String id) {
    return view(book.require(id), runs.latest().get(id));
  }

  /** Schedules set aside (a stored one that cannot be loaded, a file naming an unknown board), id to reason and remedy: shown to admins. */
  public Map<String, String> unusable() {
    return book.unusable();
  }

  /** Creates a page-made schedule from its JSON or YAML text (the keys of the files, plus {@code id}); 409 if the id exists. */
  public synchronized ScheduleView create(Actor by, String text) {
    Schedule s = book.read(text);
    if (book.taken(s.id())) {
      throw new ScheduleConflict("schedule '" + s.id() + "' exists already: change it with PUT /api/schedules/"
          + s.id() + " or Edit on the Schedules page");
    }
    return store(s, by, AuditAction.SCHEDULE_CREATED);
  }

  /** Creates or replaces the page-made schedule {@code id} from its text. */
  public ScheduleView replace(Actor by, String id, String text) {
    Schedule s = book.read(text);
    if (!s.id().equals(id)) {
      throw new ScheduleInvalid(List.of("schedule: id: '" + s.id() + "' does not match the schedule addressed, '" + id + "'"));
    }
    return store(s, by, book.find(id).isPresent() ? AuditAction.SCHEDULE_CHANGED : AuditAction.SCHEDULE_CREATED);
  }

  private ScheduleView store(Schedule s, Actor by, AuditAction action) {
    book.store(s, by.username(), quartz);
    audit.record(by.username(), action, s.id() + ": " + summary(s), by.address());
    return get(s.id());
  }

  public void delete(Actor by, String id) {
    Optional<Schedule> s = book.delete(id, quartz);
    audit.record(by.username(), AuditAction.SCHEDULE_DELETED, id + s.map(d -> ": " + summary(d)).orElse(""), by.address());
  }

  /** Stops the schedule firing: fires due while it is paused are not sent, and are recorded as SKIPPED on resume. */
  public ScheduleView pause(Actor by, String id) {
    book.require(id);
    quartz.pause(id);
    audit.record(by.username(), AuditAction.SCHEDULE_PAUSED, id, by.address());
    return get(id);
  }

  /** Fires again from now on; what fell due while paused is recorded as SKIPPED, not sent. */
  public ScheduleView resume(Actor by, String id) {
    Schedule s = book.require(id);
    List<PackTrigger.Occurrence> missed = quartz.resume(s, clock.instant());
    missed.forEach(o -> runner.skip(s, o.nominal(), o.fire(), "the schedule was paused"));
    audit.record(by.username(), AuditAction.SCHEDULE_RESUMED, id + (missed.isEmpty() ? ""
        : ": " + missed.size() + " fire(s) due while paused skipped"), by.address());
    return get(id);
  }

  /** Queues a run now (outside the cron; kind MANUAL); 409 while the schedule has a run under way or queued. */
  public synchronized void runNow(Actor by, String id) {
    book.require(id);
    runs.active(id).ifPresent(r -> {
      throw new ScheduleConflict("schedule '" + id + "' is already running: run " + r.id() + " is "
          + (r.outcome().equals(RunRecord.SENDING) ? "being mailed" : "being rendered") + " (started " + r.startedAt()
          + "); wait for it to finish");
    });
    if (quartz.runNowPending(id)) {
      throw new ScheduleConflict("a run of schedule '" + id + "' is already queued; it starts when a render thread is free");
    }
    quartz.runNow(id);
    audit.record(by.username(), AuditAction.SCHEDULE_RUN_REQUESTED, id, by.address());
  }

  /** The boards a schedule may name, code to name. */
  public Map<String, String> boards() {
    return boards.boards();
  }

  /** A schedule's runs, newest first; still there after the schedule is deleted. */
  public List<RunRecord> runs(String id) {
    List<RunRecord> found = runs.ofSchedule(id, 200);
    if (found.isEmpty() && !book.taken(id)) {
      throw new NotFound("no schedule '" + id + "'");
    }
    return found;
  }

  /** Whether the schedule exists (its runs may outlive it). */
  /** What each run under way on this node is doing now (in memory: runs of other nodes are not here). */
  public Map<Long, org.carepool.delivery.RunStages.Stage> stages() {
    return sender.stages().all();
  }

  public boolean exists(String id) {
    return book.find(id).isPresent();
  }

  public List<RunRecord> packs() {
    return runs.packs(500);
  }

  /** Runs an admin should look at: failed or incomplete in the last week, or mail attempts failing now. */
  public List<RunRecord> needingAttention() {
    return history.needingAttention(clock.instant());
  }

  /** An archived file of a run ({@code pdf} or {@code xlsx}), audited as downloaded by {@code by}. */
  public PackFile download(Actor by, long run, String kind) {
    return history.download(by, run, kind);
  }

  /** The file a mailed link gives, while the link is valid; audited with the address it was fetched from. */
  public PackFile downloadByLink(String token, String address) {
    return history.downloadByLink(token, address);
  }

  /** The next {@code count} fire times of a cron in a zone, as the schedules compute them (DST and working days). */
  public CronPreview preview(String cron, String zone, boolean nextWorkingDay, int count) {
    return CronPreview.of(cron, zone, nextWorkingDay, config.workingDays(), clock.instant(), count);
  }

  /** Empty while Quartz fires and the delivery thread works; otherwise why not (for {@code /health/ready}). */
  public Optional<String> problem() {
    if (!sender.running()) {
      return Optional.of("the delivery thread has stopped");
    }
    return quartz.problem();
  }

  /** Runs by outcome and pack mail tries, from the store (for the metrics). */
  public RunTally tally() {
    return runs.tally();
  }

  /** Misfires Quartz detected since start. */
  long misfires() {
    return quartz.misfires();
  }

  /** Called by Quartz's job for a fire of a schedule's trigger: runs or skips what it stands for. */
  void fire(String id, Instant fired, Instant previous, Instant triggerStart, Instant next) {
    Schedule s = book.find(id).orElse(null);
    if (s == null) {
      log.warn("Schedule {} fired at {} but no longer exists", id, fired);
      return;
    }
    FirePlan plan = FirePlan.of(quartz.trigger(s), s.misfire(),
        new FirePlan.Fired(fired, previous, triggerStart, next, quartz.runningSince()));
    plan.skipped().forEach(k -> runner.skip(s, k.nominal(), fired, k.reason()));
    plan.run().ifPresent(r -> runner.run(s, r.nominal(), fired, r.kind()));
  }

  /** Called by Quartz's job when it re-fires a fire that a stopped process left unfinished. */
  void recover(String id, Instant originalFire) {
    Schedule s = book.find(id).orElse(null);
    if (s == null) {
      log.warn("Schedule {}: an interrupted fire of {} is not re-run: the schedule no longer exists", id, originalFire);
      return;
    }
    runner.recover(s, originalFire, quartz.trigger(s).nominal(originalFire).orElse(originalFire));
  }

  /** Called by Quartz's job for a run-now. */
  void runManual(String id, Instant fired) {
    book.find(id).ifPresent(s -> runner.run(s, fired, fired, PackJob.KIND_MANUAL));
  }

  @Override
  public void close() {
    quartz.close();
    sender.close();
  }

  private static String summary(Schedule s) {
    return "board " + s.board() + ", cron '" + s.cron() + "' " + s.timeZone().getId() + ", "
        + s.reports().stream().map(ReportId::id).toList() + ", to " + s.recipients()
        + (s.enabled() ? "" : ", disabled");
  }

  private ScheduleView view(Schedule s, RunRecord lastRun) {
    Date next = quartz.nextFire(s.id());
    return new ScheduleView(s.id(), s.source().name(), s.source() == Schedule.Source.FILE, s.board(),
        s.reports().stream().map(ReportId::id).toList(), s.cron(), s.timeZone().getId(), s.period().key(),
        s.formats().stream().map(Format::extension).toList(), s.recipients(), s.enabled(), s.misfire().key(),
        s.nextWorkingDay() ? "next" : null, quartz.paused(s.id()),
        next == null ? null : next.toInstant().atZone(s.timeZone()), lastRun, s.meeting(),
        s.meetingDate() == null ? null : s.meetingDate().toString(), s.author());
  }
}
