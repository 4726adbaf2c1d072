package org.carepool;

import java.util.List;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.ImportRejected;
import org.carepool.ingest.Importer;
import org.carepool.ingest.UploadedFile;
import org.carepool.web.DataLoads;

/** The web page's Data seam, served by the importer. */
final class WebDataLoads implements DataLoads {
  private final Importer importer;

  WebDataLoads(Importer importer) {
    this.importer = importer;
  }

  @Override
  public LoadOutcome load(List<CsvUpload> files, String loadedBy) {
    List<UploadedFile> uploads = files.stream().map(f -> new UploadedFile(f.fileName(), f.content())).toList();
    try {
      return new Loaded(importer.load(uploads, loadedBy, ImportProgress.none()).files().stream()
          .map(f -> new LoadedFile(f.fileName(), f.entity(), Math.toIntExact(f.rows()), f.batchId()))
          .toList());
    } catch (ImportRejected rejected) {
      return new Rejected(rejected.problems().stream()
          .map(p -> new Problem(p.file(), (int) p.line(), p.column(), p.value(), p.reason()))
          .toList());
    }
  }

  @Override
  public List<ImportBatchLine> history(int limit) {
    return importer.recentBatches(limit).stream()
        .map(b -> new ImportBatchLine(b.id(), b.entity(), b.fileName(), b.loadedBy(), b.loadedAt(), b.rows(),
            b.outcome(), b.problemCount()))
        .toList();
  }
}
