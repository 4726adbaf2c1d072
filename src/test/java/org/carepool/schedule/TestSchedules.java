package org.carepool.schedule;

import java.time.Clock;
import java.util.UUID;
import org.carepool.arrangement.ArrangementService;
import org.carepool.audit.Audit;
import org.carepool.db.Database;
import org.carepool.delivery.DeliveryQueue;
import org.carepool.delivery.PackDelivery;
import org.carepool.delivery.PackLinks;
import org.carepool.delivery.PackMails;
import org.carepool.delivery.PackSender;
import org.jooq.DSLContext;

/**
 * The schedules wired as the composition root wires them ({@code Carepool.schedules}), for tests
 * that run schedules without the whole application; nothing fires until {@link Schedules#start()}.
 */
public final class TestSchedules {
  private TestSchedules() {}

  /** With the audit log kept in the same store. */
  public static Schedules of(Database database, Schedules.Config config, PackDelivery delivery, Clock clock) {
    return of(database, config, delivery, new Audit(database.dsl(), clock), clock);
  }

  public static Schedules of(Database database, Schedules.Config config, PackDelivery delivery, Audit audit,
      Clock clock) {
    DSLContext dsl = database.dsl();
    String instance = UUID.randomUUID().toString();
    RunRepository runs = new RunRepository(dsl);
    ArrangementService boards = new ArrangementService(dsl);
    ScheduleBook book = new ScheduleBook(new ScheduleRepository(dsl), boards, config.workingDays(), config.folder(), clock);
    PackLinks links = new PackLinks(dsl, clock, config.linkValidity());
    PackSender sender = new PackSender(new DeliveryQueue(dsl, runs), runs, new PackMails(delivery, links), delivery,
        clock, instance);
    PackRunner runner = new PackRunner(runs, boards, delivery, sender, clock, instance, database.gate());
    QuartzSchedules quartz = new QuartzSchedules(database, config.schedulerName(), config.threads(),
        config.misfireThreshold(), config.workingDays());
    return new Schedules(config, book, runs, boards, quartz, runner, sender,
        new PackHistory(runs, delivery.archive(), links, audit),
        new RunWatch(runs, new InstanceRepository(dsl), runner, quartz, sender, clock, instance, config.staleAfter()),
        audit, clock);
  }
}
