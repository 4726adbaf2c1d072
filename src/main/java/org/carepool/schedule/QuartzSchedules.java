package org.carepool.schedule;

import java.text.ParseException;
import java.util.Collection;
import java.util.Date;
import java.util.Properties;
import java.util.Set;
import org.carepool.db.Database;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz on the store's JDBC job store: one durable, recoverable job per schedule and, while the
 * schedule is enabled, one {@link PackTrigger}. Triggers whose definition is unchanged are kept at
 * start-up, so their pause state and missed fires survive a restart.
 */
final class QuartzSchedules {
  private static final Logger log = LoggerFactory.getLogger(QuartzSchedules.class);
  static final String GROUP = "packs";

  private final Scheduler scheduler;

  QuartzSchedules(Database database, String name, int threads, PackJob.Factory jobs) {
    Properties p = database.quartzJobStore(name);
    p.setProperty("org.quartz.scheduler.instanceName", name);
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(threads));
    p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
    p.setProperty("org.quartz.jobStore.driverDelegateInitString",
        "triggerPersistenceDelegateClasses=" + PackTriggerPersistence.class.getName());
    try {
      this.scheduler = new StdSchedulerFactory(p).getScheduler();
      scheduler.setJobFactory(jobs);
    } catch (SchedulerException e) {
      throw new IllegalStateException("Quartz did not start: " + e.getMessage(), e);
    }
  }

  void start() {
    call(() -> {
      scheduler.start();
      return null;
    });
  }

  /** Makes Quartz hold exactly these schedules: jobs and triggers added, replaced when changed, removed when gone. */
  void sync(Collection<Schedule> schedules) {
    call(() -> {
      Set<JobKey> stale = new java.util.HashSet<>(scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP)));
      for (Schedule s : schedules) {
        stale.remove(jobKey(s.id()));
        put(s);
      }
      for (JobKey gone : stale) {
        scheduler.deleteJob(gone);
        log.info("Schedule {} removed from Quartz", gone.getName());
      }
      return null;
    });
  }

  void put(Schedule s) {
    call(() -> {
      JobDetail job = JobBuilder.newJob(PackJob.class).withIdentity(jobKey(s.id())).storeDurably()
          .requestRecovery(true).usingJobData(PackJob.SCHEDULE, s.id()).build();
      Trigger existing = scheduler.getTrigger(triggerKey(s.id()));
      if (!s.enabled()) {
        scheduler.addJob(job, true, true);
        scheduler.unscheduleJob(triggerKey(s.id()));
        return null;
      }
      if (existing != null && signature(s).equals(existing.getDescription())) {
        return null;
      }
      boolean paused = existing != null
          && scheduler.getTriggerState(triggerKey(s.id())) == Trigger.TriggerState.PAUSED;
      scheduler.scheduleJob(job, Set.of(trigger(s)), true);
      if (paused) {
        scheduler.pauseTrigger(triggerKey(s.id()));
      }
      log.info("Schedule {}: cron '{}' {} next fire {}", s.id(), s.cron(), s.timeZone(),
          scheduler.getTrigger(triggerKey(s.id())).getNextFireTime());
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

  void resume(String id) {
    call(() -> {
      scheduler.resumeTrigger(triggerKey(id));
      return null;
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

  /** A fire now, outside the cron; Quartz runs it as soon as a thread is free. */
  void runNow(String id) {
    call(() -> {
      scheduler.triggerJob(jobKey(id), new org.quartz.JobDataMap(java.util.Map.of(PackJob.KIND, PackJob.KIND_MANUAL)));
      return null;
    });
  }

  /** Stops taking fires, lets running packs finish, then stops; never interrupts a thread in Derby I/O. */
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

  /** Stops at once without waiting for running packs, as a killed process would (the restart test). */
  void halt() {
    try {
      scheduler.shutdown(false);
    } catch (SchedulerException e) {
      log.warn("Quartz halt: {}", e.getMessage());
    }
  }

  static PackTrigger trigger(Schedule s) throws ParseException {
    PackTrigger t = new PackTrigger(s.cron(), s.timeZone(), s.nextWorkingDay());
    t.setKey(triggerKey(s.id()));
    t.setJobKey(jobKey(s.id()));
    t.setStartTime(new Date());
    t.setDescription(signature(s));
    t.setMisfireInstruction(s.misfire() == Schedule.Misfire.SKIP ? CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING
        : CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    return t;
  }

  /** What the trigger depends on: when it differs from the stored trigger's, the trigger is replaced. */
  private static String signature(Schedule s) {
    return s.cron() + "|" + s.timeZone().getId() + "|" + s.misfire().key() + "|" + s.nextWorkingDay();
  }

  private static JobKey jobKey(String id) {
    return new JobKey(id, GROUP);
  }

  private static TriggerKey triggerKey(String id) {
    return new TriggerKey(id, GROUP);
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
