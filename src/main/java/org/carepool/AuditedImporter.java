package org.carepool;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.carepool.audit.Audit;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.ImportRejected;
import org.carepool.ingest.ImportResult;
import org.carepool.ingest.Importer;
import org.carepool.ingest.LoadedFile;
import org.carepool.ingest.UploadedFile;

/**
 * The importer with every attempt and outcome in the audit log (IMPORT_STARTED, then IMPORT_LOADED or
 * IMPORT_REJECTED with the full problem count), whoever loads: the Data page, the API, the {@code import} command and the demo
 * set-up all come through here, so none can load without a trace.
 */
final class AuditedImporter {
  private final Importer importer;
  private final Audit audit;
  private final MeterRegistry meters;

  /** {@code meters}: each load timed by outcome ({@code carepool_import_seconds}), rows counted by entity. */
  AuditedImporter(Importer importer, Audit audit, MeterRegistry meters) {
    this.importer = importer;
    this.audit = audit;
    this.meters = meters;
  }

  /** Files or folders on disk; {@code who} is also the batches' {@code loaded_by}. */
  ImportResult load(List<Path> paths, String who, String address, ImportProgress progress) {
    String names = paths.stream().map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", "));
    return audited(() -> importer.load(paths, who, progress), names, who, address);
  }

  ImportResult load(Collection<UploadedFile> files, String who, String address) {
    String names = files.stream().map(UploadedFile::name).collect(Collectors.joining(", "));
    return audited(() -> importer.load(files, who, ImportProgress.none()), names, who, address);
  }

  Importer importer() {
    return importer;
  }

  /**
   * The attempt is on record before the load starts (committed on its own), so an import the process
   * died in the middle of still shows in the audit log: started, with no outcome after it.
   */
  private ImportResult audited(Supplier<ImportResult> load, String names, String who, String address) {
    audit.record(who, "IMPORT_STARTED", names, address);
    long start = System.nanoTime();
    try {
      ImportResult result = load.get();
      timer("loaded").record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      result.files().forEach(f -> meters.counter("carepool.import.rows", "entity", f.entity()).increment(f.rows()));
      audit.record(who, "IMPORT_LOADED", result.files().stream().map(AuditedImporter::loaded)
          .collect(Collectors.joining(", ")), address);
      return result;
    } catch (ImportRejected rejected) {
      timer("rejected").record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      try {
        audit.record(who, "IMPORT_REJECTED", names + ": " + String.format("%,d", rejected.problemCount())
            + (rejected.problemCount() == 1 ? " problem" : " problems") + "; nothing was written", address);
      } catch (RuntimeException storeGone) { // e.g. a full disk: the analyst still hears why the load failed
        org.slf4j.LoggerFactory.getLogger(AuditedImporter.class).error("Could not audit the rejected import of {}",
            names, storeGone);
      }
      throw rejected;
    }
  }

  private Timer timer(String outcome) {
    return Timer.builder("carepool.import").description("One load of CSV files, checks and writing included")
        .tag("outcome", outcome).register(meters);
  }

  private static String loaded(LoadedFile file) {
    return String.format("%s (%,d %s, batch %d)", file.fileName(), file.rows(), file.rows() == 1 ? "row" : "rows", file.batchId());
  }
}
