package org.carepool.report;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.carepool.audit.Audit;
import org.carepool.audit.AuditAction;
import org.carepool.db.StoreGate;

/**
 * Report files handed to people (the Reports page and {@code GET /api/reports/{report}}): rendered
 * in turn, kept while the data stays the same, and each one handed out recorded in the audit log.
 */
public final class Downloads {
  private final ReportService reports;
  private final Audit audit;
  private final StoreGate gate;
  private final RenderedReports rendered;
  private final Semaphore renderSlots = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

  /**
   * @param dataVersion what the figures depend on, changed by every load, close, reopen and commentary
   * @param cacheMegabytes how much rendered output to keep
   */
  public Downloads(ReportService reports, Audit audit, StoreGate gate, Supplier<String> dataVersion,
      int cacheMegabytes, MeterRegistry meters, Clock clock) {
    this.reports = reports;
    this.audit = audit;
    this.gate = gate;
    this.rendered = new RenderedReports(dataVersion, cacheMegabytes, meters,
        Long.toString(clock.millis(), 36));
  }

  /**
   * The entity tag the file would have now (it changes when the figures may have): a request that
   * presents it gets 304 without a render.
   */
  public String etag(FileRequest request) {
    return rendered.etag(request);
  }

  /**
   * The file, recorded as downloaded by {@code who} from {@code address}.
   *
   * @throws org.carepool.arrangement.UnknownArrangementException  or {@code UnknownBoardException}: nothing to render
   */
  public RenderedReport file(FileRequest request, String who, String address) {
    RenderedReport file = rendered.get(request, () -> renderInTurn(request));
    audit.record(who, AuditAction.REPORT_DOWNLOADED, request.describe() + " (" + file.content().length + " bytes)",
        address);
    return file;
  }

  /**
   * Rendering is CPU work: twenty downloads rendering at once on two cores would starve an import of its
   * share (and each other of memory), so as many render at once as there are cores; the rest queue here,
   * holding no connection and no lock of the store.
   */
  private RenderedReport renderInTurn(FileRequest request) {
    try {
      renderSlots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to render " + request.describe(), e);
    }
    try {
      return render(request);
    } finally {
      renderSlots.release();
    }
  }

  private RenderedReport render(FileRequest request) {
    if (request instanceof BoardPackRequest pack) {
      // every section from one data version (a single report reads in one transaction already)
      return gate.reading(() -> reports.boardPack(pack.board(), pack.month(), pack.format()));
    }
    return reports.render((ReportRequest) request);
  }
}
