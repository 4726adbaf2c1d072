package org.carepool.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.carepool.delivery.PackDelivery;
import org.carepool.delivery.PackMails;
import org.carepool.delivery.PackSender;
import org.carepool.delivery.RenderedPack;
import org.carepool.arrangement.ArrangementService;
import org.carepool.report.PackRequest;
import org.carepool.report.Format;
import org.carepool.report.Pack;
import org.carepool.db.StoreGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fire of a schedule on a render thread: claim the fire (at most once), render the pack (and its
 * workbook when the schedule's formats ask for xlsx), archive the files and queue the mail; the
 * {@link PackSender} does the rest. A run that cannot be rendered ends FAILED, with the reason, and
 * the admins are told; a pack with sections missing is recorded as such and the admins are told.
 */
public final class PackRunner {
  private static final Logger log = LoggerFactory.getLogger(PackRunner.class);

  private final RunRepository runs;
  private final ArrangementService boards;
  private final PackDelivery delivery;
  private final PackSender sender;
  private final Clock clock;
  private final String instance;
  private final StoreGate gate;
  private final Set<Long> rendering = ConcurrentHashMap.newKeySet();

  /** @param instance names this server's claims on runs */
  public PackRunner(RunRepository runs, ArrangementService boards, PackDelivery delivery, PackSender sender,
      Clock clock, String instance, StoreGate gate) {
    this.runs = runs;
    this.boards = boards;
    this.delivery = delivery;
    this.sender = sender;
    this.clock = clock;
    this.instance = instance;
    this.gate = gate;
  }

  /** Runs the nominal fire; answers the run id, or empty when the fire was handled already. */
  Optional<Long> run(Schedule s, Instant nominal, Instant triggerFire, String kind) {
    YearMonth month = s.period().month(nominal.atZone(s.timeZone()));
    Instant now = clock.instant();
    Optional<Long> claimed = runs.claim(claim(s, nominal, triggerFire, kind, month, now));
    if (claimed.isEmpty()) {
      log.info("Schedule {} fire {}: already run or under way, not run again", s.id(), nominal);
      return claimed;
    }
    log.info("Run {}: schedule {} fire {} ({}), board {} month {}", claimed.get(), s.id(), nominal, kind, s.board(), month);
    produce(s, claimed.get(), month, now);
    return claimed;
  }

  /**
   * Quartz re-fires a job that a stopped process left unfinished: the run it had claimed is taken over
   * and produced again; a fire it never claimed is run now.
   */
  Optional<Long> recover(Schedule s, Instant triggerFire, Instant nominal) {
    Optional<RunRepository.Held> held = runs.byTriggerFire(s.id(), triggerFire);
    if (held.isEmpty()) {
      return run(s, nominal, triggerFire, "RECOVERED");
    }
    RunRepository.Held h = held.get();
    if (instance.equals(h.claimedBy()) || !runs.takeOver(h.id(), h.claimedBy(), instance)) {
      log.info("Run {} of schedule {}: {} already, not run again", h.id(), s.id(), h.outcome());
      return Optional.empty();
    }
    RunRecord r = runs.find(h.id()).orElseThrow();
    log.info("Run {}: taken over from stopped instance {}, schedule {} fire {}", h.id(), h.claimedBy(), s.id(),
        r.scheduledFireTime());
    produce(s, h.id(), YearMonth.parse(r.period()), r.startedAt());
    return Optional.of(h.id());
  }

  /** Records a fire that is not run, and why. */
  void skip(Schedule s, Instant nominal, Instant triggerFire, String reason) {
    YearMonth month = s.period().month(nominal.atZone(s.timeZone()));
    if (runs.skip(claim(s, nominal, triggerFire, "SCHEDULED", month, clock.instant()), reason)) {
      log.warn("Schedule {} fire {} ({}) SKIPPED: {}", s.id(), nominal, month, reason);
    }
  }

  /** The runs this instance is rendering now (a RUNNING run of this instance not among them is stranded). */
  Set<Long> rendering() {
    return Set.copyOf(rendering);
  }

  private RunRepository.Claim claim(Schedule s, Instant nominal, Instant triggerFire, String kind, YearMonth month,
      Instant now) {
    return new RunRepository.Claim(s.id(), nominal, triggerFire, kind, instance, s.board(), month.toString(),
        s.recipients(), now);
  }

  private void produce(Schedule s, long run, YearMonth month, Instant startedAt) {
    rendering.add(run);
    sender.stages().rendering(run);
    try {
      Pack pack = render(s, month, run);
      String pdf = delivery.archive().store(s.board(), month, s.id(), startedAt, run, "pdf", pack.pdf().content());
      String workbook = pack.workbook().map(w -> delivery.archive().store(s.board(), month, s.id(), startedAt, run,
          "xlsx", w.content())).orElse(null);
      List<String> missing = pack.missing().stream().map(m -> m.title() + ": " + m.reason()).toList();
      sender.stages().queued(run); // before the queue: its worker may start mailing at once
      if (!sender.queue(new RenderedPack(run, instance, pdf, pack.pdf().content().length, workbook,
          pack.workbook().map(w -> (long) w.content().length).orElse(null), missing, clock.instant()))) {
        sender.stages().ended(run);
        log.warn("Run {}: taken over by another instance meanwhile; its outcome stands", run);
        return;
      }
      log.info("Run {}: pack {} archived{}, mail queued", run, pdf, workbook == null ? "" : " with " + workbook);
      if (!missing.isEmpty()) {
        sender.alert("board pack incomplete: schedule " + s.id() + ", run " + run, "The board pack of "
            + PackMails.about(boards.boardName(s.board()).orElse(s.board()), s.board(), month.toString())
            + " (schedule " + s.id() + ", run " + run
            + ") goes out without these sections, which could not be produced:\n" + String.join("\n", missing));
      }
      sender.wake();
    } catch (Throwable t) {
      sender.stages().ended(run);
      fail(s, run, t);
      if (t instanceof Error e) {
        throw e;
      }
    } finally {
      rendering.remove(run);
    }
  }

  /** Every section from one data version: an import waits for the pack's reads, or the pack for the import. */
  private Pack render(Schedule s, YearMonth month, long run) {
    return gate.reading(() -> renderPack(s, month, run));
  }

  private Pack renderPack(Schedule s, YearMonth month, long run) {
    return delivery.reports().pack(delivery.reports().boardPack(s.board(), month, s.reports(),
        s.formats().contains(Format.XLSX), new PackRequest.Meeting(s.meeting(), s.meetingDate(), s.author())),
        (made, of) -> sender.stages().rendering(run, Math.min(made + 1, of), of));
  }

  private void fail(Schedule s, long run, Throwable t) {
    String error = t.getClass().getSimpleName() + ": " + t.getMessage();
    log.error("Run {} of schedule {} failed", run, s.id(), t);
    try {
      if (!runs.finish(run, instance, RunRecord.FAILED, error, clock.instant())) {
        log.warn("Run {}: taken over by another instance meanwhile; its outcome stands", run);
        return;
      }
    } catch (RuntimeException e) {
      log.error("Run {}: the failure could not be recorded ({}); the run watch marks it later", run, e.getMessage());
    }
    sender.alert("board pack not produced: schedule " + s.id() + ", run " + run,
        "The board pack of board " + s.board() + " (schedule " + s.id() + ", run " + run + ") could not be produced: "
            + error);
  }
}
