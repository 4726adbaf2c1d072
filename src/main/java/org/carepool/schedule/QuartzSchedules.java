package org.carepool.schedule;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.carepool.db.Database;
import org.quartz.Calendar;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.listeners.TriggerListenerSupport;
import org.quartz.spi.JobFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz on the store's JDBC job store: one durable, recoverable job per schedule and, while the
 * schedule is enabled and has fires ahead, one {@link PackTrigger}. Triggers whose definition is
 * unchanged are kept at start-up, so their pause state and missed fires survive a restart.
 *
 * <p>The misfire threshold is long (an hour by default): a fire that waits for a render thread is
 * late, not missed, and runs at its own time. Only fires missed while the server was down are
 * subject to a schedule's misfire policy (see {@link FirePlan}); every misfire Quartz detects is
 * logged and counted.
 */
public final class QuartzSchedules {
  private static final Logger log = LoggerFactory.getLogger(QuartzSchedules.class);
  static final String GROUP = "packs";
  /** Part of every trigger's signature: a new one replaces triggers stored by older versions. */
  private static final String VERSION = "v2";

  private final Scheduler scheduler;
  private final WorkingDays workingDays;
  private final AtomicLong misfires = new AtomicLong();

  /**
   * Quartz on the store's job store, in standby: nothing fires, and no job can be made, until {@link #start}.
   * Trigger times are Quartz's own, by the system clock, which is what Quartz fires by.
   */
  public QuartzSchedules(Database database, String name, int threads, Duration misfireThreshold,
      WorkingDays workingDays) {
    this.workingDays = workingDays;
    Properties p = database.quartzJobStore(name);
    p.setProperty("org.quartz.scheduler.instanceName", name);
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(threads));
    p.setProperty("org.quartz.jobStore.misfireThreshold", String.valueOf(misfireThreshold.toMillis()));
    p.setProperty("org.quartz.jobStore.driverDelegateInitString",
        "triggerPersistenceDelegateClasses=" + PackTriggerPersistence.class.getName());
    try {
      this.scheduler = new StdSchedulerFactory(p).getScheduler();
      scheduler.getListenerManager().addTriggerListener(new MisfireLog(), GroupMatcher.triggerGroupEquals(GROUP));
      storeCalendar();
    } catch (SchedulerException e) {
      throw new IllegalStateException("Quartz did not start: " + e.getMessage(), e);
    }
  }

  /** The holiday list, kept as Quartz's calendar; replaced (and next fires worked out again) only when it changed. */
  private void storeCalendar() throws SchedulerException {
    Calendar stored = scheduler.getCalendarNames().contains(WorkingDaysCalendar.NAME)
        ? scheduler.getCalendar(WorkingDaysCalendar.NAME) : null;
    if (!(stored instanceof WorkingDaysCalendar c) || !c.days().equals(workingDays)) {
      scheduler.addCalendar(WorkingDaysCalendar.NAME, new WorkingDaysCalendar(workingDays), true, true);
    }
  }

  /** Starts firing, each fire's job made by {@code jobs}. */
  void start(JobFactory jobs) {
    call(() -> {
      scheduler.setJobFactory(jobs);
      scheduler.start();
      return null;
    });
  }

  /** Empty while Quartz is started and can read its job store; otherwise why not. */
  java.util.Optional<String> problem() {
    try {
      if (!scheduler.isStarted() || scheduler.isShutdown() || scheduler.isInStandbyMode()) {
        return java.util.Optional.of("the scheduler is not running");
      }
      scheduler.getTriggerGroupNames(); // reads the job store
      return java.util.Optional.empty();
    } catch (SchedulerException e) {
      return java.util.Optional.of("the scheduler cannot read its job store: " + e.getMessage());
    }
  }

  /** Removes the jobs of schedules not in {@code ids} (their files or rows are gone). */
  void removeAllBut(Set<String> ids) {
    call(() -> {
      for (JobKey job : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
        if (!ids.contains(job.getName())) {
          scheduler.deleteJob(job);
          log.info("Schedule {} removed from Quartz", job.getName());
        }
      }
      return null;
    });
  }

  /** Stores the schedule's job and trigger (kept when unchanged, replaced when changed, none when disabled). */
  void put(Schedule s) {
    call(() -> {
      JobDetail job = JobBuilder.newJob(PackJob.class).withIdentity(jobKey(s.id())).storeDurably()
          .requestRecovery(true).usingJobData(PackJob.SCHEDULE, s.id()).build();
      Trigger existing = scheduler.getTrigger(triggerKey(s.id()));
      if (existing != null && signature(s).equals(existing.getDescription())) {
        return null;
      }
      PackTrigger trigger = trigger(s);
      if (!s.enabled() || trigger.getFireTimeAfter(new Date()) == null) {
        scheduler.addJob(job, true, true);
        scheduler.unscheduleJob(triggerKey(s.id()));
        log.info("Schedule {}: {}", s.id(), s.enabled() ? "no further fire times" : "disabled");
        return null;
      }
      boolean paused = existing != null && scheduler.getTriggerState(triggerKey(s.id())) == Trigger.TriggerState.PAUSED;
      scheduler.scheduleJob(job, Set.of(trigger), true);
      if (paused) {
        scheduler.pauseTrigger(triggerKey(s.id()));
      }
      log.info("Schedule {}: cron '{}' {} next fire {}", s.id(), s.cron(), s.timeZone(), nextFire(s.id()));
      return null;
    });
  }

  void delete(String id) {
    call(() -> scheduler.deleteJob(jobKey(id)));
  }

  void pause(String id) {
    call(() -> {
      scheduler.pauseTrigger(triggerKey(id));
      return null;
    });
  }

  /**
   * Resumes a paused schedule without sending what it missed: the fires due while it was paused are
   * answered (to be recorded as SKIPPED) and the trigger starts afresh from now.
   */
  List<PackTrigger.Occurrence> resume(Schedule s, Instant now) {
    return call(() -> {
      Trigger current = scheduler.getTrigger(triggerKey(s.id()));
      if (current == null || scheduler.getTriggerState(current.getKey()) != Trigger.TriggerState.PAUSED) {
        return List.of();
      }
      Date next = current.getNextFireTime();
      List<PackTrigger.Occurrence> missed = next == null || next.toInstant().isAfter(now) ? List.of()
          : trigger(s).occurrences(next.toInstant().minusMillis(1), now, FirePlan.MAX_SKIPPED);
      PackTrigger fresh = trigger(s);
      if (fresh.getFireTimeAfter(Date.from(now)) == null) {
        scheduler.unscheduleJob(current.getKey());
      } else {
        scheduler.rescheduleJob(current.getKey(), fresh);
      }
      return missed;
    });
  }

  boolean paused(String id) {
    return call(() -> scheduler.getTriggerState(triggerKey(id)) == Trigger.TriggerState.PAUSED);
  }

  Date nextFire(String id) {
    return call(() -> {
      Trigger t = scheduler.getTrigger(triggerKey(id));
      return t == null ? null : t.getNextFireTime();
    });
  }

  /** A fire now, outside the cron; Quartz runs it as soon as a thread is free (never beside another run of it). */
  void runNow(String id) {
    call(() -> {
      scheduler.triggerJob(jobKey(id), new JobDataMap(Map.of(PackJob.KIND, PackJob.KIND_MANUAL)));
      return null;
    });
  }

  /** Whether a run-now of the schedule waits in Quartz for a thread. */
  boolean runNowPending(String id) {
    return call(() -> scheduler.getTriggersOfJob(jobKey(id)).stream()
        .anyMatch(t -> PackJob.KIND_MANUAL.equals(t.getJobDataMap().getString(PackJob.KIND))));
  }

  /** The schedules whose fire, interrupted by a stopped process, Quartz is about to re-run. */
  Set<String> recovering() {
    return call(() -> {
      Set<String> ids = new HashSet<>();
      for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(Scheduler.DEFAULT_RECOVERY_GROUP))) {
        Trigger t = scheduler.getTrigger(key);
        if (t != null && GROUP.equals(t.getJobKey().getGroup())) {
          ids.add(t.getJobKey().getName());
        }
      }
      return ids;
    });
  }

  /** Misfires Quartz detected since start (the benchmark counts them). */
  long misfires() {
    return misfires.get();
  }

  /** Stops taking fires, lets packs being rendered finish, then stops; never interrupts a thread in Derby I/O. */
  void close() {
    try {
      scheduler.standby();
      Thread.sleep(200);
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      log.warn("Quartz shutdown: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** When this process began firing: a fire due before it was missed while the server was down. */
  Instant runningSince() {
    return call(() -> scheduler.getMetaData().getRunningSince().toInstant());
  }

  /** The schedule's trigger as a new one (starting now), with the working days. */
  PackTrigger trigger(Schedule s) {
    PackTrigger t;
    try {
      t = new PackTrigger(s.cron(), s.timeZone(), s.nextWorkingDay(), workingDays);
    } catch (ParseException e) {
      throw new IllegalStateException("schedule " + s.id() + ": cron '" + s.cron() + "': " + e.getMessage(), e);
    }
    t.setKey(triggerKey(s.id()));
    t.setJobKey(jobKey(s.id()));
    t.setStartTime(new Date());
    t.setDescription(signature(s));
    t.setMisfireInstruction(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    return t;
  }

  /** What the trigger depends on: when it differs from the stored trigger's, the trigger is replaced. */
  private static String signature(Schedule s) {
    return VERSION + "|" + s.cron() + "|" + s.timeZone().getId() + "|" + s.nextWorkingDay() + "|" + s.enabled();
  }

  private static JobKey jobKey(String id) {
    return new JobKey(id, GROUP);
  }

  private static TriggerKey triggerKey(String id) {
    return new TriggerKey(id, GROUP);
  }

  /** Logs (and counts) every misfire, which Quartz itself reports only at INFO. */
  private final class MisfireLog extends TriggerListenerSupport {
    @Override
    public String getName() {
      return "carepool-misfires";
    }

    @Override
    public void triggerMisfired(Trigger trigger) {
      misfires.incrementAndGet();
      log.warn("Schedule {}: the fire due {} misfired (not started within the misfire threshold); it is caught up"
          + " or skipped by the schedule's misfire policy", trigger.getJobKey().getName(), trigger.getNextFireTime());
    }
  }

  private interface QuartzCall<T> {
    T call() throws SchedulerException, ParseException;
  }

  private static <T> T call(QuartzCall<T> call) {
    try {
      return call.call();
    } catch (SchedulerException | ParseException e) {
      throw new IllegalStateException("Quartz: " + e.getMessage(), e);
    }
  }
}
