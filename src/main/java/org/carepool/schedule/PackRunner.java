package org.carepool.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.carepool.delivery.DeliveryFailed;
import org.carepool.delivery.Mailer;
import org.carepool.report.PackRequest;
import org.carepool.report.RenderedReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fire of a schedule: claim the fire (at most once), render the pack, archive it, mail it,
 * record the outcome. A run that does not end DELIVERED ends FAILED, with the reason, and the
 * admins are told.
 */
final class PackRunner {
  private static final Logger log = LoggerFactory.getLogger(PackRunner.class);

  private final RunRepository runs;
  private final BoardRepository boards;
  private final PackDelivery delivery;
  private final Clock clock;
  private final String instance;

  PackRunner(RunRepository runs, BoardRepository boards, PackDelivery delivery, Clock clock, String instance) {
    this.runs = runs;
    this.boards = boards;
    this.delivery = delivery;
    this.clock = clock;
    this.instance = instance;
  }

  /** Runs the fire due at {@code due} of the schedule; answers the run id, or empty when the fire was already handled. */
  Optional<Long> run(Schedule s, Instant due, String kind) {
    YearMonth month = s.period().month(due.atZone(s.timeZone()));
    Optional<Long> claimed = runs.claim(new RunRepository.Claim(s.id(), due, kind, instance, s.board(),
        month.toString(), s.recipients(), clock.instant()));
    if (claimed.isEmpty()) {
      log.info("Schedule {} fire {}: already delivered or in hand, not run again", s.id(), due);
      return claimed;
    }
    long run = claimed.get();
    log.info("Run {}: schedule {} fire {} ({}), board {} month {}", run, s.id(), due, kind, s.board(), month);
    try {
      RenderedReport pack = render(s, month);
      String file = delivery.archive().store(s.board(), month, s.id(), clock.instant(), run, pack.content());
      runs.archived(run, file, pack.content().length);
      int attempts = delivery.mailer().send(mail(s, month, pack, run));
      record(run, "DELIVERED", attempts, null);
      log.info("Run {}: pack {} delivered to {} in {} attempt(s)", run, file, s.recipients(), attempts);
    } catch (DeliveryFailed e) {
      fail(s, run, e.attempts(), e.getMessage());
    } catch (RuntimeException e) {
      log.error("Run {} of schedule {} failed", run, s.id(), e);
      fail(s, run, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return claimed;
  }

  private RenderedReport render(Schedule s, YearMonth month) {
    String boardName = boards.name(s.board())
        .orElseThrow(() -> new IllegalArgumentException("unknown board '" + s.board() + "'"));
    return delivery.reports().pack(new PackRequest(s.board(), boardName, month, s.reports(),
        boards.arrangements(s.board()))).pdf();
  }

  private Mailer.Mail mail(Schedule s, YearMonth month, RenderedReport pack, long run) {
    String subject = "Board pack " + s.board() + " " + month;
    String text = "The board pack for " + s.board() + ", " + month + ", produced by schedule " + s.id() + ".\n";
    if (pack.content().length > delivery.attachLimitBytes()) {
      return new Mailer.Mail(s.recipients(), subject, text + "It is too large to attach ("
          + pack.content().length / 1024 + " KB); download it from the pack archive:\n"
          + delivery.publicUrl() + "/api/packs/" + run + "\n", null);
    }
    return new Mailer.Mail(s.recipients(), subject, text + "It is attached.\n",
        new Mailer.Attachment(pack.fileName(), pack.contentType(), pack.content()));
  }

  private void record(long run, String outcome, int attempts, String error) {
    if (!runs.finish(run, instance, outcome, attempts, error, clock.instant())) {
      log.warn("Run {}: taken over by another instance meanwhile; its outcome stands, not this one's ({})", run, outcome);
    }
  }

  private void fail(Schedule s, long run, int attempts, String error) {
    record(run, "FAILED", attempts, error);
    delivery.admins().alert("board pack not delivered: schedule " + s.id() + ", run " + run,
        "Schedule " + s.id() + " (board " + s.board() + ") run " + run + " FAILED: " + error);
  }

}
