package org.carepool.schedule;

import java.time.Instant;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * The Quartz job of every schedule. It gets its collaborators from {@link Factory} (no statics),
 * and works out which fire it is: the scheduled fire time, or, when Quartz re-fires a job that a
 * stopped process left unfinished, the original one, so the dedupe key is the same.
 */
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
    Instant due = context.getScheduledFireTime().toInstant();
    String kind = "SCHEDULED";
    if (context.isRecovering()) {
      String original = context.getMergedJobDataMap()
          .getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS);
      due = original != null ? Instant.ofEpochMilli(Long.parseLong(original)) : due;
      kind = "RECOVERED";
    } else if (KIND_MANUAL.equals(context.getTrigger().getJobDataMap().getString(KIND))) {
      kind = KIND_MANUAL;
    }
    schedules.fire(id, due, kind);
  }

  /** Builds every {@link PackJob} with the schedules service it reports to. */
  record Factory(Schedules schedules) implements JobFactory {
    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
      return new PackJob(schedules);
    }
  }
}
