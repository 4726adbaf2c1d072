package org.carepool.ingest;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carepool.db.BulkWriter;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One load, inside its transaction: check every file (in dependency order, each seeing the codes
 * of the store and of the files before it), and only if no problem was found anywhere, write them all.
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
  private final List<EntityFile> opened = new ArrayList<>();

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

  ImportResult run(DSLContext trx, String loadedBy, ImportProgress progress) {
    try {
      return checkAndWrite(trx, loadedBy, progress);
    } finally {
      opened.forEach(EntityFile::close);
    }
  }

  private ImportResult checkAndWrite(DSLContext trx, String loadedBy, ImportProgress progress) {
    List<Checked> checked = check(trx, progress);
    if (!problems.isEmpty()) {
      throw problems.rejection();
    }
    List<LoadedFile> loaded = new ArrayList<>();
    for (Checked file : checked) {
      loaded.add(write(trx, file, loadedBy));
    }
    return new ImportResult(loaded);
  }

  private List<Checked> check(DSLContext trx, ImportProgress progress) {
    Catalogue catalogue = repository.catalogue(trx);
    List<Checked> checked = new ArrayList<>();
    for (Inputs.Input input : inputs) {
      if (input.kind() == null) {
        continue;
      }
      CsvSource source = new CsvSource(input.file(), input.kind());
      EntityFile entity = input.kind().newEntity(catalogue, bulk);
      opened.add(entity);
      long rows = source.read(problems, entity::check, progress);
      rowsRead.put(input, rows);
      entity.finish(new FinishContext(trx, repository, source, problems));
      checked.add(new Checked(input, source, entity, rows));
    }
    return checked;
  }

  private LoadedFile write(DSLContext trx, Checked file, String loadedBy) {
    String name = file.input().file().name();
    FileKind kind = file.input().kind();
    long batchId = batchLog.loaded(trx, file.input().file(), kind, loadedBy, file.rows());
    try {
      String replaced = file.entity().write(new WriteContext(trx, repository, bulk, file.source(), batchId));
      log.info("Import batch {}: {} loaded by {}, {} rows; {}", batchId, name, loadedBy, file.rows(), replaced);
      return new LoadedFile(name, kind.entity, batchId, file.rows(), replaced);
    } catch (DataAccessException | IllegalStateException | UncheckedIOException e) {
      log.warn("Import batch {}: writing {} failed, the load is rolled back", batchId, name, e);
      problems.add(name, 0, "", "", "could not be written, the load was rolled back: " + e.getMessage());
      throw problems.rejection();
    }
  }
}
