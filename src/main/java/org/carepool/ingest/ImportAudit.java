package org.carepool.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.carepool.audit.Audit;
import org.carepool.audit.AuditAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every load attempt and its outcome in the audit log (IMPORT_STARTED, then IMPORT_LOADED or
 * IMPORT_REJECTED with the full problem count), whoever loads: the Data page, the API, the
 * {@code import} command and the demo set-up all load through {@link Importer}, so none can load
 * without a trace. Each load is timed by outcome ({@code carepool_import_seconds}) and its rows
 * counted by entity.
 */
final class ImportAudit {
  private static final Logger log = LoggerFactory.getLogger(ImportAudit.class);

  private final Audit audit;
  private final MeterRegistry meters;

  ImportAudit(Audit audit, MeterRegistry meters) {
    this.audit = audit;
    this.meters = meters;
  }

  /**
   * The attempt is on record before the load starts (committed on its own), so an import the process
   * died in the middle of still shows in the audit log: started, with no outcome after it.
   */
  ImportResult audited(Supplier<ImportResult> load, String names, String who, String address) {
    audit.record(who, AuditAction.IMPORT_STARTED, names, address);
    long start = System.nanoTime();
    try {
      ImportResult result = load.get();
      timer("loaded").record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      result.files().forEach(f -> meters.counter("carepool.import.rows", "entity", f.entity()).increment(f.rows()));
      audit.record(who, AuditAction.IMPORT_LOADED, result.files().stream().map(ImportAudit::loaded)
          .collect(Collectors.joining(", ")), address);
      return result;
    } catch (ImportRejected rejected) {
      timer("rejected").record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      try {
        audit.record(who, AuditAction.IMPORT_REJECTED, names + ": " + String.format("%,d", rejected.problemCount())
            + (rejected.problemCount() == 1 ? " problem" : " problems") + "; nothing was written", address);
      } catch (RuntimeException storeGone) { // e.g. a full disk: the analyst still hears why the load failed
        log.error("Could not audit the rejected import of {}", names, storeGone);
      }
      throw rejected;
    }
  }

  private Timer timer(String outcome) {
    return Timer.builder("carepool.import").description("One load of CSV files, checks and writing included")
        .tag("outcome", outcome).register(meters);
  }

  private static String loaded(LoadedFile file) {
    return String.format("%s (%,d %s, batch %d)", file.fileName(), file.rows(), file.rows() == 1 ? "row" : "rows",
        file.importBatch());
  }
}
