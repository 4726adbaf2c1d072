package org.carepool.schedule;

import java.time.Instant;
import java.util.Date;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * The Quartz job of every schedule. It gets its collaborators from {@link Factory} (no statics) and
 * tells the schedules which kind of fire this is: a run-now, a re-fire of a job that a stopped
 * process left unfinished (with the original fire time, so the run is found again), or a fire of the
 * schedule's trigger. Never two at once for one schedule: a run-now during a scheduled fire waits.
 */
@DisallowConcurrentExecution
final class PackJob implements Job {
  static final String SCHEDULE = "schedule";
  static final String KIND = "kind";
  static final String KIND_MANUAL = "MANUAL";

  private final Schedules schedules;

  private PackJob(Schedules schedules) {
    this.schedules = schedules;
  }

  @Override
  public void execute(JobExecutionContext context) {
    String id = context.getMergedJobDataMap().getString(SCHEDULE);
    Instant fired = context.getScheduledFireTime().toInstant();
    if (context.isRecovering()) {
      String original = context.getMergedJobDataMap()
          .getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS);
      schedules.recover(id, original != null ? Instant.ofEpochMilli(Long.parseLong(original)) : fired);
    } else if (KIND_MANUAL.equals(context.getTrigger().getJobDataMap().getString(KIND))) {
      schedules.runManual(id, fired);
    } else {
      schedules.fire(id, fired, instant(context.getPreviousFireTime()), instant(context.getTrigger().getStartTime()),
          instant(context.getNextFireTime()));
    }
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  /** Builds every {@link PackJob} with the schedules service it reports to. */
  record Factory(Schedules schedules) implements JobFactory {
    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
      return new PackJob(schedules);
    }
  }
}
