package org.carepool.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.carepool.audit.Audit;
import org.carepool.db.DataGeneration;
import org.carepool.db.Database;
import org.carepool.db.StoreFailure;
import org.carepool.db.StoreGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads SPEC §3 import files into the store. All files of one call load in one transaction:
 * every row of every file is checked first, and any problem anywhere means nothing is written
 * (only REJECTED {@code import_batch} rows, recorded after the rollback) and {@link ImportRejected}
 * is thrown with every problem. Every attempt and its outcome is in the audit log.
 */
public final class Importer {
  private static final Logger log = LoggerFactory.getLogger(Importer.class);
  /** Tries of a load that Derby rolled back for a deadlock or lock timeout with a writer outside the gate. */
  private static final int LOAD_ATTEMPTS = 3;

  private final Database db;
  private final ImportRepository repository = new ImportRepository();
  private final BatchLog batchLog;
  private final java.util.Queue<Runnable> unrecorded = new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final ImportAudit audit;

  /** Recording in the audit log of the same store, with no meters (tests, tools). */
  public Importer(Database db, Clock clock) {
    this(db, clock, new Audit(db.dsl(), clock), new CompositeMeterRegistry());
  }

  /** {@code meters}: each load timed by outcome ({@code carepool_import_seconds}), rows counted by entity. */
  public Importer(Database db, Clock clock, Audit audit, MeterRegistry meters) {
    this.db = Objects.requireNonNull(db, "db");
    this.batchLog = new BatchLog(Objects.requireNonNull(clock, "clock"));
    this.audit = new ImportAudit(audit, meters);
  }

