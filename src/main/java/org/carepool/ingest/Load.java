package org.carepool.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carepool.db.BulkWriter;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One load, inside its transaction. Files are checked in dependency order, each seeing the codes
 * of the store and of the files before it, and written only while no problem has been found
 * anywhere. A streamed file ({@code activity.csv}) is written as it is read: the files checked
 * before it are written first (so batch ids follow file order), and the files after it are checked
 * and written after it. Any problem in any file rejects the load and the transaction is rolled
 * back, so what was written before the problem was found is undone.
 */
final class Load {
  private static final Logger log = LoggerFactory.getLogger(Load.class);

  /** A file that has been checked, with what its write needs. */
  private record Checked(Inputs.Input input, CsvSource source, EntityFile entity, long rows) {
  }

  private final List<Inputs.Input> inputs;
  private final ProblemLog problems;
  private final ImportRepository repository;
  private final BatchLog batchLog;
  private final BulkWriter bulk;
  private final Map<Inputs.Input, Long> rowsRead = new HashMap<>();
  private final List<Checked> unwritten = new ArrayList<>();
  private final List<LoadedFile> loaded = new ArrayList<>();
  private volatile String current = "";

  Load(List<Inputs.Input> inputs, ProblemLog problems, ImportRepository repository, BatchLog batchLog,
      BulkWriter bulk) {
    this.inputs = inputs;
    this.problems = problems;
    this.repository = repository;
    this.batchLog = batchLog;
    this.bulk = bulk;
  }

  /** Rows read of each file so far (for the record of a rejected load). */
  long rowsRead(Inputs.Input input) {
    return rowsRead.getOrDefault(input, 0L);
  }

  /** The file being read or written, for the message of a load that failed. */
  String currentFile() {
    return current;
  }

  ImportResult run(DSLContext trx, String loadedBy, ImportProgress progress) {
    Catalogue catalogue = repository.catalogue(trx);
    for (Inputs.Input input : inputs) {
      if (input.kind() == null) {
        continue;
      }
      current = input.file().name();
      CsvSource source = new CsvSource(input.file(), input.kind());
      EntityFile entity = input.kind().newEntity(catalogue);
      if (entity instanceof StreamedFile streamed && problems.isEmpty()) {
        writeUnwritten(trx, loadedBy, progress);
        stream(trx, input, source, streamed, loadedBy, progress);
      } else {
        long rows = source.read(problems, entity::check, progress);
        rowsRead.put(input, rows);
        entity.finish(new FinishContext(trx, repository, source, problems));
        unwritten.add(new Checked(input, source, entity, rows));
      }
    }
    if (!problems.isEmpty()) {
      throw problems.rejection();
    }
    writeUnwritten(trx, loadedBy, progress);
    return new ImportResult(loaded);
  }

  private void writeUnwritten(DSLContext trx, String loadedBy, ImportProgress progress) {
    if (!problems.isEmpty()) {
      return;
    }
    for (Checked file : unwritten) {
      String name = file.input().file().name();
      current = name;
      progress.step(name, "writing");
      long batchId = batchLog.loaded(trx, file.input().file(), file.input().kind(), loadedBy, file.rows());
      String replaced = file.entity().write(new WriteContext(trx, repository, bulk, file.source(), batchId));
      batchLog.completed(trx, batchId, file.input().file(), file.rows(), replaced);
      loaded(file.input(), batchId, file.rows(), replaced, loadedBy);
    }
    unwritten.clear();
  }

  private void stream(DSLContext trx, Inputs.Input input, CsvSource source, StreamedFile file, String loadedBy,
      ImportProgress progress) {
    long batchId = batchLog.loaded(trx, input.file(), input.kind(), loadedBy, 0);
    progress.step(input.file().name(), "reading, checking and writing");
    StreamedFile.Outcome outcome = file.load(
        new StreamedFile.Context(trx, repository, bulk, source, problems, progress, batchId));
    rowsRead.put(input, outcome.rows());
    if (outcome.replaced() != null) {
      batchLog.completed(trx, batchId, input.file(), outcome.rows(), outcome.replaced());
      loaded(input, batchId, outcome.rows(), outcome.replaced(), loadedBy);
    }
  }

  private void loaded(Inputs.Input input, long batchId, long rows, String replaced, String loadedBy) {
    String name = input.file().name();
    log.info("Import batch {}: {} loaded by {}, {} rows; {}", batchId, name, loadedBy, rows, replaced);
    loaded.add(new LoadedFile(name, input.kind().entity, batchId, rows, replaced));
  }
}