  /**
   * Loads CSV files and/or folders. Files are named per SPEC §3; a folder loads every such file
   * it holds. All files load in dependency order, in one transaction. Files on disk are loaded on
   * this machine (the {@code import} command, the demo set-up): the audit log says "command line".
   *
   * @throws ImportRejected when any file has any problem; nothing has then been written
   */
  public ImportResult load(List<Path> paths, String loadedBy, ImportProgress progress) {
    String names = paths.stream().map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", "));
    return audit.audited(() -> {
      ProblemLog problems = new ProblemLog();
      return run(new Inputs(problems).addPaths(paths), problems, loadedBy, progress);
    }, names, loadedBy, Audit.COMMAND_LINE);
  }

  /**
   * The same for uploaded content (the web page's multipart upload): file name and bytes.
   * (A {@link Collection}, not a {@code List}: two {@code load(List<…>, …)} methods would have
   * the same erasure; a {@code List<UploadedFile>} argument calls this one.)
   *
   * @throws ImportRejected when any file has any problem; nothing has then been written
   */
  public ImportResult load(Collection<UploadedFile> files, String loadedBy, ImportProgress progress) {
    return load(files, loadedBy, "", progress);
  }

  /** Uploaded files, sent from {@code address} (the Data page, {@code POST /api/imports}). */
  public ImportResult load(Collection<UploadedFile> files, String loadedBy, String address) {
    return load(files, loadedBy, address, ImportProgress.none());
  }

  /** Uploaded files, sent from {@code address}, telling {@code progress} how far the load has got ({@link ImportWatch}). */
  public ImportResult load(Collection<UploadedFile> files, String loadedBy, String address, ImportProgress progress) {
    String names = files.stream().map(UploadedFile::name).collect(Collectors.joining(", "));
    return audit.audited(() -> {
      ProblemLog problems = new ProblemLog();
      return run(new Inputs(problems).addUploads(files), problems, loadedBy, progress);
    }, names, loadedBy, address);
  }

  /** The import history, newest first (with any rejection that could not be recorded when it happened). */
  public List<ImportBatch> recentBatches(int limit) {
    recordUnrecorded();
    return batchLog.recent(db.dsl(), limit);
  }

  /** Rejections the store could not take when they happened (a full disk), recorded once it can. */
  private void recordUnrecorded() {
    List<Runnable> due = new java.util.ArrayList<>(unrecorded);
    unrecorded.removeAll(due);
    due.forEach(Runnable::run);
  }

  /** One load at a time, and no read of the store beside it (see {@code db.StoreGate}). */
  private ImportResult run(Inputs resolved, ProblemLog problems, String loadedBy, ImportProgress progress) {
    return db.gate().writing(() -> runAlone(resolved, problems, loadedBy, progress));
  }

  private ImportResult runAlone(Inputs resolved, ProblemLog problems, String loadedBy, ImportProgress progress) {
    recordUnrecorded();
    List<Inputs.Input> inputs = resolved.sorted();
    inputs.forEach(input -> problems.startFile(input.file().name()));
    if (inputs.isEmpty() && problems.isEmpty()) {
      problems.add("(none)", 0, "", "", "nothing to load: no files given");
    }
    for (int attempt = 1; ; attempt++) {
      Load load = new Load(inputs, problems, repository, batchLog, db.bulkWriter());
      try {
        if (!problems.isEmpty()) {
          throw problems.rejection();
        }
        return db.dsl().transactionResult(cfg -> {
          db.takeLoadTurn(cfg.dsl());
          ImportResult loaded = load.run(cfg.dsl(), loadedBy, progress);
          DataGeneration.raise(cfg.dsl(), DataGeneration.Change.LOAD);
          return loaded;
        });
      } catch (ImportRejected rejected) {
        recordRejected(inputs, load, problems, loadedBy);
        throw rejected;
      } catch (RuntimeException failed) {
        if (attempt < LOAD_ATTEMPTS && problems.isEmpty() && StoreGate.isTransient(failed)) {
          log.warn("Loading {} met a deadlock or lock timeout and was rolled back; try {} of {}",
              load.currentFile(), attempt + 1, LOAD_ATTEMPTS);
          continue;
        }
        throw failed(inputs, load, problems, loadedBy, failed);
      }
    }
  }

  /**
   * Anything else that stops a load (a full disk, a lost store, a defect) rolls it back like a
   * rejection: the attempt is recorded and the caller gets the same kind of answer, naming the file
   * and the cause, with the stack trace in the log rather than on the analyst's screen.
   */
  private ImportRejected failed(List<Inputs.Input> inputs, Load load, ProblemLog problems, String loadedBy,
      RuntimeException failure) {
    String file = load.currentFile().isEmpty() ? "(load)" : load.currentFile();
    log.error("Loading {} failed, the load is rolled back", file, failure);
    problems.add(file, 0, "", "", "could not be loaded, nothing was written: " + describe(failure)
        + " (details in the log)");
    recordRejected(inputs, load, problems, loadedBy);
    return problems.rejection();
  }

  /** One line for the analyst: never Derby's lock dump, never a page of SQL (both stay in the log). */
  private String describe(Throwable failure) {
    if (StoreFailure.isDiskFull(failure) || db.diskNearlyFull() || !db.probe().up()) {
      return db.explain(failure);
    }
    if (StoreGate.isTransient(failure)) {
      return "the store was busy with another change at the same moment (a lock conflict); load the files again";
    }
    String full = cause(failure);
    String firstLine = full.lines().findFirst().orElse("");
    return ProblemLog.shortened(firstLine, 300);
  }

  private static String cause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
    return cause.getClass().getSimpleName() + message;
  }

  /** After the rollback, in a transaction of its own: one REJECTED batch per file, so the attempt stays on record. */
  private void recordRejected(List<Inputs.Input> inputs, Load load, ProblemLog problems, String loadedBy) {
    try {
      db.dsl().transaction(cfg -> {
        for (Inputs.Input input : inputs) {
          String name = input.file().name();
          long count = problems.count(name);
          String text = count > 0 ? problems.textFor(name) : "not loaded: other files of the same load were rejected";
          long batchId = batchLog.rejected(cfg.dsl(), input.file(), input.kind(), loadedBy, load.rowsRead(input),
              count, text);
          log.warn("Import batch {}: {} rejected for {} with {} problem(s)", batchId, name, loadedBy, count);
        }
      });
    } catch (RuntimeException e) {
      log.error("Could not record the rejected import of {} file(s) now; it is recorded when the store can be"
          + " written again", inputs.size(), e);
      unrecorded.add(() -> recordRejected(inputs, load, problems, loadedBy));
    }
  }
}
